#include "rules/pattern_scope.h"

#include "rules/dictionary_text.h"

namespace chronicle::rules {

namespace {

bool is_verb_char(char c) { return (c >= 'A' && c <= 'Z') || c == '_'; }

}  // namespace

std::vector<std::string> pattern_comment_verbs(std::string_view raw_line) {
  std::vector<std::string> verbs;
  const size_t hash = raw_line.find('#');
  if (hash == std::string_view::npos) return verbs;
  std::string_view c = raw_line.substr(hash + 1);
  size_t i = 0;
  for (;;) {
    while (i < c.size() && (c[i] == ' ' || c[i] == '\t')) ++i;
    const size_t start = i;
    while (i < c.size() && is_verb_char(c[i])) ++i;
    // A word of two letters or more, ended by a blank, a comma, a "<" or the
    // end: lower-case initials and dates name no verb.
    if (i - start < 2 || (i < c.size() && c[i] != ' ' && c[i] != '\t' && c[i] != ',' && c[i] != '<')) break;
    verbs.push_back(normalize_phrase(c.substr(start, i - start)));
    while (i < c.size() && (c[i] == ' ' || c[i] == '\t')) ++i;
    if (i >= c.size() || c[i] != ',') break;
    ++i;
  }
  return verbs;
}

std::vector<VerbBlock> split_by_pattern_owner(VerbBlock block, const std::vector<size_t>& form_line_starts,
                                              const std::vector<std::vector<std::string>>& owners) {
  const size_t lines = form_line_starts.size();
  auto line_end = [&](size_t l) { return l + 1 < lines ? form_line_starts[l + 1] : block.forms.size(); };
  // named[p][l]: pattern p's comment names a form of line l; a pattern that
  // names none is block-wide.
  std::vector<std::vector<bool>> named(block.patterns.size(), std::vector<bool>(lines, false));
  std::vector<bool> wide(block.patterns.size(), true);
  for (size_t p = 0; p < block.patterns.size() && p < owners.size(); ++p) {
    bool head = false;
    for (const std::string& verb : owners[p]) head = head || verb == block.name;
    // A pattern of the verb the block is named for gives the block's meaning
    // ("- * &CURRENCY (FROM) [:071] # OBTAIN" in OBTAIN's block is money
    // received from someone, by any of its verbs): it stays block-wide.
    if (head) continue;
    for (const std::string& verb : owners[p]) {
      for (size_t l = 0; l < lines; ++l) {
        for (size_t f = form_line_starts[l]; f < line_end(l); ++f) {
          if (block.forms[f].words == verb) {
            named[p][l] = true;
            wide[p] = false;
          }
        }
      }
    }
  }
  bool any = false;
  for (bool w : wide) any = any || !w;
  if (lines < 2 || !any) return {std::move(block)};
  std::vector<VerbBlock> parts;
  for (size_t l = 0; l < lines; ++l) {
    VerbBlock part;
    part.name = block.name;
    part.code = block.code;
    part.line = block.line;
    part.forms.assign(block.forms.begin() + static_cast<std::ptrdiff_t>(form_line_starts[l]),
                      block.forms.begin() + static_cast<std::ptrdiff_t>(line_end(l)));
    for (size_t p = 0; p < block.patterns.size(); ++p) {
      if (wide[p] || named[p][l]) part.patterns.push_back(block.patterns[p]);
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

}  // namespace chronicle::rules
