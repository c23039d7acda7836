// The roles of a CAMEO actor code: its three-letter parts after the first,
// which is the country or group (GBRGOVMED: GOV, MED).
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronicle::event {

std::vector<std::string> actor_roles(const std::string& code);

bool has_actor_role(const std::string& code, std::string_view role);

}  // namespace chronicle::event
