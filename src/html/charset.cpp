#include "html/charset.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>

namespace chronicle::html {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value after "charset=" in `s` (quotes and spaces stripped), or "".
std::string charset_after(std::string_view s) {
  const std::string low = lower(s);
  const size_t at = low.find("charset");
  if (at == std::string::npos) return {};
  size_t i = at + 7;
  while (i < low.size() && (low[i] == ' ' || low[i] == '\t')) ++i;
  if (i >= low.size() || low[i] != '=') return {};
  ++i;
  while (i < low.size() && (low[i] == ' ' || low[i] == '"' || low[i] == '\'')) ++i;
  size_t end = i;
  while (end < low.size() && (std::isalnum(static_cast<unsigned char>(low[end])) || low[end] == '-' ||
                              low[end] == '_' || low[end] == '.' || low[end] == ':')) {
    ++end;
  }
  return low.substr(i, end - i);
}

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (c >= 0xF5) len = 0;
    if (len == 0 || i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 > 0x8F)) {
      return false;
    }
    i += len;
  }
  return true;
}

// Names browsers treat as one encoding (WHATWG Encoding labels, the common ones).
std::string canonical(const std::string& name) {
  if (name == "utf8" || name == "unicode-1-1-utf-8") return "utf-8";
  if (name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" || name == "l1" || name == "ascii" ||
      name == "us-ascii" || name == "cp1252" || name == "iso_8859-1" || name == "x-cp1252") {
    return "windows-1252";
  }
  if (name == "x-sjis" || name == "sjis" || name == "ms_kanji") return "shift_jis";
  if (name == "gb2312" || name == "x-gbk") return "gbk";
  return name;
}

}  // namespace

std::string charset_from_content_type(std::string_view content_type) { return canonical(charset_after(content_type)); }

std::string sniff_charset(std::string_view html) {
  if (html.size() >= 3 && html.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (html.size() >= 2 && (html.substr(0, 2) == "\xFF\xFE" || html.substr(0, 2) == "\xFE\xFF")) {
    return html[0] == '\xFF' ? "utf-16le" : "utf-16be";
  }
  const std::string head = lower(html.substr(0, 4096));
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const size_t end = head.find('>', at);
    if (end == std::string::npos) break;
    const std::string_view tag(head.data() + at, end - at);
    // <meta charset="x"> and <meta http-equiv="Content-Type" content="...; charset=x">
    // both carry "charset" followed by '=' somewhere in the tag.
    std::string cs = charset_after(tag);
    if (!cs.empty()) return canonical(cs);
  }
  return {};
}

std::string to_utf8(std::string_view bytes, std::string charset, std::string& out) {
  charset = canonical(lower(charset));
  if (charset.empty()) charset = valid_utf8(bytes) ? "utf-8" : "windows-1252";
  if (charset == "utf-8") {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    out.assign(bytes);
    return {};
  }
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    out.assign(bytes);
    return "unknown charset '" + charset + "'; bytes read as UTF-8";
  }
  out.clear();
  out.reserve(bytes.size() + bytes.size() / 2);
  char buf[1 << 14];
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t bad = 0;
  while (in_left > 0) {
    char* dst = buf;
    size_t dst_left = sizeof buf;
    const size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    out.append(buf, static_cast<size_t>(dst - buf));
    if (r == static_cast<size_t>(-1)) {
      if (errno == E2BIG) continue;
      // EILSEQ or EINVAL (incomplete sequence at the end): one replacement
      // character for the byte, then go on after it.
      out += "\xEF\xBF\xBD";
      ++in;
      --in_left;
      ++bad;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
  }
  iconv_close(cd);
  if (bad > 0) return std::to_string(bad) + " bytes not valid in charset '" + charset + "' replaced by U+FFFD";
  return {};
}

}  // namespace chronicle::html
