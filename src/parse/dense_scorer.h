// DenseScorer: a read-only copy of the parser's move perceptron laid out for
// speed. The parser scores ~90 features per move, two moves per word: this
// lookup is most of its run time.
//
// Layout: cache-line buckets of four entries; an entry holds a feature's
// (up to) three class weights and a 32-bit tag, the high half of its id. A
// feature lives in its home bucket (chosen by the low half of its id) unless
// that bucket was full, in which case it went to the next bucket with room
// and every bucket it passed is flagged in `overflow_`. A lookup reads its
// home bucket and picks the matching entry with masks instead of branches:
// the old one-slot-per-feature table branched on every probe and on the
// presence filter, and the mispredictions, not the cache misses, were most of
// its cost. Only a lookup that finds nothing in a flagged bucket walks on.
//
// Ids are compared on their high 32 bits within the buckets their low bits
// select; build() rejects (and re-sizes away) two stored ids that would read
// alike, so every stored id gets exactly its weights back. An unknown id can
// only pick up a stored id's weights if it shares that id's bucket and high
// 32 bits (a chance of about 2^-31 per lookup, a few in 10^9).
//
// Built from the perceptron's canonical serialization (perceptron.cpp
// documents the "PCP1" layout), so it needs no access to its internals.
// Thread safety: immutable after build(); score() is const.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "learn/feature_filter.h"
#include "learn/huge_page_allocator.h"
#include "learn/perceptron.h"

namespace chronicle::parse {

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
  // Adds the weights of every known feature to scores[0..num_classes()), in
  // feature order, so the sums are the same floats as the perceptron's.
  void score(std::span<const learn::FeatureId> features, float* scores) const {
    if (num_buckets_ == 0) return;
    for (size_t from = 0; from < features.size(); from += kChunk) {
      const size_t to = std::min(features.size(), from + kChunk);
      // Drop the features the filter knows to be absent (without a branch:
      // the filter says no for a quarter of them, unpredictably), then ask
      // for every remaining bucket first so that the misses overlap.
      learn::FeatureId known[kChunk];
      size_t count = 0;
      for (size_t i = from; i < to; ++i) {
        known[count] = features[i];
        count += filter_.might_contain(features[i]);
      }
      for (size_t i = 0; i < count; ++i) __builtin_prefetch(bucket(home(known[i])));
      for (size_t i = 0; i < count; ++i) add_weights(known[i], scores);
    }
  }

 private:
  static constexpr size_t kChunk = 128;
  static constexpr size_t kEntries = 4;  // per bucket
  static constexpr size_t kWords = 4;    // u32 per entry: 3 weights, then the tag
  // 64 bytes: one cache line when the table starts on one (tables over 2 MB
  // start on a huge-page boundary).
  struct Bucket {
    uint32_t word[kEntries * kWords];
  };
  static_assert(sizeof(Bucket) == 64);

  // Lays the f features of encoding `b` (checked) out in `buckets` buckets;
  // false when two of them would read alike.
  bool fill(std::string_view b, uint64_t f, size_t buckets);

  size_t home(learn::FeatureId f) const {
    return static_cast<size_t>((static_cast<uint64_t>(static_cast<uint32_t>(f)) * num_buckets_) >> 32);
  }
  static uint32_t tag(learn::FeatureId f) { return static_cast<uint32_t>(f >> 32); }
  const Bucket* bucket(size_t b) const { return buckets_.data() + b; }
  bool overflowed(size_t b) const { return (overflow_[b >> 6] >> (b & 63)) & 1; }

  // The weights of the entry of `b` tagged `t` (all zero bits if none) in
  // w[0..2]; returns whether there was one.
  static bool match(const Bucket& b, uint32_t t, uint32_t* w) {
    uint32_t w0 = 0, w1 = 0, w2 = 0, any = 0;
    for (size_t j = 0; j < kEntries; ++j) {
      const uint32_t* e = b.word + j * kWords;
      const uint32_t mask = 0u - static_cast<uint32_t>(e[3] == t);
      w0 |= e[0] & mask;
      w1 |= e[1] & mask;
      w2 |= e[2] & mask;
      any |= mask;
    }
    w[0] = w0, w[1] = w1, w[2] = w2;
    return any != 0;
  }

  void add_weights(learn::FeatureId f, float* scores) const {
    const uint32_t t = tag(f);
    size_t b = home(f);
    uint32_t w[3];
    bool found = match(*bucket(b), t, w);
    while (!found && overflowed(b)) {  // rare: the feature may have spilled on
      b = b + 1 == num_buckets_ ? 0 : b + 1;
      found = match(*bucket(b), t, w);
    }
    // A missing weight is +0.0f, which leaves every sum as it was.
    for (uint32_t c = 0; c < num_classes_; ++c) scores[c] += std::bit_cast<float>(w[c]);
  }

  uint32_t num_classes_ = 0;
  size_t num_buckets_ = 0;  // 0 when empty
  learn::TableVector<Bucket> buckets_;
  learn::TableVector<uint64_t> overflow_;  // one bit per bucket
  learn::FeatureFilter filter_;            // every stored id
};

}  // namespace chronicle::parse
