#include "rules/verb_dictionary.h"

#include "io/byte_io.h"
#include "io/model_file.h"
#include "io/model_writer.h"
#include "rules/pattern_scope.h"

namespace chronicle::rules {

namespace {
constexpr uint32_t kVerbSectionVersion = 1;

bool is_vowel(char c) { return std::string_view("AEIOU").find(c) != std::string_view::npos; }

// "[070]" at the end of `line`: sets code and returns the line before it.
std::string_view take_code(std::string_view line, std::string& code, bool& has_code) {
  has_code = false;
  const size_t close = line.rfind(']');
  const size_t open = line.rfind('[');
  if (close == std::string_view::npos || open == std::string_view::npos || open > close) return line;
  if (!trim(line.substr(close + 1)).empty()) return line;
  code = std::string(trim(line.substr(open + 1, close - open - 1)));
  has_code = true;
  return trim(line.substr(0, open));
}

bool parse_pattern(std::string_view body, VerbPattern& p, std::string& error) {
  int paren = 0, brace = 0, verbs = 0;
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == ' ' || c == '\t') { ++i; continue; }
    PatternToken t;
    size_t len = 1;
    switch (c) {
      case '*':
        t.kind = PatternTokenKind::kVerb;
        ++verbs;
        // "*_UP": the word follows the verb right away.
        if (i + 1 < body.size() && body[i + 1] == '_') {
          p.tokens.push_back(std::move(t));
          t = PatternToken{PatternTokenKind::kJoin, {}};
          len = 2;
        }
        break;
      case '$': t.kind = PatternTokenKind::kSource; break;
      case '+': t.kind = PatternTokenKind::kTarget; break;
      case '%': t.kind = PatternTokenKind::kCompound; break;
      case '^': t.kind = PatternTokenKind::kSkip; break;
      case '(': t.kind = PatternTokenKind::kOpenPhrase; ++paren; break;
      case ')': t.kind = PatternTokenKind::kClosePhrase; if (--paren < 0) { error = "')' without '('"; return false; } break;
      case '{': t.kind = PatternTokenKind::kOpenNoun; ++brace; break;
      case '}': t.kind = PatternTokenKind::kCloseNoun; if (--brace < 0) { error = "'}' without '{'"; return false; } break;
      default: {
        len = 0;
        // "&TIETYPES_MEMOS": a synset name ends at '_', the words after it follow it.
        const std::string_view stops = c == '&' ? " \t(){}*$%^_" : " \t(){}*$%^";
        while (i + len < body.size() && stops.find(body[i + len]) == std::string_view::npos &&
               !(len > 0 && body[i + len] == '+'))
          ++len;
        t.kind = c == '&' ? PatternTokenKind::kSynset : PatternTokenKind::kWord;
        t.text = normalize_phrase(body.substr(i, len));
        if (c == '&' && i + len < body.size() && body[i + len] == '_') ++len;
        // "RECENTLY_*": the word comes right before the verb.
        if (c != '&' && body[i + len - 1] == '_' && i + len < body.size() && body[i + len] == '*') {
          p.tokens.push_back(std::move(t));
          t = PatternToken{PatternTokenKind::kJoin, {}};
        }
      }
    }
    i += len;
    p.tokens.push_back(std::move(t));
  }
  if (paren != 0) { error = "unbalanced '('"; return false; }
  if (brace != 0) { error = "unbalanced '{'"; return false; }
  if (verbs > 1) { error = "more than one '*'"; return false; }
  if (p.tokens.empty()) { error = "empty pattern"; return false; }
  return true;
}
}  // namespace

std::vector<std::string> regular_verb_forms(const std::string& v) {
  if (v.empty() || v.find(' ') != std::string::npos) return {};
  const char last = v.back();
  std::string s = (last == 'S' || last == 'X' || last == 'Z' || v.ends_with("SH") || v.ends_with("CH")) ? v + "ES"
                  : (last == 'Y' && v.size() > 1 && !is_vowel(v[v.size() - 2])) ? v.substr(0, v.size() - 1) + "IES"
                                                                                 : v + "S";
  std::string ed = last == 'E' ? v + "D"
                   : (last == 'Y' && v.size() > 1 && !is_vowel(v[v.size() - 2])) ? v.substr(0, v.size() - 1) + "IED"
                                                                                  : v + "ED";
  std::string ing = (last == 'E' && !v.ends_with("EE")) ? v.substr(0, v.size() - 1) + "ING" : v + "ING";
  return {s, ed, ing};
}

