#include "geo/region_name.h"

#include <algorithm>

namespace chronicle::geo {

namespace {

bool is_compass_word(std::string_view w) {
  return w == "north" || w == "south" || w == "east" || w == "west" || w == "northern" || w == "southern" ||
         w == "eastern" || w == "western" || w == "central" || w == "northeast" || w == "northwest" ||
         w == "southeast" || w == "southwest";
}

// Continents and world regions, with no compass word ("asia" in "south east asia").
bool is_world_region(std::string_view w) {
  static constexpr std::string_view kRegions[] = {
      "africa",   "europe", "asia",    "antarctica", "oceania",   "australasia", "america",  "americas",
      "middle east", "far east", "near east", "asia pacific", "sub saharan africa", "latin america", "scandinavia",
      "balkans",  "caribbean", "middle east and north africa", "eurasia"};
  return std::find(std::begin(kRegions), std::end(kRegions), w) != std::end(kRegions);
}

}  // namespace

bool is_region_name(std::string_view key) {
  if (key.starts_with("the ")) key.remove_prefix(4);
  // Leading compass words, then nothing ("north east") or a world region
  // ("south east asia", "western europe"); "South Africa", "North Korea" and
  // "East Timor" are countries and "South America" stays a region.
  std::string_view rest = key;
  bool compass = false;
  while (!rest.empty()) {
    const size_t sp = rest.find(' ');
    const std::string_view w = rest.substr(0, sp);
    if (!is_compass_word(w)) break;
    compass = true;
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
  }
  if (compass && rest.empty()) return true;
  if (!is_world_region(rest)) return false;
  // "South Africa" is a country, "America" alone the United States.
  if (key == "south africa") return false;
  return compass || rest != "america";
}

}  // namespace chronicle::geo
