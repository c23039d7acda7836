#include "event/actor_roles.h"

namespace chronicle::event {

std::vector<std::string> actor_roles(const std::string& code) {
  std::vector<std::string> out;
  for (size_t i = 3; i + 3 <= code.size(); i += 3) out.push_back(code.substr(i, 3));
  return out;
}

bool has_actor_role(const std::string& code, std::string_view role) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3)
    if (std::string_view(code).substr(i, 3) == role) return true;
  return false;
}

}  // namespace chronicle::event
