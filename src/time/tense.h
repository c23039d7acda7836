// Tense of the clause around a time expression, which decides the side of
// the document date a bare weekday or month falls on ("met on Wednesday" vs
// "will meet on Friday"). Uses the tagger's XPOS when the tokens have it and
// cue words otherwise.
// Thread safety: pure function.
#pragma once

#include <cstdint>

#include "chronicle/document.h"
#include "time/normalizer.h"

namespace chronicle::timex {

// Tense for the expression on tokens [first, last) inside the sentence
// [sentence_first, sentence_last): the nearest verb cue to the left within the
// clause, else the nearest to the right, looking at most 16 tokens each way.
Tense clause_tense(const Document& doc, uint32_t sentence_first, uint32_t sentence_last, uint32_t first,
                   uint32_t last);

}  // namespace chronicle::timex
