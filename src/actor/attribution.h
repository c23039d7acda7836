// Wire copy's closing attribution: "Gondor will lend Arnor 50 mln dlrs, a
// Foreign Ministry spokesman said." The body that speaks at the end of a
// sentence is the sentence's subject's (Gondor's), not the country named
// nearest before it, which is mostly the object or a place ("to Arnor",
// "ventures in Arnor").
// Thread safety: pure function of its input.
#pragma once

#include <cstddef>

#include "chronicle/document.h"

namespace chronicle::actor {

// True when the tokens first..last (one mention) close their sentence as
// the attribution: a comma no more than five tokens before the mention, and
// "said", "says" or "told" no more than four tokens after it ("an official
// at the X (ACR) said"), with no sentence end in between.
bool closes_an_attribution(const Document& doc, size_t first, size_t last);

}  // namespace chronicle::actor
