// CRC-32 (IEEE 802.3, polynomial 0xEDB88320, as zlib and PNG compute it):
// the per-section checksum of the model container (docs/model-format.md).
#pragma once

#include <cstdint>
#include <string_view>

namespace chronicle::io {

// CRC of `data`, continuing from `crc` (pass 0 to start).
uint32_t crc32(std::string_view data, uint32_t crc = 0);

}  // namespace chronicle::io