int32_t VerbDictionary::block_of(std::string_view form) const {
  auto it = form_index.find(form);
  return it == form_index.end() ? -1 : static_cast<int32_t>(it->second);
}

void VerbDictionary::build_index() {
  form_index.clear();
  for (uint32_t b = 0; b < verbs.size(); ++b) {
    for (const auto& f : verbs[b].forms) form_index.emplace(f.words, b);  // first block wins
  }
  // A synset's openers, once for all its patterns; -1 for one that may
  // always start (a member that is empty or opens with a synset).
  synset_openers.clear();
  std::map<std::string_view, int32_t> opener_index;
  for (const auto& [name, members] : synsets) {
    std::vector<std::string> first_words;
    bool always = false;
    for (const std::string_view m : members) {
      const std::string_view first = m.substr(0, m.find(' '));
      always = always || first.empty() || first.front() == '&';
      first_words.emplace_back(first);
    }
    opener_index[name] = always ? -1 : static_cast<int32_t>(synset_openers.size());
    if (!always) synset_openers.push_back(std::move(first_words));
  }
  for (VerbBlock& b : verbs) {
    for (VerbPattern& p : b.patterns) {
      p.needed_words.clear();
      p.needed_synsets.clear();
      p.unmatchable = false;
      for (const PatternToken& t : p.tokens) {
        if (t.kind == PatternTokenKind::kWord) {
          const std::string_view phrase = t.text;
          size_t s = 0;
          while (s < phrase.size()) {
            size_t e = phrase.find(' ', s);
            if (e == std::string_view::npos) e = phrase.size();
            if (e > s && phrase[s] != '&') p.needed_words.emplace_back(phrase.substr(s, e - s));
            s = e + 1;
          }
        } else if (t.kind == PatternTokenKind::kSynset) {
          const auto it = opener_index.find(t.text);
          if (it == opener_index.end()) p.unmatchable = true;
          else if (it->second >= 0) p.needed_synsets.push_back(static_cast<uint32_t>(it->second));
        }
      }
    }
  }
}

void put_own_patterns_first(VerbDictionary& v, size_t first_own) {
  for (size_t b = first_own; b < v.verbs.size(); ++b) {
    VerbBlock& own = v.verbs[b];
    if (own.forms.empty()) continue;
    // A form the later file lists that an earlier block lists too stays in
    // that block, where its lookups land; it takes the code the later file
    // gives it ("SUE [115]"), else its later block's ("EXHORT" under
    // "URGE [020]", which CAMEO.2.0 lists under DEMAND [100]). Every form,
    // not only the first: one listed second may sit in another earlier block.
    for (const VerbForm& f : own.forms) {
      // (A block "[---]" gives none: "HOLD [---]" only adds patterns.)
      const std::string code = !f.code.empty() ? f.code : own.code == "---" ? std::string() : own.code;
      const int32_t in = v.block_of(f.words);
      if (in < 0 || static_cast<size_t>(in) >= first_own || code.empty()) continue;
      for (VerbForm& g : v.verbs[in].forms)
        if (g.words == f.words) g.code = code;
    }
    const int32_t c = v.block_of(own.forms.front().words);
    if (c < 0 || static_cast<size_t>(c) >= first_own) continue;
    // Ties between patterns go to the first one, so these win over CAMEO's
    // pattern with the same words.
    auto& into = v.verbs[c].patterns;
    into.insert(into.begin(), own.patterns.begin(), own.patterns.end());
    own.patterns.clear();
  }
}

