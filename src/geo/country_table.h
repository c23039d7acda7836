// Countries as CAMEO codes them: ISO 3166 alpha-3 (Debian iso-codes) with
// CAMEO's own exceptions (Kosovo KSV, East Timor TMP), alpha-2, names,
// demonyms and capitals, compiled into the model container (section CTRY).
//
// Names come from iso-codes (name, official and common name), GeoNames
// countryInfo, the project's alias file (data/src/country-aliases.tsv: short
// forms and demonyms) and the synonyms of the country-level entries of the
// CAMEO country actors dictionary ("NORTH_KOREA_ [PRK]" +NORTH_KOREAN ...).
// Capitals are GeoNames countryInfo's.
// Thread safety: immutable after load; const methods run on any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronicle/status.h"

namespace chronicle::geo {

struct Country {
  std::string iso2;     // "KP"
  std::string iso3;     // "PRK"
  std::string cameo;    // "PRK"; "KSV" for Kosovo, "TMP" for Timor-Leste
  std::string name;     // "North Korea" (iso-codes common name, else name)
  std::string capital;  // "Pyongyang"
};

enum class CountryNameKind : uint8_t { kName = 1, kDemonym = 2, kCapital = 3 };

struct CountryNameHit {
  int32_t country = -1;  // index into CountryTable::countries()
  CountryNameKind kind = CountryNameKind::kName;
};

struct CountrySources {
  std::string iso_3166_json;  // /usr/share/iso-codes/json/iso_3166-1.json
  std::string country_info;   // GeoNames countryInfo.txt
  std::string aliases_tsv;    // iso2 <TAB> kind (name|demonym) <TAB> text, '#' comments; a past country:
                              // iso2 <TAB> country <TAB> CAMEO code <TAB> name
  // (CAMEO code, name) pairs from the country actors dictionary.
  std::vector<std::pair<std::string, std::string>> cameo_names;
};

// CAMEO's code for an ISO alpha-3 code (identity except the exceptions).
std::string cameo_country_code(std::string_view iso3);

Result<std::string> compile_countries(const CountrySources& src);

class CountryTable {
 public:
  static Result<CountryTable> read(const std::string& path);
  static Result<CountryTable> from_bytes(std::string bytes, const std::string& name);

  const std::vector<Country>& countries() const { return countries_; }
  // By any name, demonym or capital, case- and accent-blind.
  CountryNameHit find(std::string_view text) const;
  const Country* by_cameo(std::string_view code) const;
  const Country* by_iso2(std::string_view iso2) const;

 private:
  std::vector<Country> countries_;
  std::unordered_map<std::string, CountryNameHit> names_;
  // The first two bytes of every key of names_: a plain-ASCII text whose key
  // would start otherwise is no name, found without building its key (most
  // words asked about are not countries).
  std::vector<bool> key_starts_ = std::vector<bool>(1 << 16, false);
  std::unordered_map<std::string, int32_t> cameo_, iso2_;
  // by_cameo for three capital letters, the form of every CAMEO country
  // code: an index, no string built (the actor coder asks for every code).
  std::vector<int32_t> cameo_letters_ = std::vector<int32_t>(26 * 26 * 26, -1);
};

}  // namespace chronicle::geo
