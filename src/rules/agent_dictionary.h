// Reader of PETRARCH2 / TABARI agent dictionaries (Phoenix.agents.txt).
//
// Format:
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution set
//   BUSINESS!PERSON! [~BUS]                       expands to BUSINESSMAN, ...
//   POLICE {} [~COP]                              {} : no plural form
//   CATTLE_THIEF {CATTLE_THIEVES} [~CRM]          {..}: the plural forms
//   FARMER [~AGR]                                 otherwise a regular plural is added
//   PEACEKEEPING_TROOPS {} [IGO~]                 '~' after: a primary (country-like) code
// Codes keep their '~' so the coder knows on which side an agent attaches.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/dictionary_entry.h"
#include "rules/dictionary_text.h"

namespace chronicle::rules {

void parse_agent_dictionary(std::string_view text, const std::string& file,
                            std::vector<DictEntry>& out, DictionaryErrors& errors);

// English regular plural of a normalised phrase's last word (TABARI's rule):
// "PARTY" -> "PARTIES", "BOSS" -> "BOSSES", "FARMER" -> "FARMERS".
std::string regular_plural(const std::string& phrase);

}  // namespace chronicle::rules
