// Feature extraction for the POS tagger, shared by the runtime tagger and its
// trainer so both see exactly the same features (STYLE.md §6: fill context
// atoms first, then hash templates over them).
//
// Per token, `TokenAtoms` holds hashes computed once (word, lowercase,
// prefixes, suffixes, shape, Brown-cluster path prefixes, flags); the
// templates for position i combine the atoms of i-2..i+2 with the two previous
// predicted tags.
//
// Thread safety: stateless functions; WordClusters is immutable after loading.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/byte_io.h"
#include "learn/perceptron.h"
#include "learn/u64_map.h"

namespace chronicle::tag {

// Brown clusters (bit-string paths) for a word list, looked up by the hash of
// the exact form, then of its lowercase form.
class WordClusters {
 public:
  static constexpr uint32_t kNone = learn::U64Map::kMissing;
  // Adds a word with its path ("0110101"); the path gets an id on first use.
  void add(std::string_view word, std::string_view path);
  // Path id of `word` or kNone.
  uint32_t lookup(std::string_view word, std::string_view lower) const;
  // The four prefix atoms (length 4, 6, 10, full) of a path id.
  const uint64_t* atoms(uint32_t id) const { return &atoms_[static_cast<size_t>(id) * 4]; }
  size_t num_words() const { return words_.size(); }
  size_t num_paths() const { return paths_.size(); }
  bool empty() const { return words_.size() == 0; }

  // u32 version (1); u32 path count; paths as str; word map (U64Map).
  void write(io::ByteWriter& w) const;
  bool read(io::ByteReader& r, std::string& error);

 private:
  void add_path_atoms(std::string_view path);
  learn::U64Map words_;
  learn::U64Map path_ids_;  // hash(path) -> id, training only
  std::vector<std::string> paths_;
  std::vector<uint64_t> atoms_;
};

enum TokenFlag : uint32_t {
  kHasDigit = 1,
  kHasHyphen = 2,
  kHasUpper = 4,
  kAllUpper = 8,
  kInitUpper = 16,
  kHasAlpha = 32,
  kSentenceStart = 64,
  kHasPeriod = 128,
};

struct TokenAtoms {
  uint64_t word = 0;
  uint64_t lower = 0;
  uint64_t prefix[3] = {0, 0, 0};  // 1..3 bytes of the lowercase form
  uint64_t suffix[4] = {0, 0, 0, 0};  // 1..4 bytes
  uint64_t shape = 0;
  // Per cluster set: path prefixes 4, 6, 10, full; 0 = word not in the set.
  uint64_t cluster[2][4] = {{0, 0, 0, 0}, {0, 0, 0, 0}};
  uint32_t flags = 0;  // TokenFlag bits except kSentenceStart
  bool sentence_start = false;
  // Most words of the sentence start with a capital (headlines, titles,
  // signatures): capitalisation then says little about proper nouns.
  bool title_case_sentence = false;
};

// Sets title_case_sentence on every atom of a sentence.
void mark_title_case(std::span<TokenAtoms> atoms);

inline constexpr size_t kMaxClusterSets = 2;

// ASCII lower-casing (the tagger's notion of "lowercase"; non-ASCII bytes kept).
void ascii_lower(std::string_view s, std::string& out);

// requires: `form` is one token; `clusters` holds at most kMaxClusterSets sets.
void compute_atoms(std::string_view form, bool sentence_start, std::span<const WordClusters> clusters,
                   TokenAtoms& out);

inline constexpr size_t kMaxTagFeatures = 64;
inline constexpr uint32_t kStartTag = 0xffff;

// The templates fall into groups by what they read, so the runtime can add
// precomputed per-word score vectors for the static groups (tagger.cpp):
enum FeatureGroup : uint32_t {
  kGroupWord = 0,    // the word itself (and the bias)
  kGroupLeft1 = 1,   // the word at i-1 alone
  kGroupRight1 = 2,  // the word at i+1 alone
  kGroupLeft2 = 3,   // the word at i-2 alone
  kGroupRight2 = 4,  // the word at i+2 alone
  kNumStaticGroups = 5,
};
// Features of one static group for a word's atoms; returns how many.
size_t group_features(FeatureGroup group, const TokenAtoms& w, learn::FeatureId* out);
// Atoms standing for positions before the sentence start / after its end.
const TokenAtoms& boundary_atoms(bool before);
// Features that combine positions or read predicted tags (never cached).
// With include_prev1 false, the prev1-only template (prev1_feature) is left
// out: the runtime adds it from a dense table.
size_t dynamic_features(std::span<const TokenAtoms> atoms, size_t i, uint32_t prev1, uint32_t prev2,
                        learn::FeatureId* out, bool include_prev1 = true);
learn::FeatureId prev1_feature(uint32_t prev1);

// The static features of position i (the five word groups of i-2..i+2) into
// `out` (capacity kMaxTagFeatures); returns how many. What the first pass
// is trained and scored on; the cached part of extract_features.
size_t static_features(std::span<const TokenAtoms> atoms, size_t i, learn::FeatureId* out);

// All features of position i (static groups, then dynamic) into `out`
// (capacity kMaxTagFeatures); returns how many. prev1/prev2 are the tags
// predicted at i-1 and i-2 (or kStartTag outside the sentence).
size_t extract_features(std::span<const TokenAtoms> atoms, size_t i, uint32_t prev1, uint32_t prev2,
                        learn::FeatureId* out);

}  // namespace chronicle::tag
