// ASCII case tests that need no lowered copy of the word: the stages ask them
// of nearly every token, so they compare in place.
#pragma once

#include <initializer_list>
#include <string_view>

namespace chronicle::text {

// Whether `w` in ASCII lower case is `lower` (which is lower case already).
inline bool lower_equals(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c) != lower[i]) return false;
  }
  return true;
}

// Whether `w` in ASCII lower case is one of `words`.
inline bool lower_in(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (lower_equals(w, x)) return true;
  return false;
}

}  // namespace chronicle::text
