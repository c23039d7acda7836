#include "event/dependency_view.h"

#include <algorithm>
#include <atomic>

namespace chronicle::event {

namespace {
uint64_t next_view_id() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}
}  // namespace

DependencyView::DependencyView(const Document& doc)
    : doc_(doc), id_(next_view_id()), children_(doc.tokens.size()), entity_of_(doc.tokens.size(), -1) {
  const auto n = static_cast<int32_t>(doc.tokens.size());
  for (int32_t t = 0; t < n; ++t) {
    const int32_t h = doc.tokens[t].head;
    if (h >= 0 && h < n) children_[h].push_back(static_cast<uint32_t>(t));
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    for (const EntityMention& m : doc.entities[e].mentions) {
      if (!m.tokens.empty()) {
        for (uint32_t t : m.tokens) {
          if (t < entity_of_.size() && entity_of_[t] < 0) entity_of_[t] = static_cast<int32_t>(e);
        }
        continue;
      }
      // Mentions without token lists: the tokens their span covers.
      auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.start,
                                    [](const Token& tok, uint32_t start) { return tok.end <= start; });
      for (auto it = first; it != doc.tokens.end() && it->start < m.end; ++it) {
        const auto t = static_cast<size_t>(it - doc.tokens.begin());
        if (entity_of_[t] < 0) entity_of_[t] = static_cast<int32_t>(e);
      }
    }
  }
}

std::vector<uint32_t> DependencyView::children_with(uint32_t t, std::string_view deprel) const {
  std::vector<uint32_t> out;
  for (uint32_t c : children_[t]) {
    if (deprel_is(doc_.tokens[c].deprel, deprel)) out.push_back(c);
  }
  return out;
}

std::string DependencyView::lemma(uint32_t t) const {
  const Token& tok = doc_.tokens[t];
  std::string s = tok.lemma.empty() ? std::string(doc_.token_text(tok)) : tok.lemma;
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string DependencyView::preposition(uint32_t t) const {
  for (uint32_t c : children_[t]) {
    if (deprel_is(doc_.tokens[c].deprel, "case")) return lemma(c);
  }
  return {};
}

int32_t DependencyView::entity_of_phrase(uint32_t t) const {
  if (entity_of_[t] >= 0) {
    // "Tory shadow chancellor Oliver Letwin" parsed as one name headed by
    // "Tory": the person the title belongs to, not his party.
    // A name with its own possessive "'s" is the owner, whatever the parser
    // hung on it: "Elbonia's President Anna Kovacs" is Kovacs (parsed with
    // "Elbonia" the head, the person its nmod or conj).
    const bool possessive = has_possessive(t);
    if (doc_.entities[entity_of_[t]].type != "PERSON") {
      for (uint32_t c : children_[t]) {
        const int32_t e = entity_of_[c];
        const std::string& r = doc_.tokens[c].deprel;
        const bool after_name = deprel_is(r, "flat") || (possessive && (deprel_is(r, "nmod") || deprel_is(r, "conj")));
        if (c > t && after_name && e >= 0 && e != entity_of_[t] && doc_.entities[e].type == "PERSON") return e;
      }
    }
    return entity_of_[t];
  }
  // A name beats a nationality: "his Israeli counterpart, Ariel Sharon" is
  // Sharon, "Palestinian leader Mahmoud Abbas" is Abbas. A person beats the
  // body the role noun is of: "Acme boss Jane Roe" is Roe, who acts for
  // Acme (the phrase's words still give her its code).
  int32_t nationality = -1, other = -1;
  for (uint32_t c : children_[t]) {
    const std::string& r = doc_.tokens[c].deprel;
    const int32_t e = entity_of_[c];
    if ((deprel_is(r, "flat") || deprel_is(r, "compound") || deprel_is(r, "appos")) && e >= 0) {
      if (doc_.entities[e].type == "PERSON") return e;
      if (doc_.entities[e].type != "NORP" && other < 0) other = e;
      if (nationality < 0) nationality = e;
    }
  }
  if (other >= 0) return other;
  if (nationality >= 0) return nationality;
  // "a North Korean official", "the Chinese delegation": a common noun known
  // only by its country acts for that country.
  if (doc_.tokens[t].upos != "NOUN") return -1;
  for (uint32_t c : children_[t]) {
    const std::string& r = doc_.tokens[c].deprel;
    const int32_t e = entity_of_[c];
    if ((deprel_is(r, "amod") || deprel_is(r, "compound")) && e >= 0 &&
        (doc_.entities[e].type == "NORP" || doc_.entities[e].type == "GPE")) {
      return e;
    }
  }
  return -1;
}

bool DependencyView::has_possessive(uint32_t t) const {
  for (uint32_t c : children_[t]) {
    const Token& k = doc_.tokens[c];
    if (c == t + 1 && deprel_is(k.deprel, "case") && k.upos == "PART") return true;
  }
  return false;
}

std::pair<uint32_t, uint32_t> DependencyView::subtree_range(uint32_t t) const {
  uint32_t lo = t, hi = t;
  std::vector<uint32_t> stack = {t};
  size_t guard = 0;  // a malformed parse with a cycle must not hang the coder
  while (!stack.empty() && guard++ < doc_.tokens.size() + 1) {
    const uint32_t x = stack.back();
    stack.pop_back();
    lo = std::min(lo, x);
    hi = std::max(hi, x);
    for (uint32_t c : children_[x]) stack.push_back(c);
  }
  return {lo, hi};
}

}  // namespace chronicle::event
