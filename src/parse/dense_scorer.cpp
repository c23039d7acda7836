#include "parse/dense_scorer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "parse/perceptron_encoding.h"

namespace chronicle::parse {

bool DenseScorer::build(const learn::Perceptron& model, DenseScorer& out, std::string& error) {
  return build(std::string_view(model.to_bytes()), out, error);
}

bool DenseScorer::build(std::string_view b, DenseScorer& out, std::string& error) {
  PerceptronEncoding enc;
  if (!PerceptronEncoding::read(b, enc, error)) return false;
  const uint32_t classes = enc.classes();
  if (classes > kMaxClasses) {
    error = "the move scorer holds at most " + std::to_string(kMaxClasses) + " classes, the encoding has " +
            std::to_string(classes);
    return false;
  }
  const uint64_t f = enc.features();
  out = DenseScorer();
  out.num_classes_ = classes;
  if (f == 0) return true;
  if (f >= (uint64_t{1} << 31)) {
    error = "perceptron encoding has too many features for the move scorer";
    return false;
  }
  // Each feature's class weights less its class-0 weight, and the largest
  // magnitude among them, which sets the scale.
  std::vector<std::array<float, 2>> differences(f);
  float largest = 0;
  for (uint64_t i = 0; i < f; ++i) {
    std::array<float, kMaxClasses> weight{};
    for (uint32_t j = enc.row_begin(i); j < enc.row_end(i); ++j) {
      const float value = enc.weight(j);
      if (!std::isfinite(value)) {
        error = "perceptron encoding has a weight that is not finite";
        return false;
      }
      weight[enc.weight_class(j)] = value;
    }
    for (size_t c = 0; c < 2; ++c) {
      differences[i][c] = c + 1 < classes ? weight[c + 1] - weight[0] : 0.0f;
      largest = std::max(largest, std::fabs(differences[i][c]));
    }
  }
  if (!std::isfinite(largest)) {
    error = "perceptron encoding has weights whose differences overflow a float";
    return false;
  }
  out.scale_ = largest > 0 ? 32767.0f / largest : 1.0f;
  // About 4.8 features per bucket of eight: few buckets overflow. A size at
  // which two ids would read alike (see the header) is skipped for the next.
  size_t buckets = static_cast<size_t>(f * 10 / 48) + 1;
  while (!out.fill(enc, differences, buckets)) ++buckets;
  out.filter_.reset(f);
  for (uint64_t i = 0; i < f; ++i) out.filter_.add(enc.key(i));
  return true;
}

bool DenseScorer::fill(const PerceptronEncoding& enc, const std::vector<std::array<float, 2>>& differences,
                       size_t buckets) {
  const size_t f = differences.size();
  num_buckets_ = buckets;
  buckets_.assign(buckets, Bucket{});
  overflow_.assign((buckets + 63) / 64, 0);
  std::vector<uint8_t> used(buckets, 0);
  std::vector<uint32_t> placed(f);
  auto next = [&](size_t at) { return at + 1 == buckets ? 0 : at + 1; };
  auto quantize = [&](float d) {
    const long q = round_half_away(static_cast<double>(d) * static_cast<double>(scale_));
    return static_cast<uint32_t>(static_cast<uint16_t>(static_cast<int16_t>(std::clamp(q, -32767L, 32767L))));
  };
  for (size_t i = 0; i < f; ++i) {
    const uint64_t key = enc.key(i);
    size_t at = home(key);
    while (used[at] == kEntries) {
      overflow_[at >> 6] |= uint64_t{1} << (at & 63);
      at = next(at);
    }
    placed[i] = static_cast<uint32_t>(at);
    const size_t j = used[at]++;
    buckets_[at].tag[j] = tag(key);
    buckets_[at].weights[j] = quantize(differences[i][0]) | (quantize(differences[i][1]) << 16);
  }
  // Every stored id must meet its tag first, and only, at its own entry on
  // its way from its home bucket, or a lookup would stop early or merge two
  // rows.
  for (size_t i = 0; i < f; ++i) {
    const uint64_t key = enc.key(i);
    const uint32_t t = tag(key);
    for (size_t at = home(key);; at = next(at)) {
      int seen = 0;
      for (size_t j = 0; j < used[at]; ++j) seen += buckets_[at].tag[j] == t;
      if (seen > 0) {
        if (seen != 1 || at != placed[i]) return false;
        break;
      }
      if (at == placed[i] || !overflowed(at)) return false;  // cannot happen: the walk reaches its entry
    }
  }
  return true;
}

}  // namespace chronicle::parse
