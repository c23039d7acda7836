// One phrase of an actor, agent or discard dictionary with its CAMEO codes.
//
// Every synonym ('+' line) becomes its own entry carrying the codes of its
// primary phrase, so a matcher only ever sees phrase -> codes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace chronicle::rules {

inline constexpr uint32_t kOpenStart = 0;         // no lower date bound
inline constexpr uint32_t kOpenEnd = 99999999;    // no upper date bound

// A code valid from `from` to `to` inclusive, dates as yyyymmdd numbers.
// "[RUSGOV >20040309]" is {RUSGOV, 20040309, kOpenEnd}.
struct DatedCode {
  std::string code;
  uint32_t from = kOpenStart;
  uint32_t to = kOpenEnd;
  bool restricted() const { return from != kOpenStart || to != kOpenEnd; }
  bool valid_on(uint32_t date) const { return date >= from && date <= to; }
};

enum class DictionaryKind : uint8_t { kActors = 1, kAgents = 2, kDiscards = 3 };

struct DictEntry {
  std::string phrase;    // normalised: upper-case words joined by one space
  std::string primary;   // the primary phrase this synonym belongs to (itself for a primary)
  std::vector<DatedCode> codes;
  uint32_t line = 0;     // source line, for messages
  bool story_level = false;  // discards: '+' marks a story-level discard
};

// yyyymmdd of an ISO date "2018-05-31"; 0 when it is not one.
uint32_t date_number(const std::string& iso_date);

}  // namespace chronicle::rules
