// The participles of English auxiliaries (UD's AUX with XPOS VBN or VBG), a
// closed class: been, being, having, getting, got, gotten. The tagger gives
// an auxiliary participle's label to no other word: "Ethiopia broken down
// a treaty" is a main verb with its particle, not a copula, whatever the
// scores say. (The finite auxiliaries are left to the scores: web text
// misspells them, "shoul", "iwas", and its treebank still tags them AUX.)
//
// Thread safety: pure function.
#pragma once

#include <string_view>

namespace chronicle::tag {

// Whether `word` (any case) is a participle of be, have or get.
bool is_auxiliary_participle(std::string_view word);

}  // namespace chronicle::tag
