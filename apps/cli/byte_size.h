// Byte counts on the command line: "1000", "64K", "64M", "1G" (powers of
// 1024, an optional trailing B), shared by --max-doc-bytes and --max-body.
#pragma once

#include <cstdint>
#include <string>

namespace chronicle::cli {

inline bool parse_byte_size(const std::string& s, uint64_t& out) {
  if (s.empty()) return false;
  size_t i = 0;
  uint64_t v = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (v > (UINT64_MAX - 9) / 10) return false;
    v = v * 10 + static_cast<uint64_t>(s[i] - '0');
  }
  if (i == 0) return false;
  uint64_t mult = 1;
  if (i < s.size()) {
    const char u = s[i++];
    if (u == 'k' || u == 'K') mult = 1ull << 10;
    else if (u == 'm' || u == 'M') mult = 1ull << 20;
    else if (u == 'g' || u == 'G') mult = 1ull << 30;
    else return false;
    if (i < s.size() && (s[i] == 'B' || s[i] == 'b')) ++i;
    if (i != s.size()) return false;
  }
  if (v > UINT64_MAX / mult) return false;
  out = v * mult;
  return true;
}

}  // namespace chronicle::cli
