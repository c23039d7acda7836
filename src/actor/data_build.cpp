#include "actor/data_build.h"

#include <cstdio>
#include <filesystem>
#include <set>

#include "actor/actor_resources.h"
#include "geo/country_table.h"
#include "geo/gazetteer.h"
#include "io/model_file.h"
#include "io/model_writer.h"
#include "rules/actor_dictionary.h"
#include "rules/agent_dictionary.h"
#include "rules/compiled_dictionary.h"
#include "rules/discard_list.h"
#include "rules/special_codes.h"
#include "rules/verb_dictionary.h"

namespace chronicle::actor {

namespace {

Status write_bytes(const std::string& path, std::string bytes) {
  // Through ModelFile::parse first: never write a file the loader would refuse.
  auto check = io::ModelFile::parse(bytes, path);
  if (!check.ok()) return check.status();
  const std::string tmp = path + ".tmp";
  {
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return Status(StatusCode::kIoError, "cannot open for writing", tmp);
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    if (std::fclose(f) != 0 || !ok) return Status(StatusCode::kIoError, "write failed", tmp);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status(StatusCode::kIoError, "rename failed: " + ec.message(), path);
  return Status::ok_status();
}

using Parser = void (*)(std::string_view, const std::string&, std::vector<rules::DictEntry>&, rules::DictionaryErrors&);

Status build_dictionary(const std::vector<std::string>& files, rules::DictionaryKind kind, Parser parse,
                        const std::string& out, DataBuildReport& report, std::vector<rules::DictEntry>* keep = nullptr) {
  std::vector<rules::DictEntry> entries;
  std::string source;
  for (const auto& path : files) {
    auto text = rules::read_text_file(path);
    if (!text.ok()) return text.status();
    rules::DictionaryErrors errors;
    parse(*text, std::filesystem::path(path).filename().string(), entries, errors);
    for (auto& e : errors.errors) report.warnings.push_back(std::move(e));
    if (!source.empty()) source += ", ";
    source += std::filesystem::path(path).filename().string();
  }
  auto bytes = rules::compile_dictionary(kind, entries, source);
  if (!bytes.ok()) return bytes.status();
  CHRONICLE_RETURN_IF_ERROR(write_bytes(out, std::move(*bytes)));
  report.written.push_back(out + ": " + std::to_string(entries.size()) + " entries from " + source);
  if (keep) *keep = std::move(entries);
  return Status::ok_status();
}

// Phoenix's agents end some phrases in the stem MINIST ("EDUCATION_MINIST
// [~GOVEDU]", "HEALTH_MINIST [~GOVHLH]"): PETRARCH matches a last word with
// no closing '_' as a stem, so these stand for "education minister" and
// "health ministry". Our dictionaries match whole words, so each such phrase
// (and the plural the parser adds) also gets the words of the file's own
// !MINIST! set, MINISTER, MINISTERS, MINISTRY, MINISTRIES; without them the
// title fell back to the bare MINISTER [~GOV].
// Phoenix writes abbreviated titles with their dot ("COL.", "ADM.", "CAPT."),
// but the coder reads a word of the text as trim_word does, without a lone
// closing dot ("Col." is COL; "U.S." keeps its dots), so the dotted phrases
// matched nothing: "Col. Ann Other" had no role. Each such word loses its dot
// here, as in the text. But for CAPT.: sports team lists mark the captain
// "capt" ("Ann Other (capt)"), which reads as the same word, and gave every
// such player and club MIL.
void drop_abbreviation_dots(std::vector<rules::DictEntry>& entries, size_t from) {
  for (size_t i = from; i < entries.size(); ++i) {
    std::string& phrase = entries[i].phrase;
    if (phrase == "CAPT.") continue;
    std::string read;
    size_t at = 0;
    while (at <= phrase.size()) {
      size_t end = phrase.find(' ', at);
      if (end == std::string::npos) end = phrase.size();
      std::string_view w(phrase.data() + at, end - at);
      if (w.size() > 1 && w.back() == '.' && w.find('.') == w.size() - 1) w.remove_suffix(1);
      if (!read.empty()) read += ' ';
      read += w;
      at = end + 1;
    }
    phrase = std::move(read);
  }
}

// Phoenix spells the bodies named "Organization" the American way
// ("ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES_"), British news the
// British way ("World Health Organisation", "International Labour
// Organisation"), and a few entries the other way round: each phrase of two
// words or more holding one spelling also gets the other, unless the file
// lists that phrase already.
void add_organisation_spellings(std::vector<rules::DictEntry>& entries, size_t from) {
  static constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
      {"ORGANIZATION", "ORGANISATION"}, {"ORGANIZATIONS", "ORGANISATIONS"},
      {"ORGANISATION", "ORGANIZATION"}, {"ORGANISATIONS", "ORGANIZATIONS"}};
  std::set<std::string> listed;
  for (size_t i = from; i < entries.size(); ++i) listed.insert(entries[i].phrase);
  const size_t end = entries.size();
  for (size_t i = from; i < end; ++i) {
    std::string variant;
    size_t at = 0;
    bool changed = false;
    const std::string& phrase = entries[i].phrase;
    // A bare "Organisation" is a reference back, not the one group Phoenix
    // lists by that word.
    if (phrase.find(' ') == std::string::npos) continue;
    while (at <= phrase.size()) {
      size_t stop = phrase.find(' ', at);
      if (stop == std::string::npos) stop = phrase.size();
      std::string_view w(phrase.data() + at, stop - at);
      for (const auto& [from_word, to_word] : kSpellings)
        if (w == from_word) {
          w = to_word;
          changed = true;
          break;
        }
      if (!variant.empty()) variant += ' ';
      variant += w;
      at = stop + 1;
    }
    if (!changed || !listed.insert(variant).second) continue;
    rules::DictEntry form = entries[i];  // a copy: push_back may move entries[i]
    form.phrase = std::move(variant);
    entries.push_back(std::move(form));
  }
}

void parse_actors_with_spellings(std::string_view text, const std::string& file, std::vector<rules::DictEntry>& out,
                                 rules::DictionaryErrors& errors) {
  const size_t before = out.size();
  rules::parse_actor_dictionary(text, file, out, errors);
  add_organisation_spellings(out, before);
}

void parse_agents_with_minist_stems(std::string_view text, const std::string& file,
                                    std::vector<rules::DictEntry>& out, rules::DictionaryErrors& errors) {
  const size_t before = out.size();
  rules::parse_agent_dictionary(text, file, out, errors);
  drop_abbreviation_dots(out, before);
  add_organisation_spellings(out, before);
  const size_t after = out.size();
  auto ends_in = [](const std::string& phrase, std::string_view word) {
    return phrase.size() > word.size() && phrase.compare(phrase.size() - word.size(), word.size(), word) == 0 &&
           phrase[phrase.size() - word.size() - 1] == ' ';
  };
  for (size_t i = before; i < after; ++i) {
    const rules::DictEntry e = out[i];  // a copy: push_back may move out[i]
    const bool singular = ends_in(e.phrase, "MINIST"), plural = ends_in(e.phrase, "MINISTS");
    if (!singular && !plural) continue;
    const std::string stem = e.phrase.substr(0, e.phrase.rfind(' ') + 1);
    static const char* const kSingular[] = {"MINISTER", "MINISTRY"};
    static const char* const kPlural[] = {"MINISTERS", "MINISTRIES"};
    for (const char* w : singular ? kSingular : kPlural) {
      rules::DictEntry form = e;
      form.phrase = stem + w;
      out.push_back(std::move(form));
    }
  }
}

}  // namespace

}  // namespace chronicle::actor

