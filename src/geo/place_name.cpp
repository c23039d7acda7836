#include "geo/place_name.h"

#include <cstdlib>
#include <utf8proc.h>

namespace chronicle::geo {

std::string place_key(std::string_view name) {
  utf8proc_uint8_t* folded = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                              static_cast<utf8proc_ssize_t>(name.size()), &folded,
                              static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                             UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  std::string s = n >= 0 ? std::string(reinterpret_cast<char*>(folded), static_cast<size_t>(n)) : std::string(name);
  std::free(folded);
  std::string out;
  bool space = false;
  for (unsigned char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');  // when utf8proc refused the input
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (!keep) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

}  // namespace chronicle::geo
