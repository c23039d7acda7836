#include "geo/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "geo/place_name.h"
#include "io/byte_io.h"
#include "io/model_writer.h"

namespace chronicle::geo {

namespace {
constexpr uint32_t kGazetteerVersion = 1;
constexpr size_t kPlaceSize = 64, kKeySize = 24;

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t t = line.find('\t', start);
    out.push_back(line.substr(start, t == std::string_view::npos ? std::string_view::npos : t - start));
    if (t == std::string_view::npos) break;
    start = t + 1;
  }
  return out;
}

template <typename F>
void for_lines(std::string_view text, F f) {
  size_t start = 0, no = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++no;
    if (!f(line, no)) return;
    start = nl + 1;
  }
}

bool to_double(std::string_view s, double& v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}
bool to_u64(std::string_view s, uint64_t& v) {
  if (s.empty()) { v = 0; return true; }
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Latin-script alternate names only; short all-capital ones are codes.
bool useful_alternate(std::string_view n) {
  if (n.size() < 3) return false;
  bool lower = false;
  for (unsigned char c : n) {
    if (c >= 0x80) return false;
    if (c >= 'a' && c <= 'z') lower = true;
  }
  return lower;
}

uint64_t fnv(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  return h;
}
uint32_t rd32(std::string_view s, size_t o) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(s[o + i])) << (8 * i);
  return v;
}
uint64_t rd64(std::string_view s, size_t o) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(s[o + i])) << (8 * i);
  return v;
}
double rdf64(std::string_view s, size_t o) {
  const uint64_t u = rd64(s, o);
  double d;
  std::memcpy(&d, &u, 8);
  return d;
}
}  // namespace

