// The special codes of TABARI / PETRARCH2 actor dictionaries, kept in the
// compiled dictionaries as written and read here by the stages that use them:
//   [---]          the null code: the coder knows the phrase ("INDIAN OCEAN",
//                  a footballer namesake) and it is no actor; its match still
//                  blocks a shorter or longer one.
//   [+++]          TABARI's complexity code: a sentence naming the actor is
//                  too complex to code and yields no event.
//   [ELR/GAL]      a multi-code: one phrase standing for several actors
//                  ("THE SHIRE" for its three peoples); each part is coded, so
//                  an event with it is an event per part. A part may be "---".
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronicle::rules {

inline constexpr std::string_view kNullCode = "---";
inline constexpr std::string_view kComplexCode = "+++";

inline bool is_null_code(std::string_view code) { return code == kNullCode; }
inline bool is_complex_code(std::string_view code) { return code == kComplexCode; }

// The actor codes of `code`: its '/'-separated parts without the null ones
// ("ELR/GAL" -> ELR, GAL; "ABC" -> ABC; "---" -> none).
inline std::vector<std::string> code_parts(std::string_view code) {
  std::vector<std::string> out;
  while (true) {
    const size_t slash = code.find('/');
    const std::string_view part = code.substr(0, slash);
    if (!part.empty() && !is_null_code(part) && !is_complex_code(part)) out.emplace_back(part);
    if (slash == std::string_view::npos) break;
    code.remove_prefix(slash + 1);
  }
  return out;
}

}  // namespace chronicle::rules
