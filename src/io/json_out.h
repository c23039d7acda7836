// JsonOut: a minimal streaming JSON emitter that appends to a std::string.
//
// Writers use it instead of a DOM: no allocation per field, no iostreams.
// Compact mode writes one line; pretty mode indents by two spaces, except that
// containers opened "inline" (small span objects, lists of strings) stay on one
// line, so a pretty document reads like DESIGN.md's example.
// Thread safety: one instance per thread; it only touches the string it was given.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::io {

// Appends `s` as a quoted JSON string: escapes '"', '\\', every control
// character below U+0020 and U+2028/U+2029 (which break JavaScript parsers
// that treat them as line ends). Invalid UTF-8 becomes U+FFFD, so the output
// is valid JSON whatever a stage put into a string.
void append_json_string(std::string_view s, std::string& out);

class JsonOut {
 public:
  JsonOut(std::string& out, bool pretty) : out_(out), pretty_(pretty) { stack_.reserve(8); }

  void begin_object(bool inline_container = false) { open('{', inline_container); }
  void end_object() { close('}'); }
  void begin_array(bool inline_container = false) { open('[', inline_container); }
  void end_array() { close(']'); }

  void key(std::string_view k);
  void value(std::string_view s);
  // For strings known to be valid UTF-8 (slices of the repaired text at
  // code-point boundaries): skips the UTF-8 check.
  void trusted_value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(int64_t v);
  void value(uint32_t v) { value(static_cast<int64_t>(v)); }
  void value(int32_t v) { value(static_cast<int64_t>(v)); }
  void value(bool b);
  void value(double d);
  void null();

  // key + value in one call.
  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

 private:
  struct Level {
    bool first = true;
    bool inline_container = false;
  };
  void open(char c, bool inline_container);
  void close(char c);
  void before_value();
  void newline_indent(size_t depth);
  bool in_inline() const { return !stack_.empty() && stack_.back().inline_container; }

  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  std::vector<Level> stack_;
};

}  // namespace chronicle::io