Result<std::string> compile_gazetteer(const GazetteerSource& src) {
  std::vector<Place> places;
  std::vector<std::vector<std::string>> names;  // per place
  Status error;
  // Cities.
  for_lines(src.cities, [&](std::string_view line, size_t no) {
    if (line.empty()) return true;
    auto f = split_tabs(line);
    Place p;
    uint64_t id = 0;
    if (f.size() < 15 || !to_u64(f[0], id) || !to_double(f[4], p.lat) || !to_double(f[5], p.lon) ||
        !to_u64(f[14], p.population) || f[6].size() != 1 || f[8].size() != 2) {
      error = Status(StatusCode::kParseError, "not a GeoNames cities row (19 tab-separated columns): '" +
                     std::string(line.substr(0, 80)) + "'", "cities15000.txt:" + std::to_string(no));
      return false;
    }
    p.geonameid = static_cast<int64_t>(id);
    p.name = f[1];
    p.feature_class = f[6][0];
    p.feature = f[7];
    p.country = f[8];
    p.admin1 = f[10];
    std::vector<std::string> n{std::string(f[1]), std::string(f[2])};
    std::string_view alts = f[3];
    while (!alts.empty()) {
      const size_t c = alts.find(',');
      std::string_view a = alts.substr(0, c);
      if (useful_alternate(a)) n.emplace_back(a);
      if (c == std::string_view::npos) break;
      alts = alts.substr(c + 1);
    }
    places.push_back(std::move(p));
    names.push_back(std::move(n));
    return true;
  });
  if (!error.ok()) return error;
  // Population-weighted centroids of countries and admin1 divisions.
  struct Acc { double lat = 0, lon = 0, w = 0; uint64_t pop = 0; };
  std::map<std::string, Acc> by_country, by_admin1;
  for (const auto& p : places) {
    const double w = static_cast<double>(std::max<uint64_t>(p.population, 1));
    for (auto* acc : {&by_country[p.country], &by_admin1[p.country + "." + p.admin1]}) {
      acc->lat += w * p.lat;
      acc->lon += w * p.lon;
      acc->w += w;
      acc->pop += p.population;
    }
  }
  const size_t n_cities = places.size();
  for_lines(src.admin1, [&](std::string_view line, size_t no) {
    if (line.empty()) return true;
    auto f = split_tabs(line);
    uint64_t id = 0;
    if (f.size() < 4 || f[0].size() < 4 || f[0][2] != '.' || !to_u64(f[3], id)) {
      error = Status(StatusCode::kParseError, "not an admin1 row (CC.CODE, name, asciiname, geonameid): '" +
                     std::string(line.substr(0, 80)) + "'", "admin1CodesASCII.txt:" + std::to_string(no));
      return false;
    }
    auto it = by_admin1.find(std::string(f[0]));
    if (it == by_admin1.end()) return true;  // no city to place it
    Place p;
    p.geonameid = static_cast<int64_t>(id);
    p.name = f[1];
    p.lat = it->second.lat / it->second.w;
    p.lon = it->second.lon / it->second.w;
    p.population = it->second.pop;
    p.feature_class = 'A';
    p.feature = "ADM1";
    p.country = f[0].substr(0, 2);
    p.admin1 = f[0].substr(3);
    places.push_back(std::move(p));
    names.push_back({std::string(f[1]), std::string(f[2])});
    return true;
  });
  if (!error.ok()) return error;
  std::unordered_map<std::string, size_t> country_index;
  for_lines(src.country_info, [&](std::string_view line, size_t no) {
    if (line.empty() || line.front() == '#') return true;
    auto f = split_tabs(line);
    uint64_t id = 0, pop = 0;
    if (f.size() < 17 || f[0].size() != 2 || !to_u64(f[16], id) || !to_u64(f[7], pop)) {
      error = Status(StatusCode::kParseError, "not a countryInfo row (19 tab-separated columns): '" +
                     std::string(line.substr(0, 80)) + "'", "countryInfo.txt:" + std::to_string(no));
      return false;
    }
    auto it = by_country.find(std::string(f[0]));
    if (it == by_country.end()) return true;
    Place p;
    p.geonameid = static_cast<int64_t>(id);
    p.name = f[4];
    p.lat = it->second.lat / it->second.w;
    p.lon = it->second.lon / it->second.w;
    p.population = pop;
    p.feature_class = 'A';
    p.feature = "PCLI";
    p.country = f[0];
    country_index[p.country] = places.size();
    places.push_back(std::move(p));
    names.push_back({std::string(f[4])});
    return true;
  });
  if (!error.ok()) return error;
  for (const auto& [iso2, name] : src.country_names) {
    auto it = country_index.find(iso2);
    if (it != country_index.end()) names[it->second].push_back(name);
  }
  (void)n_cities;
  // Serialise.
  io::ByteWriter plc, idx, strs;
  std::unordered_map<std::string, uint32_t> pool;
  auto intern = [&](const std::string& s) {
    auto [it, fresh] = pool.emplace(s, static_cast<uint32_t>(strs.size()));
    if (fresh) strs.raw(s);
    return it->second;
  };
  std::vector<std::tuple<uint64_t, uint32_t, std::string>> keys;
  for (uint32_t i = 0; i < places.size(); ++i) {
    const Place& p = places[i];
    plc.u64(static_cast<uint64_t>(p.geonameid));
    uint64_t bits;
    std::memcpy(&bits, &p.lat, 8);
    plc.u64(bits);
    std::memcpy(&bits, &p.lon, 8);
    plc.u64(bits);
    plc.u64(p.population);
    plc.u32(intern(p.name));
    plc.u32(static_cast<uint32_t>(p.name.size()));
    plc.u32(intern(p.admin1));
    plc.u32(static_cast<uint32_t>(p.admin1.size()));
    plc.u32(intern(p.feature));
    plc.u32(static_cast<uint32_t>(p.feature.size()));
    plc.raw(p.country.size() == 2 ? p.country : std::string("  "));
    plc.u8(static_cast<uint8_t>(p.feature_class));
    plc.u8(0);
    plc.u32(0);
    std::set<std::string> seen;
    for (const auto& n : names[i]) {
      std::string k = place_key(n);
      if (!k.empty() && seen.insert(k).second) keys.emplace_back(fnv(k), i, std::move(k));
    }
  }
  std::sort(keys.begin(), keys.end());
  for (const auto& [h, place, k] : keys) {
    idx.u64(h);
    idx.u32(intern(k));
    idx.u32(static_cast<uint32_t>(k.size()));
    idx.u32(place);
    idx.u32(0);
  }
  io::ByteWriter hdr;
  hdr.u32(kGazetteerVersion);
  hdr.u32(static_cast<uint32_t>(places.size()));
  hdr.u32(static_cast<uint32_t>(keys.size()));
  io::ModelWriter w(io::ModelKind::kDictionary);
  w.set_meta("dictionary", "gazetteer");
  w.set_meta("source", "GeoNames cities15000, countryInfo, admin1CodesASCII (CC BY 4.0, geonames.org)");
  CHRONICLE_RETURN_IF_ERROR(w.add_section("GHDR", std::move(hdr).bytes()));
  CHRONICLE_RETURN_IF_ERROR(w.add_section("GPLC", std::move(plc).bytes()));
  CHRONICLE_RETURN_IF_ERROR(w.add_section("GIDX", std::move(idx).bytes()));
  CHRONICLE_RETURN_IF_ERROR(w.add_section("STRS", std::move(strs).bytes()));
  return w.to_bytes();
}

Result<Gazetteer> Gazetteer::read(const std::string& path) {
  auto f = io::ModelFile::read(path);
  if (!f.ok()) return f.status();
  return from_file(std::make_unique<io::ModelFile>(std::move(*f)));
}

Result<Gazetteer> Gazetteer::from_bytes(std::string bytes, std::string name) {
  auto f = io::ModelFile::parse(std::move(bytes), std::move(name));
  if (!f.ok()) return f.status();
  return from_file(std::make_unique<io::ModelFile>(std::move(*f)));
}

