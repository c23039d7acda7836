// The tagger's memory of words outside its vocabulary: their atoms and
// static-group score rows, kept per thread across sentences and documents.
//
// Why: a sixth of the tokens of news text are outside the vocabulary (names,
// numbers, rare words), and scoring a word's five static groups is a few
// dozen random reads of the weight table. Most such words recur (a name in
// every paragraph of its story, "£1bn" in many), so a word is scored once
// and its rows copied from here after. The rows are exactly the ones the
// tagger would compute again, so the tags are the same with or without it.
//
// Bounded (about 14 MB for the shipped tagger): when full it starts empty again. Bound to one tagger instance at a
// time (Tagger keeps a process-unique id), so two taggers in one thread never
// read each other's rows.
//
// Thread safety: one per thread (Tagger holds it thread_local).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "learn/u64_map.h"
#include "tag/tag_features.h"

namespace chronicle::tag {

class RecentWords {
 public:
  static constexpr size_t kCapacity = 8192;

  // Starts empty unless it already holds rows of this tagger with these sizes.
  void bind(uint64_t owner, size_t row_size, size_t first_row_size) {
    if (owner == owner_ && row_size == row_size_ && first_row_size == first_row_size_) return;
    owner_ = owner;
    row_size_ = row_size;
    first_row_size_ = first_row_size;
    clear();
    // Reserved once, so the tables never move or grow past the bound (pages
    // are only touched as words arrive).
    atoms_.reserve(kCapacity);
    rows_.reserve(kCapacity * row_size);
    first_rows_.reserve(kCapacity * first_row_size);
  }

  // Slot of the word with hash `key`, or learn::U64Map::kMissing.
  uint32_t find(uint64_t key) const { return index_.get(key); }
  const TokenAtoms& atoms(uint32_t slot) const { return atoms_[slot]; }
  const float* row(uint32_t slot) const { return &rows_[slot * row_size_]; }
  const float* first_row(uint32_t slot) const { return &first_rows_[slot * first_row_size_]; }

  // Keeps a word's atoms and rows (first_row may be null when first_row_size is 0).
  void add(uint64_t key, const TokenAtoms& atoms, const float* row, const float* first_row) {
    if (atoms_.size() >= kCapacity) clear();
    index_.set(key, static_cast<uint32_t>(atoms_.size()));
    atoms_.push_back(atoms);
    rows_.insert(rows_.end(), row, row + row_size_);
    if (first_row_size_ > 0) first_rows_.insert(first_rows_.end(), first_row, first_row + first_row_size_);
  }

 private:
  void clear() {
    index_ = learn::U64Map();
    atoms_.clear();
    rows_.clear();
    first_rows_.clear();
  }

  uint64_t owner_ = 0;
  size_t row_size_ = 0, first_row_size_ = 0;
  learn::U64Map index_;  // hash_string(word) -> slot
  std::vector<TokenAtoms> atoms_;
  std::vector<float> rows_, first_rows_;
};

}  // namespace chronicle::tag
