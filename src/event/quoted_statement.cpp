#include "event/quoted_statement.h"

#include "event/actor_roles.h"

namespace chronicle::event {

bool is_quote_verb(const std::string& lemma) { return lemma == "quote"; }

bool names_medium(const std::string& code) { return has_actor_role(code, "MED"); }

}  // namespace chronicle::event
