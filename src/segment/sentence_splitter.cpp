// Rule-based paragraph and sentence segmentation over tokens.
//
// Paragraphs: news wires put one paragraph per line, so every line break is a
// paragraph break, except a line break inside a hard-wrapped sentence (a long
// line that does not end in terminal punctuation, followed by a line that
// starts with a lower-case letter).
//
// Sentences end at a terminal token (". ? ! ... …", an abbreviation that may
// end a sentence, an emoticon) plus the closing quotes and brackets glued to
// it. Whether a candidate is a boundary depends on what the tokenizer left
// attached to the period (UD-style tokenizers keep "Mr." and "U.S." whole) and
// on the next token: titles and initials never end a sentence; other
// abbreviations end one only before a word that typically starts sentences
// ("The", "He", ...); plain full stops end one unless a comma-like mark or a
// glued word follows; "?" and "!" and ellipses do not end a sentence that
// continues in lower case ("'Why?' she asked").
#include "segment/sentence_splitter.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

namespace chronicle::segment {
namespace {

// ---------------------------------------------------------------- lexicons

// Abbreviations that precede a name: never the end of a sentence.
constexpr std::string_view kTitles[] = {
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Drs", "PS", "P.S", "Attn", "Prof", "Gen", "Sen", "Rep", "Reps", "Gov", "Lt", "Col",
    "Capt", "Cpt", "Sgt", "Maj", "Cmdr", "Adm", "Brig", "Rev", "Hon", "Pres", "Supt", "Insp",
    "Det", "Fr", "Sr", "St", "Ste", "Mt", "Ft", "Atty", "Amb", "Gens", "Sens", "Govs", "Cpl",
    "Pvt", "Mssrs", "Mme", "Mlle", "Msgr", "Dept", "Univ", "Assn", "Sec", "Secs"};

// Abbreviations before a number: "No. 5", "p. 55", "Vol. 2", "Art. 3".
constexpr std::string_view kBeforeNumber[] = {"No", "Nos", "no", "nos", "p", "pp", "Vol", "vol", "Fig", "fig",
                                      "Art", "art", "Ch", "ch", "Para", "para", "Nr", "nr", "Op", "op",
                                      "Ex", "ex", "Tab", "tab", "Pt", "pt", "Sect", "sect", "ed", "Ed",
                                      "ext", "Ext", "tel", "Tel", "Tels", "Rm", "rm", "Apt", "apt"};

// Letter closings: "Best regards, Ann" ends after the comma.
constexpr std::string_view kClosings[] = {"Regards", "regards", "Sincerely", "Cheers", "Thanks", "Thx", "Best",
                                  "Love", "Yours", "Respectfully", "Cordially"};

// Common abbreviations that may also end a sentence (checked when the
// tokenizer split their period off; attached periods are recognised by shape).
constexpr std::string_view kAbbreviations[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Inc", "Corp", "Co", "Ltd",
    "Bros", "Jr", "vs", "v", "etc", "approx", "est", "Ave", "Blvd", "Rd", "Hwy", "Calif", "Conn",
    "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
    "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
    "Wyo", "Ariz", "Ark", "Colo", "Del", "Ala", "al", "cf", "ca", "min", "max", "mins", "hrs",
    "Govt", "govt", "dept", "Mt", "Ft", "Ph", "Mob", "eg", "ie", "info", "Spec", "Ref", "ref", "a.m", "p.m", "e.g", "i.e", "U.S", "U.K", "U.N", "D.C"};

// Capitalised words that usually start a sentence; after an abbreviation
// that may end a sentence ("... U.S. The ...") they decide for a boundary.
constexpr std::string_view kStarters[] = {
    "The", "A", "An", "He", "She", "It", "I", "We", "They", "You", "This", "That", "These",
    "Those", "There", "Here", "His", "Her", "Its", "Our", "Their", "My", "Your", "But", "And",
    "Or", "So", "Yet", "In", "On", "At", "For", "With", "After", "Before", "When", "While", "If",
    "As", "Although", "Though", "Because", "Since", "Meanwhile", "However", "Still", "Also",
    "Then", "Now", "Some", "Many", "Most", "All", "Both", "Each", "No", "Not", "What", "Why",
    "How", "Who", "Where", "Which", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can",
    "Could", "Will", "Would", "Should", "Thanks", "Thank", "Please", "Let", "Yes", "Other",
    "Such", "Under", "By", "From", "During", "Last", "Earlier", "Later", "Instead", "Officials",
    "Police", "Analysts", "Critics", "Experts", "Asked", "According"};

// After an initial, only these start a new sentence.
constexpr std::string_view kAfterInitial[] = {"I", "This", "That", "The", "These", "Those", "We", "He",
                                              "She", "It", "They", "Its", "Thanks", "Thank", "Please",
                                              "See", "There", "Here", "My", "Our", "Overall"};

template <size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view word) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

// Word classes looked up in one hash table: the lists above are consulted at
// every full stop, and a linear scan of them costs more than the rest of the
// splitter together.
enum WordClass : uint8_t { kIsTitle = 1, kIsBeforeNumber = 2, kIsAbbreviation = 4, kIsStarter = 8 };

uint8_t word_class(std::string_view w) {
  static const std::unordered_map<std::string_view, uint8_t> table = [] {
    std::unordered_map<std::string_view, uint8_t> m;
    for (std::string_view x : kTitles) m[x] |= kIsTitle;
    for (std::string_view x : kBeforeNumber) m[x] |= kIsBeforeNumber;
    for (std::string_view x : kAbbreviations) m[x] |= kIsAbbreviation;
    for (std::string_view x : kStarters) m[x] |= kIsStarter;
    return m;
  }();
  if (w.empty() || w.size() > 12) return 0;
  const auto it = table.find(w);
  return it == table.end() ? 0 : it->second;
}
bool is_starter(std::string_view w) { return word_class(w) & kIsStarter; }

// ------------------------------------------------------ character classes

char32_t first_cp(std::string_view s) {
  if (s.empty()) return 0;
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                  static_cast<utf8proc_ssize_t>(std::min<size_t>(s.size(), 4)), &cp);
  return n > 0 ? static_cast<char32_t>(cp) : 0;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool starts_lower(std::string_view s) { return is_lower(first_cp(s)); }
bool starts_upper(std::string_view s) { return is_upper(first_cp(s)); }

// Token made only of . ? ! and the ellipsis / interrobang characters.
enum class Terminal : uint8_t { kNone, kPeriod, kEllipsis, kQuestionExclaim };

Terminal terminal_kind(std::string_view t) {
  if (t.empty()) return Terminal::kNone;
  // Fast exit for the common case: words, numbers and other punctuation.
  const unsigned char first = static_cast<unsigned char>(t[0]);
  if (first != '.' && first != '?' && first != '!' && first != 0xE2 && first != 0xE3 && first != 0xEF)
    return Terminal::kNone;
  bool period = false, qe = false, ellipsis = false;
  size_t dots = 0;
  for (size_t i = 0; i < t.size();) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == '.') {
      ++dots;
      period = true;
      ++i;
    } else if (c == '?' || c == '!') {
      qe = true;
      ++i;
    } else if (c < 0x80) {
      return Terminal::kNone;
    } else if (t.compare(i, 3, "\xE2\x80\xA6") == 0) {  // …
      ellipsis = true;
      i += 3;
    } else if (t.compare(i, 3, "\xE2\x80\xBD") == 0 || t.compare(i, 3, "\xE2\x81\x89") == 0 ||
               t.compare(i, 3, "\xE2\x81\x88") == 0) {  // ‽ ⁉ ⁈
      qe = true;
      i += 3;
    } else if (t.compare(i, 3, "\xE3\x80\x82") == 0 || t.compare(i, 3, "\xEF\xBC\x81") == 0 ||
               t.compare(i, 3, "\xEF\xBC\x9F") == 0) {  // 。！？
      qe = true;
      i += 3;
    } else {
      return Terminal::kNone;
    }
  }
  if (qe) return Terminal::kQuestionExclaim;
  if (ellipsis || dots >= 2) return Terminal::kEllipsis;
  return period ? Terminal::kPeriod : Terminal::kNone;
}

