// The CAMEO code of a verb in its clause, from the PETRARCH2 verb dictionary:
// the verb's form (a phrasal verb with its particle first: "call off"), then
// the block's patterns, matched by their literal words and synsets on the
// words that follow (or precede) the verb in its clause. PETRARCH matches the
// patterns over a constituency parse; over a dependency parse we keep what
// carries the meaning — the words, in the pattern's order, words joined by
// '_' next to each other ("NEW_&TIETYPES_RELATIONS") — and let the parse
// supply source and target unless the pattern places them ('$', '+'); a
// pattern is scored by how many of its words it finds.
// Thread safety: pure function of its arguments.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "event/dependency_view.h"
#include "rules/verb_dictionary.h"

namespace chronicle::event {

// Where a pattern's '$' (source) or '+' (target) points: before the verb it
// is the verb's subject ("+ * MONEY $": the subject receives); after the
// verb, the noun phrase that follows `anchor` (the token the pattern word
// before the marker matched, or the verb), `skips` phrases on ('^').
struct PatternSlot {
  bool used = false;
  bool subject = false;
  uint32_t anchor = 0;
  int skips = 0;
};

struct VerbCode {
  std::string code;         // "042"
  std::string reverse;      // "043" of "[042:043]": the target's side, empty when none
  int pattern_words = 0;    // words of the matched pattern, 0 for the verb's own code
  uint32_t pattern_line = 0;
  PatternSlot source, target;  // unused unless the pattern has '$' / '+'
  bool compound = false;        // the pattern's '%': the coordinated subjects act on each other
  bool target_acts = false;     // "[:112]": only the target's side, done to the subject ("faced charges from X")
  std::vector<uint32_t> matched;  // the last token each pattern word matched ("for" of "* FOR")
  std::vector<uint32_t> matched_first;  // and its first ("for" of "* FOR_ASYLUM")
  // Whether a pattern word's match covers token `t`.
  bool covers(uint32_t t) const {
    for (size_t i = 0; i < matched.size(); ++i)
      if (matched_first[i] <= t && t <= matched[i]) return true;
    return false;
  }
};

// "042:043" -> {"042", "043"}, "080!" -> "080", "---" and codes CAMEO does not
// have -> nullopt.
std::optional<VerbCode> parse_verb_code(std::string_view written);

// nullopt when the verb is not in the dictionary or its best reading is "no
// event" ("---").
std::optional<VerbCode> code_verb(const rules::VerbDictionary& verbs, const DependencyView& view, uint32_t verb);

}  // namespace chronicle::event