void parse_verb_dictionary(std::string_view text, const std::string& file, VerbDictionary& out,
                           DictionaryErrors& errors) {
  const auto lines = split_lines(text);
  std::string synset;  // open synset name
  // Per block of this file: where each form line's forms start, and the verb
  // each pattern's comment names (pattern_scope.h splits the block by them).
  const size_t first_block = out.verbs.size();
  std::vector<std::vector<size_t>> form_line_starts;
  std::vector<std::vector<std::vector<std::string>>> owners;
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t line_no = i + 1;
    std::string_view line = strip_comment(lines[i]);
    if (line.empty()) {
      // A blank line ends a synset; a comment line inside one does not.
      if (trim(lines[i]).empty()) synset.clear();
      continue;
    }
    if (line.front() == '<') continue;
    if (line.starts_with("---")) {
      synset.clear();
      std::string_view inner = trim(line.substr(3));
      // The closing "---" may sit after a comment ("--- TROUBLED [---] # NOUN ---").
      const bool closed = inner.ends_with("---");
      if (closed) inner = trim(inner.substr(0, inner.size() - 3));
      if (!closed && inner.find('[') == std::string_view::npos) {
        errors.add(file, line_no, "a verb block header is written ---  VERB  [CODE]  ---", line);
        out.verbs.push_back(VerbBlock{"", "---", {}, {}, static_cast<uint32_t>(line_no)});
        form_line_starts.emplace_back();
        owners.emplace_back();
        continue;
      }
      std::string code;
      bool has = false;
      std::string_view name = take_code(inner, code, has);
      VerbBlock b;
      b.name = normalize_phrase(name);
      b.code = has ? code : "---";
      b.line = static_cast<uint32_t>(line_no);
      if (b.name.empty()) errors.add(file, line_no, "verb block without a name", line);
      out.verbs.push_back(std::move(b));
      form_line_starts.emplace_back();
      owners.emplace_back();
      continue;
    }
    if (line.front() == '&') {
      synset = normalize_phrase(line);
      out.synsets[synset];
      continue;
    }
    if (!synset.empty() && line.front() == '+') {
      out.synsets[synset].push_back(normalize_phrase(line.substr(1)));
      continue;
    }
    if (out.verbs.size() == first_block) {
      errors.add(file, line_no, "line outside any synset or verb block", line);
      continue;
    }
    VerbBlock& block = out.verbs.back();
    if (line.front() == '-') {
      std::string code;
      bool has = false;
      std::string_view body = take_code(line.substr(1), code, has);
      if (!has) {
        errors.add(file, line_no, "pattern has no [CODE]", line);
        continue;
      }
      VerbPattern p;
      p.code = code;
      p.line = static_cast<uint32_t>(line_no);
      std::string err;
      if (!parse_pattern(body, p, err)) {
        errors.add(file, line_no, err, line);
        continue;
      }
      block.patterns.push_back(std::move(p));
      owners.back().push_back(pattern_comment_verbs(lines[i]));
      continue;
    }
    // A form line.
    std::string code;
    bool has = false;
    std::string_view rest = take_code(line, code, has);
    std::vector<std::string> irregular;
    bool braces = false;
    const size_t lb = rest.find('{');
    if (lb != std::string_view::npos) {
      const size_t rb = rest.find('}', lb);
      if (rb == std::string_view::npos) {
        errors.add(file, line_no, "unclosed '{' in verb forms", line);
        continue;
      }
      braces = true;
      std::string_view forms = rest.substr(lb + 1, rb - lb - 1);
      size_t p = 0;
      while (p < forms.size()) {
        while (p < forms.size() && (forms[p] == ' ' || forms[p] == '\t')) ++p;
        size_t q = p;
        while (q < forms.size() && forms[q] != ' ' && forms[q] != '\t') ++q;
        std::string_view f = forms.substr(p, q - p);
        if (!f.empty() && f.front() == '+') f.remove_prefix(1);
        if (!f.empty()) irregular.push_back(normalize_phrase(f));
        p = q;
      }
      rest = trim(rest.substr(0, lb));
    }
    if (!rest.empty() && rest.front() == '+') rest.remove_prefix(1);
    std::string base = normalize_phrase(rest);
    if (base.empty()) {
      errors.add(file, line_no, "verb form line without a verb", line);
      continue;
    }
    const std::string own = has ? code : std::string();
    form_line_starts.back().push_back(block.forms.size());
    block.forms.push_back(VerbForm{base, own, false});
    for (auto& f : irregular) block.forms.push_back(VerbForm{f, own, false});
    if (!braces) {
      for (auto& f : regular_verb_forms(base)) block.forms.push_back(VerbForm{f, own, true});
    }
  }
  std::vector<VerbBlock> scoped;
  for (size_t b = first_block; b < out.verbs.size(); ++b) {
    const size_t k = b - first_block;
    for (auto& part : split_by_pattern_owner(std::move(out.verbs[b]), form_line_starts[k], owners[k]))
      scoped.push_back(std::move(part));
  }
  out.verbs.resize(first_block);
  for (auto& b : scoped) out.verbs.push_back(std::move(b));
  // Patterns may name synsets defined anywhere in the file.
  for (const auto& b : out.verbs) {
    for (const auto& p : b.patterns) {
      for (const auto& t : p.tokens) {
        if (t.kind == PatternTokenKind::kSynset && !out.synsets.count(t.text))
          errors.add(file, p.line, "unknown synset", t.text);
      }
    }
  }
  out.build_index();
}

