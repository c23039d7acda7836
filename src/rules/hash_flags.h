// A set of 64-bit hashes, each with two flag bits: the prefix table of
// CompiledDictionary. Open addressing with linear probing in a power-of-two
// table at most half full, so a miss (most lookups: a word that starts no
// phrase) costs one or two probes and no division, unlike std::unordered_map.
// The flags live in the two low bits of the stored hash, so a probe reads one
// word of memory (the tables are megabytes: a probe is mostly a cache miss).
// Two hashes that differ only in those bits are one entry; the dictionary
// checks every hit against the phrase itself, so a merge costs a failed
// check, never a wrong answer.
// Thread safety: const methods, any thread; add() only while building.
#pragma once

#include <cstdint>
#include <vector>

namespace chronicle::rules {

class HashFlags {
 public:
  // The flags (1..3) of `hash`, 0 when it is absent.
  uint8_t get(uint64_t hash) const {
    if (slots_.empty()) return 0;
    const uint64_t key = hash & ~kFlagBits;
    for (size_t i = slot(key);; i = (i + 1) & mask_) {
      const uint64_t s = slots_[i];
      if (s == 0) return 0;
      if ((s & ~kFlagBits) == key) return static_cast<uint8_t>(s & kFlagBits);
    }
  }

  // Room for `n` hashes without growing (the load builds the table once).
  void reserve(size_t n) {
    while (slots_.size() < 2 * n) grow();
  }

  // ORs `flags` (1..3) into the flags of `hash`, adding it when absent.
  void add(uint64_t hash, uint8_t flags) {
    flags &= kFlagBits;
    if (flags == 0) return;  // a stored slot is never 0: 0 marks an empty one
    if (2 * (size_ + 1) > slots_.size()) grow();
    const uint64_t key = hash & ~kFlagBits;
    size_t i = slot(key);
    while (slots_[i] != 0 && (slots_[i] & ~kFlagBits) != key) i = (i + 1) & mask_;
    if (slots_[i] == 0) ++size_;
    slots_[i] |= key | flags;
  }

 private:
  static constexpr uint64_t kFlagBits = 3;

  // Fibonacci hashing: the multiply spreads every bit of the key into the
  // high bits the slot is taken from.
  size_t slot(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }

  void grow() {
    std::vector<uint64_t> old = std::move(slots_);
    const size_t capacity = old.empty() ? 64 : 2 * old.size();
    slots_.assign(capacity, 0);
    mask_ = capacity - 1;
    shift_ = 64;
    for (size_t c = capacity; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (uint64_t s : old)
      if (s != 0) add(s & ~kFlagBits, static_cast<uint8_t>(s & kFlagBits));
  }

  std::vector<uint64_t> slots_;
  size_t size_ = 0, mask_ = 0;
  unsigned shift_ = 64;
};

}  // namespace chronicle::rules
