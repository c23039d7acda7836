// Which verbs of a block a verb pattern is for.
//
// CAMEO.2.0.txt merged TABARI's verb blocks into synonym blocks and kept, on
// each pattern, a trailing comment naming the verb it was written under:
//   ---  MEET_PEOPLE   [040]  ---
//   CONTACT
//   MEET {MEETS MET MEETING}
//   - * (FOR TALKS)   [036:036]   # MEET
// PETRARCH2 drops the comment and applies every pattern to every verb of the
// block (PETRreader.read_verb_dictionary keys the patterns by the block name),
// so "contacted ... for talks" took MEET's 036 and a pattern of PROMISE's
// block meant for one verb coded its synonyms. Here a pattern whose comment
// names form lines of its block goes with those lines only; a pattern with no
// such comment (a date, initials, a verb of no line), or one naming the verb
// the block is named for (its meaning: OBTAIN's "&CURRENCY (FROM)" is money
// received, by any verb of the block), stays block-wide.
// Dev figures: BENCHMARKS.md "Session 11: dictionary scope, PETRARCH, sport".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/verb_dictionary.h"

namespace chronicle::rules {

// The verbs a pattern line's trailing comment names, normalised ("# CALLED_OFF
// <ab 02 Dec 2005>" -> CALLED OFF; "# START , BEGIN" -> START, BEGIN, a
// pattern the merge found under two verbs); none when the comment starts with
// no word ("# -PAS 12.01.12", "# jw 11/14/91") or there is no comment.
std::vector<std::string> pattern_comment_verbs(std::string_view raw_line);

// `block` split into one block per form line when some pattern names one of
// them: each part keeps the header (name, code, line), its line's forms, the
// patterns that name it and the block-wide ones, in file order. A block no
// pattern names a line of comes back whole. `form_line_starts`: index in
// block.forms where each form line's forms begin; `owners`: per pattern, its
// pattern_comment_verbs.
std::vector<VerbBlock> split_by_pattern_owner(VerbBlock block, const std::vector<size_t>& form_line_starts,
                                              const std::vector<std::vector<std::string>>& owners);

}  // namespace chronicle::rules
