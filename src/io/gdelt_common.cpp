#include "io/gdelt_common.h"

#include <algorithm>
#include <array>
#include <utility>

namespace chronicle::io {

namespace {

struct FipsPair {
  std::string_view iso2;
  std::string_view fips;
};

constexpr FipsPair kFipsCountries[] = {
#include "io/fips_countries_table.inc"
};

}  // namespace

uint64_t gdelt_record_id(std::string_view document_id, uint64_t index) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  };
  for (char c : document_id) mix(static_cast<unsigned char>(c));
  mix(0);  // "ab"+1 and "a"+"b1" must differ
  for (int i = 0; i < 8; ++i) mix(static_cast<unsigned char>(index >> (8 * i)));
  h ^= h >> 33;  // finaliser: spread the low bits before dropping the top one
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h & 0x7fffffffffffffffull;
}

std::string gdelt_sql_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return {};
  std::string out;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i == 4 || i == 7) continue;
    if (d[i] < '0' || d[i] > '9') return {};
    out.push_back(d[i]);
  }
  return out;
}

std::string_view fips_country(std::string_view iso2) {
  const auto* end = std::end(kFipsCountries);
  const auto* it = std::lower_bound(std::begin(kFipsCountries), end, iso2,
                                    [](const FipsPair& p, std::string_view key) { return p.iso2 < key; });
  return it != end && it->iso2 == iso2 ? it->fips : std::string_view{};
}

int gdelt_geo_type(const GeoPoint& geo) {
  const std::string_view f = geo.feature;
  const bool us = geo.country == "US";
  if (f.starts_with("PCL")) return 1;
  if (f == "ADM1") return us ? 2 : 5;
  if (f.starts_with("PPL")) return us ? 3 : 4;
  return 0;
}

void append_clean(std::string& out, std::string_view s, std::string_view extra) {
  for (char c : s) {
    const bool bad = c == '\t' || c == '\n' || c == '\r' || extra.find(c) != std::string_view::npos;
    out.push_back(bad ? ' ' : c);
  }
}

}  // namespace chronicle::io