Result<std::string> compile_verbs(const VerbDictionary& v, const std::string& source) {
  io::ByteWriter w;
  w.u32(kVerbSectionVersion);
  w.u32(static_cast<uint32_t>(v.synsets.size()));
  for (const auto& [name, words] : v.synsets) {
    w.str(name);
    w.u32(static_cast<uint32_t>(words.size()));
    for (const auto& x : words) w.str(x);
  }
  w.u32(static_cast<uint32_t>(v.verbs.size()));
  for (const auto& b : v.verbs) {
    w.str(b.name);
    w.str(b.code);
    w.u32(b.line);
    w.u32(static_cast<uint32_t>(b.forms.size()));
    for (const auto& f : b.forms) {
      w.str(f.words);
      w.str(f.code);
      w.u8(f.generated ? 1 : 0);
    }
    w.u32(static_cast<uint32_t>(b.patterns.size()));
    for (const auto& p : b.patterns) {
      w.str(p.code);
      w.u32(p.line);
      w.u32(static_cast<uint32_t>(p.tokens.size()));
      for (const auto& t : p.tokens) {
        w.u8(static_cast<uint8_t>(t.kind));
        w.str(t.text);
      }
    }
  }
  io::ModelWriter mw(io::ModelKind::kDictionary);
  mw.set_meta("dictionary", "verbs");
  mw.set_meta("source", source);
  CHRONICLE_RETURN_IF_ERROR(mw.add_section("VERB", std::move(w).bytes()));
  return mw.to_bytes();
}

Result<VerbDictionary> load_verbs(const std::string& path) {
  auto f = io::ModelFile::read(path);
  if (!f.ok()) return f.status();
  CHRONICLE_RETURN_IF_ERROR(f->expect_kind(io::ModelKind::kDictionary));
  auto sec = f->section("VERB");
  if (!sec.ok()) return sec.status();
  io::ByteReader r(*sec);
  VerbDictionary v;
  const uint32_t version = r.u32();
  if (r.ok() && version != kVerbSectionVersion)
    return f->section_error("VERB", "section version " + std::to_string(version) + ", this build reads " +
                                        std::to_string(kVerbSectionVersion), StatusCode::kUnsupported);
  const uint32_t ns = r.u32();
  for (uint32_t i = 0; i < ns && r.ok(); ++i) {
    std::string name(r.str());
    const uint32_t n = r.u32();
    if (!r.can_read(n, 4)) break;
    auto& words = v.synsets[name];
    for (uint32_t k = 0; k < n && r.ok(); ++k) words.emplace_back(r.str());
  }
  const uint32_t nb = r.u32();
  if (!r.can_read(nb, 16)) r.fail();
  for (uint32_t i = 0; i < nb && r.ok(); ++i) {
    VerbBlock b;
    b.name = r.str();
    b.code = r.str();
    b.line = r.u32();
    const uint32_t nf = r.u32();
    if (!r.can_read(nf, 9)) break;
    for (uint32_t k = 0; k < nf && r.ok(); ++k) {
      VerbForm f;
      f.words = r.str();
      f.code = r.str();
      f.generated = r.u8() != 0;
      b.forms.push_back(std::move(f));
    }
    const uint32_t np = r.u32();
    if (!r.can_read(np, 12)) break;
    for (uint32_t k = 0; k < np && r.ok(); ++k) {
      VerbPattern p;
      p.code = r.str();
      p.line = r.u32();
      const uint32_t nt = r.u32();
      if (!r.can_read(nt, 5)) break;
      for (uint32_t t = 0; t < nt && r.ok(); ++t) {
        PatternToken tok;
        const uint8_t kind = r.u8();
        if (kind > static_cast<uint8_t>(PatternTokenKind::kJoin)) r.fail();
        tok.kind = static_cast<PatternTokenKind>(kind);
        tok.text = r.str();
        p.tokens.push_back(std::move(tok));
      }
      b.patterns.push_back(std::move(p));
    }
    v.verbs.push_back(std::move(b));
  }
  if (!r.at_end()) return f->section_error("VERB", "truncated or has trailing bytes", StatusCode::kDataLoss);
  v.build_index();
  return v;
}

}  // namespace chronicle::rules
