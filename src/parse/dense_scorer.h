// DenseScorer: a read-only, compact copy of the parser's move perceptron laid
// out for speed. The parser scores ~90 features per move, two moves per word:
// this lookup is most of its run time, and how much of the table stays in
// the cache decides it.
//
// What is stored: only the order of the move scores matters (the parser takes
// the best valid move), so a feature keeps the differences of its class
// weights to class 0's, w[c] - w[0] for c >= 1, as 16-bit integers in units
// of 1/scale, scale chosen per model so that the largest difference fills
// the range. Sums are exact in integers; against the float model a move
// score moves by at most (features x 0.5) / scale, which changed 54 of
// 1,008,779 heads on the BBC corpus and no EWT dev score.
//
// Layout: cache-line buckets of eight entries, a 32-bit tag (the high half of
// the feature id) and the two 16-bit differences each. A feature lives in its
// home bucket (chosen by the low half of its id) unless that bucket was full,
// in which case it went to the next bucket with room and every bucket it
// passed is flagged in `overflow_`. A lookup reads its home bucket and picks
// the matching entry with masks instead of branches: a table that branched on
// every probe and on the presence filter spent most of its time on
// mispredictions. Only a lookup that finds nothing in a flagged bucket walks
// on. Ids are compared on their high 32 bits within the buckets their low bits
// select; build() re-sizes away any two stored ids that would read alike, so
// every stored id gets exactly its weights back, and an unknown id can only
// pick up a stored one's if it shares its bucket and high 32 bits (a chance of
// about 2^-29 per lookup).
//
// Built from the perceptron's canonical serialization (perceptron.cpp
// documents the "PCP1" layout), so it needs no access to its internals.
// Thread safety: immutable after build(); score() is const.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "learn/feature_filter.h"
#include "learn/huge_page_allocator.h"
#include "learn/perceptron.h"
#include "parse/perceptron_encoding.h"

namespace chronicle::parse {

// std::lround's value (halves away from zero) for |x| < 2^62, inline: the
// library call was an eighth of building the move table on every start.
// Exact: the truncation and x - t are exact in double arithmetic.
inline long round_half_away(double x) {
  long t = static_cast<long>(x);  // toward zero
  const double rest = x - static_cast<double>(t);
  if (rest >= 0.5) ++t;
  if (rest <= -0.5) --t;
  return t;
}

class DenseScorer {
 public:
  static constexpr uint32_t kMaxClasses = 3;

  // requires: `model` is averaged or loaded; fails on a malformed encoding or
  // more than kMaxClasses classes.
  static bool build(const learn::Perceptron& model, DenseScorer& out, std::string& error);
  // Same from the perceptron's serialized form (a model file section), which
  // spares a loader the perceptron's own index and its re-serialization.
  static bool build(std::string_view encoding, DenseScorer& out, std::string& error);

  uint32_t num_classes() const { return num_classes_; }
  // The presence filter score() reads first (callers may prefetch from it).
  const learn::FeatureFilter& filter() const { return filter_; }
  // Adds to scores[c] the known features' summed w[c] - w[0] (so scores[0]
  // gets 0): the perceptron's scores less their class-0 score, as far as
  // 16-bit weights tell them.
  void score(std::span<const learn::FeatureId> features, float* scores) const {
    uint32_t packed[kChunk];
    Sums sums;
    for (size_t from = 0; from < features.size(); from += kChunk) {
      const size_t count = std::min(kChunk, features.size() - from);
      lookup(features.subspan(from, count), packed);
      for (size_t i = 0; i < count; ++i) sums.add(packed[i]);
    }
    add_to(sums, scores);
  }

  // Integer sums of packed weights (see lookup()); adding them in any order
  // or grouping gives the same totals, so callers may keep partial sums.
  struct Sums {
    int32_t d1 = 0, d2 = 0;  // summed class-1 and class-2 differences
    void add(uint32_t packed) {
      d1 += static_cast<int16_t>(packed & 0xFFFF);
      d2 += static_cast<int16_t>(packed >> 16);
    }
    void add(const Sums& o) {
      d1 += o.d1;
      d2 += o.d2;
    }
  };
  // Writes each feature's packed weights (class-1 difference in the low 16
  // bits, class-2 in the high 16; 0 for an unknown feature) to packed[i].
  // requires: features.size() <= kChunk.
  void lookup(std::span<const learn::FeatureId> features, uint32_t* packed) const {
    const size_t n = features.size();
    for (size_t i = 0; i < n; ++i) packed[i] = 0;
    if (num_buckets_ == 0) return;
    // Drop the features the filter knows to be absent (without a branch:
    // the filter says no for a quarter of them, unpredictably), then ask
    // for every remaining bucket first so that the misses overlap.
    uint8_t known[kChunk];
    size_t count = 0;
    for (size_t i = 0; i < n; ++i) {
      known[count] = static_cast<uint8_t>(i);
      count += filter_.might_contain(features[i]);
    }
    for (size_t k = 0; k < count; ++k) __builtin_prefetch(bucket(home(features[known[k]])));
    for (size_t k = 0; k < count; ++k) packed[known[k]] = weights_of(features[known[k]]);
  }
  // Adds the summed differences to scores[1] and scores[2] (exact: the sums
  // stay far below 2^24).
  void add_to(const Sums& sums, float* scores) const {
    if (num_classes_ > 1) scores[1] += static_cast<float>(sums.d1) / scale_;
    if (num_classes_ > 2) scores[2] += static_cast<float>(sums.d2) / scale_;
  }
  static constexpr size_t kChunk = 128;

