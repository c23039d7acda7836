// Charset handling for HTML bytes: find the declared encoding and convert to
// UTF-8, because gumbo parses UTF-8 only.
//
// Thread safety: free functions, no shared state.
#pragma once

#include <string>
#include <string_view>

namespace chronicle::html {

// The charset named in a Content-Type value ("text/html; charset=ISO-8859-1"
// -> "iso-8859-1"), lower case; empty when there is none.
std::string charset_from_content_type(std::string_view content_type);

// The encoding an HTML document declares: a byte-order mark, else a <meta
// charset> or <meta http-equiv="Content-Type"> in the first 4096 bytes
// (the HTML prescan window, generously sized); lower case, empty when none.
std::string sniff_charset(std::string_view html);

// Converts `bytes` in `charset` to UTF-8 in `out`. "utf-8" (and an empty
// charset on valid UTF-8) copy the bytes; "iso-8859-1"/"us-ascii" decode as
// windows-1252, as browsers do; an empty charset on bytes that are not UTF-8
// also decodes as windows-1252. Returns an empty string, or a note for the
// errors layer (unknown charset: bytes kept as UTF-8 for the text stage to
// repair; undecodable bytes: replaced by U+FFFD).
std::string to_utf8(std::string_view bytes, std::string charset, std::string& out);

}  // namespace chronicle::html