// Closing quotes and brackets that stay with the sentence they follow.
bool is_closer(std::string_view t, bool glued_to_previous) {
  if (t == ")" || t == "]" || t == "}" || t == "\xE2\x80\x9D" /* ” */ || t == "\xE2\x80\x99" /* ’ */ ||
      t == "\xC2\xBB" /* » */ || t == "\xE2\x80\xBA" /* › */)
    return true;
  // Straight quotes are closing only when glued to the punctuation before.
  if (t == "\"" || t == "'" || t == "''") return glued_to_previous;
  return false;
}

bool is_opener(std::string_view t) {
  return t == "(" || t == "[" || t == "{" || t == "\"" || t == "'" || t == "``" || t == "`" ||
         t == "\xE2\x80\x9C" /* “ */ || t == "\xE2\x80\x98" /* ‘ */ || t == "\xC2\xAB" /* « */ ||
         t == "-" || t == "\xE2\x80\x94" /* — */ || t == "*" || t == "\xE2\x80\xA2" /* • */;
}

bool is_emoticon(std::string_view t) {
  static constexpr std::string_view kEmoticons[] = {":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D",
                                            ":P", ":-P", ":p", ":/", "<3", "=)", ":o)", "XD"};
  return in_list(kEmoticons, t);
}

// Greetings: "Dear Ann, Thank you ..." ends after the comma.
// ("Hi, I ..." usually goes on in EWT, so only "Dear" counts.)
constexpr std::string_view kGreetings[] = {"Dear", "Hi", "Hello", "Hey", "Greetings", "Morning", "Afternoon"};

