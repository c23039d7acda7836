#include "actor/international_body.h"

namespace chronicle::actor {

std::string international_body_code(const std::vector<std::string>& words, const std::string& role) {
  if (words.size() < 2) return {};
  const bool public_role = role.compare(0, 3, "GOV") == 0 || role == "LEG" || role == "JUD";
  if (!public_role) return {};
  std::string code;
  const std::string& w = words[0];
  if (w == "INTERNATIONAL" || w == "WORLD" || w.compare(0, 6, "INTER-") == 0) {
    code = "IGO";
  } else if (w == "EUROPEAN") {
    code = "IGOEUR";
  } else if (w == "UN" || w == "U.N." || (w == "UNITED" && words[1] == "NATIONS")) {
    code = "IGOUNO";
  } else {
    return {};
  }
  // The generic GOV says only "a public body", which IGO says already; a
  // court's JUD or a sector (GOVAGR's AGR) says more.
  if (role == "GOV") return code;
  if (role.compare(0, 3, "GOV") == 0) return code + role.substr(3);
  return code + role;
}

}  // namespace chronicle::actor
