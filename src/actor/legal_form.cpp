#include "actor/legal_form.h"

#include <algorithm>
#include <iterator>

namespace chronicle::actor {

bool ends_in_legal_form(std::string_view name) {
  // Case as written: "Co" and "SA" in capitals only, so that no surname or
  // place ("Sa") passes. "Corporation" and "Group" are left out: public
  // broadcasters, development corporations and working groups carry them.
  static constexpr std::string_view kForms[] = {
      "plc",  "Plc",  "PLC", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp", "Corp.", "LLC",  "LLP",
      "Co",   "Co.",  "AG",  "GmbH", "SA",  "S.A.",    "NV",  "N.V.", "SpA",  "AB",    "ASA",  "Oyj",
      "FC",   "AFC", "Holdings"};
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos || space == 0) return false;
  const std::string_view last = name.substr(space + 1);
  return std::any_of(std::begin(kForms), std::end(kForms), [&](std::string_view f) { return last == f; });
}

}  // namespace chronicle::actor
