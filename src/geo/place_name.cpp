#include "geo/place_name.h"

#include <algorithm>
#include <cstdlib>
#include <utf8proc.h>

namespace chronicle::geo {

namespace {

// Lower-cases A-Z and turns each run of characters other than ASCII letters
// and digits (bytes >= 0x80 are kept) into one space between words.
std::string fold_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (unsigned char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');  // ASCII, or utf8proc refused the input
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

}  // namespace

std::string place_key(std::string_view name) {
  // Plain ASCII, most names: folding it only lowers A-Z, which fold_spaces
  // does too, so utf8proc (about a fifth of the actor stage's time) is skipped.
  const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return fold_spaces(name);
  utf8proc_uint8_t* folded = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                              static_cast<utf8proc_ssize_t>(name.size()), &folded,
                              static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                             UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  std::string s = n >= 0 ? std::string(reinterpret_cast<char*>(folded), static_cast<size_t>(n)) : std::string(name);
  std::free(folded);
  return fold_spaces(s);
}

}  // namespace chronicle::geo
