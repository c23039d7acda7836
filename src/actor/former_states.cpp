#include "actor/former_states.h"

namespace chronicle::actor {

bool state_ended(std::string_view cameo, uint32_t date) {
  struct Ended {
    std::string_view cameo;
    uint32_t last_day;
  };
  // Only the states the country table lists as countries of their own
  // (data/src/country-aliases.tsv).
  static constexpr Ended kEnded[] = {{"SUN", 19911225}};
  if (date == 0) return false;
  for (const auto& e : kEnded)
    if (cameo == e.cameo) return date > e.last_day;
  return false;
}

}  // namespace chronicle::actor
