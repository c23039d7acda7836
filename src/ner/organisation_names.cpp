#include "ner/organisation_names.h"

#include <algorithm>
#include <string_view>

namespace chronicle::ner {

namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// The head of a body's name that "of" / "for" / "on" follows.
bool organisation_head(std::string_view w) {
  return one_of(w, {"Organisation", "Organization", "Office", "Department", "Ministry", "Conference", "Commission",
                    "Council", "Committee", "Institute", "Federation", "Association", "Agency", "Board", "Bureau",
                    "Court", "Fund", "Union", "League", "Society", "Chamber", "Chambers", "Confederation", "Academy",
                    "University", "College", "School"});
}

}  // namespace

void extend_organisation_heads(const Document& doc, std::vector<NameMention>& names) {
  auto word = [&](uint32_t t) { return doc.token_text(doc.tokens[t]); };
  std::vector<bool> named(doc.tokens.size(), false);
  for (const auto& m : names)
    for (uint32_t t = m.first_token; t < m.last_token; ++t) named[t] = true;
  for (NameMention& m : names) {
    const uint32_t f = m.first_token;
    if ((m.type != "ORG" && m.type != "MISC") || f < 2) continue;
    const uint32_t sentence = doc.tokens[f].sentence;
    auto free_word = [&](uint32_t t) { return !named[t] && doc.tokens[t].sentence == sentence; };
    if (!one_of(word(f - 1), {"of", "for", "on"}) || !organisation_head(word(f - 2)) || !free_word(f - 1) ||
        !free_word(f - 2))
      continue;
    uint32_t first = f - 2;
    while (first > 0 && free_word(first - 1) && capitalised(word(first - 1)) &&
           !one_of(word(first - 1), {"The", "A", "An", "This", "That", "Its", "Their"}))
      --first;
    for (uint32_t t = first; t < f; ++t) named[t] = true;
    m.first_token = first;
    m.start = doc.tokens[first].start;
    m.type = "ORG";
  }
}

}  // namespace chronicle::ner
