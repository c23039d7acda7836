#include "ner/organisation_names.h"

#include <algorithm>
#include <string_view>

namespace chronicle::ner {

namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool init_capital(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// The head of a body's name that "of" / "for" / "on" follows.
bool organisation_head(std::string_view w) {
  return one_of(w, {"Bank", "Organisation", "Organization", "Office", "Department", "Ministry", "Conference", "Commission",
                    "Council", "Committee", "Institute", "Federation", "Association", "Agency", "Board", "Bureau",
                    "Court", "Fund", "Union", "League", "Society", "Chamber", "Chambers", "Confederation", "Academy",
                    "University", "College", "School"});
}

}  // namespace

void extend_organisation_heads(const Document& doc, std::vector<NameMention>& names) {
  auto word = [&](uint32_t t) { return doc.token_text(doc.tokens[t]); };
  std::vector<int32_t> owner(doc.tokens.size(), -1);  // name index per token
  for (size_t i = 0; i < names.size(); ++i)
    for (uint32_t t = names[i].first_token; t < names[i].last_token; ++t) owner[t] = static_cast<int32_t>(i);
  std::vector<bool> absorbed(names.size(), false);
  for (size_t i = 0; i < names.size(); ++i) {
    NameMention& m = names[i];
    const uint32_t f = m.first_token;
    if ((m.type != "ORG" && m.type != "MISC" && m.type != "GPE") || f < 2) continue;
    const uint32_t sentence = doc.tokens[f].sentence;
    auto free_word = [&](uint32_t t) { return owner[t] < 0 && doc.tokens[t].sentence == sentence; };
    if (!one_of(word(f - 1), {"of", "for", "on"}) || !organisation_head(word(f - 2)) || !free_word(f - 1) ||
        doc.tokens[f - 2].sentence != sentence)
      continue;
    uint32_t first = f - 2;
    if (owner[f - 2] >= 0) {
      // The head is the end of a body's name of its own ("Arnor Bank" + "of" + "Gondor").
      NameMention& body = names[static_cast<size_t>(owner[f - 2])];
      if (body.last_token != f - 1 || (body.type != "ORG" && body.type != "MISC")) continue;
      first = body.first_token;
      absorbed[static_cast<size_t>(owner[f - 2])] = true;
    } else {
      while (first > 0 && free_word(first - 1) && init_capital(word(first - 1)) &&
             !one_of(word(first - 1), {"The", "A", "An", "This", "That", "Its", "Their"}))
        --first;
    }
    for (uint32_t t = first; t < f; ++t) owner[t] = static_cast<int32_t>(i);
    m.first_token = first;
    m.start = doc.tokens[first].start;
    m.type = "ORG";
  }
  std::vector<NameMention> out;
  out.reserve(names.size());
  for (size_t i = 0; i < names.size(); ++i)
    if (!absorbed[i]) out.push_back(std::move(names[i]));
  names = std::move(out);
}

}  // namespace chronicle::ner
