#include "rules/agent_dictionary.h"

#include <map>

#include "rules/actor_dictionary.h"

namespace chronicle::rules {

std::string regular_plural(const std::string& p) {
  if (p.empty()) return p;
  auto ends = [&](std::string_view s) { return p.size() >= s.size() && p.compare(p.size() - s.size(), s.size(), s) == 0; };
  if (ends("S") || ends("SH") || ends("CH") || ends("X") || ends("Z")) return p + "ES";
  if (ends("Y") && p.size() >= 2 && std::string_view("AEIOU").find(p[p.size() - 2]) == std::string_view::npos)
    return p.substr(0, p.size() - 1) + "IES";
  if (ends("MAN")) return p.substr(0, p.size() - 3) + "MEN";
  return p + "S";
}

namespace {

// Expands every !NAME! in `phrase` with each of its words (cartesian product).
void expand(const std::string& phrase, const std::map<std::string, std::vector<std::string>>& sets,
            std::vector<std::string>& out, std::string& unknown) {
  const size_t a = phrase.find('!');
  if (a == std::string::npos) {
    out.push_back(phrase);
    return;
  }
  const size_t b = phrase.find('!', a + 1);
  if (b == std::string::npos) {
    unknown = phrase.substr(a);
    return;
  }
  const std::string name = phrase.substr(a, b - a + 1);
  auto it = sets.find(name);
  if (it == sets.end()) {
    unknown = name;
    return;
  }
  for (const auto& word : it->second) {
    expand(phrase.substr(0, a) + word + phrase.substr(b + 1), sets, out, unknown);
    if (!unknown.empty()) return;
  }
}

}  // namespace

void parse_agent_dictionary(std::string_view text, const std::string& file,
                            std::vector<DictEntry>& out, DictionaryErrors& errors) {
  std::map<std::string, std::vector<std::string>> sets;
  const auto lines = split_lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t line_no = i + 1;
    std::string_view line = strip_comment(lines[i]);
    if (line.empty() || line.front() == '<') continue;
    // "!SET! = A, B" defines a set; "!MINIST! FOR_X [~GOV]" uses one.
    if (line.front() == '!' && line.find('=') != std::string_view::npos) {
      const size_t eq = line.find('=');
      const std::string name = upper_ascii(trim(line.substr(0, eq)));
      if (eq == std::string_view::npos || name.size() < 3 || name.back() != '!') {
        errors.add(file, line_no, "a substitution set is written !NAME! = WORD, WORD", line);
        continue;
      }
      std::vector<std::string> words;
      std::string_view rest = line.substr(eq + 1);
      while (!rest.empty()) {
        const size_t comma = rest.find(',');
        std::string w = normalize_phrase(rest.substr(0, comma));
        if (!w.empty()) words.push_back(std::move(w));
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
      }
      if (words.empty()) {
        errors.add(file, line_no, "empty substitution set", line);
        continue;
      }
      sets[name] = std::move(words);
      continue;
    }
    const size_t open = line.find('[');
    const size_t close = line.rfind(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      errors.add(file, line_no, "agent has no [CODE]", line);
      continue;
    }
    if (!trim(line.substr(close + 1)).empty()) {
      errors.add(file, line_no, "text after the code", line);
      continue;
    }
    DatedCode code;
    std::string err;
    if (!parse_dated_code(line.substr(open, close - open + 1), code, err)) {
      errors.add(file, line_no, err, line.substr(open, close - open + 1));
      continue;
    }
    if (code.code.find('~') == std::string::npos) {
      errors.add(file, line_no, "agent code needs '~' (before: agent, after: primary code)", code.code);
      continue;
    }
    std::string_view head = trim(line.substr(0, open));
    // Plural forms in braces; "{}" means none.
    bool braces = false;
    std::vector<std::string> plurals;
    const size_t lb = head.find('{');
    if (lb != std::string_view::npos) {
      const size_t rb = head.find('}', lb);
      if (rb == std::string_view::npos) {
        errors.add(file, line_no, "unclosed '{' in plural forms", line);
        continue;
      }
      braces = true;
      std::string_view forms = head.substr(lb + 1, rb - lb - 1);
      size_t p = 0;
      while (p < forms.size()) {
        while (p < forms.size() && (forms[p] == ' ' || forms[p] == '\t')) ++p;
        size_t q = p;
        while (q < forms.size() && forms[q] != ' ' && forms[q] != '\t') ++q;
        if (q > p) plurals.push_back(std::string(forms.substr(p, q - p)));
        p = q;
      }
      head = trim(head.substr(0, lb));
    }
    // The phrase keeps '!' for expansion; normalise after expanding.
    std::vector<std::string> phrases;
    std::string unknown;
    expand(std::string(head), sets, phrases, unknown);
    if (!unknown.empty()) {
      errors.add(file, line_no, "unknown substitution set", unknown);
      continue;
    }
    for (const auto& ph : phrases) {
      std::string norm = normalize_phrase(ph);
      if (norm.empty()) {
        errors.add(file, line_no, "agent has an empty phrase", line);
        break;
      }
      std::vector<std::string> forms{norm};
      if (!braces) forms.push_back(regular_plural(norm));
      for (const auto& pl : plurals) {
        std::vector<std::string> pe;
        expand(pl, sets, pe, unknown);
        for (auto& x : pe) forms.push_back(normalize_phrase(x));
      }
      for (auto& f : forms) {
        if (f.empty()) continue;
        out.push_back(DictEntry{f, norm, {code}, static_cast<uint32_t>(line_no)});
      }
    }
  }
}

}  // namespace chronicle::rules
