// A compact, read-mostly open-addressing map from non-zero 64-bit keys
// (string hashes) to 32-bit values: the lookup tables of model sections (tag
// dictionary, word clusters, lemma exceptions).
//
// Keys are hashes, not strings: at 64 bits a collision among a few hundred
// thousand words is vanishingly unlikely, and the model stays small.
// Serialization writes (key, value) pairs in key order, so equal maps give
// equal bytes. Thread safety: const methods are safe to call concurrently.
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
    if ((size_ + 1) * 2 > keys_.size()) rehash(std::max<size_t>(16, keys_.size() * 2));
    size_t slot = probe(key);
    if (keys_[slot] == 0) {
      keys_[slot] = key;
      ++size_;
    }
    values_[slot] = value;
  }

  uint32_t get(uint64_t key) const {
    if (keys_.empty() || key == 0) return kMissing;
    const size_t mask = keys_.size() - 1;
    for (size_t slot = scramble(key) & mask;; slot = (slot + 1) & mask) {
      if (keys_[slot] == key) return values_[slot];
      if (keys_[slot] == 0) return kMissing;
    }
  }

  size_t size() const { return size_; }

  // u64 count; count x (u64 key, u32 value) in ascending key order.
  void write(io::ByteWriter& w) const {
    std::vector<std::pair<uint64_t, uint32_t>> all;
    all.reserve(size_);
    for (size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] != 0) all.emplace_back(keys_[i], values_[i]);
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
  size_t probe(uint64_t key) const {
    const size_t mask = keys_.size() - 1;
    size_t slot = scramble(key) & mask;
    while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & mask;
    return slot;
  }
  void rehash(size_t cap) {
    TableVector<uint64_t> old_keys = std::move(keys_);
    TableVector<uint32_t> old_values = std::move(values_);
    keys_.assign(cap, 0);
    values_.assign(cap, 0);
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] == 0) continue;
      size_t slot = probe(old_keys[i]);
      keys_[slot] = old_keys[i];
      values_[slot] = old_values[i];
    }
  }

  // Large maps (word clusters, several MB) may sit on huge pages: their
  // lookups are random, one TLB miss each on 4 kB pages.
  TableVector<uint64_t> keys_;
  TableVector<uint32_t> values_;
  size_t size_ = 0;
};

}  // namespace chronicle::learn
