// Where each run of hashes starts in an index sorted by 64-bit hash, by the
// hashes' top 16 bits: a look-up binary-searches one bucket (a few entries)
// instead of the whole index, whose every step is a cache miss. Built at load
// for the hash-sorted sections of the compiled dictionaries (DIDX) and the
// gazetteer (GIDX).
// Thread safety: const methods, any thread; add() and finish() only while building.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace chronicle::io {

class HashBuckets {
 public:
  HashBuckets() : first_(kBuckets + 1, 0) {}

  // Counts one hash of the index; every hash once, in any order, then finish().
  void add(uint64_t hash) { ++first_[bucket_of(hash) + 1]; }
  void finish() {
    for (size_t b = 0; b < kBuckets; ++b) first_[b + 1] += first_[b];  // counts -> first index
  }

  // The index range [first, second) that can hold `hash`.
  std::pair<size_t, size_t> range(uint64_t hash) const {
    const size_t b = bucket_of(hash);
    return {first_[b], first_[b + 1]};
  }

 private:
  static constexpr size_t kBuckets = size_t{1} << 16;
  static size_t bucket_of(uint64_t hash) { return static_cast<size_t>(hash >> 48); }
  std::vector<uint32_t> first_;
};

}  // namespace chronicle::io
