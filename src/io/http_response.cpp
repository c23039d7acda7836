#include "io/http_response.h"

#include <zlib.h>

#include <cctype>

namespace chronicle::io {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string dechunk(std::string_view in, uint64_t max_body, std::string& out) {
  out.clear();
  size_t pos = 0;
  for (;;) {
    const size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) return "chunked body ends before its last chunk";
    std::string_view size_line = trim(in.substr(pos, nl - pos));
    size_line = size_line.substr(0, size_line.find(';'));  // chunk extensions
    size_t size = 0;
    if (size_line.empty() || size_line.size() > 15) return "bad chunk size at body byte " + std::to_string(pos);
    for (char c : size_line) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return "bad chunk size at body byte " + std::to_string(pos);
      size = size * 16 + static_cast<size_t>(std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10);
    }
    pos = nl + 1;
    if (size == 0) return {};  // trailers, if any, are ignored
    if (pos + size > in.size()) return "chunk of " + std::to_string(size) + " bytes runs past the end of the body";
    if (out.size() + size > max_body) return "body is larger than the limit (" + std::to_string(max_body) + " bytes)";
    out.append(in.substr(pos, size));
    pos += size;
    if (in.substr(pos, 2) == "\r\n") pos += 2;
    else if (in.substr(pos, 1) == "\n") pos += 1;
  }
}

std::string inflate_body(std::string_view in, bool gzip, uint64_t max_body, std::string& out) {
  z_stream z{};
  // 15 + 32 takes a gzip or a zlib header, so both codings go through one call.
  if (inflateInit2(&z, 15 + 32) != Z_OK) return "zlib initialisation failed";
  out.clear();
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 15];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max_body) {
      inflateEnd(&z);
      return "inflated body is larger than the limit (" + std::to_string(max_body) + " bytes)";
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return std::string("cannot inflate the ") + (gzip ? "gzip" : "deflate") + " body";
  return {};
}

}  // namespace

std::string parse_http_response(std::string_view block, uint64_t max_body, HttpResponse& out) {
  out = HttpResponse();
  size_t pos = 0;
  auto next_line = [&](std::string_view& line) {
    const size_t nl = block.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    line = trim(block.substr(pos, nl - pos));
    pos = nl + 1;
    return true;
  };
  std::string_view line;
  if (!next_line(line) || !line.starts_with("HTTP/")) return "the record does not start with an HTTP status line";
  const size_t sp = line.find(' ');
  if (sp == std::string_view::npos || sp + 4 > line.size() || !std::isdigit(static_cast<unsigned char>(line[sp + 1]))) {
    return "bad HTTP status line";
  }
  out.status = std::stoi(std::string(line.substr(sp + 1, 3)));
  bool chunked = false;
  std::string encoding;
  for (;;) {
    if (!next_line(line)) return "the HTTP headers do not end";
    if (line.empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // tolerated, as browsers do
    const std::string name = lower(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    if (name == "content-type") out.content_type = std::string(value);
    if (name == "transfer-encoding" && lower(value).find("chunked") != std::string::npos) chunked = true;
    if (name == "content-encoding") encoding = lower(value);
  }
  std::string_view body = block.substr(pos);
  std::string decoded;
  if (chunked) {
    std::string problem = dechunk(body, max_body, decoded);
    if (!problem.empty()) return problem;
    body = decoded;
  }
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    std::string inflated;
    std::string problem = inflate_body(body, encoding != "deflate", max_body, inflated);
    if (!problem.empty()) return problem;
    out.body = std::move(inflated);
    return {};
  }
  if (body.size() > max_body) return "body is larger than the limit (" + std::to_string(max_body) + " bytes)";
  out.body.assign(body);
  return {};
}

}  // namespace chronicle::io
