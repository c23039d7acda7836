#include "tag/auxiliary_words.h"

#include <algorithm>
#include <array>
#include <string>

#include "tag/tag_features.h"

namespace chronicle::tag {

bool is_auxiliary_participle(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kForms = {"been", "being", "having", "getting", "got", "gotten"};
  if (word.size() > 7) return false;
  thread_local std::string lower;
  ascii_lower(word, lower);
  return std::find(kForms.begin(), kForms.end(), std::string_view(lower)) != kForms.end();
}

}  // namespace chronicle::tag
