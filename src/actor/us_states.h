// The fifty U.S. states as wire copy writes them: AP's abbreviations
// ("Mass.", "N.J.", "Texas"), the full names and the two-letter postal
// codes. A dateline's state ("CAMBRIDGE, Mass., March 26 - ") and a member
// of Congress's party-and-state tag ("(D-N.J.)") are read against it.
// Thread safety: pure function.
#pragma once

#include <string_view>

namespace chronicle::actor {

// True when `w` (trimmed, case as written) names a U.S. state; a final
// point is optional ("Vt" as "Vt.").
bool is_us_state(std::string_view w);

}  // namespace chronicle::actor
