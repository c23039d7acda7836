#include "parse/dense_scorer.h"

#include <vector>

namespace chronicle::parse {
namespace {

uint32_t read_u32(std::string_view b, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(b[at + static_cast<size_t>(i)])) << (8 * i);
  return v;
}

uint64_t read_u64(std::string_view b, size_t at) {
  return static_cast<uint64_t>(read_u32(b, at)) | (static_cast<uint64_t>(read_u32(b, at + 4)) << 32);
}

}  // namespace

bool DenseScorer::build(const learn::Perceptron& model, DenseScorer& out, std::string& error) {
  return build(std::string_view(model.to_bytes()), out, error);
}

bool DenseScorer::build(std::string_view b, DenseScorer& out, std::string& error) {
  // "PCP1" layout: u32 magic, version, classes, reserved; u64 F, W; F keys;
  // F cumulative ends; W classes; W weights.
  constexpr size_t kHeader = 32;
  if (b.size() < kHeader || b.substr(0, 4) != "PCP1") {
    error = "perceptron encoding shorter than its header or without its magic";
    return false;
  }
  if (read_u32(b, 4) != 1) {
    error = "perceptron encoding version " + std::to_string(read_u32(b, 4)) + ", this build reads version 1";
    return false;
  }
  const uint32_t classes = read_u32(b, 8);
  const uint64_t f = read_u64(b, 16);
  const uint64_t w = read_u64(b, 24);
  if (classes == 0 || classes > 1024 || f > (b.size() - kHeader) / 12 || w > (b.size() - kHeader) / 8 ||
      b.size() != kHeader + f * 12 + w * 8) {
    error = "perceptron encoding has unexpected sizes";
    return false;
  }
  if (classes > kMaxClasses) {
    error = "the move scorer holds at most " + std::to_string(kMaxClasses) + " classes, the encoding has " +
            std::to_string(classes);
    return false;
  }
  out = DenseScorer();
  out.num_classes_ = classes;
  if (f == 0) return true;
  if (f >= (uint64_t{1} << 31)) {
    error = "perceptron encoding has too many features for the move scorer";
    return false;
  }
  const size_t keys_at = kHeader, ends_at = keys_at + f * 8, cls_at = ends_at + f * 4;
  {
    uint32_t begin = 0;
    uint64_t previous = 0;
    for (uint64_t i = 0; i < f; ++i) {
      const uint64_t key = read_u64(b, keys_at + i * 8);
      const uint32_t end = read_u32(b, ends_at + i * 4);
      if (key <= previous || end < begin || end > w) {  // ids ascend and are non-zero
        error = "perceptron encoding has a bad feature row";
        return false;
      }
      for (uint32_t j = begin; j < end; ++j)
        if (read_u32(b, cls_at + j * 4) >= classes) {
          error = "perceptron encoding has a class out of range";
          return false;
        }
      begin = end;
      previous = key;
    }
  }
  // About 2.4 features per bucket of four: few buckets overflow. A size at
  // which two ids would read alike (see the header) is skipped for the next.
  size_t buckets = static_cast<size_t>(f * 10 / 24) + 1;
  while (!out.fill(b, f, buckets)) ++buckets;
  out.filter_.reset(f);
  for (uint64_t i = 0; i < f; ++i) out.filter_.add(read_u64(b, keys_at + i * 8));
  return true;
}

bool DenseScorer::fill(std::string_view b, uint64_t f, size_t buckets) {
  constexpr size_t kHeader = 32;
  const uint64_t w = read_u64(b, 24);
  const size_t keys_at = kHeader, ends_at = keys_at + f * 8, cls_at = ends_at + f * 4, wts_at = cls_at + w * 4;
  num_buckets_ = buckets;
  buckets_.assign(buckets, Bucket{});
  overflow_.assign((buckets + 63) / 64, 0);
  std::vector<uint8_t> used(buckets, 0);
  std::vector<uint32_t> placed(f);
  auto next = [&](size_t at) { return at + 1 == buckets ? 0 : at + 1; };
  uint32_t begin = 0;
  for (uint64_t i = 0; i < f; ++i) {
    const uint64_t key = read_u64(b, keys_at + i * 8);
    const uint32_t end = read_u32(b, ends_at + i * 4);
    size_t at = home(key);
    while (used[at] == kEntries) {
      overflow_[at >> 6] |= uint64_t{1} << (at & 63);
      at = next(at);
    }
    placed[i] = static_cast<uint32_t>(at);
    uint32_t* e = buckets_[at].word + used[at]++ * kWords;
    for (uint32_t j = begin; j < end; ++j) e[read_u32(b, cls_at + j * 4)] = read_u32(b, wts_at + j * 4);
    e[3] = tag(key);
    begin = end;
  }
  // Every stored id must meet its tag first, and only, at its own entry on
  // its way from its home bucket, or a lookup would stop early or merge two
  // rows.
  for (uint64_t i = 0; i < f; ++i) {
    const uint64_t key = read_u64(b, keys_at + i * 8);
    const uint32_t t = tag(key);
    for (size_t at = home(key);; at = next(at)) {
      int seen = 0;
      for (size_t j = 0; j < used[at]; ++j) seen += buckets_[at].word[j * kWords + 3] == t;
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
