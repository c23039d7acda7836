#include "event/court_journey.h"

namespace chronicle::event {

bool is_court_destination(const std::string& code) {
  // The roles are the three-letter parts after the first (the country or group).
  for (size_t i = 3; i + 3 <= code.size(); i += 3)
    if (code.compare(i, 3, "JUD") == 0) return true;
  return false;
}

}  // namespace chronicle::event
