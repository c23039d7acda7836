#include "event/court_journey.h"

#include "event/actor_roles.h"

namespace chronicle::event {

bool is_court_destination(const std::string& code) { return has_actor_role(code, "JUD"); }

}  // namespace chronicle::event
