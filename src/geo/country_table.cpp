#include "geo/country_table.h"

#include <simdjson.h>

#include <map>

#include "geo/place_name.h"
#include "io/byte_io.h"
#include "io/model_file.h"
#include "io/model_writer.h"

namespace chronicle::geo {

namespace {
constexpr uint32_t kCountryVersion = 1;

std::vector<std::string_view> tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t s = 0;
  while (true) {
    const size_t t = line.find('\t', s);
    out.push_back(line.substr(s, t == std::string_view::npos ? std::string_view::npos : t - s));
    if (t == std::string_view::npos) return out;
    s = t + 1;
  }
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t s = 0;
  while (s < text.size()) {
    size_t nl = text.find('\n', s);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view l = text.substr(s, nl - s);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    out.push_back(l);
    s = nl + 1;
  }
  return out;
}

// Three capital letters as 0 .. 26^3 - 1; -1 for anything else.
int32_t letters_index(std::string_view code) {
  if (code.size() != 3) return -1;
  int32_t k = 0;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return -1;
    k = k * 26 + (c - 'A');
  }
  return k;
}

// A key's first two bytes as one index (the second 0 for a one-byte key).
size_t key_start(std::string_view key) {
  const auto b = [&key](size_t i) { return i < key.size() ? static_cast<unsigned char>(key[i]) : 0u; };
  return (size_t{b(0)} << 8) | b(1);
}

}  // namespace

std::string cameo_country_code(std::string_view iso3) {
  if (iso3 == "XKX") return "KSV";
  if (iso3 == "TLS") return "TMP";
  return std::string(iso3);
}

Result<std::string> compile_countries(const CountrySources& src) {
  struct Row {
    Country c;
    std::vector<std::pair<std::string, uint8_t>> names;
  };
  std::map<std::string, Row> rows;  // by iso2
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(src.iso_3166_json).get(doc) != simdjson::SUCCESS)
    return Status(StatusCode::kParseError, "not valid JSON", "iso_3166-1.json");
  simdjson::dom::array list;
  if (doc["3166-1"].get_array().get(list) != simdjson::SUCCESS)
    return Status(StatusCode::kParseError, "no \"3166-1\" array", "iso_3166-1.json");
  for (auto item : list) {
    std::string_view a2, a3, name, official, common;
    if (item["alpha_2"].get_string().get(a2) || item["alpha_3"].get_string().get(a3) ||
        item["name"].get_string().get(name))
      return Status(StatusCode::kParseError, "entry without alpha_2, alpha_3 or name", "iso_3166-1.json");
    Row& r = rows[std::string(a2)];
    r.c.iso2 = a2;
    r.c.iso3 = a3;
    r.c.cameo = cameo_country_code(a3);
    r.c.name = name;
    r.names.emplace_back(std::string(name), 1);
    if (!item["official_name"].get_string().get(official)) r.names.emplace_back(std::string(official), 1);
    if (!item["common_name"].get_string().get(common)) {
      r.names.emplace_back(std::string(common), 1);
      r.c.name = common;
    }
  }
  const auto info = lines_of(src.country_info);
  for (size_t i = 0; i < info.size(); ++i) {
    if (info[i].empty() || info[i].front() == '#') continue;
    auto f = tabs(info[i]);
    if (f.size() < 6 || f[0].size() != 2 || f[1].size() != 3)
      return Status(StatusCode::kParseError, "not a countryInfo row: '" + std::string(info[i].substr(0, 60)) + "'",
                    "countryInfo.txt:" + std::to_string(i + 1));
    Row& r = rows[std::string(f[0])];
    if (r.c.iso2.empty()) {  // not in ISO 3166 (Kosovo)
      r.c.iso2 = f[0];
      r.c.iso3 = f[1];
      r.c.cameo = cameo_country_code(f[1]);
      r.c.name = f[4];
    }
    r.names.emplace_back(std::string(f[4]), 1);
    r.c.capital = f[5];
    if (!f[5].empty()) r.names.emplace_back(std::string(f[5]), 3);
  }
  const auto alias = lines_of(src.aliases_tsv);
  for (size_t i = 0; i < alias.size(); ++i) {
    if (alias[i].empty() || alias[i].front() == '#') continue;
    auto f = tabs(alias[i]);
    // A country of the past that CAMEO still codes (the Soviet Union, SUN):
    // iso2 <TAB> country <TAB> CAMEO code <TAB> name. It has no places.
    if (f.size() == 4 && f[1] == "country" && f[0].size() == 2 && f[2].size() == 3 && !rows.count(std::string(f[0]))) {
      Row& r = rows[std::string(f[0])];
      r.c.iso2 = f[0];
      r.c.iso3 = f[2];
      r.c.cameo = f[2];
      r.c.name = f[3];
      r.names.emplace_back(std::string(f[3]), 1);
      continue;
    }
    if (f.size() != 3 || (f[1] != "name" && f[1] != "demonym") || !rows.count(std::string(f[0])))
      return Status(StatusCode::kParseError, "expected ISO2 <TAB> name|demonym <TAB> text: '" + std::string(alias[i]) + "'",
                    "country-aliases.tsv:" + std::to_string(i + 1));
    rows[std::string(f[0])].names.emplace_back(std::string(f[2]), f[1] == "name" ? 1 : 2);
  }
  std::map<std::string, std::string> by_cameo;
  for (auto& [iso2, r] : rows) by_cameo[r.c.cameo] = iso2;
  for (const auto& [code, name] : src.cameo_names) {
    auto it = by_cameo.find(code);
    // Demonym or name cannot be told apart in the dictionary; "-AN"/"-ESE"
    // endings are a good guess and only matter for the hit's kind.
    if (it != by_cameo.end()) {
      const bool dem = name.ends_with("AN") || name.ends_with("ESE") || name.ends_with("ISH") || name.ends_with("I");
      rows[it->second].names.emplace_back(name, dem ? 2 : 1);
    }
  }
  io::ByteWriter w;
  w.u32(kCountryVersion);
  w.u32(static_cast<uint32_t>(rows.size()));
  for (const auto& [iso2, r] : rows) {
    w.str(r.c.iso2);
    w.str(r.c.iso3);
    w.str(r.c.cameo);
    w.str(r.c.name);
    w.str(r.c.capital);
    w.u32(static_cast<uint32_t>(r.names.size()));
    for (const auto& [n, k] : r.names) {
      w.str(n);
      w.u8(k);
    }
  }
  io::ModelWriter mw(io::ModelKind::kDictionary);
  mw.set_meta("dictionary", "countries");
  mw.set_meta("source", "Debian iso-codes iso_3166-1.json (LGPL), GeoNames countryInfo (CC BY 4.0), "
                        "PETRARCH2 Phoenix.Countries.actors.txt (MIT), data/src/country-aliases.tsv");
  CHRONICLE_RETURN_IF_ERROR(mw.add_section("CTRY", std::move(w).bytes()));
  return mw.to_bytes();
}

