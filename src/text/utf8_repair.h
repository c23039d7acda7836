// The text stage: makes raw input bytes valid UTF-8 for every later stage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::text {

// requires: any bytes. ensures: returns valid UTF-8 with no NUL bytes.
// - Invalid sequences become U+FFFD (one per maximal invalid subpart, as
//   Unicode recommends); one ErrorNote "invalid_utf8" records the count and the
//   offset (in the returned text) of the first replacement.
// - Input that holds no valid multi-byte sequence but has bytes >= 0x80 is
//   decoded as Windows-1252 instead, with an ErrorNote "decoded_cp1252".
// - NUL bytes become U+FFFD with an ErrorNote "nul_bytes".
// - A leading UTF-8 BOM is dropped.
// CRLF and Unicode spaces are kept: offsets always refer to the returned text.
std::string repair_utf8(std::string_view bytes, std::vector<ErrorNote>& notes);

// Decodes bytes known to be Windows-1252 (corpus files such as GMB's CSV):
// the five undefined bytes and NUL become U+FFFD. No notes.
std::string windows_1252_to_utf8(std::string_view bytes);

}  // namespace chronicle::text
