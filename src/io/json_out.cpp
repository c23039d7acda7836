#include "io/json_out.h"

#include <charconv>
#include <cmath>

namespace chronicle::io {

namespace {

// Bytes that need an escape or a closer look (0xE2 may start U+2028/9);
// the checked variant also looks at every byte >= 0x80.
constexpr bool needs_attention(unsigned char c, bool check_utf8) {
  return c < 0x20 || c == '"' || c == '\\' || c == 0xE2 || (check_utf8 && c >= 0x80);
}

struct AttentionTable {
  bool t[256];
  constexpr explicit AttentionTable(bool check_utf8) : t() {
    for (int i = 0; i < 256; ++i) t[i] = needs_attention(static_cast<unsigned char>(i), check_utf8);
  }
};
constexpr AttentionTable kTrusted(false);
constexpr AttentionTable kChecked(true);

// Length of the valid UTF-8 sequence at p (2..4), or 0.
size_t valid_sequence(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c == 0xE0) need = 2, lo = 0xA0;
  else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) need = 2;
  else if (c == 0xED) need = 2, hi = 0x9F;
  else if (c == 0xF0) need = 3, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) need = 3;
  else if (c == 0xF4) need = 3, hi = 0x8F;
  else return 0;
  if (static_cast<size_t>(end - p) <= need) return 0;
  for (size_t i = 1; i <= need; ++i) {
    const unsigned char b = p[i];
    if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) return 0;
  }
  return need + 1;
}

void append_escaped(std::string_view s, std::string& out, const AttentionTable& attention);

constexpr char kHex[] = "0123456789abcdef";


void append_escaped(std::string_view s, std::string& out, const AttentionTable& attention) {
  out.push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  const char* run = p;  // start of the bytes not yet copied
  while (p < end) {
    const unsigned char c = static_cast<unsigned char>(*p);
    if (!attention.t[c]) {
      ++p;
      continue;
    }
    if (c >= 0x80 && &attention == &kChecked) {
      const size_t n = valid_sequence(reinterpret_cast<const unsigned char*>(p),
                                      reinterpret_cast<const unsigned char*>(end));
      if (n == 0) {
        out.append(run, p);
        out.append("\xEF\xBF\xBD");  // U+FFFD
        ++p;
        run = p;
        continue;
      }
      if (c != 0xE2) {
        p += n;
        continue;
      }
    }
    if (c == 0xE2) {
      // U+2028 = E2 80 A8, U+2029 = E2 80 A9.
      if (end - p >= 3 && static_cast<unsigned char>(p[1]) == 0x80 &&
          (static_cast<unsigned char>(p[2]) == 0xA8 || static_cast<unsigned char>(p[2]) == 0xA9)) {
        out.append(run, p);
        out.append(static_cast<unsigned char>(p[2]) == 0xA8 ? "\\u2028" : "\\u2029");
        p += 3;
        run = p;
      } else {
        // Checked mode has validated the whole sequence; trusted mode can step
        // one byte, continuation bytes need no attention there.
        p += &attention == &kChecked ? 3 : 1;
      }
      continue;
    }
    out.append(run, p);
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      default: {
        const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(esc, 6);
      }
    }
    ++p;
    run = p;
  }
  out.append(run, p);
  out.push_back('"');
}

}  // namespace

void append_json_string(std::string_view s, std::string& out) { append_escaped(s, out, kChecked); }

void JsonOut::newline_indent(size_t depth) {
  out_.push_back('\n');
  out_.append(depth * 2, ' ');
}

void JsonOut::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  Level& level = stack_.back();
  if (!level.first) out_.push_back(',');
  if (pretty_) {
    if (level.inline_container) {
      if (!level.first) out_.push_back(' ');
    } else {
      newline_indent(stack_.size());
    }
  }
  level.first = false;
}

void JsonOut::open(char c, bool inline_container) {
  before_value();
  out_.push_back(c);
  stack_.push_back({true, inline_container || in_inline()});
}

void JsonOut::close(char c) {
  const Level level = stack_.back();
  stack_.pop_back();
  if (pretty_ && !level.inline_container && !level.first) newline_indent(stack_.size());
  out_.push_back(c);
}

void JsonOut::key(std::string_view k) {
  before_value();
  append_json_string(k, out_);
  out_.push_back(':');
  if (pretty_) out_.push_back(' ');
  after_key_ = true;
}

void JsonOut::value(std::string_view s) {
  before_value();
  append_escaped(s, out_, kChecked);
}

void JsonOut::trusted_value(std::string_view s) {
  before_value();
  append_escaped(s, out_, kTrusted);
}

void JsonOut::value(int64_t v) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
}

void JsonOut::value(bool b) {
  before_value();
  out_.append(b ? "true" : "false");
}

void JsonOut::value(double d) {
  before_value();
  if (!std::isfinite(d)) {  // JSON has no NaN or infinity
    out_.append("null");
    return;
  }
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  out_.append(buf, r.ptr);
}

void JsonOut::null() {
  before_value();
  out_.append("null");
}

}  // namespace chronicle::io
