// The GeoNames gazetteer compiled into the model container: cities over
// 15 000 people, first-level divisions and countries (CC BY 4.0, GeoNames).
//
// GeoNames' country and admin1 files carry no coordinates, so the compiler
// gives each a centroid of its cities weighted by population (and, for a
// country, a population from countryInfo). Names are the city's name, ASCII
// name and its Latin-script alternate names (codes such as "ALV" are left
// out), admin1 names, and country names from countryInfo, iso-codes and the
// CAMEO country actors' synonyms.
// Layout (docs/model-format.md, "Gazetteer"):
//   GHDR  u32 version, u32 places, u32 keys
//   GPLC  per place 64 bytes: i64 geonameid, f64 lat, f64 lon, u64 population,
//         u32 name_off, name_len, admin1_off, admin1_len, feature_off, feature_len,
//         2 bytes country (ISO alpha-2), u8 feature class, u8 0, u32 0
//   GIDX  per key, sorted by (hash, place): u64 FNV-1a of the key, u32 key_off, u32 key_len, u32 place, u32 0
//   STRS  string pool
// Thread safety: immutable after load; const methods run on any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/status.h"
#include "io/hash_buckets.h"
#include "io/model_file.h"

namespace chronicle::geo {

struct Place {
  int64_t geonameid = -1;
  std::string name;
  double lat = 0, lon = 0;
  uint64_t population = 0;
  char feature_class = 'P';  // P city, A country or division
  std::string feature;       // PPL, PPLC, PPLA, ADM1, PCLI, ...
  std::string country;       // ISO alpha-2
  std::string admin1;        // GeoNames admin1 code
};

struct GazetteerSource {
  std::string cities;        // cities15000.txt
  std::string country_info;  // countryInfo.txt
  std::string admin1;        // admin1CodesASCII.txt
  // Extra (iso2, name) pairs: iso-codes and CAMEO names of countries.
  std::vector<std::pair<std::string, std::string>> country_names;
};

// Container bytes; errors name the file and line.
Result<std::string> compile_gazetteer(const GazetteerSource& src);

class Gazetteer {
 public:
  static Result<Gazetteer> read(const std::string& path);
  static Result<Gazetteer> from_bytes(std::string bytes, std::string name);

  uint32_t size() const { return n_places_; }
  Place place(uint32_t i) const;
  // Places filed under place_key(name), in no particular order.
  std::vector<uint32_t> find(std::string_view name) const;
  // Country entry (PCLI and kin) of an ISO alpha-2 code; -1 when none.
  int64_t country_place(std::string_view iso2) const;
  // Admin1 entry of a country and GeoNames admin1 code; -1 when none.
  int64_t admin1_place(std::string_view iso2, std::string_view admin1) const;

 private:
  static Result<Gazetteer> from_file(std::unique_ptr<io::ModelFile> f);
  std::unique_ptr<io::ModelFile> file_;
  uint32_t n_places_ = 0, n_keys_ = 0;
  std::string_view plc_, idx_, strs_;
  io::HashBuckets buckets_;  // GIDX's keys by hash: find() searches one bucket
  std::vector<std::pair<std::string, uint32_t>> countries_;  // "US" -> place, sorted
  std::vector<std::pair<std::string, uint32_t>> admin1_;     // "US.DC" -> place, sorted
};

}  // namespace chronicle::geo
