#include "chronicle/shard.h"

namespace chronicle {

uint64_t fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

Result<Shard> parse_shard(const std::string& spec) {
  const Status bad(StatusCode::kInvalidArgument,
                   "--shard must be I/N with 0 <= I < N (e.g. 0/4 ... 3/4), got '" + spec + "'");
  const size_t slash = spec.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == spec.size()) return bad;
  uint64_t parts[2] = {0, 0};
  const std::string_view text[2] = {std::string_view(spec).substr(0, slash), std::string_view(spec).substr(slash + 1)};
  for (int k = 0; k < 2; ++k) {
    if (text[k].size() > 7) return bad;
    for (char c : text[k]) {
      if (c < '0' || c > '9') return bad;
      parts[k] = parts[k] * 10 + static_cast<uint64_t>(c - '0');
    }
  }
  if (parts[1] < 1 || parts[1] > 1000000 || parts[0] >= parts[1]) return bad;
  return Shard{static_cast<uint32_t>(parts[0]), static_cast<uint32_t>(parts[1])};
}

}  // namespace chronicle
