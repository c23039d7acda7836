#include "event/work_noun.h"

#include <array>
#include <string_view>

namespace chronicle::event {

bool is_work_noun(const std::string& lemma) {
  // Not "programme" or "show": "told [a broadcaster]'s [name] programme" is a
  // statement to the broadcaster, named by a compound as often as by "'s".
  static constexpr std::array<std::string_view, 16> kWorks = {
      "film",  "movie",   "novel",  "book",     "album", "song",  "drama",    "series",
      "sitcom", "premiere", "prize", "award", "trilogy", "documentary", "picture", "musical"};
  for (std::string_view w : kWorks)
    if (lemma == w) return true;
  return false;
}

}  // namespace chronicle::event
