// FeatureFilter: a one-bit-per-bucket presence filter over feature ids, kept
// beside a model's weight table so that features the model never saw are
// dropped without touching the table.
//
// Why: a quarter of the parser's move-feature lookups and a third of the
// tagger's are for unknown features (word pairs never seen in training).
// Each costs a cache miss on a 10-30 MB table; the filter is 1/16 to 1/8 of
// a bit per table byte and stays in the L2 cache. might_contain() never says
// no for a stored id (no false negatives), so scores do not change.
//
// Feature ids are already well-mixed 64-bit hashes; the filter reads their
// top bits, the tables index by their low bits, so the two stay independent.
// Thread safety: immutable after build; might_contain() is const.
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

#include "learn/huge_page_allocator.h"

namespace chronicle::learn {

class FeatureFilter {
 public:
  // Sizes the filter for `count` ids (about 12 bits per id, at most 2^24
  // bits, so a few percent of unknown ids pass) and clears it.
  void reset(size_t count) {
    unsigned bits = 10;
    while (bits < 24 && (size_t{1} << bits) < count * 12) ++bits;
    shift_ = 64 - bits;
    words_.assign((size_t{1} << bits) / 64, 0);
  }
  void add(uint64_t id) {
    const uint64_t b = id >> shift_;
    words_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  // False only for ids never added; true for every added id.
  bool might_contain(uint64_t id) const {
    const uint64_t b = id >> shift_;
    return (words_[b >> 6] >> (b & 63)) & 1;
  }
  // Asks for the word might_contain(id) reads (no effect on results).
  void prefetch(uint64_t id) const { __builtin_prefetch(words_.data() + ((id >> shift_) >> 6)); }
  bool empty() const { return words_.empty(); }

 private:
  unsigned shift_ = 63;
  TableVector<uint64_t> words_;
};

}  // namespace chronicle::learn
