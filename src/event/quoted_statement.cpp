#include "event/quoted_statement.h"

namespace chronicle::event {

bool is_quote_verb(const std::string& lemma) { return lemma == "quote"; }

bool names_medium(const std::string& code) {
  // The roles are the three-letter parts after the first (the country or group).
  for (size_t i = 3; i + 3 <= code.size(); i += 3)
    if (code.compare(i, 3, "MED") == 0) return true;
  return false;
}

}  // namespace chronicle::event
