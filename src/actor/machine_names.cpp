#include "actor/machine_names.h"

#include <algorithm>
#include <string_view>

namespace chronicle::actor {

namespace {

using namespace std::string_view_literals;

bool is_possessive(std::string_view w) { return w == "'s"sv || w == "\xE2\x80\x99s"sv || w == "'"sv; }

bool names_a_maker(std::string_view w) {
  return w == "maker"sv || w == "makers"sv || w == "firm"sv || w == "company"sv || w == "giant"sv ||
         w == "group"sv || w == "house"sv;
}

}  // namespace

bool names_a_machine(const Document& doc, const Entity& e) {
  if (e.actor.source.starts_with("dictionary")) return false;
  const size_t n = doc.tokens.size();
  auto word = [&](size_t k) { return doc.token_text(doc.tokens[k]); };
  for (const auto& m : e.mentions) {
    if (m.kind != "name"sv) continue;
    const size_t first = static_cast<size_t>(
        std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.start,
                         [](const Token& t, uint32_t at) { return t.start < at; }) -
        doc.tokens.begin());
    const size_t after = static_cast<size_t>(
        std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.end,
                         [](const Token& t, uint32_t at) { return t.start < at; }) -
        doc.tokens.begin());
    if (first >= n || doc.tokens[first].start != m.start) continue;
    // "robot Zibo", "robot, called Zibo"
    if (first >= 1 && word(first - 1) == "robot"sv) return true;
    if (first >= 3 && word(first - 1) == "called"sv && word(first - 2) == ","sv && word(first - 3) == "robot"sv)
      return true;
    if (after < n) {
      const std::string_view next = word(after);
      // "Acme's Zibo robots"
      if ((next == "robot"sv || next == "robots"sv) && first >= 1 && is_possessive(word(first - 1))) return true;
      // "Zibo software", but not "Zibo software maker" nor "Zibo software
      // giant": the words after it say the name is the firm's.
      if ((next == "software"sv || next == "edition"sv) && !(after + 1 < n && names_a_maker(word(after + 1))))
        return true;
    }
  }
  return false;
}

}  // namespace chronicle::actor