Result<CountryTable> CountryTable::read(const std::string& path) {
  auto f = io::ModelFile::read(path);
  if (!f.ok()) return f.status();
  auto sec = f->section("CTRY");
  if (!sec.ok()) return sec.status();
  return from_bytes(std::string(*sec), path);
}

Result<CountryTable> CountryTable::from_bytes(std::string bytes, const std::string& name) {
  CountryTable t;
  io::ByteReader r(bytes);
  const uint32_t version = r.u32();
  if (r.ok() && version != kCountryVersion)
    return Status(StatusCode::kUnsupported, "section CTRY: version " + std::to_string(version) +
                  ", this build reads " + std::to_string(kCountryVersion), name);
  const uint32_t n = r.u32();
  if (!r.can_read(n, 24)) r.fail();
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    Country c;
    c.iso2 = r.str();
    c.iso3 = r.str();
    c.cameo = r.str();
    c.name = r.str();
    c.capital = r.str();
    const uint32_t nn = r.u32();
    if (!r.can_read(nn, 5)) break;
    const int32_t idx = static_cast<int32_t>(t.countries_.size());
    for (uint32_t k = 0; k < nn && r.ok(); ++k) {
      std::string key = place_key(r.str());
      t.key_starts_[key_start(key)] = true;
      const uint8_t kind = r.u8();
      if (kind < 1 || kind > 3) r.fail();
      // First claim wins: a capital never overrides a country's own name.
      auto [it, fresh] = t.names_.emplace(key, CountryNameHit{idx, static_cast<CountryNameKind>(kind)});
      if (!fresh && it->second.country != idx && kind == 1 && it->second.kind != CountryNameKind::kName)
        it->second = CountryNameHit{idx, CountryNameKind::kName};
    }
    t.cameo_[c.cameo] = idx;
    if (const int32_t k = letters_index(c.cameo); k >= 0) t.cameo_letters_[static_cast<size_t>(k)] = idx;
    t.iso2_[c.iso2] = idx;
    t.countries_.push_back(std::move(c));
  }
  if (!r.at_end()) return Status(StatusCode::kDataLoss, "section CTRY: truncated or trailing bytes", name);
  return t;
}

CountryNameHit CountryTable::find(std::string_view text) const {
  // The first two bytes place_key would give a plain-ASCII text (lower-case
  // letters and digits, one space for a run of anything else, none leading).
  char first[2] = {0, 0};
  size_t got = 0;
  bool ascii = true, gap = false;
  for (size_t i = 0; i < text.size() && got < 2; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      ascii = false;  // utf8proc folds it: no shortcut
      break;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      gap = got > 0;
      continue;
    }
    if (gap && got == 1) first[got++] = ' ';
    if (got < 2) first[got++] = static_cast<char>(c);
  }
  if (ascii && got > 0 && !key_starts_[key_start(std::string_view(first, got))]) return {};
  auto it = names_.find(place_key(text));
  return it == names_.end() ? CountryNameHit{} : it->second;
}

const Country* CountryTable::by_cameo(std::string_view code) const {
  if (const int32_t k = letters_index(code); k >= 0) {
    const int32_t idx = cameo_letters_[static_cast<size_t>(k)];
    return idx < 0 ? nullptr : &countries_[static_cast<size_t>(idx)];
  }
  auto it = cameo_.find(std::string(code));
  return it == cameo_.end() ? nullptr : &countries_[it->second];
}
const Country* CountryTable::by_iso2(std::string_view iso2) const {
  auto it = iso2_.find(std::string(iso2));
  return it == iso2_.end() ? nullptr : &countries_[it->second];
}

}  // namespace chronicle::geo
