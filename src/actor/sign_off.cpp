#include "actor/sign_off.h"

#include <string_view>

namespace chronicle::actor {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

bool is_wire_sign_off(const Document& doc, const Entity& e) {
  const std::string_view text = doc.text;
  bool any = false;
  for (const auto& m : e.mentions) {
    if (m.kind != "name" && m.kind != "acronym") continue;
    if (m.start >= m.end || m.end > text.size()) return false;
    for (size_t k = m.start; k < m.end; ++k)
      if (!((text[k] >= 'A' && text[k] <= 'Z') || text[k] == ' ')) return false;
    // Alone on its line: a line break before it, spaces aside.
    size_t k = m.start;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    if (k == 0 || text[k - 1] != '\n') return false;
    for (size_t j = m.end; j < text.size(); ++j)
      if (!is_space(text[j])) return false;
    any = true;
  }
  return any;
}

}  // namespace chronicle::actor
