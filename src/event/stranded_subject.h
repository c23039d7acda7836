// "Bo claimed Cy was among the gang's leaders but his lawyer, Di, told a
// paper it was absurd": the parser often hangs the subject of a second clause
// on a noun of the first as one more conjunct ("leaders ... but his lawyer"),
// leaving the second verb, a conjunct of the first, without a subject, so it
// would share the first verb's (Bo told the BBC). Read off the words: a noun
// conjunct with its own "and"/"but" that ends right before a finite
// conjunct verb with no subject (a comma between allowed, or its own name
// between commas, which is then the subject) is that verb's
// subject, and no member of the phrase it was hung on.
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "event/dependency_view.h"

namespace chronicle::event {

// The stranded subject of the conjunct verb `verb`, or -1.
int32_t stranded_subject_of(const DependencyView& view, uint32_t verb);

// Whether the noun conjunct `noun` is the stranded subject of the verb after it.
bool is_stranded_subject(const DependencyView& view, uint32_t noun);

}  // namespace chronicle::event
