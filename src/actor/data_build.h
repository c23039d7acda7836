// Builds the compiled data files of the actor stage (data/*.chd) from the
// dictionaries and gazetteer sources: PETRARCH2's dictionaries in
// ../shared/corpora/cameo/petrarch2, GeoNames in ../shared/corpora/geonames,
// Debian's iso-codes, and the project's own additions in data/src.
// Reached through `chronicle data build` and scripts/make_data.sh.
// Thread safety: plain function; writes files.
#pragma once

#include <string>
#include <vector>

#include "chronicle/actor_data.h"
#include "chronicle/status.h"

namespace chronicle::actor {

using chronicle::DataBuildOptions;
using chronicle::DataBuildReport;

// Declared in chronicle/actor_data.h; defined in data_build.cpp.
using chronicle::build_actor_data;

}  // namespace chronicle::actor
