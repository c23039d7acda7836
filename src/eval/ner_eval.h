// Span-exact named-entity scores (CoNLL style): a predicted span counts only
// when its tokens and its type equal a gold span's. Types of both sides are
// first mapped to the coarse set PER/ORG/LOC/MISC (coarse_ner_type), so
// corpora with other tag sets (GMB, UNER, chronicle's own) compare.
//
// Thread safety: plain functions and values.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::eval {

struct NerSpan {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  std::string type;
  bool operator<(const NerSpan& o) const {
    return first != o.first ? first < o.first : last != o.last ? last < o.last : type < o.type;
  }
};

// PERSON/PER/per -> PER; ORG/org -> ORG; GPE/LOC/FAC/geo -> LOC;
// NORP/MISC/gpe (GMB's demonyms)/art/eve/nat -> MISC; anything else (GMB's
// tim, dates) -> "" (not scored).
std::string coarse_ner_type(std::string_view type);

// Spans of a BIO or BILOU tag sequence ("B-X", "I-X", "L-X", "U-X", "O");
// an I- after a different type opens a new span (lenient IOB2).
std::vector<NerSpan> bio_spans(const std::vector<std::string>& tags);

struct NerCounts {
  int64_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? 100.0 * correct / predicted : 0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

class NerScorer {
 public:
  // `types` limits scoring to these coarse types (empty: all four).
  explicit NerScorer(std::set<std::string> types = {}) : types_(std::move(types)) {}
  // Adds one sentence; spans in any tag set, mapped with coarse_ner_type.
  void add(const std::vector<NerSpan>& gold, const std::vector<NerSpan>& predicted);
  const NerCounts& overall() const { return overall_; }
  const std::map<std::string, NerCounts>& per_type() const { return per_type_; }
  // Table "type gold pred correct P R F1", one line per type and "overall".
  std::string format() const;

 private:
  std::set<std::string> types_;
  NerCounts overall_;
  std::map<std::string, NerCounts> per_type_;
};

}  // namespace chronicle::eval