Result<Gazetteer> Gazetteer::from_file(std::unique_ptr<io::ModelFile> f) {
  CHRONICLE_RETURN_IF_ERROR(f->expect_kind(io::ModelKind::kDictionary));
  Gazetteer g;
  std::string_view s[4];
  const char* tags[4] = {"GHDR", "GPLC", "GIDX", "STRS"};
  for (int i = 0; i < 4; ++i) {
    auto sec = f->section(tags[i]);
    if (!sec.ok()) return sec.status();
    s[i] = *sec;
  }
  io::ByteReader h(s[0]);
  const uint32_t version = h.u32();
  g.n_places_ = h.u32();
  g.n_keys_ = h.u32();
  if (!h.at_end()) return f->section_error("GHDR", "header is not 12 bytes");
  if (version != kGazetteerVersion)
    return f->section_error("GHDR", "section version " + std::to_string(version) + ", this build reads " +
                                        std::to_string(kGazetteerVersion), StatusCode::kUnsupported);
  g.plc_ = s[1];
  g.idx_ = s[2];
  g.strs_ = s[3];
  if (g.plc_.size() != uint64_t{g.n_places_} * kPlaceSize) return f->section_error("GPLC", "size does not match the place count");
  if (g.idx_.size() != uint64_t{g.n_keys_} * kKeySize) return f->section_error("GIDX", "size does not match the key count");
  const uint64_t pool = g.strs_.size();
  for (uint32_t i = 0; i < g.n_places_; ++i) {
    const size_t o = size_t{i} * kPlaceSize;
    for (size_t k = 32; k < 56; k += 8) {
      if (uint64_t{rd32(g.plc_, o + k)} + rd32(g.plc_, o + k + 4) > pool)
        return f->section_error("GPLC", "place " + std::to_string(i) + " points past STRS");
    }
  }
  uint64_t prev = 0;
  for (uint32_t i = 0; i < g.n_keys_; ++i) {
    const size_t o = size_t{i} * kKeySize;
    const uint64_t hh = rd64(g.idx_, o);
    if (hh < prev || uint64_t{rd32(g.idx_, o + 8)} + rd32(g.idx_, o + 12) > pool || rd32(g.idx_, o + 16) >= g.n_places_)
      return f->section_error("GIDX", "key " + std::to_string(i) + " is out of order or points outside");
    prev = hh;
  }
  for (uint32_t i = 0; i < g.n_keys_; ++i) g.buckets_.add(rd64(g.idx_, size_t{i} * kKeySize));
  g.buckets_.finish();
  g.file_ = std::move(f);
  for (uint32_t i = 0; i < g.n_places_; ++i) {
    const size_t o = size_t{i} * kPlaceSize;
    const std::string feature(g.strs_.substr(rd32(g.plc_, o + 48), rd32(g.plc_, o + 52)));
    const std::string country(g.plc_.substr(o + 56, 2));
    if (feature == "PCLI") g.countries_.emplace_back(country, i);
    if (feature == "ADM1")
      g.admin1_.emplace_back(country + "." + std::string(g.strs_.substr(rd32(g.plc_, o + 40), rd32(g.plc_, o + 44))), i);
  }
  std::sort(g.countries_.begin(), g.countries_.end());
  std::sort(g.admin1_.begin(), g.admin1_.end());
  return g;
}

Place Gazetteer::place(uint32_t i) const {
  const size_t o = size_t{i} * kPlaceSize;
  Place p;
  p.geonameid = static_cast<int64_t>(rd64(plc_, o));
  p.lat = rdf64(plc_, o + 8);
  p.lon = rdf64(plc_, o + 16);
  p.population = rd64(plc_, o + 24);
  p.name = strs_.substr(rd32(plc_, o + 32), rd32(plc_, o + 36));
  p.admin1 = strs_.substr(rd32(plc_, o + 40), rd32(plc_, o + 44));
  p.feature = strs_.substr(rd32(plc_, o + 48), rd32(plc_, o + 52));
  p.country = plc_.substr(o + 56, 2);
  p.feature_class = plc_[o + 58];
  return p;
}

std::vector<uint32_t> Gazetteer::find(std::string_view name) const {
  const std::string k = place_key(name);
  std::vector<uint32_t> out;
  if (k.empty()) return out;
  const uint64_t h = fnv(k);
  auto [lo, hi] = buckets_.range(h);
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (rd64(idx_, mid * kKeySize) < h) lo = mid + 1; else hi = mid;
  }
  for (size_t i = lo; i < n_keys_ && rd64(idx_, i * kKeySize) == h; ++i) {
    const size_t o = i * kKeySize;
    if (strs_.substr(rd32(idx_, o + 8), rd32(idx_, o + 12)) == k) out.push_back(rd32(idx_, o + 16));
  }
  return out;
}

int64_t Gazetteer::country_place(std::string_view iso2) const {
  auto it = std::lower_bound(countries_.begin(), countries_.end(), iso2,
                             [](const auto& a, std::string_view b) { return a.first < b; });
  return it != countries_.end() && it->first == iso2 ? static_cast<int64_t>(it->second) : int64_t{-1};
}

int64_t Gazetteer::admin1_place(std::string_view iso2, std::string_view admin1) const {
  const std::string key = std::string(iso2) + "." + std::string(admin1);
  auto it = std::lower_bound(admin1_.begin(), admin1_.end(), key,
                             [](const auto& a, const std::string& b) { return a.first < b; });
  return it != admin1_.end() && it->first == key ? static_cast<int64_t>(it->second) : int64_t{-1};
}

}  // namespace chronicle::geo
