#include "parse/dense_scorer.h"

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
  out = DenseScorer();
  out.num_classes_ = classes;
  // Slots of 16 or 32 bytes, or whole cache lines, so none straddles two
  // lines (tables over 2 MB start on a huge-page boundary); keys stay 8-byte
  // aligned.
  const size_t words = 2 + classes;
  out.stride_ = words <= 4 ? 4 : words <= 8 ? 8 : (words + 15) / 16 * 16;
  if (f == 0) return true;
  size_t slots = 16;
  while (slots < f + f / 2) slots *= 2;  // load factor <= 2/3
  out.mask_ = slots - 1;
  out.slots_.assign(slots * out.stride_, 0);
  out.filter_.reset(f);
  const size_t keys_at = kHeader, ends_at = keys_at + f * 8, cls_at = ends_at + f * 4, wts_at = cls_at + w * 4;
  uint32_t begin = 0;
  uint64_t previous = 0;
  for (uint64_t i = 0; i < f; ++i) {
    const uint64_t key = read_u64(b, keys_at + i * 8);
    const uint32_t end = read_u32(b, ends_at + i * 4);
    if (key <= previous || end < begin || end > w) {  // ids ascend and are non-zero
      error = "perceptron encoding has a bad feature row";
      return false;
    }
    size_t slot = static_cast<size_t>(key) & out.mask_;
    while (out.slots_[slot * out.stride_] != 0 || out.slots_[slot * out.stride_ + 1] != 0) slot = (slot + 1) & out.mask_;
    uint32_t* s = out.slots_.data() + slot * out.stride_;
    s[0] = static_cast<uint32_t>(key);
    s[1] = static_cast<uint32_t>(key >> 32);
    out.filter_.add(key);
    for (uint32_t j = begin; j < end; ++j) {
      const uint32_t cls = read_u32(b, cls_at + j * 4);
      if (cls >= classes) {
        error = "perceptron encoding has a class out of range";
        return false;
      }
      s[2 + cls] = read_u32(b, wts_at + j * 4);  // the float's bit pattern
    }
    begin = end;
    previous = key;
  }
  static_assert(sizeof(float) == sizeof(uint32_t));
  return true;
}

}  // namespace chronicle::parse
