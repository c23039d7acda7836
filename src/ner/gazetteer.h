// A gazetteer of multi-word names (countries, cities, first-level regions),
// matched longest-first over a sentence's tokens, case-insensitively. Each
// phrase carries a bit set of kinds; the NER turns the match position and
// kinds into features, so the gazetteer hints but never decides.
//
// Phrases are stored as 64-bit hashes of their lowercase tokens joined by a
// space (no strings in the model), plus, per first token, the longest phrase
// length starting with it, so a token that starts no phrase costs one lookup.
//
// Thread safety: immutable after building or reading; const methods are safe
// from any thread.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/byte_io.h"
#include "learn/u64_map.h"

namespace chronicle::ner {

enum GazetteerKind : uint32_t {
  kGazCountry = 1,
  kGazCity = 2,
  kGazRegion = 4,  // first-level administrative division (state, province)
  kGazPerson = 8,  // reserved for name lists (CAMEO actors, after the actors issue)
  kGazOrg = 16,    // reserved likewise
};
inline constexpr uint32_t kGazKinds = 5;
inline constexpr uint32_t kMaxPhraseTokens = 8;

// Match of a token: its position in a matched phrase and the phrase's kinds.
struct GazetteerHit {
  uint8_t position = 0;  // 0 none, 1 B, 2 I, 3 L, 4 U
  uint32_t kinds = 0;
};

class Gazetteer {
 public:
  // Adds a phrase (tokens separated by spaces; lower-cased here).
  void add(std::string_view phrase, uint32_t kinds);
  size_t size() const { return phrases_.size(); }

  // hits.size() == lower.size(); `lower` holds the tokens' lowercase forms.
  void match(std::span<const std::string_view> lower, std::span<GazetteerHit> hits) const;

  // Kinds of the phrase made of exactly these lowercase tokens, 0 when absent.
  uint32_t lookup(std::span<const std::string_view> lower) const;

  // u32 version (1); phrase map; first-token map.
  void write(io::ByteWriter& w) const;
  bool read(io::ByteReader& r, std::string& error);

 private:
  learn::U64Map phrases_;  // hash(phrase) -> kinds
  learn::U64Map first_;    // hash(first token) -> longest phrase length
};

}  // namespace chronicle::ner
