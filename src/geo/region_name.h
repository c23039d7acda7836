// Names of regions that are no one place of the gazetteer: continents and
// world regions ("Africa", "the Middle East", "South East Asia"), and the
// compass-point regions of a country ("the North East", "South West"). The
// gazetteer holds only namesakes of them (Mahdia, in Tunisia, is also
// "Africa"; Botswana's South-East District), which news text seldom means.
// Thread safety: pure function.
#pragma once

#include <string_view>

namespace chronicle::geo {

// `key` is a place_key ("south east asia").
bool is_region_name(std::string_view key);

}  // namespace chronicle::geo
