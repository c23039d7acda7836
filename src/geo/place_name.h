// The key under which the gazetteer files a place name: case-folded, accents
// stripped, punctuation other than letters and digits turned into single
// spaces ("São Paulo" -> "sao paulo", "Washington, D.C." -> "washington d c").
// Thread safety: pure function.
#pragma once

#include <string>
#include <string_view>

namespace chronicle::geo {

std::string place_key(std::string_view name);

}  // namespace chronicle::geo
