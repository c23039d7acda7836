// "talks between Gondorian trade minister Ana Dale and Arnorian minister of
// mines Omar Haddad": a nationality word that opens a person's role phrase
// describes that person, who is the side of the meeting. The coder reads the
// sides of a meeting noun's "between" phrase from its words when the parser
// did not attach it, and the parser often hangs a long role phrase wrongly;
// either way the nationality alone became a side of its own, or the side
// instead of the person.
// Thread safety: pure function.
#pragma once

#include <cstdint>

#include "chronicle/document.h"
#include "event/dependency_view.h"

namespace chronicle::event {

// The person entity whose role phrase nationality entity `e` opens: the first
// PERSON mention after a mention of `e` in its sentence, at most eight tokens
// on, with only common words, titles and "of"/"and" between (no comma, verb or
// other name; the person not right after "and"/"or", where it is a conjunct of
// its own). A body or country (ORG, GPE) describes a person only through at
// most three capitalised title words ("Bank of Gondor Governor Ana Dale").
// -1 when `e` is none of these or names no such person.
int32_t person_described(const DependencyView& view, int32_t e);

}  // namespace chronicle::event
