// The NER's memory of the word atoms of words it has met (tag::TokenAtoms:
// hashes of the form, its lowercase, affixes and shape, and the word's paths
// in the NER's two Brown-cluster sets), kept per thread across sentences and
// documents.
//
// Why: computing a word's atoms hashes about ten strings and looks the word up
// in both cluster tables, up to four random reads of tables far larger than
// the cache; the NER does it for every token, and news text repeats most of
// its words. The atoms are a function of the form and the clusters alone, so
// the copies are the atoms compute_atoms would give again. Words are known by
// their 64-bit hash, as in the cluster tables themselves (learn/u64_map.h) and
// the tagger's tag/recent_words.h.
//
// Bounded (kCapacity words, about 2.5 MB): when full it starts empty again.
// Bound to one Ner instance at a time (by its process-unique id), so two
// models in one thread never read each other's atoms.
//
// Thread safety: one per thread (Ner::atoms holds it thread_local).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "learn/perceptron.h"
#include "learn/u64_map.h"
#include "tag/tag_features.h"

namespace chronicle::ner {

class WordAtomsCache {
 public:
  static constexpr size_t kCapacity = 16384;

  // Starts empty unless it already holds atoms of this owner's clusters.
  void bind(uint64_t owner) {
    if (owner == owner_) return;
    owner_ = owner;
    clear();
  }

  // `out` = compute_atoms(form, sentence_start, clusters), computed at the
  // word's first sight and copied after. requires: the same `clusters` for
  // every call since the last bind().
  void atoms(std::string_view form, bool sentence_start, std::span<const tag::WordClusters> clusters,
             tag::TokenAtoms& out) {
    const uint64_t key = learn::hash_string(form);
    uint32_t slot = index_.get(key);
    if (slot == learn::U64Map::kMissing) {
      tag::compute_atoms(form, false, clusters, out);
      if (key != 0) {  // key 0 cannot be stored (U64Map reserves it)
        if (atoms_.size() >= kCapacity) clear();
        index_.set(key, static_cast<uint32_t>(atoms_.size()));
        atoms_.push_back(out);
      }
    } else {
      out = atoms_[slot];
    }
    // The only atom that depends on the position.
    out.sentence_start = sentence_start;
  }

  // out[i] = compute_atoms(forms[i], i == 0, clusters) for a sentence, in
  // passes that start the cache misses the next pass waits for (the index
  // slots, then the atoms), so that the words' misses overlap instead of
  // coming one word at a time. requires: out.size() == forms.size().
  void sentence_atoms(std::span<const std::string_view> forms, std::span<const tag::WordClusters> clusters,
                      std::span<tag::TokenAtoms> out) {
    const size_t n = forms.size();
    keys_.resize(n);
    found_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      keys_[i] = learn::hash_string(forms[i]);
      index_.prefetch(keys_[i]);
    }
    for (size_t i = 0; i < n; ++i) {
      found_[i] = index_.get(keys_[i]);
      if (found_[i] == learn::U64Map::kMissing) continue;
      const char* at = reinterpret_cast<const char*>(&atoms_[found_[i]]);
      for (size_t line = 0; line < sizeof(tag::TokenAtoms); line += 64) __builtin_prefetch(at + line);
      __builtin_prefetch(at + sizeof(tag::TokenAtoms) - 1);
    }
    // Known words first: adding a new one may empty the cache.
    for (size_t i = 0; i < n; ++i) {
      if (found_[i] == learn::U64Map::kMissing) continue;
      out[i] = atoms_[found_[i]];
      out[i].sentence_start = i == 0;
    }
    for (size_t i = 0; i < n; ++i)
      if (found_[i] == learn::U64Map::kMissing) atoms(forms[i], i == 0, clusters, out[i]);
  }

 private:
  void clear() {
    index_ = learn::U64Map();
    atoms_.clear();
    atoms_.reserve(kCapacity);
  }

  uint64_t owner_ = 0;
  learn::U64Map index_;  // hash_string(form) -> index into atoms_
  std::vector<tag::TokenAtoms> atoms_;
  std::vector<uint64_t> keys_;   // sentence_atoms' scratch: the words' hashes
  std::vector<uint32_t> found_;  // and their index entries
};

}  // namespace chronicle::ner
