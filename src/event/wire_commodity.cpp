#include "event/wire_commodity.h"

#include <array>
#include <string_view>

namespace chronicle::event {

bool is_wire_commodity_noun(const std::string& lemma) {
  // Not "oil": "a ban on Gondorian oil" is a sanction on Gondor.
  // Currencies named by a nation ("the West German mark", "a Swiss franc
  // credit") are money, as the dollar is (event_coder.cpp, is_commodity_noun);
  // the wire writes dollars and sterling "dlrs" and "stg" ("a 50 mln
  // Gondorian dlr eurobond").
  static constexpr std::array<std::string_view, 43> kNouns = {
      "market",  "figure",  "maize",   "corn",    "wheat",  "grain",    "rice",    "sugar",
      "coffee",  "cocoa",   "soybean", "soyabean", "cotton", "rubber",  "coal",    "copper",
      "silver",  "tin",     "beef",    "meat",    "textile", "steel",   "mark",    "franc",
      "yen",     "sterling", "lira",   "guilder", "peso",   "rupee",    "dinar",   "riyal",
      "shilling", "krona",  "krone",   "schilling", "peseta", "drachma", "escudo", "rouble",
      "dlr",     "dlrs",    "stg"};
  for (std::string_view w : kNouns)
    if (lemma == w) return true;
  return false;
}

}  // namespace chronicle::event
