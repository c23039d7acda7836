// Matcher: finds time expressions in a sentence's tokens.
//
// Each token becomes an Atom once (one lexicon probe, one scan of its
// characters for numbers and clock forms); the matcher then walks the atoms
// and tries its pattern families only where an atom can start one, so text
// without time words costs one probe per token. Extents follow TimeML:
// determiners and modifiers belong to the expression ("the last three days",
// "nearly two hours", "early on Thursday"), prepositions do not.
// Thread safety: stateless, callable from any thread.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "time/lexicon.h"
#include "time/time_parse.h"

namespace chronicle::timex {

struct Atom {
  std::string_view text;
  WordInfo word;
  int64_t number = -1;  // plain digits ("2018", "12"), -1 otherwise
  uint8_t digits = 0;   // how many digits `number` has
  bool upper = false;   // first character is an ASCII capital
  int clock_hour = -1;  // "9.05" / "11:30" / "11:30:00"
  int clock_minute = -1;
  bool clock_colon = false;  // written with ':' (a clock even without am/pm)
  int ordinal = 0;      // "12th" = 12
  int decade = -1;      // "1990s" = 199, "'90s" = 199
  int iso_year = -1;    // "2018-05-31", "05/31/2018" in one token
  int iso_month = 0;
  int iso_day = 0;
  int quarter = 0;      // "Q3" = 3
  bool mid = false;     // written with a "mid-" prefix ("mid-November", "mid-1990s")
};

// Atoms for tokens [first, last) of `doc`.
void build_atoms(const Document& doc, uint32_t first, uint32_t last, std::vector<Atom>& atoms);

// Appends the expressions found in `atoms`, in text order, never overlapping;
// token ranges are indices into `atoms`.
void match_times(const std::vector<Atom>& atoms, std::vector<TimeParse>& out);

}  // namespace chronicle::timex
