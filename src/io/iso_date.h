// Calendar dates as yyyy-mm-dd, the only form `meta.date` takes.
#pragma once

#include <string>
#include <string_view>

namespace chronicle::io {

// True for a real Gregorian date written yyyy-mm-dd ("2020-02-29" yes, "2019-02-29" no).
bool is_iso_date(std::string_view s);

// The yyyy-mm-dd date at the start of an input's date field: "2018-05-31",
// "2018-05-31T09:05:00Z" and "2018-05-31 09:05" give "2018-05-31"; anything
// else gives "" (the caller then notes it and falls back to --date).
std::string leading_iso_date(std::string_view s);

}  // namespace chronicle::io
