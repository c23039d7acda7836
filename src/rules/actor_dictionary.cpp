#include "rules/actor_dictionary.h"

#include <cctype>

#include "rules/special_codes.h"

namespace chronicle::rules {

uint32_t date_number(const std::string& iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return 0;
  uint32_t v = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return 0;
    v = v * 10 + static_cast<uint32_t>(iso[i] - '0');
  }
  return v;
}

namespace {

bool parse_date(std::string_view s, uint32_t& out) {
  if (s.size() != 6 && s.size() != 8) return false;
  uint32_t v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  if (s.size() == 6) {
    const uint32_t yy = v / 10000;
    v += (yy < 30 ? 20000000u : 19000000u);
  }
  const uint32_t month = v / 100 % 100, day = v % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  out = v;
  return true;
}

bool valid_code_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '~'; }

// A code: letters, digits and '~'; the null code "---"; the complexity code
// "+++"; or a multi-code joining codes or "---" with '/' (special_codes.h).
bool valid_code(std::string_view code, std::string& error) {
  if (is_null_code(code) || is_complex_code(code)) return true;
  const bool multi = code.find('/') != std::string_view::npos;
  while (true) {
    const size_t slash = code.find('/');
    const std::string_view part = code.substr(0, slash);
    if (part.empty()) {
      error = "a multi-code 'A/B' has an empty part";
      return false;
    }
    if (multi && is_complex_code(part)) {
      error = "the complexity code '+++' stands alone, not in a multi-code";
      return false;
    }
    if (!is_null_code(part)) {
      for (char c : part) {
        if (!valid_code_char(c)) {
          error = "a code has only letters, digits and '~' (or is '---', '+++' or codes joined by '/')";
          return false;
        }
      }
    }
    if (slash == std::string_view::npos) return true;
    code.remove_prefix(slash + 1);
  }
}

}  // namespace

bool parse_dated_code(std::string_view b, DatedCode& out, std::string& error) {
  b = trim(b);
  if (b.size() < 2 || b.front() != '[' || b.back() != ']') {
    error = "a code must be written [CODE] or [CODE DATES]";
    return false;
  }
  std::string_view inner = trim(b.substr(1, b.size() - 2));
  const size_t space = inner.find_first_of(" \t");
  std::string_view code = inner.substr(0, space);
  std::string_view dates = space == std::string_view::npos ? std::string_view() : trim(inner.substr(space));
  if (code.empty()) {
    error = "empty code";
    return false;
  }
  if (!valid_code(code, error)) return false;
  out = DatedCode{upper_ascii(code), kOpenStart, kOpenEnd};
  if (dates.empty()) return true;
  if (dates.front() == '>' || dates.front() == '<') {
    uint32_t d = 0;
    if (!parse_date(trim(dates.substr(1)), d)) {
      error = "bad date (yyyymmdd or yymmdd expected)";
      return false;
    }
    (dates.front() == '>' ? out.from : out.to) = d;
    return true;
  }
  const size_t dash = dates.find('-');
  if (dash == std::string_view::npos || !parse_date(trim(dates.substr(0, dash)), out.from) ||
      !parse_date(trim(dates.substr(dash + 1)), out.to)) {
    error = "bad date range (A-B, >A or <B with yyyymmdd or yymmdd dates expected)";
    return false;
  }
  if (out.from > out.to) {
    error = "date range ends before it starts";
    return false;
  }
  return true;
}

void parse_actor_dictionary(std::string_view text, const std::string& file,
                            std::vector<DictEntry>& out, DictionaryErrors& errors) {
  const auto lines = split_lines(text);
  // Entries of the current primary (itself and its synonyms) get codes that
  // may come on later lines, so they are kept open until the next primary.
  size_t group_begin = out.size();
  bool group_open = false;
  // A code line of the open group was rejected (a bad date): the group had
  // codes its author meant, so a primary with none after it is no synonym.
  bool group_rejected = false;
  std::vector<DatedCode> group_codes;
  auto close_group = [&](size_t line_no) {
    if (!group_open) return;
    if (group_codes.empty()) {
      errors.add(file, out[group_begin].line, "actor has no code", out[group_begin].primary);
      out.resize(group_begin);
    } else {
      for (size_t i = group_begin; i < out.size(); ++i) out[i].codes = group_codes;
    }
    group_open = false;
    group_rejected = false;
    group_codes.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t line_no = i + 1;
    std::string_view raw = lines[i];
    std::string_view line = strip_comment(raw);
    if (line.empty() || line.front() == '<') continue;
    // Codes in brackets, possibly several on a line; what is before the first
    // bracket is the phrase.
    std::string_view phrase = line;
    std::vector<DatedCode> codes;
    bool bad = false;
    size_t open = line.find('[');
    if (open != std::string_view::npos) {
      phrase = trim(line.substr(0, open));
      std::string_view rest = line.substr(open);
      while (!rest.empty()) {
        rest = trim(rest);
        if (rest.empty()) break;
        const size_t close = rest.find(']');
        if (rest.front() != '[' || close == std::string_view::npos) {
          errors.add(file, line_no, "unclosed or stray text after code", rest);
          bad = true;
          break;
        }
        DatedCode c;
        std::string err;
        if (!parse_dated_code(rest.substr(0, close + 1), c, err)) {
          errors.add(file, line_no, err, rest.substr(0, close + 1));
          bad = true;
          break;
        }
        codes.push_back(std::move(c));
        rest = rest.substr(close + 1);
      }
    }
    if (bad) {
      if (group_open) group_rejected = true;
      continue;
    }
    const bool synonym = !phrase.empty() && phrase.front() == '+';
    if (synonym) phrase.remove_prefix(1);
    std::string norm = normalize_phrase(phrase);
    if (norm.empty()) {
      // A code line for the current group.
      if (!group_open) {
        errors.add(file, line_no, "code line without an actor above it", line);
        continue;
      }
      for (auto& c : codes) group_codes.push_back(std::move(c));
      continue;
    }
    if (synonym) {
      if (!group_open) {
        errors.add(file, line_no, "synonym '+' without a primary actor above it", line);
        continue;
      }
      out.push_back(DictEntry{std::move(norm), out[group_begin].primary, {}, static_cast<uint32_t>(line_no)});
      for (auto& c : codes) group_codes.push_back(std::move(c));
      continue;
    }
    // A primary with no code of its own while the open group has none yet
    // is one more name of that group: Phoenix often drops the '+' of a
    // synonym (a leader's full name, then his styled names, then the dated
    // codes), and PETRARCH2 reads such lines as sharing the codes below.
    // One with codes of its own starts a new entry, and so does one after a
    // group whose code line was rejected: "DAVID_CAMERON_ ... [GBRGOV
    // >201005011]" (a nine-digit date) then "ALAN_JOHNSON_ ... [dated
    // codes]" are two people, not one.
    if (group_open && group_codes.empty() && codes.empty() && !group_rejected) {
      out.push_back(DictEntry{std::move(norm), out[group_begin].primary, {}, static_cast<uint32_t>(line_no)});
      continue;
    }
    close_group(line_no);
    group_begin = out.size();
    group_open = true;
    DictEntry e;
    e.primary = norm;
    e.phrase = std::move(norm);
    e.line = static_cast<uint32_t>(line_no);
    out.push_back(std::move(e));
    for (auto& c : codes) group_codes.push_back(std::move(c));
  }
  close_group(lines.size());
}

}  // namespace chronicle::rules
