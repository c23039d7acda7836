// Averaged perceptron over hashed features, shared by the tagger, the parser
// and the NER (DESIGN.md §1, STYLE.md §6).
//
// Features are 64-bit hashes of (template id, atom values); the model maps a
// feature to its non-zero per-class weights through an open-addressing table,
// so lookups never allocate. Weights are sparse per feature: most features
// only ever touch a few classes, which keeps both training memory and the
// shipped model small, and scoring adds only the non-zero weights.
//
// Training keeps, per weight, the running total and the step of its last
// change (the usual lazy-averaging trick); `average()` turns the model into
// its averaged, compact, read-only form.
//
// Thread safety: a trained (averaged) or loaded Perceptron is immutable;
// score() is const and may be called from any number of threads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "learn/feature_filter.h"
#include "learn/huge_page_allocator.h"

namespace chronicle::learn {

using FeatureId = uint64_t;

// The hashing steps behind the two functions below.
namespace hashing {
// splitmix64's finaliser: cheap and mixes every input bit into every output bit.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
inline uint64_t start(uint32_t template_id) { return mix64(0x9e3779b97f4a7c15ULL + template_id); }
inline uint64_t step(uint64_t h, uint64_t atom) { return mix64(h ^ (atom + 0x9e3779b97f4a7c15ULL + (h << 6))); }
inline FeatureId nonzero(uint64_t h) { return h == 0 ? 1 : h; }
}  // namespace hashing

// Combines a template id and atom values into a feature id (stable across
// runs and platforms: model files store weights by these ids). Never 0.
// Inline: feature extraction calls it about a hundred times per word.
inline FeatureId hash_feature(uint32_t template_id, std::span<const uint64_t> atoms) {
  uint64_t h = hashing::start(template_id);
  for (uint64_t a : atoms) h = hashing::step(h, a);
  return hashing::nonzero(h);
}
// Convenience forms for one to three atoms (no span construction at call sites).
inline FeatureId hash_feature(uint32_t template_id, uint64_t a) {
  return hashing::nonzero(hashing::step(hashing::start(template_id), a));
}
inline FeatureId hash_feature(uint32_t template_id, uint64_t a, uint64_t b) {
  return hashing::nonzero(hashing::step(hashing::step(hashing::start(template_id), a), b));
}
inline FeatureId hash_feature(uint32_t template_id, uint64_t a, uint64_t b, uint64_t c) {
  return hashing::nonzero(hashing::step(hashing::step(hashing::step(hashing::start(template_id), a), b), c));
}
// Stable 64-bit string hash (FNV-1a followed by a finaliser).
inline uint64_t hash_string(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return hashing::mix64(h ^ s.size());
}

class Perceptron {
 public:
  Perceptron() = default;
  explicit Perceptron(uint32_t num_classes);

  uint32_t num_classes() const { return num_classes_; }
  // The presence filter score() reads first when averaged (callers may
  // prefetch from it as they produce features); empty while training.
  const FeatureFilter& filter() const { return filter_; }

  // Adds the weights of every feature to `scores` (size num_classes()).
  // Unknown features contribute nothing. Works before and after average().
  void score(std::span<const FeatureId> features, std::span<float> scores) const;

  // Training: one update, +1 on `truth`, -1 on `guess` (no-op when equal).
  // requires: not averaged or loaded; truth, guess < num_classes().
  void update(std::span<const FeatureId> features, uint32_t truth, uint32_t guess);
  // Advances the example counter used for averaging; call once per example.
  void tick() { ++step_; }
  // Replaces the weights by their averages and drops those whose magnitude is
  // below `min_abs_weight` (0 keeps every non-zero weight); training must not
  // continue after.
  void average(float min_abs_weight = 0.0f);
  bool averaged() const { return averaged_; }

  // Serialization into a flat little-endian byte buffer (the model container
  // stores it as one section) and back. from_bytes checks sizes strictly and
  // yields an averaged (read-only) model. The output is canonical: features
  // are written in key order, so equal models give equal bytes.
  std::string to_bytes() const;
  static bool from_bytes(std::string_view bytes, Perceptron& out, std::string& error);

  size_t num_features() const;
  size_t num_weights() const;  // stored non-zero (feature, class) weights

 private:
  struct TrainWeight {
    uint32_t cls;
    float w;
    double total;        // sum of w over steps up to last_step
    uint64_t last_step;  // step of the last change of w
  };
  struct Entry {
    uint32_t cls;
    float w;
  };

  uint32_t num_classes_ = 0;
  uint64_t step_ = 0;
  bool averaged_ = false;

  // Open addressing over keys_ (0 = empty slot); rows_[slot] is the index of
  // the feature's weights (into train_ while training, into row_begin_ after).
  std::vector<FeatureId> keys_;
  std::vector<uint32_t> rows_;
  size_t used_ = 0;

  std::vector<std::vector<TrainWeight>> train_;  // training form
  std::vector<uint32_t> row_begin_;              // averaged form: size features+1
  TableVector<Entry> entries_;                   // averaged form
  // Averaged form's lookup table: key and weight range in one 16-byte slot,
  // so a lookup costs one cache miss before the weights themselves.
  struct Slot {
    FeatureId key;
    uint32_t begin;
    uint32_t end;
  };
  TableVector<Slot> slots_;
  FeatureFilter filter_;  // averaged form: every key of slots_

  int64_t find(FeatureId f) const;
  size_t insert(FeatureId f);
  void grow();
  void rebuild_index(const std::vector<FeatureId>& keys);
};

}  // namespace chronicle::learn
