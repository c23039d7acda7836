// TimeML reading and TempEval-3 scoring of TIMEX3 extraction and
// normalisation.
//
// Scores as TempEval-3 does: strict match = same extent, relaxed match =
// overlapping extents (each gold expression matched at most once); type and
// value accuracy are over relaxed matches; value F1 = relaxed F1 x value
// accuracy. The document creation time (<DCT>) is not scored.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chronicle/status.h"

namespace chronicle::eval {

struct Timex {
  uint32_t start = 0;  // byte offsets into TimemlDocument::text
  uint32_t end = 0;
  std::string type;
  std::string value;
};

struct TimemlDocument {
  std::string id;     // <DOCID>, or the file stem
  std::string dct;    // yyyy-mm-dd from the DCT's TIMEX3 value, empty when none
  std::string text;   // the <TEXT> element with its tags removed and entities decoded
  std::vector<Timex> timexes;
};

// Reads a .tml file; errors name the file and byte offset.
Result<TimemlDocument> read_timeml(const std::string& path);
// Same from memory (`where` names it in errors).
Result<TimemlDocument> parse_timeml(const std::string& xml, const std::string& where);

struct TimexCounts {
  uint64_t gold = 0;
  uint64_t system = 0;
  uint64_t strict = 0;   // system expressions with a gold one of the same extent
  uint64_t relaxed = 0;  // system expressions overlapping a gold one
  uint64_t type_ok = 0;  // relaxed matches with the gold type
  uint64_t value_ok = 0; // relaxed matches with the gold value
};

struct TimexScores {
  double strict_p = 0, strict_r = 0, strict_f1 = 0;
  double relaxed_p = 0, relaxed_r = 0, relaxed_f1 = 0;
  double type_accuracy = 0, value_accuracy = 0;
  double type_f1 = 0, value_f1 = 0;  // relaxed F1 x accuracy
};

// Adds one document's matches to `counts`; when `diff` is given, appends a
// line per missed, spurious or mis-valued expression (for error analysis).
void score_timexes(const std::string& text, const std::vector<Timex>& gold, const std::vector<Timex>& system,
                   TimexCounts& counts, std::vector<std::string>* diff);

TimexScores timex_scores(const TimexCounts& counts);
std::string format_timex_scores(const TimexCounts& counts);

}  // namespace chronicle::eval
