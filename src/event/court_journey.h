// "the miner is heading back to the courts", "the firm went to the High Court": to
// go to court is to take legal action, not to visit a host. A journey
// (CAMEO 032, 042) whose destination is a court, an actor whose roles
// include JUD, is no visit; the coder codes nothing for it rather than
// guess the lawsuit's other side.
// Thread safety: pure functions.
#pragma once

#include <string>

namespace chronicle::event {

// Whether `target_code` of a travel event (032, 042) names a court.
bool is_court_destination(const std::string& target_code);

}  // namespace chronicle::event
