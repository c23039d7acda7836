// A set of 64-bit hashes, each with a few flag bits: the prefix table of
// CompiledDictionary. Open addressing with linear probing in a power-of-two
// table at most half full, so a miss (most lookups: a word that starts no
// phrase) costs one or two probes and no division, unlike std::unordered_map.
// Thread safety: const methods, any thread; add() only while building.
#pragma once

#include <cstdint>
#include <vector>

namespace chronicle::rules {

class HashFlags {
 public:
  // The flags of `hash`, 0 when it is absent.
  uint8_t get(uint64_t hash) const {
    if (hash == 0) return zero_flags_;
    if (keys_.empty()) return 0;
    for (size_t i = slot(hash);; i = (i + 1) & mask_) {
      if (keys_[i] == hash) return flags_[i];
      if (keys_[i] == 0) return 0;
    }
  }

  // Room for `n` hashes without growing (the load builds the table once).
  void reserve(size_t n) {
    while (keys_.size() < 2 * n) grow();
  }

  // ORs `flags` into the flags of `hash`, adding it when absent.
  void add(uint64_t hash, uint8_t flags) {
    if (hash == 0) {  // 0 marks an empty slot, so hash 0 lives apart
      zero_flags_ |= flags;
      return;
    }
    if (2 * (size_ + 1) > keys_.size()) grow();
    size_t i = slot(hash);
    while (keys_[i] != 0 && keys_[i] != hash) i = (i + 1) & mask_;
    if (keys_[i] == 0) {
      keys_[i] = hash;
      ++size_;
    }
    flags_[i] |= flags;
  }

 private:
  // Fibonacci hashing: the multiply spreads every bit of the hash into the
  // high bits the slot is taken from.
  size_t slot(uint64_t hash) const { return static_cast<size_t>((hash * 0x9E3779B97F4A7C15ull) >> shift_); }

  void grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint8_t> flags = std::move(flags_);
    const size_t capacity = keys.empty() ? 64 : 2 * keys.size();
    keys_.assign(capacity, 0);
    flags_.assign(capacity, 0);
    mask_ = capacity - 1;
    shift_ = 64;
    for (size_t c = capacity; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (size_t k = 0; k < keys.size(); ++k)
      if (keys[k] != 0) add(keys[k], flags[k]);
  }

  std::vector<uint64_t> keys_;
  std::vector<uint8_t> flags_;
  size_t size_ = 0, mask_ = 0;
  unsigned shift_ = 64;
  uint8_t zero_flags_ = 0;
};

}  // namespace chronicle::rules