namespace chronicle {

using namespace chronicle::actor;

Status build_actor_data(const DataBuildOptions& o, DataBuildReport& report) {
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  const std::string& p = o.petrarch_dir;
  // The project's own additions come first so their entries win.
  std::vector<rules::DictEntry> actors;
  CHRONICLE_RETURN_IF_ERROR(build_dictionary(
      {o.own_dir + "/chronicle.actors.txt", o.own_dir + "/chronicle.media.txt", o.own_dir + "/chronicle.firms.txt",
       p + "/Phoenix.Countries.actors.txt", p + "/Phoenix.International.actors.txt",
       p + "/Phoenix.MilNonState.actors.txt"},
      rules::DictionaryKind::kActors, &parse_actors_with_spellings, o.out_dir + "/" + kActorsFile, report, &actors));
  CHRONICLE_RETURN_IF_ERROR(build_dictionary({o.own_dir + "/chronicle.agents.txt", p + "/Phoenix.agents.txt"},
                                             rules::DictionaryKind::kAgents, &parse_agents_with_minist_stems,
                                             o.out_dir + "/" + kAgentsFile, report));
  CHRONICLE_RETURN_IF_ERROR(build_dictionary({p + "/Phoenix.discards.txt"}, rules::DictionaryKind::kDiscards,
                                             &rules::parse_discard_list, o.out_dir + "/" + kDiscardsFile, report));
  {
    auto text = rules::read_text_file(p + "/CAMEO.2.0.txt");
    if (!text.ok()) return text.status();
    rules::VerbDictionary verbs;
    rules::DictionaryErrors errors;
    rules::parse_verb_dictionary(*text, "CAMEO.2.0.txt", verbs, errors);
    // The project's own verb blocks (URGE ...) after CAMEO's, so that their
    // patterns may name CAMEO's synsets; a form both list keeps CAMEO's block,
    // and an own block whose verb CAMEO lists puts its patterns before
    // CAMEO's there (HOLD * TALKS [040]).
    auto own = rules::read_text_file(o.own_dir + "/chronicle.verbs.txt");
    if (!own.ok()) return own.status();
    const size_t cameo_blocks = verbs.verbs.size();
    rules::parse_verb_dictionary(*own, "chronicle.verbs.txt", verbs, errors);
    rules::put_own_patterns_first(verbs, cameo_blocks);
    for (auto& e : errors.errors) report.warnings.push_back(std::move(e));
    auto bytes = rules::compile_verbs(verbs, "CAMEO.2.0.txt, chronicle.verbs.txt");
    if (!bytes.ok()) return bytes.status();
    const std::string out = o.out_dir + "/" + kVerbsFile;
    CHRONICLE_RETURN_IF_ERROR(write_bytes(out, std::move(*bytes)));
    size_t patterns = 0;
    for (const auto& b : verbs.verbs) patterns += b.patterns.size();
    report.written.push_back(out + ": " + std::to_string(verbs.verbs.size()) + " verb blocks, " +
                             std::to_string(patterns) + " patterns, " + std::to_string(verbs.synsets.size()) + " synsets");
  }
  geo::CountrySources cs;
  for (auto [field, path] : {std::pair{&cs.iso_3166_json, o.iso_codes_json},
                             std::pair{&cs.country_info, o.geonames_dir + "/countryInfo.txt"},
                             std::pair{&cs.aliases_tsv, o.own_dir + "/country-aliases.tsv"}}) {
    auto text = rules::read_text_file(path);
    if (!text.ok()) return text.status();
    *field = std::move(*text);
  }
  // Country-level actor entries (a bare three-letter country code) give names and demonyms.
  for (const auto& e : actors) {
    if (e.codes.size() == 1 && e.codes[0].code.size() == 3 && !e.codes[0].restricted() &&
        !rules::is_null_code(e.codes[0].code) && !rules::is_complex_code(e.codes[0].code))  // "INDIAN_OCEAN [---]": no country
      cs.cameo_names.emplace_back(e.codes[0].code, e.phrase);
  }
  auto cbytes = geo::compile_countries(cs);
  if (!cbytes.ok()) return cbytes.status();
  CHRONICLE_RETURN_IF_ERROR(write_bytes(o.out_dir + "/" + kCountriesFile, *cbytes));
  auto table = geo::CountryTable::read(o.out_dir + "/" + kCountriesFile);
  if (!table.ok()) return table.status();
  report.written.push_back(o.out_dir + "/" + kCountriesFile + ": " + std::to_string(table->countries().size()) + " countries");
  geo::GazetteerSource gs;
  for (auto [field, file] : {std::pair{&gs.cities, "cities15000.txt"}, std::pair{&gs.country_info, "countryInfo.txt"},
                             std::pair{&gs.admin1, "admin1CodesASCII.txt"}}) {
    auto text = rules::read_text_file(o.geonames_dir + "/" + file);
    if (!text.ok()) return text.status();
    *field = std::move(*text);
  }
  // Country names for places: iso-codes names and the project's aliases
  // (not the CAMEO synonyms, which include cities and demonyms).
  for (const auto& c : table->countries()) gs.country_names.emplace_back(c.iso2, c.name);
  {
    size_t s = 0;
    const std::string& a = cs.aliases_tsv;
    while (s < a.size()) {
      size_t nl = a.find('\n', s);
      if (nl == std::string::npos) nl = a.size();
      std::string line = a.substr(s, nl - s);
      s = nl + 1;
      if (line.empty() || line[0] == '#') continue;
      const size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      if (t1 == std::string::npos || t2 == std::string::npos) continue;
      if (line.compare(t1 + 1, t2 - t1 - 1, "name") == 0) gs.country_names.emplace_back(line.substr(0, t1), line.substr(t2 + 1));
    }
  }
  auto gbytes = geo::compile_gazetteer(gs);
  if (!gbytes.ok()) return gbytes.status();
  CHRONICLE_RETURN_IF_ERROR(write_bytes(o.out_dir + "/" + kGazetteerFile, *gbytes));
  auto gaz = geo::Gazetteer::read(o.out_dir + "/" + kGazetteerFile);
  if (!gaz.ok()) return gaz.status();
  report.written.push_back(o.out_dir + "/" + kGazetteerFile + ": " + std::to_string(gaz->size()) + " places");
  return Status::ok_status();
}

Result<DictionaryCheck> check_dictionary(const std::string& kind, const std::string& path) {
  auto text = rules::read_text_file(path);
  if (!text.ok()) return text.status();
  DictionaryCheck out;
  rules::DictionaryErrors errors;
  if (kind == "verbs") {
    rules::VerbDictionary verbs;
    rules::parse_verb_dictionary(*text, path, verbs, errors);
    for (const auto& b : verbs.verbs) out.entries += b.patterns.size();
  } else {
    std::vector<rules::DictEntry> entries;
    if (kind == "actors") rules::parse_actor_dictionary(*text, path, entries, errors);
    else if (kind == "agents") rules::parse_agent_dictionary(*text, path, entries, errors);
    else if (kind == "discards") rules::parse_discard_list(*text, path, entries, errors);
    else return Status(StatusCode::kInvalidArgument, "unknown dictionary kind '" + kind + "' (actors, agents, discards, verbs)");
    out.entries = entries.size();
  }
  out.errors = std::move(errors.errors);
  return out;
}

}  // namespace chronicle
