// DenseScorer: a read-only copy of an averaged perceptron laid out for speed: one open-addressing slot holds the feature id
// and all its class weights, so scoring a feature costs one cache miss instead
// of the four a general sparse row needs (key, row index, row start, entries);
// a FeatureFilter skips most unknown features without any table access.
// The parser scores ~90 features per move, two moves per word: this lookup is
// its whole run time.
//
// Built from the perceptron's canonical serialization (perceptron.cpp
// documents the "PCP1" layout), so it needs no access to its internals.
// Thread safety: immutable after build(); score() is const.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "learn/feature_filter.h"
#include "learn/huge_page_allocator.h"
#include "learn/perceptron.h"

namespace chronicle::parse {

class DenseScorer {
 public:
  // requires: `model` is averaged or loaded; fails on a malformed encoding.
  static bool build(const learn::Perceptron& model, DenseScorer& out, std::string& error);
  // Same from the perceptron's serialized form (a model file section), which
  // spares a loader the perceptron's own index and its re-serialization.
  static bool build(std::string_view encoding, DenseScorer& out, std::string& error);

  uint32_t num_classes() const { return num_classes_; }
  // Adds the weights of every known feature to scores[0..num_classes()).
  void score(std::span<const learn::FeatureId> features, float* scores) const {
    if (mask_ == 0) return;
    // Drop the features the filter knows to be absent, then ask for every
    // remaining slot first: lookups miss the cache almost always, and asking
    // for them all lets the misses overlap instead of coming one by one. The
    // weights are still added in feature order, so the sums do not change.
    for (size_t from = 0; from < features.size(); from += kChunk) {
      const size_t to = std::min(features.size(), from + kChunk);
      learn::FeatureId known[kChunk];
      size_t count = 0;
      for (size_t i = from; i < to; ++i) {
        const learn::FeatureId f = features[i];
        if (!filter_.might_contain(f)) continue;
        known[count++] = f;
        __builtin_prefetch(slots_.data() + (static_cast<size_t>(f) & mask_) * stride_);
      }
      add_weights(std::span<const learn::FeatureId>(known, count), scores);
    }
  }

 private:
  static constexpr size_t kChunk = 128;
  void add_weights(std::span<const learn::FeatureId> known, float* scores) const {
    for (learn::FeatureId f : known) {
      size_t slot = static_cast<size_t>(f) & mask_;
      for (;;) {
        const uint32_t* s = slots_.data() + slot * stride_;
        const uint64_t key = static_cast<uint64_t>(s[0]) | (static_cast<uint64_t>(s[1]) << 32);
        if (key == f) {
          for (uint32_t c = 0; c < num_classes_; ++c) {
            float w;
            std::memcpy(&w, s + 2 + c, sizeof w);  // weights are stored as float bits
            scores[c] += w;
          }
          break;
        }
        if (key == 0) break;
        slot = (slot + 1) & mask_;
      }
    }
  }

  uint32_t num_classes_ = 0;
  // u32 words per slot: 2 for the key, then the weights, padded to 4, 8 or a
  // multiple of 16 so that no slot straddles two cache lines.
  size_t stride_ = 0;
  size_t mask_ = 0;    // slots - 1 (a power of two); 0 when empty
  learn::TableVector<uint32_t> slots_;
  learn::FeatureFilter filter_;  // every stored key
};

}  // namespace chronicle::parse
