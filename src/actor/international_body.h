// A public body named as international ("International Widget Council",
// "European Court of Widgets", "UN Widget Commission") that no dictionary
// lists: an intergovernmental body, not its host country's. Its head noun
// gives it a public role (COUNCIL, COMMISSION, OFFICE: GOV; COURT: JUD),
// which would otherwise take the country of the sentence it stands in (a
// London-based council is no British government body). CAMEO codes such a
// body IGO, with EUR for a European one and UNO for the UN's, and keeps a
// role other than the generic GOV (a European human-rights court IGOEURJUD,
// the European Patent Office IGOEUR, as the gold sets decided).
// Thread safety: pure function.
#pragma once

#include <string>
#include <vector>

namespace chronicle::actor {

// `words`: the name's dictionary words, upper case; `role`: the bare CAMEO
// role the coder gave the name (no country). The IGO code, or empty when
// the name does not open with INTERNATIONAL, INTER-..., WORLD, EUROPEAN,
// UN or UNITED NATIONS, or the role is not a public body's (GOV..., LEG,
// JUD): a company ("International Widget Co", BUS) keeps its own.
std::string international_body_code(const std::vector<std::string>& words, const std::string& role);

}  // namespace chronicle::actor