// A separator line typed as one token: "*****", "=====", "_____", "-----".
bool is_rule_line(std::string_view t) {
  if (t.size() < 3 || t[1] != t[0]) return false;
  const char c = t[0];
  if (c != '*' && c != '=' && c != '_' && c != '-' && c != '~' && c != '#') return false;
  for (char x : t)
    if (x != c) return false;
  return true;
}

// "08/16/2000", "3/9/05": a numeric date with slashes.
bool is_slash_date(std::string_view t) {
  int slashes = 0;
  for (char c : t) {
    if (c == '/') {
      ++slashes;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return slashes == 2 && t.size() >= 5;
}

// "12:05", "06:03:48".
bool is_clock(std::string_view t) {
  if (t.size() < 4 || !is_digit(first_cp(t))) return false;
  bool colon = false;
  for (char c : t) {
    if (c == ':') {
      colon = true;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return colon;
}

// URLs and e-mail addresses as the tokenizer marks them; plain words that
// spell a URL are checked too (cheaply: only words starting "http" or "www.").
bool is_web_address(const Token& token, std::string_view t) {
  if (token.kind == TokenKind::kUrl || token.kind == TokenKind::kEmail) return true;
  if (token.kind != TokenKind::kWord || t.size() < 5) return false;
  if (t[0] == 'h' && t[1] == 't' && t[2] == 't' && t[3] == 'p') return t.find("://") != std::string_view::npos;
  return t[0] == 'w' && t[1] == 'w' && t[2] == 'w' && t[3] == '.';
}

// A capitalised word with a lower-case letter after its first: "Then", not "AP".
bool is_title_case(std::string_view t) {
  if (!starts_upper(t)) return false;
  const char32_t c = first_cp(t);
  const size_t len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  return t.size() > len && is_lower(first_cp(t.substr(len)));
}

// A word ending in '.' that the tokenizer kept whole ("Mr.", "U.S.", "a.m.").
enum class Abbrev : uint8_t { kNone, kTitle, kInitial, kBeforeNumber, kOther };

Abbrev classify_abbreviation(std::string_view stem) {
  // `stem` is the word without its final period.
  if (stem.empty()) return Abbrev::kNone;
  const uint8_t cls = word_class(stem);
  if (cls & kIsTitle) return Abbrev::kTitle;
  if (cls & kIsBeforeNumber) return Abbrev::kBeforeNumber;
  const char32_t c = first_cp(stem);
  const size_t first_len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  if (stem.size() == first_len && is_upper(c)) return Abbrev::kInitial;
  return Abbrev::kOther;
}

// Does the whitespace between two tokens hold a line break?
int line_breaks(std::string_view gap) {
  int n = 0;
  for (size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == '\n') {
      ++n;
    } else if (c == '\r') {
      ++n;
      if (i + 1 < gap.size() && gap[i + 1] == '\n') ++i;
    } else if (c == '\xE2' && i + 2 < gap.size() && gap[i + 1] == '\x80' &&
               (gap[i + 2] == '\xA8' || gap[i + 2] == '\xA9')) {  // U+2028, U+2029
      ++n;
      i += 2;
    } else if (c == '\xC2' && i + 1 < gap.size() && gap[i + 1] == '\x85') {  // NEL
      ++n;
      ++i;
    }
  }
  return n;
}

constexpr size_t kWrappedLineMin = 50;  // a hard-wrapped line is at least this long
constexpr size_t kWrapWidthMax = 100;   // no line of hard-wrapped text is longer
constexpr size_t kWrapMinLines = 4;

// Hard-wrapped text (old wire copy, e-mail, Reuters-21578) breaks lines at a
// fixed width, so a line break is no paragraph break; paragraphs are then
// blank lines or indented lines. Text is taken as wrapped when it has several
// lines, none longer than kWrapWidthMax bytes; at least half of its line
// breaks fall inside a sentence (the line ends in a word or a comma); and
// most lines that go on to another line are filled to near the widest line
// (a column of short tweets or headlines is not).
bool looks_hard_wrapped(std::string_view text) {
  size_t lines = 0, joins = 0, continued = 0, full = 0, widest = 0;
  // Two passes: the first finds the width, the second measures the lines.
  for (int pass = 0; pass < 2; ++pass) {
    size_t start = 0;
    std::string_view previous;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view line = text.substr(start, nl - start);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
      if (pass == 0) {
        if (line.size() > kWrapWidthMax) return false;
        widest = std::max(widest, line.size());
      } else if (!line.empty()) {
        ++lines;
        if (!previous.empty()) {
          ++joins;
          const char last = previous.back();
          if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9') ||
              last == ',')
            ++continued;
          if (previous.size() * 3 >= widest * 2) ++full;
        }
      }
      previous = line;
      start = nl + 1;
    }
  }
  return lines >= kWrapMinLines && widest >= kWrappedLineMin && joins > 0 && continued * 2 >= joins &&
         full * 5 >= joins * 3;
}

class Splitter {
 public:
  Splitter(std::string_view text, std::vector<Token>& tokens) : text_(text), tokens_(tokens) {}

  std::string_view tok(size_t i) const { return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start); }
  bool glued(size_t i) const { return !tokens_[i].space_after && tokens_[i].end == tokens_[i + 1].start; }

  // True when a paragraph starts at token i + 1.
  bool paragraph_break_after(size_t i, size_t line_start) const {
    const std::string_view gap = text_.substr(tokens_[i].end, tokens_[i + 1].start - tokens_[i].end);
    const int breaks = line_breaks(gap);
    if (breaks == 0) return false;
    if (breaks >= 2) return true;
    if (wrapped_) {
      // Indented line: a new paragraph ("\n    Some analysts said ...").
      const size_t nl = gap.find_last_of('\n');
      const std::string_view indent = gap.substr(nl == std::string_view::npos ? 0 : nl + 1);
      return indent.size() >= 2 || indent.find('\t') != std::string_view::npos;
    }
    // A single break: a wrapped sentence continues in lower case after a long
    // line that does not end a sentence.
    const std::string_view next = tok(i + 1);
    if (!starts_lower(next)) return true;
    if (tokens_[i].end - line_start < kWrappedLineMin) return true;
    const std::string_view last = tok(i);
    if (terminal_kind(last) != Terminal::kNone || is_closer(last, true) || last == ":") return true;
    return false;
  }

  // Index of the first token after sentence-final material that begins at
  // `i` (closing quotes and brackets and further terminals glued after it).
  size_t absorb_closers(size_t i, size_t par_end, bool& absorbed_quote) const {
    size_t j = i + 1;
    while (j < par_end) {
      const std::string_view t = tok(j);
      const bool glued_prev = !tokens_[j - 1].space_after;
      if (is_closer(t, glued_prev)) {
        if (t != ")" && t != "]" && t != "}") absorbed_quote = true;
        ++j;
      } else if (const Terminal k = terminal_kind(t); k != Terminal::kNone && (glued_prev || k == Terminal::kPeriod)) {
        // "Really?!", "... ." - a full stop alone never starts a sentence (a
        // spaced "?" does in e-mail text where it stands for a lost character).
        ++j;
      } else if (is_emoticon(t) || tokens_[j].kind == TokenKind::kEmoji) {
        ++j;  // "Great news! :)" - the smiley closes the sentence it follows
      } else {
        break;
      }
    }
    return j;
  }

  // Boundaries after a token that is neither terminal punctuation nor ends in
  // a period: emoticons, e-mail header lines, web addresses, separator lines,
  // greetings and closings. Each test is guarded by a cheap byte check, since
  // this runs for almost every token.
  size_t rare_boundary_after(size_t i, std::string_view t, size_t sentence_start, size_t par_end) const {
    if (i + 1 >= par_end) return 0;
    const std::string_view n = tok(i + 1);
    const unsigned char c0 = static_cast<unsigned char>(t[0]);
    const unsigned char n0 = static_cast<unsigned char>(n[0]);
    if ((c0 == ':' || c0 == ';' || c0 == '=' || c0 == '<' || c0 == 'X') && is_emoticon(t))
      return starts_upper(n) ? i + 1 : 0;
    // E-mail headers: "Ann Lee 08/16/2000 12:05 PM I spoke to ..." is three
    // sentences: the name, the date line, the message.
    if (t.size() == 2 && (c0 == 'A' || c0 == 'P') && t[1] == 'M' && i > sentence_start && is_clock(tok(i - 1))) {
      if (i - 1 > sentence_start && is_slash_date(tok(i - 2)))
        return terminal_kind(n) == Terminal::kNone && n != "," && n != ")" ? i + 1 : 0;
      return (n == "I" || is_title_case(n)) ? i + 1 : 0;
    }
    if (is_digit(n0) && i + 2 < par_end && is_slash_date(n) && is_clock(tok(i + 2)) &&
        (is_title_case(t) || t == ">" || is_web_address(tokens_[i], t)))
      return i + 1;
    // A web address (or "<address>") followed by a capitalised word or
    // another address.
    if (tokens_[i].space_after &&
        ((t.size() > 4 && is_web_address(tokens_[i], t)) ||
         (t == ">" && i > sentence_start && is_web_address(tokens_[i - 1], tok(i - 1)))) &&
        (is_title_case(n) || is_web_address(tokens_[i + 1], n)))
      return i + 1;
    // A bracketed source or label opening a sentence: "(BBC) The ..."
    if (c0 == ')' && t.size() == 1 && tok(sentence_start) == "(" && i - sentence_start <= 6 &&
        (is_upper(first_cp(n)) || n == "\"" || n == "\xE2\x80\x9C")) {
      bool nested = false;
      for (size_t k = sentence_start + 1; k < i; ++k) nested = nested || tok(k) == "(" || tok(k) == ")";
      if (!nested) return i + 1;
    }
    // An attachment marker "<< File: notes.doc >>" ends its sentence.
    if (c0 == '>' && t == ">>" && tokens_[i].space_after && terminal_kind(n) == Terminal::kNone && n != "," && n != ")")
      return i + 1;
    // Separator lines stand alone.
    if (tokens_[i].space_after && (is_rule_line(t) || (is_rule_line(n) && i + 2 < par_end && tokens_[i + 1].space_after)))
      return i + 1;
    if (c0 == ',' && t.size() == 1 && i > sentence_start && starts_upper(n)) {
      // "Dear Ann, Thank you": the greeting is its own sentence.
      // ("Hi, Liz" goes on: a bare greeting ends only before a word that
      // starts sentences, "Hi, Yes ...".)
      if (i - sentence_start <= 3 && in_list(kGreetings, tok(sentence_start)) &&
          (i - sentence_start >= 2 || is_starter(n)))
        return i + 1;
      // "Best regards, Ann": the closing is its own sentence.
      if (i - sentence_start <= 2 && in_list(kClosings, tok(i - 1))) return i + 1;
    }
    return 0;
  }

  // Decides whether a sentence ends after token i (i is the candidate
  // terminal); returns the index of the first token of the next sentence, or 0
  // when there is no boundary. `sentence_start` is the current sentence's first token.
  size_t boundary_after(size_t i, size_t sentence_start, size_t par_end) const {
    const std::string_view t = tok(i);
    Terminal term = terminal_kind(t);
    Abbrev abbrev = Abbrev::kNone;
    if (term == Terminal::kNone) {
      if (t.back() != '.') return rare_boundary_after(i, t, sentence_start, par_end);
      if (t.size() < 2) return 0;
      abbrev = classify_abbreviation(t.substr(0, t.size() - 1));
      // A numbered item "3." opening a sentence ends nothing.
      if (is_digit(first_cp(t)) && i == sentence_start) return 0;
    } else if (term == Terminal::kPeriod && i > sentence_start && glued(i - 1)) {
      // Period split off a word: look at that word.
      const std::string_view prev = tok(i - 1);
      const uint8_t cls = word_class(prev);
      if (cls & kIsTitle) {
        abbrev = Abbrev::kTitle;
      } else if (cls & kIsBeforeNumber) {
        abbrev = Abbrev::kBeforeNumber;
      } else if (cls & kIsAbbreviation) {
        abbrev = Abbrev::kOther;
      } else if (classify_abbreviation(prev) == Abbrev::kInitial && i - 1 > sentence_start) {
        abbrev = Abbrev::kInitial;
      } else if (i - 1 == sentence_start && (is_digit(first_cp(prev)) || prev.size() == 1)) {
        return 0;  // list item "1." / "a."
      }
    }
    if (i + 1 >= par_end) return par_end;

    bool absorbed_quote = false;
    const size_t j = absorb_closers(i, par_end, absorbed_quote);
    if (j >= par_end) return par_end;
    const std::string_view next = tok(j);
    const char32_t c = first_cp(next);
    const bool next_lower = is_lower(c);

    // Marks that continue the sentence: "etc.,", "Inc.'s", "?)".
    if (next == "," || next == ";" || next == ":" || next == "'s" || next == "\xE2\x80\x99s" || next == "%")
      return 0;

    switch (abbrev) {
      case Abbrev::kTitle:
        return 0;
      case Abbrev::kInitial:
        // "Donald J. Trump": a name goes on. Only a pronoun or determiner
        // after an initial starts a new sentence ("... Plan B. This ...").
        return in_list(kAfterInitial, next) ? j : 0;
      case Abbrev::kBeforeNumber:
        if (is_digit(c)) return 0;
        [[fallthrough]];
      case Abbrev::kOther:
        if (next_lower || is_digit(c)) return 0;
        if (is_starter(next) || (is_opener(next) && next != "(" && next != "[")) return j;
        // "etc." before any capitalised word ends the sentence.
        if (is_upper(c) && (t == "etc." || (t == "." && i > sentence_start && tok(i - 1) == "etc"))) return j;
        return 0;
      case Abbrev::kNone:
        break;
    }
    switch (term) {
      case Terminal::kPeriod:
        // "end.next" glued: a file name or a missing space; not a boundary
        // unless a capital follows.
        if (j == i + 1 && glued(i) && !is_upper(c)) return 0;
        if (absorbed_quote && next_lower) return 0;  // '"Go." she said' (rare)
        return j;
      case Terminal::kQuestionExclaim:
        // Web text often goes on in lower case ("really? why"); after a closing
        // quote a lower-case word continues the sentence ("'Why?' she asked").
        if (absorbed_quote && next_lower) return 0;
        return j;
      case Terminal::kEllipsis:
        // Trailing off mid-sentence is common ("we waited... and waited",
        // "by 2010...70k"); only a capital or an opening quote starts anew.
        if (is_upper(c) || (is_opener(next) && next != "(" && next != "[" && next != "-")) return j;
        return 0;
      case Terminal::kNone:
        return 0;
    }
    return 0;
  }

  void run(std::vector<Paragraph>& paragraphs, std::vector<Sentence>& sentences) {
    const size_t n = tokens_.size();
    wrapped_ = looks_hard_wrapped(text_);
    size_t par_start = 0;
    size_t line_start = n ? tokens_[0].start : 0;
    for (size_t i = 0; i < n; ++i) {
      const bool last = i + 1 == n;
      if (!last && !paragraph_break_after(i, line_start)) {
        // A soft-wrapped line break still starts a new line.
        if (line_breaks(text_.substr(tokens_[i].end, tokens_[i + 1].start - tokens_[i].end)) > 0)
          line_start = tokens_[i + 1].start;
        continue;
      }
      split_paragraph(par_start, i + 1, paragraphs, sentences);
      par_start = i + 1;
      if (!last) line_start = tokens_[i + 1].start;
    }
  }

  // Item number n of a list ("n." / "n)", or split "n" "." / "n" ")"),
  // followed by a capital, in a paragraph that also has item n - 1 before it
  // or, for n = 1, item 2 after it: "1) Oslo 2) Bergen" lists run on without
  // full stops, and each item is a sentence.
  bool list_item_at(size_t i, size_t begin, size_t end) const {
    char marker = 0;
    const int n = list_number(i, end, marker);
    if (n <= 0) return false;
    const size_t after = i + (tok(i).size() > 1 && !is_digit(static_cast<unsigned char>(tok(i).back())) ? 1 : 2);
    if (after >= end || !(starts_upper(tok(after)) || (marker == ')' && starts_lower(tok(after))))) return false;
    if (terminal_kind(tok(i - 1)) != Terminal::kNone) return false;
    char m = 0;
    if (n == 1) {
      for (size_t p = after; p < end && p < after + 200; ++p)
        if (list_number(p, end, m) == 2 && m == marker) return true;
      return false;
    }
    for (size_t p = i; p-- > begin;)
      if (list_number(p, end, m) == n - 1 && m == marker) return true;
    return false;
  }

  // The number of a list marker at token i ("3." "3)" or "3" then a glued
  // "." or ")"), 0 when there is none. Sets `marker` to '.' or ')'.
  int list_number(size_t i, size_t end, char& marker) const {
    const std::string_view t = tok(i);
    if (t.empty() || t.size() > 3 || !is_digit(static_cast<unsigned char>(t[0]))) return 0;
    int n = 0;
    size_t k = 0;
    while (k < t.size() && is_digit(static_cast<unsigned char>(t[k]))) n = n * 10 + (t[k++] - '0');
    if (k == t.size() - 1 && (t[k] == '.' || t[k] == ')')) {
      marker = t[k];
      return n;
    }
    if (k == t.size() && i + 1 < end && glued(i) && (tok(i + 1) == "." || tok(i + 1) == ")")) {
      marker = tok(i + 1)[0];
      return n;
    }
    return 0;
  }

  void split_paragraph(size_t begin, size_t end, std::vector<Paragraph>& paragraphs,
                       std::vector<Sentence>& sentences) {
    const auto par_index = static_cast<uint32_t>(paragraphs.size());
    paragraphs.push_back({tokens_[begin].start, tokens_[end - 1].end});
    size_t start = begin;
    for (size_t i = begin; i < end;) {
      if (i > start && is_digit(static_cast<unsigned char>(text_[tokens_[i].start])) && list_item_at(i, begin, end)) {
        add_sentence(start, i, par_index, sentences);
        start = i;
      }
      const size_t next = boundary_after(i, start, end);
      if (next > i) {
        add_sentence(start, next, par_index, sentences);
        start = next;
        i = next;
      } else {
        ++i;
      }
    }
    if (start < end) add_sentence(start, end, par_index, sentences);
  }

  void add_sentence(size_t begin, size_t end, uint32_t paragraph, std::vector<Sentence>& sentences) {
    const auto index = static_cast<uint32_t>(sentences.size());
    Sentence s;
    s.start = tokens_[begin].start;
    s.end = tokens_[end - 1].end;
    s.paragraph = paragraph;
    s.first_token = static_cast<uint32_t>(begin);
    s.last_token = static_cast<uint32_t>(end);
    sentences.push_back(s);
    for (size_t k = begin; k < end; ++k) tokens_[k].sentence = index;
  }

 private:
  std::string_view text_;
  std::vector<Token>& tokens_;
  bool wrapped_ = false;
};

}  // namespace

void segment(std::string_view text, std::vector<Token>& tokens, std::vector<Paragraph>& paragraphs,
             std::vector<Sentence>& sentences) {
  if (tokens.empty()) return;
  Splitter(text, tokens).run(paragraphs, sentences);
}

}  // namespace chronicle::segment
