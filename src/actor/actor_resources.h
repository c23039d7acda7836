// Everything the actor stage reads, loaded once: compiled dictionaries from
// data/ (unless switched off), the user's own dictionary files (parsed and
// compiled in memory), the verb patterns (kept for the event coder), the
// country table and the gazetteer.
//
// Bad lines in user dictionaries are never fatal: they become warnings
// ("file:line: message: 'text'") and the rest of the file is used.
// Thread safety: immutable after load; shared by all threads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actor/actor_coder.h"
#include "actor/surname_index.h"
#include "chronicle/status.h"
#include "geo/country_table.h"
#include "geo/gazetteer.h"
#include "rules/verb_dictionary.h"

namespace chronicle::actor {

// File names inside the data directory.
inline constexpr const char* kActorsFile = "cameo-actors.chd";
inline constexpr const char* kAgentsFile = "cameo-agents.chd";
inline constexpr const char* kDiscardsFile = "cameo-discards.chd";
inline constexpr const char* kVerbsFile = "cameo-verbs.chd";
inline constexpr const char* kCountriesFile = "countries.chd";
inline constexpr const char* kGazetteerFile = "geonames.chd";

struct ActorResourceOptions {
  std::string data_dir;  // empty: the data/ directory of this build
  std::vector<std::string> actor_files, agent_files, verb_files, discard_files;
  bool no_default_dictionaries = false;
};

struct ActorResources {
  ActorDictionaries dictionaries;
  rules::VerbDictionary verbs;
  geo::CountryTable countries;
  std::optional<geo::Gazetteer> gazetteer;
  SurnameIndex surnames;  // of dictionaries.actors, built by load()
  std::vector<Status> warnings;

  static Result<ActorResources> load(const ActorResourceOptions& options);
};

// The data/ directory this build was configured with.
std::string default_data_dir();

}  // namespace chronicle::actor
