#include "geo/geocoder.h"

#include <algorithm>
#include <cmath>

#include "geo/place_name.h"
#include "geo/region_name.h"

namespace chronicle::geo {

namespace {
double kind_bonus(const Place& p) {
  if (p.feature.starts_with("PCL")) return 4.0;
  if (p.feature == "PPLC") return 2.5;
  if (p.feature == "ADM1") return 1.0;
  if (p.feature == "PPLA") return 0.5;
  return 0;
}
}  // namespace

bool Geocoder::qualifier_matches(const Place& c, const std::string& qualifier) const {
  for (uint32_t q : gazetteer_.find(qualifier)) {
    const Place qp = gazetteer_.place(q);
    if (qp.feature == "ADM1" && qp.country == c.country && qp.admin1 == c.admin1 && c.feature != "ADM1") return true;
    if (qp.feature.starts_with("PCL") && qp.country == c.country && !c.feature.starts_with("PCL")) return true;
  }
  return false;
}

std::optional<GeoMatch> Geocoder::resolve(std::string_view name, const GeoContext& ctx) const {
  const auto found = gazetteer_.find(name);
  if (found.empty()) return std::nullopt;
  const std::string key = place_key(name);
  if (is_region_name(key)) return std::nullopt;
  GeoMatch best;
  bool have = false;
  for (uint32_t i : found) {
    Place p = gazetteer_.place(i);
    double s = std::log10(static_cast<double>(p.population) + 10.0) + kind_bonus(p);
    if (place_key(p.name) == key) s += 1.0;
    if (std::find(ctx.countries.begin(), ctx.countries.end(), p.country) != ctx.countries.end()) s += 2.5;
    for (const auto& q : ctx.qualifiers) {
      if (qualifier_matches(p, q)) s += 10.0;
    }
    if (ctx.government_sense && p.feature == "PPLC") s += 5.0;
    // Ties go to the smaller geonameid so results never depend on order.
    if (!have || s > best.score || (s == best.score && p.geonameid < best.place.geonameid)) {
      best.place = std::move(p);
      best.score = s;
      have = true;
    }
  }
  best.candidates = static_cast<uint32_t>(found.size());
  return best;
}

}  // namespace chronicle::geo
