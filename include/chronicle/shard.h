// Shards: a deterministic split of a corpus by document id, so batch
// schedulers (Slurm arrays, Kubernetes jobs, GNU parallel) can run the parts
// anywhere and get the same split every time.
//
// ensures: shard_of is FNV-1a 64 of the id's bytes modulo the count, the same
// on every platform, build and run (std::hash promises none of that).
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "chronicle/status.h"

namespace chronicle {

struct Shard {
  uint32_t index = 0;  // 0-based, below count
  uint32_t count = 1;
};

// "I/N" with 0 <= I < N <= 1000000, e.g. "0/4" ... "3/4"; kInvalidArgument otherwise.
Result<Shard> parse_shard(const std::string& spec);

uint64_t fnv1a64(std::string_view bytes);

// The shard (0..count-1) a document id belongs to.
inline uint32_t shard_of(std::string_view id, uint32_t count) {
  return count <= 1 ? 0 : static_cast<uint32_t>(fnv1a64(id) % count);
}

}  // namespace chronicle
