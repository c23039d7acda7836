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

std::string country_in_firm_name(const geo::CountryTable& countries, std::string_view name) {
  std::string found;
  for (size_t i = 0; i < name.size();) {
    const size_t j = std::min(name.find(' ', i), name.size());
    const auto hit = countries.find(name.substr(i, j - i));
    i = j + 1;
    // Capitals left out: a firm named after its home city is not always
    // named after a capital, and a capital is not always its home.
    if (hit.country < 0 || hit.kind == geo::CountryNameKind::kCapital) continue;
    const std::string& code = countries.countries()[static_cast<size_t>(hit.country)].cameo;
    if (!found.empty() && found != code) return {};
    found = code;
  }
  return found;
}

}  // namespace chronicle::actor
