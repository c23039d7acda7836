// A pattern word read inside an actor's name after the verb: "demanded money
// from the European Community" matches DEMAND's "* &TOWN" (COMMUNITY) only
// by the name of the one it is asked of, and "met the Gondor Peace Council"
// is no "PEACE". The words after the verb say what is done to the target;
// the target's own name says who it is. (Before the verb PETRARCH's
// validation patterns do read words next to the source's name.)
// Thread safety: pure function.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "event/dependency_view.h"

namespace chronicle::event {

// Whether a matched pattern word after `verb` (first and last token of
// each) lies inside a coded actor's name that runs on past the word (the
// tagger may call the name's last word a common noun: "European Community").
bool matches_inside_actor_name(const DependencyView& view, uint32_t verb,
                               const std::vector<std::pair<uint32_t, uint32_t>>& matched);

}  // namespace chronicle::event
