#include "parse/perceptron_encoding.h"

namespace chronicle::parse {

bool PerceptronEncoding::read(std::string_view b, PerceptronEncoding& out, std::string& error) {
  // "PCP1" layout: u32 magic, version, classes, reserved; u64 F, W; F keys;
  // F cumulative ends; W classes; W weights.
  out = PerceptronEncoding();
  out.bytes_ = b;
  if (b.size() < kHeader || b.substr(0, 4) != "PCP1") {
    error = "perceptron encoding shorter than its header or without its magic";
    return false;
  }
  if (out.u32(4) != 1) {
    error = "perceptron encoding version " + std::to_string(out.u32(4)) + ", this build reads version 1";
    return false;
  }
  out.classes_ = out.u32(8);
  out.features_ = out.u64(16);
  out.weights_ = out.u64(24);
  const uint64_t f = out.features_, w = out.weights_;
  if (out.classes_ == 0 || out.classes_ > 1024 || f > (b.size() - kHeader) / 12 || w > (b.size() - kHeader) / 8 ||
      b.size() != kHeader + f * 12 + w * 8) {
    error = "perceptron encoding has unexpected sizes";
    return false;
  }
  uint64_t previous = 0;
  uint32_t begin = 0;
  for (uint64_t i = 0; i < f; ++i) {
    const uint64_t key = out.key(i);
    const uint32_t end = out.row_end(i);
    if (key <= previous || end < begin || end > w) {
      error = "perceptron encoding has a bad feature row";
      return false;
    }
    previous = key;
    begin = end;
  }
  for (uint64_t j = 0; j < w; ++j)
    if (out.weight_class(j) >= out.classes_) {
      error = "perceptron encoding has a class out of range";
      return false;
    }
  return true;
}

}  // namespace chronicle::parse
