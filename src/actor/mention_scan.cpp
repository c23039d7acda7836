#include "actor/mention_scan.h"

#include <algorithm>

#include "actor/actor_coder.h"

namespace chronicle::actor {

namespace {

bool capitalised(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

// Lower-case function words a name can hold ("Food and Agriculture
// Organisation", "Court of Appeal").
bool is_name_glue(std::string_view t) { return t == "and" || t == "of" || t == "for" || t == "the" || t == "&"; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// Words of a dictionary phrase covering tokens [i, i + len): longest match.
size_t longest_actor(const ActorResources& r, const std::vector<std::string>& words) {
  size_t best = 0;
  for (const auto& d : r.dictionaries.actors) {
    size_t len = 0;
    d.longest_match(words, 0, len);
    best = std::max(best, len);
  }
  return best;
}

}  // namespace

void add_dictionary_mentions(const ActorResources& r, Document& doc) {
  const size_t n = doc.tokens.size();
  if (n == 0 || doc.tokens[0].upos.empty()) return;  // no tagger: PROPN is the guard against common words
  std::vector<bool> covered(n, false);
  for (const Entity& e : doc.entities)
    for (const EntityMention& m : e.mentions)
      for (uint32_t t : m.tokens)
        if (t < n) covered[t] = true;
  constexpr size_t kWindow = 8;
  size_t next_id = doc.entities.size() + 1;
  for (size_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[i];
    if (covered[i] || tok.upos != "PROPN" || !capitalised(doc.token_text(tok))) continue;
    if (i > 0 && !covered[i - 1] && doc.tokens[i - 1].upos == "PROPN" && doc.tokens[i - 1].sentence == tok.sentence)
      continue;  // only from the start of a stretch of names
    std::vector<std::string> words;
    for (size_t k = i; k < n && k - i < kWindow && doc.tokens[k].sentence == tok.sentence && !covered[k]; ++k) {
      const auto w = dictionary_words(doc.token_text(doc.tokens[k]));
      if (w.size() != 1) break;
      words.push_back(w[0]);
    }
    size_t len = longest_actor(r, words);
    bool plural = false;
    if (len == 0 && words[0].size() > 3 && words[0].back() == 'S') {
      std::vector<std::string> singular{words[0].substr(0, words[0].size() - 1)};
      len = longest_actor(r, singular);
      plural = len == 1;
    }
    if (len == 0) continue;
    // The match must be the whole name: every word capitalised or glue, the
    // last capitalised, and no name word right after it.
    bool ok = capitalised(doc.token_text(doc.tokens[i + len - 1]));
    for (size_t k = i; ok && k < i + len; ++k) {
      const std::string_view t = doc.token_text(doc.tokens[k]);
      ok = capitalised(t) || is_name_glue(t);
    }
    if (ok && i + len < n && doc.tokens[i + len].sentence == tok.sentence && doc.tokens[i + len].upos == "PROPN")
      ok = false;
    if (!ok) continue;
    EntityMention m;
    m.start = doc.tokens[i].start;
    m.end = doc.tokens[i + len - 1].end;
    m.kind = "name";
    for (size_t k = i; k < i + len; ++k) m.tokens.push_back(static_cast<uint32_t>(k));
    const std::string name(doc.span_text(m.start, m.end));
    auto same = std::find_if(doc.entities.begin(), doc.entities.end(),
                             [&](const Entity& e) { return lower(e.name) == lower(name); });
    if (same != doc.entities.end()) {
      same->mentions.push_back(std::move(m));
      std::sort(same->mentions.begin(), same->mentions.end(),
                [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
    } else {
      Entity e;
      e.id = "E" + std::to_string(next_id++);
      const auto hit = r.countries.find(name);
      e.type = plural || (hit.country >= 0 && hit.kind == geo::CountryNameKind::kDemonym) ? "NORP"
               : hit.country >= 0                                                        ? "GPE"
                                                                                         : "ORG";
      e.name = name;
      e.mentions.push_back(std::move(m));
      doc.entities.push_back(std::move(e));
    }
    for (size_t k = i; k < i + len; ++k) covered[k] = true;
    i += len - 1;
  }
}

}  // namespace chronicle::actor
