// DenseScorer: a read-only copy of an averaged perceptron laid out for speed: one open-addressing slot holds the feature id
// and all its class weights, so scoring a feature costs one cache miss instead
// of the four a general sparse row needs (key, row index, row start, entries).
// The parser scores ~90 features per move, two moves per word: this lookup is
// its whole run time.
//
// Built from the perceptron's canonical serialization (perceptron.cpp
// documents the "PCP1" layout), so it needs no access to its internals.
// Thread safety: immutable after build(); score() is const.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <vector>

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
    // Lookups miss the cache almost always; asking for every slot first lets
    // the misses overlap instead of paying for them one after another.
    for (learn::FeatureId f : features) {
      const uint32_t* s = slots_.data() + (static_cast<size_t>(f) & mask_) * stride_;
      for (size_t line = 0; line < stride_; line += 16) __builtin_prefetch(s + line);
    }
    for (learn::FeatureId f : features) {
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

 private:
  uint32_t num_classes_ = 0;
  size_t stride_ = 0;  // u32 words per slot: 2 for the key, then the weights
  size_t mask_ = 0;    // slots - 1 (a power of two); 0 when empty
  std::vector<uint32_t> slots_;
};

}  // namespace chronicle::parse