 private:
  static constexpr size_t kEntries = 8;  // per bucket
  // 64 bytes: one cache line when the table starts on one (tables over 2 MB
  // start on a huge-page boundary). weights[j]: the class-1 difference in the
  // low 16 bits, the class-2 one in the high 16 bits.
  struct Bucket {
    uint32_t tag[kEntries];
    uint32_t weights[kEntries];
  };
  static_assert(sizeof(Bucket) == 64);

  // Lays the features of `enc`, with their weight
  // differences, out in `buckets` buckets; false when two of them would read
  // alike.
  bool fill(const PerceptronEncoding& enc, const std::vector<std::array<float, 2>>& differences, size_t buckets);

  size_t home(learn::FeatureId f) const {
    return static_cast<size_t>((static_cast<uint64_t>(static_cast<uint32_t>(f)) * num_buckets_) >> 32);
  }
  static uint32_t tag(learn::FeatureId f) { return static_cast<uint32_t>(f >> 32); }
  const Bucket* bucket(size_t b) const { return buckets_.data() + b; }
  bool overflowed(size_t b) const { return (overflow_[b >> 6] >> (b & 63)) & 1; }

  // The packed weights of the entry of `b` tagged `t` (0 if none), found
  // with masks; `any` says whether there was one. With SSE2 (every x86-64)
  // the eight tags are compared in two instructions: the scalar form's ~40
  // instructions per lookup were a third of the parser's.
  static uint32_t match(const Bucket& b, uint32_t t, bool& any) {
#if defined(__SSE2__)
    const __m128i key = _mm_set1_epi32(static_cast<int>(t));
    const __m128i* tags = reinterpret_cast<const __m128i*>(b.tag);
    const __m128i* weights = reinterpret_cast<const __m128i*>(b.weights);
    const __m128i m0 = _mm_cmpeq_epi32(_mm_loadu_si128(tags), key);
    const __m128i m1 = _mm_cmpeq_epi32(_mm_loadu_si128(tags + 1), key);
    __m128i w = _mm_or_si128(_mm_and_si128(m0, _mm_loadu_si128(weights)), _mm_and_si128(m1, _mm_loadu_si128(weights + 1)));
    w = _mm_or_si128(w, _mm_shuffle_epi32(w, 0x4E));
    w = _mm_or_si128(w, _mm_shuffle_epi32(w, 0xB1));
    any = _mm_movemask_epi8(_mm_or_si128(m0, m1)) != 0;
    return static_cast<uint32_t>(_mm_cvtsi128_si32(w));
#else
    uint32_t w = 0, hit = 0;
    for (size_t j = 0; j < kEntries; ++j) {
      const uint32_t mask = 0u - static_cast<uint32_t>(b.tag[j] == t);
      w |= b.weights[j] & mask;
      hit |= mask;
    }
    any = hit != 0;
    return w;
#endif
  }

  uint32_t weights_of(learn::FeatureId f) const {
    const uint32_t t = tag(f);
    size_t b = home(f);
    bool found = false;
    uint32_t w = match(*bucket(b), t, found);
    while (!found && overflowed(b)) {  // rare: the feature may have spilled on
      b = b + 1 == num_buckets_ ? 0 : b + 1;
      w = match(*bucket(b), t, found);
    }
    return w;
  }

  uint32_t num_classes_ = 0;
  float scale_ = 1;         // stored integer = difference x scale_, rounded
  size_t num_buckets_ = 0;  // 0 when empty
  learn::TableVector<Bucket> buckets_;
  learn::TableVector<uint64_t> overflow_;  // one bit per bucket
  learn::FeatureFilter filter_;            // every stored id
};

}  // namespace chronicle::parse
