#include "actor/attribution.h"

#include <string_view>

namespace chronicle::actor {

namespace {

// Five tokens before the name reach the comma of ", an official at the X",
// four after it the verb of "X (ACR) said"; a wider window reaches commas
// and verbs of other clauses.
constexpr size_t kBefore = 5, kAfter = 4;

bool is_speech_verb(std::string_view w) { return w == "said" || w == "says" || w == "told"; }

}  // namespace

bool closes_an_attribution(const Document& doc, size_t first, size_t last) {
  if (first > last || last >= doc.tokens.size()) return false;
  const uint32_t sentence = doc.tokens[first].sentence;
  bool comma = false;
  for (size_t k = 1; k <= kBefore && k <= first; ++k) {
    const Token& t = doc.tokens[first - k];
    if (t.sentence != sentence) break;
    if (doc.token_text(t) == ",") {
      comma = true;
      break;
    }
  }
  if (!comma) return false;
  for (size_t k = 1; k <= kAfter && last + k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[last + k];
    if (t.sentence != sentence) return false;
    const std::string_view w = doc.token_text(t);
    if (is_speech_verb(w)) return true;
    if (w == "," || w == ";") return false;  // another clause starts
  }
  return false;
}

}  // namespace chronicle::actor
