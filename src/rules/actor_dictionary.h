// Reader of PETRARCH2 / TABARI actor dictionaries (Phoenix.*.actors.txt).
//
// Format, as PETRARCH2 reads it:
//   NORTH_KOREA_  [PRK]            primary phrase with its code on the line
//   +NORTH_KOREAN                  synonym of the primary above
//   SERGEY_LAVROV_  # comment
//   +LAVROV
//   \t[RUSGOV 19940922-20040712]   date-restricted codes on their own lines
//   \t[RUSGOV >20040309]           ">D" from D on, "<D" until D, "A-B" between
//   BOROMIR  [---]                 the special codes (special_codes.h): null,
//   ISILDUR  [+++]                 complexity and multi-codes, kept as written
//   LORIEN  [ELR/GAL]
// Dates are yyyymmdd or yymmdd (yy < 30 is 20yy, else 19yy, as TABARI's
// two-digit years run from 1930). Lines starting with '<' (HTML-like
// comments of the validation files) and '#' comments are skipped. Codes are
// upper-cased. Bad lines become located errors and are skipped.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/dictionary_entry.h"
#include "rules/dictionary_text.h"

namespace chronicle::rules {

// Parses one actor file's text; `file` names it in errors. Appends to `out`.
void parse_actor_dictionary(std::string_view text, const std::string& file,
                            std::vector<DictEntry>& out, DictionaryErrors& errors);

// Parses "[CODE]", "[CODE >20040309]", "[CODE 940922-040712]" (with the
// brackets). False with `error` set when it is not a code.
bool parse_dated_code(std::string_view bracketed, DatedCode& out, std::string& error);

}  // namespace chronicle::rules
