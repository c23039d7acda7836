// The HTTP response stored in a WARC response record: status line, headers
// and body, with chunked transfer coding removed and a gzip/deflate content
// coding inflated (crawlers usually store the body as it was sent).
//
// ensures: on success `body` holds the entity body, at most `max_body` bytes;
// otherwise a message saying what is wrong. Thread safety: pure function.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace chronicle::io {

struct HttpResponse {
  int status = 0;
  std::string content_type;  // as sent, e.g. "text/html; charset=utf-8"
  std::string body;
};

// Returns "" on success, else what is wrong ("bad chunk size at body byte 120").
std::string parse_http_response(std::string_view block, uint64_t max_body, HttpResponse& out);

}  // namespace chronicle::io
