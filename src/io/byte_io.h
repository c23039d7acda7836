// Little-endian encoding for model sections: ByteWriter appends fixed-width
// values, ByteReader reads them back with every read bounds-checked.
//
// The byte order is explicit whatever the host, so model files move between
// machines (STYLE.md §5). A failed read leaves the reader in a failed state
// (ok() == false) and every later read returns zeros, so a decoder can read a
// whole record and check once, like udpipe's binary_decoder.
// Thread safety: plain values owned by one thread.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace chronicle::io {

class ByteWriter {
 public:
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u16(uint16_t v) { put(v, 2); }
  void u32(uint32_t v) { put(v, 4); }
  void u64(uint64_t v) { put(v, 8); }
  void i32(int32_t v) { put(static_cast<uint32_t>(v), 4); }
  void f32(float v) {
    uint32_t u;
    std::memcpy(&u, &v, 4);
    put(u, 4);
  }
  // u32 length, then the bytes.
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void raw(std::string_view s) { out_.append(s); }
  // Zero bytes up to a multiple of `alignment` (relative to the buffer start).
  void align(size_t alignment) {
    while (out_.size() % alignment) out_.push_back('\0');
  }
  size_t size() const { return out_.size(); }
  const std::string& bytes() const& { return out_; }
  std::string bytes() && { return std::move(out_); }

 private:
  void put(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}

  uint8_t u8() { return static_cast<uint8_t>(get<1>()); }
  uint16_t u16() { return static_cast<uint16_t>(get<2>()); }
  uint32_t u32() { return static_cast<uint32_t>(get<4>()); }
  uint64_t u64() { return get<8>(); }
  int32_t i32() { return static_cast<int32_t>(static_cast<uint32_t>(get<4>())); }
  float f32() {
    uint32_t u = static_cast<uint32_t>(get<4>());
    float f;
    std::memcpy(&f, &u, 4);
    return f;
  }
  // u32 length, then that many bytes (a view into the input).
  std::string_view str() {
    uint32_t n = u32();
    return raw(n);
  }
  std::string_view raw(size_t n) {
    if (!ok_ || n > data_.size() - pos_) {
      fail();
      return {};
    }
    std::string_view v = data_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  // True when `count` items of `item_size` bytes can still be read; guards
  // vector sizes taken from untrusted counts before allocating.
  bool can_read(uint64_t count, uint64_t item_size) const {
    return ok_ && (item_size == 0 || count <= (data_.size() - pos_) / item_size);
  }

  bool ok() const { return ok_; }
  bool at_end() const { return ok_ && pos_ == data_.size(); }
  size_t position() const { return pos_; }
  size_t remaining() const { return ok_ ? data_.size() - pos_ : 0; }
  void fail() {
    ok_ = false;
    pos_ = data_.size();
  }

 private:
  template <size_t N>
  uint64_t get() {
    if (!ok_ || data_.size() - pos_ < N) {
      fail();
      return 0;
    }
    uint64_t v = 0;
    if constexpr (std::endian::native == std::endian::little) {
      // One load: GCC 12 did not merge the byte loop below into one, and
      // loading reads tens of millions of values on every start.
      std::memcpy(&v, data_.data() + pos_, N);
    } else {
      for (size_t i = 0; i < N; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(data_[pos_ + i])) << (8 * i);
    }
    pos_ += N;
    return v;
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace chronicle::io
