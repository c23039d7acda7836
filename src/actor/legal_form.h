// Firms named with their legal form: "Acme plc", "Bloggs Ltd", "Wexford FC",
// "Zentrax AG". The form says the body is a company (a football club's is
// "FC"), whatever type the name tagger gave it: CAMEO codes a company, and
// through it its officers ("Ann Other, chairman of Wexford FC"), as business
// (BUS) of its country.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "geo/country_table.h"

namespace chronicle::actor {

// True when a name of two or more words ends in a company's legal form, as
// written ("plc", "Ltd", "Inc", "FC", "AG", "GmbH", ...). One word alone
// ("FC", "AG") is no firm's name.
bool ends_in_legal_form(std::string_view name);

// The country a firm's own name states, by a country's name or people
// ("Ambuja Cement India Ltd": IND, "British Widgets plc": GBR), as a CAMEO
// code; empty when no word of it is one, or when two countries are named.
std::string country_in_firm_name(const geo::CountryTable& countries, std::string_view name);

}  // namespace chronicle::actor
