// Read-only view of a parsed document for the event coder: children of every
// token, and which entity each token belongs to.
// Thread safety: one per document, owned by one thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::event {

class DependencyView {
 public:
  explicit DependencyView(const Document& doc);

  const Document& doc() const { return doc_; }
  // Different for every view made in this process: a key for caches of
  // what a view's sentences hold.
  uint64_t id() const { return id_; }
  const Token& token(uint32_t t) const { return doc_.tokens[t]; }
  const std::vector<uint32_t>& children(uint32_t t) const { return children_[t]; }
  // Children of `t` with relation `deprel` (subtypes included: "obl" matches "obl:tmod").
  std::vector<uint32_t> children_with(uint32_t t, std::string_view deprel) const;
  // The lower-cased lemma (the form when there is none).
  std::string lemma(uint32_t t) const;
  // Lemma of the first "case" child (the preposition of an obl/nmod), or "".
  std::string preposition(uint32_t t) const;
  // Index in doc.entities of the entity a mention of which covers `t`, or -1.
  int32_t entity_at(uint32_t t) const { return entity_of_[t]; }
  // The entity of a noun phrase headed by `t`: its own, else that of a
  // flat/compound/appos child (the head of "the envoy Kim" is "envoy"), else
  // for a common noun the country or nationality modifying it.
  int32_t entity_of_phrase(uint32_t t) const;
  // Token `t` is followed by its own possessive "'s" ("Elbonia's").
  bool has_possessive(uint32_t t) const;
  // Smallest and largest token index of the subtree of `t`.
  std::pair<uint32_t, uint32_t> subtree_range(uint32_t t) const;

 private:
  const Document& doc_;
  uint64_t id_;
  std::vector<std::vector<uint32_t>> children_;
  std::vector<int32_t> entity_of_;
};

// "obl:agent" starts with "obl"; "oblique" does not. Inline, the length
// tests first: the coder asks it of nearly every token it walks, mostly of
// a literal `base`.
inline bool deprel_is(std::string_view deprel, std::string_view base) {
  return deprel.size() >= base.size() && (deprel.size() == base.size() || deprel[base.size()] == ':') &&
         deprel.substr(0, base.size()) == base;
}

}  // namespace chronicle::event
