#include "actor/actor_resources.h"

#include "rules/actor_dictionary.h"
#include "rules/agent_dictionary.h"
#include "rules/discard_list.h"

#ifndef CHRONICLE_DATA_DIR
#define CHRONICLE_DATA_DIR "data"
#endif

namespace chronicle::actor {

std::string default_data_dir() { return CHRONICLE_DATA_DIR; }

namespace {

using Parser = void (*)(std::string_view, const std::string&, std::vector<rules::DictEntry>&, rules::DictionaryErrors&);

Status add_user_files(const std::vector<std::string>& files, rules::DictionaryKind kind, Parser parse,
                      std::vector<rules::CompiledDictionary>& out, std::vector<Status>& warnings) {
  // User files come before the shipped ones so their entries win.
  std::vector<rules::CompiledDictionary> user;
  for (const auto& path : files) {
    auto text = rules::read_text_file(path);
    if (!text.ok()) return text.status();
    std::vector<rules::DictEntry> entries;
    rules::DictionaryErrors errors;
    parse(*text, path, entries, errors);
    for (auto& e : errors.errors) warnings.push_back(std::move(e));
    auto d = rules::CompiledDictionary::from_entries(kind, entries, path);
    if (!d.ok()) return d.status();
    user.push_back(std::move(*d));
  }
  for (auto& d : out) user.push_back(std::move(d));
  out = std::move(user);
  return Status::ok_status();
}

}  // namespace

Result<ActorResources> ActorResources::load(const ActorResourceOptions& o) {
  ActorResources r;
  const std::string dir = o.data_dir.empty() ? default_data_dir() : o.data_dir;
  if (!o.no_default_dictionaries) {
    auto load_into = [&](const char* file, std::vector<rules::CompiledDictionary>& out) -> Status {
      auto d = rules::CompiledDictionary::read(dir + "/" + file);
      if (!d.ok()) return d.status();
      out.push_back(std::move(*d));
      return Status::ok_status();
    };
    CHRONICLE_RETURN_IF_ERROR(load_into(kActorsFile, r.dictionaries.actors));
    CHRONICLE_RETURN_IF_ERROR(load_into(kAgentsFile, r.dictionaries.agents));
    CHRONICLE_RETURN_IF_ERROR(load_into(kDiscardsFile, r.dictionaries.discards));
    auto verbs = rules::load_verbs(dir + "/" + kVerbsFile);
    if (!verbs.ok()) return verbs.status();
    r.verbs = std::move(*verbs);
  }
  CHRONICLE_RETURN_IF_ERROR(add_user_files(o.actor_files, rules::DictionaryKind::kActors,
                                           &rules::parse_actor_dictionary, r.dictionaries.actors, r.warnings));
  CHRONICLE_RETURN_IF_ERROR(add_user_files(o.agent_files, rules::DictionaryKind::kAgents,
                                           &rules::parse_agent_dictionary, r.dictionaries.agents, r.warnings));
  CHRONICLE_RETURN_IF_ERROR(add_user_files(o.discard_files, rules::DictionaryKind::kDiscards,
                                           &rules::parse_discard_list, r.dictionaries.discards, r.warnings));
  for (const auto& path : o.verb_files) {
    auto text = rules::read_text_file(path);
    if (!text.ok()) return text.status();
    // A user verb file replaces nothing: its blocks are added after the shipped ones.
    rules::DictionaryErrors errors;
    rules::parse_verb_dictionary(*text, path, r.verbs, errors);
    for (auto& e : errors.errors) r.warnings.push_back(std::move(e));
  }
  r.surnames.build(r.dictionaries.actors);
  // Countries and places are data, not dictionaries: always loaded.
  auto countries = geo::CountryTable::read(dir + "/" + kCountriesFile);
  if (!countries.ok()) return countries.status();
  r.countries = std::move(*countries);
  auto gaz = geo::Gazetteer::read(dir + "/" + kGazetteerFile);
  if (!gaz.ok()) return gaz.status();
  r.gazetteer.emplace(std::move(*gaz));
  return r;
}

}  // namespace chronicle::actor
