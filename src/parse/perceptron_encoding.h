// PerceptronEncoding: a checked, read-only view of an averaged perceptron's
// serialized form ("PCP1", documented in learn/perceptron.cpp), from which
// the parser builds its fast move and label scorers without loading the
// perceptron itself.
//
// Thread safety: a view over caller-owned bytes; const reads only.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace chronicle::parse {

class PerceptronEncoding {
 public:
  // Checks the header, the sizes, that ids ascend and are non-zero, that row
  // ends ascend and that every class is in range; false with `error` if not.
  // requires: `bytes` outlives the view.
  static bool read(std::string_view bytes, PerceptronEncoding& out, std::string& error);

  uint32_t classes() const { return classes_; }
  uint64_t features() const { return features_; }
  uint64_t weights() const { return weights_; }
  // Feature i's id, and its weights [row_begin(i), row_end(i)).
  uint64_t key(uint64_t i) const { return u64(kHeader + i * 8); }
  uint32_t row_begin(uint64_t i) const { return i == 0 ? 0 : row_end(i - 1); }
  uint32_t row_end(uint64_t i) const { return u32(ends_at() + i * 4); }
  uint32_t weight_class(uint64_t j) const { return u32(ends_at() + features_ * 4 + j * 4); }
  float weight(uint64_t j) const { return std::bit_cast<float>(u32(ends_at() + features_ * 4 + weights_ * 4 + j * 4)); }

 private:
  static constexpr size_t kHeader = 32;
  size_t ends_at() const { return kHeader + features_ * 8; }
  uint32_t u32(size_t at) const {
    // One load on a little-endian host (the byte loop below was not merged
    // into one by the compiler: a third of building the parser's tables).
    if constexpr (std::endian::native == std::endian::little) {
      uint32_t v;
      std::memcpy(&v, bytes_.data() + at, 4);
      return v;
    }
    uint32_t v = 0;
    for (size_t i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes_[at + i])) << (8 * i);
    return v;
  }
  uint64_t u64(size_t at) const { return static_cast<uint64_t>(u32(at)) | (static_cast<uint64_t>(u32(at + 4)) << 32); }

  std::string_view bytes_;
  uint32_t classes_ = 0;
  uint64_t features_ = 0, weights_ = 0;
};

}  // namespace chronicle::parse
