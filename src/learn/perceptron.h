// Averaged perceptron over hashed features, shared by the tagger, the parser
// and the NER (DESIGN.md §1, STYLE.md §6).
//
// Features are 64-bit hashes of (template id, atom values); the model maps a
// feature to a row of per-class weights in a fixed-size open-addressing table,
// so lookups never allocate. Training keeps, per weight, the running total and
// the step of its last change (the usual lazy-averaging trick), and
// `average()` turns the model into its averaged, read-only form.
//
// Thread safety: a trained (averaged) Perceptron is immutable; score() is
// const and may be called from any number of threads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace chronicle::learn {

using FeatureId = uint64_t;

// Combines a template id and atom values into a feature id (stable across
// runs and platforms: model files store weights by these ids).
FeatureId hash_feature(uint32_t template_id, std::span<const uint64_t> atoms);
uint64_t hash_string(std::string_view s);

class Perceptron {
 public:
  Perceptron() = default;
  explicit Perceptron(uint32_t num_classes);

  uint32_t num_classes() const { return num_classes_; }

  // Adds the weights of every feature to `scores` (size num_classes()).
  void score(std::span<const FeatureId> features, std::span<float> scores) const;

  // Training: one update, +1 on `truth`, -1 on `guess` (no-op when equal).
  void update(std::span<const FeatureId> features, uint32_t truth, uint32_t guess);
  // Advances the example counter used for averaging; call once per example.
  void tick() { ++step_; }
  // Replaces the weights by their averages; training must not continue after.
  void average();

  // Serialization into a flat little-endian byte buffer (the model container
  // stores it as one section) and back. from_bytes checks sizes strictly.
  std::string to_bytes() const;
  static bool from_bytes(std::string_view bytes, Perceptron& out, std::string& error);

  size_t num_features() const;

 private:
  uint32_t num_classes_ = 0;
  uint64_t step_ = 0;
  // Open addressing: keys_[slot] is a feature id (0 = empty); weights of slot s
  // are weights_[s * num_classes_ .. + num_classes_).
  std::vector<FeatureId> keys_;
  std::vector<float> weights_;
  std::vector<double> totals_;       // training only
  std::vector<uint64_t> last_step_;  // training only
  size_t used_ = 0;

  int64_t find(FeatureId f) const;
  size_t insert(FeatureId f);
  void grow();
};

}  // namespace chronicle::learn
