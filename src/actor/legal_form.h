// Firms named with their legal form: "Acme plc", "Bloggs Ltd", "Wexford FC",
// "Zentrax AG". The form says the body is a company (a football club's is
// "FC"), whatever type the name tagger gave it: CAMEO codes a company, and
// through it its officers ("Ann Other, chairman of Wexford FC"), as business
// (BUS) of its country.
// Thread safety: pure functions.
#pragma once

#include <string_view>

namespace chronicle::actor {

// True when a name of two or more words ends in a company's legal form, as
// written ("plc", "Ltd", "Inc", "FC", "AG", "GmbH", ...). One word alone
// ("FC", "AG") is no firm's name.
bool ends_in_legal_form(std::string_view name);

}  // namespace chronicle::actor
