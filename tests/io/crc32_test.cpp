#include "io/crc32.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <random>
#include <string>

namespace chronicle::io {
namespace {

uint32_t zlib_reference(std::string_view s, uint32_t crc = 0) {
  return static_cast<uint32_t>(::crc32(crc, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

// Every length around the 64-byte fold and 16-byte step boundaries, at every
// alignment, and continued from a previous CRC: zlib's value each time.
TEST(Crc32Fold, SameAsZlibForEveryLengthAndAlignment) {
  std::mt19937 rng(3);
  std::string buffer(4096 + 64, '\0');
  for (char& c : buffer) c = static_cast<char>(rng());
  for (size_t offset = 0; offset < 16; ++offset)
    for (size_t length = 0; length < 300; ++length) {
      const std::string_view s(buffer.data() + offset, length);
      ASSERT_EQ(crc32(s), zlib_reference(s)) << "offset " << offset << " length " << length;
      ASSERT_EQ(crc32(s, 0x12345678u), zlib_reference(s, 0x12345678u)) << "offset " << offset << " length " << length;
    }
  const std::string_view all(buffer);
  EXPECT_EQ(crc32(all), zlib_reference(all));
  // Split anywhere, the two calls give the CRC of the whole.
  for (size_t cut : {0u, 1u, 63u, 64u, 100u, 2048u}) EXPECT_EQ(crc32(all.substr(cut), crc32(all.substr(0, cut))), zlib_reference(all));
}

}  // namespace
}  // namespace chronicle::io
