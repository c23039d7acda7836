// States that ended, with the day after which none exists: the Soviet Union
// (CAMEO's SUN, dissolved 1991-12-25). The country table reads "Soviet" as
// SUN on any date; on a later document the word names the past ("the former
// Soviet republic"), so it gives no sentence or article country there.
// Thread safety: pure function.
#pragma once

#include <cstdint>
#include <string_view>

namespace chronicle::actor {

// True when `cameo` (a country code, "SUN") names a state that had ended by
// `date` (yyyymmdd; 0, an unknown date, is never after an end).
bool state_ended(std::string_view cameo, uint32_t date);

}  // namespace chronicle::actor
