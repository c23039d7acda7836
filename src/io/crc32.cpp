#include "io/crc32.h"

#include <zlib.h>

#include <algorithm>

namespace chronicle::io {

// zlib's CRC-32 is the same function (IEEE 802.3), vectorised: model
// sections are tens of megabytes and are checked on every load.
uint32_t crc32(std::string_view data, uint32_t crc) {
  const auto* p = reinterpret_cast<const Bytef*>(data.data());
  size_t n = data.size();
  uLong c = crc;
  while (n > 0) {  // zlib takes lengths as uInt
    const uInt chunk = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    c = ::crc32(c, p, chunk);
    p += chunk;
    n -= chunk;
  }
  return static_cast<uint32_t>(c);
}

}  // namespace chronicle::io
