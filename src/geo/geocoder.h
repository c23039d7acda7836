// Resolves a place name to a gazetteer entry using what the article says
// around it.
//
// Score of a candidate: log10 of its population, plus a bonus for its kind
// (a country beats a city of the same name, a capital beats other cities,
// a division sits between), for being filed under its own primary name, for
// lying in a country the article is about, for matching a qualifier next to
// the mention ("Paris, Texas": Texas must be the candidate's admin1 or
// country), and, in the US-government sense of "Washington", for being a
// capital. The gazetteer holds only populated places, divisions and
// countries, so a name can never resolve to a building or a landmark.
// Thread safety: const, any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"

namespace chronicle::geo {

struct GeoContext {
  std::vector<std::string> countries;   // ISO alpha-2 codes the article is about
  std::vector<std::string> qualifiers;  // names right after the mention: "Texas" in "Paris, Texas"
  bool government_sense = false;        // the capital stands for its government
};

struct GeoMatch {
  Place place;
  double score = 0;
  uint32_t candidates = 0;  // how many entries the name had
};

class Geocoder {
 public:
  explicit Geocoder(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}
  std::optional<GeoMatch> resolve(std::string_view name, const GeoContext& context) const;

 private:
  bool qualifier_matches(const Place& candidate, const std::string& qualifier) const;
  const Gazetteer& gazetteer_;
};

}  // namespace chronicle::geo
