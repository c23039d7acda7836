#include "ner/capitals_names.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/case_lexicon.h"

namespace chronicle::ner {

namespace {

constexpr uint32_t kMaxNameWords = 6;

}  // namespace

void add_capitals_names(Document& doc) {
  if (doc.names.empty() || doc.sentences.empty()) return;
  std::vector<bool> caps(doc.sentences.size());
  bool any = false;
  for (size_t i = 0; i < doc.sentences.size(); ++i) any |= caps[i] = doc.sentences[i].capitals;
  if (!any) return;

  auto folded = [&](uint32_t first, uint32_t last) {
    std::string key;
    for (uint32_t t = first; t < last; ++t) {
      if (t > first) key += ' ';
      key += text::fold_case(doc.token_text(doc.tokens[t]));
    }
    return key;
  };
  // Body names by their folded words; the first type seen wins.
  std::unordered_map<std::string, std::string> body;
  std::vector<bool> covered(doc.tokens.size());
  for (const NameMention& m : doc.names) {
    for (uint32_t t = m.first_token; t < m.last_token; ++t) covered[t] = true;
    if (caps[doc.tokens[m.first_token].sentence]) continue;
    if (m.last_token - m.first_token <= kMaxNameWords) body.emplace(folded(m.first_token, m.last_token), m.type);
    if (m.type == "PERSON" && m.last_token - m.first_token >= 2) {
      const uint32_t last = m.last_token - 1;
      if (doc.tokens[last].kind == TokenKind::kWord) body.emplace(folded(last, last + 1), m.type);
    }
  }
  bool added = false;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (!caps[i]) continue;
    const Sentence& s = doc.sentences[i];
    for (uint32_t t = s.first_token; t < s.last_token;) {
      uint32_t found = 0;
      if (!covered[t] && doc.tokens[t].kind == TokenKind::kWord) {
        uint32_t end = t;
        while (end < s.last_token && end - t < kMaxNameWords && !covered[end]) ++end;
        for (uint32_t last = end; last > t && found == 0; --last) {
          if (doc.tokens[last - 1].kind != TokenKind::kWord) continue;
          auto it = body.find(folded(t, last));
          if (it == body.end()) continue;
          doc.names.push_back({doc.tokens[t].start, doc.tokens[last - 1].end, t, last, it->second});
          found = last - t;
        }
      }
      if (found) added = true;
      t += found ? found : 1;
    }
  }
  if (added) {
    std::stable_sort(doc.names.begin(), doc.names.end(),
                     [](const NameMention& a, const NameMention& b) { return a.first_token < b.first_token; });
  }
}

}  // namespace chronicle::ner
