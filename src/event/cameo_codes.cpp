#include "event/cameo_codes.h"

#include <algorithm>
#include <iterator>

namespace chronicle::event {

namespace {

constexpr CameoCode kCameoCodes[] = {
#include "event/cameo_table.inc"
};

}  // namespace

std::span<const CameoCode> all_cameo_codes() { return kCameoCodes; }

const CameoCode* find_cameo(std::string_view code) {
  const auto* end = std::end(kCameoCodes);
  const auto* it = std::lower_bound(std::begin(kCameoCodes), end, code,
                                    [](const CameoCode& c, std::string_view key) { return c.code < key; });
  return it != end && it->code == code ? it : nullptr;
}

std::string_view plover_type_for(const CameoCode& code, std::string_view mood) {
  if (mood == "intended" && !code.plover_type.empty() && code.root != "03") return "AGREE";
  return code.plover_type;
}

}  // namespace chronicle::event
