// Building and checking the actor stage's data files (public API for the
// `chronicle data` command and the Python bindings).
//
// build_actor_data compiles PETRARCH2's dictionaries, Debian's iso-codes,
// GeoNames and the project's own data/src into data/*.chd;
// check_dictionary parses one dictionary file as `annotate --actors` etc.
// would and returns its entry count and every skipped line as
// "file:line: message: 'text'".
// Thread safety: plain functions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "chronicle/status.h"

namespace chronicle {

struct DataBuildOptions {
  std::string petrarch_dir;    // .../cameo/petrarch2
  std::string geonames_dir;    // .../geonames
  std::string iso_codes_json;  // /usr/share/iso-codes/json/iso_3166-1.json
  std::string own_dir;         // data/src
  std::string out_dir;         // data
};

struct DataBuildReport {
  std::vector<Status> warnings;      // skipped dictionary lines
  std::vector<std::string> written;  // one line per file written
};

Status build_actor_data(const DataBuildOptions& options, DataBuildReport& report);

struct DictionaryCheck {
  size_t entries = 0;  // phrases (actors, agents with their plurals, discards) or verb patterns
  std::vector<Status> errors;
};

// `kind` is actors, agents, discards or verbs.
Result<DictionaryCheck> check_dictionary(const std::string& kind, const std::string& path);

}  // namespace chronicle
