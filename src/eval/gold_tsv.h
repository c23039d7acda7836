// Pieces shared by the readers of the project's own gold files (mention,
// quote and event gold sets: '#' header lines, then tab-separated rows with
// code-point offsets). Each reader keeps its own columns and messages.
//
// Thread safety: stateless functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::eval {

// ensures: the cells of `line` split at tabs, as std::getline reads them
// (so a trailing empty cell is not one; "" gives no cell).
std::vector<std::string> split_tabs(const std::string& line);

// An optional '-' then decimal digits, no more than 2^40 in magnitude.
// ensures: false (and `v` untouched) for anything else.
bool parse_int(const std::string& s, int64_t& v);

// Decimal digits only (no sign) whose value fits in 32 bits.
// ensures: false (and `v` untouched) for anything else.
bool parse_u32(const std::string& s, uint32_t& v);

// ensures: true when `line` starts with `key` (e.g. "# root:"), with the rest
// of the line, leading spaces dropped, in `value`; false and `value` untouched otherwise.
bool header_value(const std::string& line, std::string_view key, std::string& value);

// The "# root:" folder: absolute as given, otherwise relative to the folder of
// the gold file at `gold_path`.
std::string resolve_root(const std::string& gold_path, const std::string& root);

}  // namespace chronicle::eval
