#include "event/wire_commodity.h"

#include <array>
#include <string_view>

namespace chronicle::event {

bool is_wire_commodity_noun(const std::string& lemma) {
  // Not "oil": "a ban on Gondorian oil" is a sanction on Gondor.
  static constexpr std::array<std::string_view, 22> kNouns = {
      "market", "figure", "maize",  "corn",   "wheat",  "grain",    "rice",   "sugar",
      "coffee", "cocoa",  "soybean", "soyabean", "cotton", "rubber", "coal",  "copper",
      "silver", "tin",    "beef",   "meat",   "textile", "steel"};
  for (std::string_view w : kNouns)
    if (lemma == w) return true;
  return false;
}

}  // namespace chronicle::event
