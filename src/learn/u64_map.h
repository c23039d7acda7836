// A compact, read-mostly open-addressing map from non-zero 64-bit keys
// (string hashes) to 32-bit values: the lookup tables of model sections (tag
// dictionary, word clusters, lemma exceptions).
//
// Keys are hashes, not strings: at 64 bits a collision among a few hundred
// thousand words is vanishingly unlikely, and the model stays small.
// Serialization writes (key, value) pairs in key order, so equal maps give
// equal bytes. A key and its value share one 16-byte slot, so a lookup in a
// table far larger than the cache (word clusters, gazetteer) costs one cache
// miss, not one for the key and another for the value.
// Thread safety: const methods are safe to call concurrently.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "io/byte_io.h"
#include "learn/huge_page_allocator.h"

namespace chronicle::learn {

class U64Map {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;

  // Inserts or overwrites; key 0 is reserved and ignored.
  void set(uint64_t key, uint32_t value) {
    if (key == 0) return;
    if ((size_ + 1) * 2 > slots_.size()) rehash(std::max<size_t>(16, slots_.size() * 2));
    Slot& slot = slots_[probe(key)];
    if (slot.key == 0) {
      slot.key = key;
      ++size_;
    }
    slot.value = value;
  }

  uint32_t get(uint64_t key) const {
    if (slots_.empty() || key == 0) return kMissing;
    const size_t mask = slots_.size() - 1;
    for (size_t i = scramble(key) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return slot.value;
      if (slot.key == 0) return kMissing;
    }
  }

  // Asks for the slot get(key) reads first (no effect on results): a caller
  // with many keys to look up prefetches them all, so the misses overlap.
  void prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[scramble(key) & (slots_.size() - 1)]);
  }

  size_t size() const { return size_; }

  // u64 count; count x (u64 key, u32 value) in ascending key order.
  void write(io::ByteWriter& w) const {
    std::vector<std::pair<uint64_t, uint32_t>> all;
    all.reserve(size_);
    for (const Slot& slot : slots_)
      if (slot.key != 0) all.emplace_back(slot.key, slot.value);
    std::sort(all.begin(), all.end());
    w.u64(all.size());
    for (auto& [k, v] : all) {
      w.u64(k);
      w.u32(v);
    }
  }

  // False (reader failed or keys not strictly ascending) on malformed input.
  bool read(io::ByteReader& r) {
    uint64_t n = r.u64();
    if (!r.can_read(n, 12)) {
      r.fail();
      return false;
    }
    U64Map m;
    m.rehash(std::max<size_t>(16, std::bit_ceil(static_cast<size_t>(n) * 2 + 1)));
    uint64_t prev = 0;
    for (uint64_t i = 0; i < n; ++i) {
      uint64_t k = r.u64();
      uint32_t v = r.u32();
      if (k <= prev) {
        r.fail();
        return false;
      }
      prev = k;
      m.set(k, v);
    }
    *this = std::move(m);
    return r.ok();
  }

 private:
  static size_t scramble(uint64_t k) { return static_cast<size_t>((k ^ (k >> 29)) * 0x9e3779b97f4a7c15ULL >> 17); }
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t value = 0;
  };
  size_t probe(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    size_t i = scramble(key) & mask;
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
    return i;
  }
  void rehash(size_t cap) {
    TableVector<Slot> old = std::move(slots_);
    slots_.assign(cap, Slot{});
    for (const Slot& slot : old)
      if (slot.key != 0) slots_[probe(slot.key)] = slot;
  }

  // Large maps (word clusters, several MB) may sit on huge pages: their
  // lookups are random, one TLB miss each on 4 kB pages.
  TableVector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace chronicle::learn
