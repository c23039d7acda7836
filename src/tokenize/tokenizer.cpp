// Hand-written scanner over UTF-8 bytes. ASCII goes through a byte class
// table; only non-ASCII code points are decoded and classified (utf8proc).
// Conventions follow UD English EWT so its treebank can score us: clitics are
// split ("do|n't"), most hyphenated compounds are split except after common
// prefixes ("non-", "e-"), numbers are split from unit letters ("5|pm",
// "$|5|bn"), abbreviations and initials keep their period.
#include "tokenize/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "social/twitter_text.h"
#include "tokenize/char_class.h"

namespace chronicle::tokenize {
namespace {

enum : uint8_t {
  kSpace = 1,
  kAlpha = 2,
  kDigit = 4,
  kHigh = 8,  // non-ASCII lead or continuation byte
};

constexpr std::array<uint8_t, 256> make_table() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t v = 0;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) v |= kSpace;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) v |= kAlpha;
    if (c >= '0' && c <= '9') v |= kDigit;
    if (c >= 0x80) v |= kHigh;
    t[c] = v;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kTable = make_table();

inline uint8_t cls(char c) { return kTable[static_cast<unsigned char>(c)]; }

// Lower-cased ASCII copy of a short word into `buf`; false when too long or
// not ASCII.
bool lower_ascii(std::string_view w, char* buf, size_t cap) {
  if (w.size() >= cap) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 0x80) return false;
    buf[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return true;
}

bool in_list(std::string_view w, const std::string_view* list, size_t n) {
  char buf[16];
  if (!lower_ascii(w, buf, sizeof(buf))) return false;
  std::string_view l(buf, w.size());
  for (size_t i = 0; i < n; ++i)
    if (l == list[i]) return true;
  return false;
}

// Titles always keep their period: a name follows, never a sentence end.
constexpr std::string_view kTitles[] = {"mr",  "mrs",  "ms",   "dr",   "prof", "gen",  "col",  "lt",     "sgt",
                                   "capt", "cmdr", "adm", "gov",  "sen",  "rep",  "rev",  "st",     "pres",
                                   "supt", "maj",  "hon", "fr",   "mt",   "ft",   "messrs", "vs",   "cpl"};
// Other abbreviations keep their period unless it also ends the sentence
// (EWT writes "etc" + "." there).
constexpr std::string_view kAbbreviations[] = {
    "jr",   "sr",   "inc",  "ltd",   "corp", "bros", "ca",   "etc",  "jan",  "feb",   "mar",    "apr",  "jun",
    "jul",  "aug",  "sep",  "sept",  "oct",  "nov",  "dec",  "vol",  "fig",  "approx", "dept", "est",  "ave",
    "blvd", "cf",   "al",   "univ",  "assn", "mfg",  "pp",   "govt", "tue",  "tues",  "thu",    "thur", "thurs",
    "fri",  "ext",  "dist", "div",   "esp",  "ibid", "misc", "nr",   "plc",  "yr",    "yrs",    "wk",   "hr",
    "hrs",  "mins", "oz",   "lb",    "lbs",  "eg",   "ie",     "viz"};
// Abbreviations that are also common words: they keep the period only before a number.
constexpr std::string_view kNumberAbbreviations[] = {"no", "nos", "co", "p", "para", "art", "sec", "ch"};

// Prefixes after which EWT keeps a hyphenated word whole ("non-profit").
constexpr std::string_view kHyphenPrefixes[] = {
    "e",     "non",  "pre",   "anti", "re",  "mid",   "post",   "co",    "over",  "pro",  "multi", "ex",
    "sub",   "semi", "neo",   "cross", "vice", "un",  "socio",  "micro", "intra", "inter", "counter", "bi",
    "tri",   "ultra", "mega", "mini", "pseudo", "quasi", "trans", "cyber", "eco", "geo", "macro", "hyper",
    "super", "mis"};

// Orthographic words EWT splits without an apostrophe: word and split point.
struct WholeSplit {
  std::string_view word;
  uint8_t at;
  bool joined = true;  // a multiword token; "alot" is two plain tokens in EWT
};
constexpr WholeSplit kWholeSplits[] = {
    {"cannot", 3}, {"gonna", 3},    {"gotta", 3},   {"wanna", 3},   {"dont", 2},     {"didnt", 3},
    {"doesnt", 4}, {"isnt", 2},     {"wasnt", 3},   {"arent", 3},   {"werent", 4},   {"havent", 4},
    {"hasnt", 3},  {"hadnt", 3},    {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6}, {"wont", 2},
    {"cant", 2},   {"im", 1},       {"alot", 1, false},       {"aint", 2},    {"lemme", 3},   {"gimme", 3}};

const WholeSplit* whole_split(std::string_view w) {
  char buf[16];
  if (w.size() < 2 || w.size() > 8) return nullptr;
  // every entry starts with one of these letters: cheap reject for most words
  char f = static_cast<char>(w[0] | 0x20);
  if (f != 'c' && f != 'g' && f != 'w' && f != 'd' && f != 'i' && f != 'a' && f != 'h' && f != 's' && f != 'l')
    return nullptr;
  if (!lower_ascii(w, buf, sizeof(buf))) return nullptr;
  std::string_view l(buf, w.size());
  for (const WholeSplit& s : kWholeSplits)
    if (l == s.word) return &s;
  return nullptr;
}

const Token kBlankToken{};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>& out) : t_(text), n_(text.size()), out_(out) {}

  void run() {
    const size_t first = out_.size();
    // news text averages one token per 5 bytes; one reservation avoids most
    // regrowth of the (large) Token records. Capped: a hint, not a promise.
    out_.reserve(first + std::min<size_t>(n_ / 4 + 16, size_t{1} << 20));
    size_t i = 0;
    while (i < n_) {
      uint8_t c = cls(t_[i]);
      if (c & kSpace) {
        ++i;
        continue;
      }
      if (c & kHigh) {
        CodePoint cp = decode_at(t_, i);
        if (is_space(cp.cp)) {
          i += cp.len;
          continue;
        }
      }
      i = token_at(i);
    }
    if (out_.size() > first) out_.back().space_after = out_.back().end < n_;
  }

 private:
  void emit(size_t s, size_t e, TokenKind kind, bool joined = false) {
    if (e <= s) return;
    if (!out_.empty() && !first_emit_) out_.back().space_after = out_.back().end < s;
    first_emit_ = false;
    // copying a blank record is cheaper than value-initialising one, which
    // zero-fills all 150-odd bytes before constructing the strings
    Token& tok = out_.emplace_back(kBlankToken);
    tok.start = static_cast<uint32_t>(s);
    tok.end = static_cast<uint32_t>(e);
    tok.kind = kind;
    tok.joined_with_next = joined;
  }

  // A hashtag or mention, with a possessive split off as for words
  // ("@BBC's" -> "@BBC" + "'s").
  size_t emit_entity(size_t s, size_t e, TokenKind kind) {
    size_t al = apostrophe_len(e);
    if (al && (byte(e + al) | 0x20) == 's' && !is_alnum_at(e + al + 1)) {
      emit(s, e, kind, true);
      emit(e, e + al + 1, TokenKind::kWord);
      return e + al + 1;
    }
    emit(s, e, kind);
    return e;
  }

  CodePoint at(size_t i) const { return decode_at(t_, i); }
  char byte(size_t i) const { return i < n_ ? t_[i] : '\0'; }

  bool space_at(size_t i) const {
    if (i >= n_) return true;
    uint8_t c = cls(t_[i]);
    if (c & kSpace) return true;
    if (!(c & kHigh)) return false;
    return is_space(at(i).cp);
  }

  // End (exclusive) of the run of non-space bytes from i, found once per
  // chunk; the same pass notes the first '.' and '@' that have a word
  // character after them, which is what a URL or an e-mail address needs.
  size_t chunk_end(size_t i) {
    if (i < chunk_end_) return chunk_end_;
    size_t e = i;
    next_dot_ = next_at_ = kNone;
    while (e < n_) {
      uint8_t c = cls(t_[e]);
      if (c & kSpace) break;
      if (c & kHigh) {
        CodePoint cp = at(e);
        if (is_space(cp.cp)) break;
        e += cp.len;
        continue;
      }
      if ((t_[e] == '.' || t_[e] == '@') && (cls(byte(e + 1)) & (kAlpha | kDigit | kHigh))) {
        size_t& slot = t_[e] == '.' ? next_dot_ : next_at_;
        if (slot == kNone) slot = e;
      }
      ++e;
    }
    chunk_end_ = e;
    return e;
  }
  // Is there a '.' (or '@') followed by a word character at or after i in
  // the current chunk?
  bool has_after(char ch, size_t i, size_t& cache) {
    if (cache == kNone) return false;
    if (cache >= i) return true;
    for (size_t p = i; p + 1 < chunk_end_; ++p) {
      if (t_[p] == ch && (cls(t_[p + 1]) & (kAlpha | kDigit | kHigh))) {
        cache = p;
        return true;
      }
    }
    cache = kNone;
    return false;
  }

  bool is_word_char(size_t i, uint32_t* len) const {
    uint8_t c = cls(t_[i]);
    if (c & (kAlpha | kDigit)) {
      *len = 1;
      return true;
    }
    if (t_[i] == '_') {
      *len = 1;
      return true;
    }
    if (!(c & kHigh)) return false;
    CodePoint cp = at(i);
    *len = cp.len;
    CharGroup g = char_group(cp.cp);
    // joiners and the soft hyphen are invisible inside words ("inter\u00ADnational")
    return g == CharGroup::kLetter || g == CharGroup::kMark || g == CharGroup::kDigit ||
           cp.cp == 0x200C || cp.cp == 0x200D || cp.cp == 0x00AD || cp.cp == 0x2060;
  }

  bool is_letter_at(size_t i) const {
    if (i >= n_) return false;
    uint8_t c = cls(t_[i]);
    if (c & kAlpha) return true;
    if (!(c & kHigh)) return false;
    return char_group(at(i).cp) == CharGroup::kLetter;
  }
  bool is_alnum_at(size_t i) const {
    if (i >= n_) return false;
    uint32_t len;
    return is_word_char(i, &len) && t_[i] != '_';
  }

  size_t word_run(size_t i) const {
    uint32_t len = 0;
    while (i < n_) {
      uint8_t c = cls(t_[i]);
      if (c & (kAlpha | kDigit)) {
        ++i;
        continue;
      }
      if (!is_word_char(i, &len)) break;
      i += len;
    }
    return i;
  }

  // apostrophe (straight or U+2019) at i: its byte length, else 0
  size_t apostrophe_len(size_t i) const {
    if (i >= n_) return 0;
    if (t_[i] == '\'') return 1;
    if (t_[i] == '\xE2' && byte(i + 1) == '\x80' && byte(i + 2) == '\x99') return 3;
    return 0;
  }

  size_t email_at(size_t i) {
    size_t p = i;
    while (p < n_ && ((cls(t_[p]) & (kAlpha | kDigit)) || std::strchr("._%+-", t_[p]) != nullptr) && t_[p]) ++p;
    if (p == i || p >= n_ || t_[p] != '@') return 0;
    size_t d = ++p;
    size_t last_dot = 0;
    while (p < n_) {
      size_t q = p;
      while (q < n_ && ((cls(t_[q]) & (kAlpha | kDigit)) || t_[q] == '-')) ++q;
      if (q == p) break;
      if (q + 1 < n_ && t_[q] == '.' && (cls(t_[q + 1]) & (kAlpha | kDigit))) {
        last_dot = q;
        p = q + 1;
        continue;
      }
      p = q;
      break;
    }
    if (!last_dot || last_dot < d) return 0;
    // top-level label: letters only, at least two
    for (size_t k = last_dot + 1; k < p; ++k)
      if (!(cls(t_[k]) & kAlpha)) return 0;
    if (p - last_dot - 1 < 2) return 0;
    return p;
  }

  size_t token_at(size_t i) {
    const unsigned char c = static_cast<unsigned char>(t_[i]);
    const uint8_t k = kTable[c];
    if (k & (kAlpha | kDigit | kHigh)) {
      chunk_end(i);
      // e-mail first: "carol.st.clair@x.com" must not yield the URL "carol.st"
      if ((k & (kAlpha | kDigit)) && has_after('@', i, next_at_)) {
        size_t e = email_at(i);
        if (e) {
          emit(i, e, TokenKind::kEmail);
          return e;
        }
      }
      if (has_after('.', i, next_dot_)) {
        size_t u = social::match_url(t_, i);
        if (u) {
          emit(i, i + u, TokenKind::kUrl);
          return i + u;
        }
      }
      if (k & kAlpha) return word_at(i);
      if (k & kDigit) return number_at(i);
      return high_at(i);
    }
    return ascii_punct_at(i);
  }

  size_t high_at(size_t i) {
    CodePoint cp = at(i);
    CharGroup g = char_group(cp.cp);
    if (is_regional_indicator(cp.cp)) {
      size_t e = i + cp.len;
      CodePoint nx = at(e);
      if (is_regional_indicator(nx.cp)) e += nx.len;
      emit(i, e, TokenKind::kEmoji);
      return e;
    }
    if (is_emoji_base(cp.cp) || is_skin_tone(cp.cp)) {
      // ©, ®, ™, ‼ ... render as text unless U+FE0F asks for the emoji form
      bool text_default = cp.cp < 0x2190;
      if (!text_default || at(i + cp.len).cp == 0xFE0F) return emoji_at(i);
    }
    if (g == CharGroup::kLetter || g == CharGroup::kMark || g == CharGroup::kDigit) return word_at(i);
    if (cp.cp == 0xFF03 || cp.cp == 0xFF20) {
      size_t l = cp.cp == 0xFF03 ? social::match_hashtag(t_, i) : social::match_mention(t_, i);
      if (l) {
        return emit_entity(i, i + l, cp.cp == 0xFF03 ? TokenKind::kHashtag : TokenKind::kMention);
      }
    }
    if (cp.cp == 0x2019 || cp.cp == 0x2018) {
      // clitics were split in word_at; here it is a quote, and a doubled one
      // ("’’") is a single token as in EWT
      CodePoint nx = at(i + cp.len);
      size_t e = i + cp.len + ((nx.cp == 0x2019 || nx.cp == 0x2018) ? nx.len : 0);
      emit(i, e, TokenKind::kPunct);
      return e;
    }
    if (g == CharGroup::kPunct) {
      emit(i, i + cp.len, TokenKind::kPunct);
      return i + cp.len;
    }
    emit(i, i + cp.len, TokenKind::kSymbol);
    return i + cp.len;
  }

  size_t emoji_at(size_t i) {
    size_t e = i + at(i).len;
    for (;;) {
      CodePoint nx = at(e);
      if (nx.len == 0) break;
      if (nx.cp == 0xFE0F || nx.cp == 0xFE0E || is_skin_tone(nx.cp) || (nx.cp >= 0xE0020 && nx.cp <= 0xE007F) ||
          nx.cp == 0x20E3) {
        e += nx.len;
        continue;
      }
      if (nx.cp == 0x200D) {
        CodePoint after = at(e + nx.len);
        if (after.len && (is_emoji_base(after.cp) || is_skin_tone(after.cp))) {
          e += nx.len + after.len;
          continue;
        }
      }
      break;
    }
    emit(i, e, TokenKind::kEmoji);
    return e;
  }

  // Hyphenated continuation: after a prefix word, "-" + letter/digit.
  // After a period at p-1: only spaces, then the end of the text or a line
  // break?
  bool ends_paragraph(size_t p) const {
    while (p < n_ && (t_[p] == ' ' || t_[p] == '\t')) ++p;
    return p >= n_ || t_[p] == '\n' || t_[p] == '\r';
  }
  // ... or a capital letter (possibly after an opening quote) starts the next word?
  bool ends_sentence(size_t p) const {
    if (ends_paragraph(p)) return true;
    if (p >= n_ || !space_at(p)) return false;
    while (p < n_ && (t_[p] == ' ' || t_[p] == '\t')) ++p;
    if (p < n_ && (t_[p] == '"' || t_[p] == '\'')) ++p;
    return p < n_ && t_[p] >= 'A' && t_[p] <= 'Z';
  }

  bool keeps_hyphen(size_t s, size_t e) const {
    if (byte(e) != '-' || !is_alnum_at(e + 1)) return false;
    return in_list(t_.substr(s, e - s), kHyphenPrefixes, std::size(kHyphenPrefixes));
  }

  // Splits off a clitic at apostrophe `a` (word is [s, a)); returns the end of
  // the clitic, or 0 when the apostrophe is word-internal or not a clitic.
  size_t clitic(size_t s, size_t a, size_t* split) const {
    size_t al = apostrophe_len(a);
    size_t r = a + al;
    size_t q = r;
    while (q < n_ && (cls(t_[q]) & kAlpha)) ++q;
    if (q == r || is_letter_at(q) || (q < n_ && (cls(t_[q]) & kDigit))) return 0;
    char buf[4];
    if (!lower_ascii(t_.substr(r, q - r), buf, sizeof(buf))) return 0;
    std::string_view l(buf, q - r);
    if (l == "t") {
      if (a - s >= 2 && (t_[a - 1] | 0x20) == 'n') {
        *split = a - 1;
        return q;
      }
      return 0;
    }
    if (l == "s" || l == "m" || l == "d" || l == "ll" || l == "re" || l == "ve") {
      *split = a;
      return q;
    }
    return 0;
  }

  size_t word_at(size_t s) {
    size_t e = word_run(s);
    for (;;) {
      // word-internal apostrophe: O'Brien, rock'n'roll; clitics split below
      size_t al = apostrophe_len(e);
      if (al && is_letter_at(e + al)) {
        size_t split = 0;
        size_t ce = clitic(s, e, &split);
        if (ce) {
          emit(s, split, TokenKind::kWord, true);
          // stacked clitics: "I'd've" -> I|'d|'ve
          size_t next_split = 0, next_end = 0;
          while (apostrophe_len(ce) && (next_end = clitic(split, ce, &next_split)) && next_split == ce) {
            emit(split, ce, TokenKind::kWord, true);
            split = ce;
            ce = next_end;
          }
          emit(split, ce, TokenKind::kWord);
          return ce;
        }
        e = word_run(e + al);
        continue;
      }
      if (al && e - s >= 2 && (t_[e - 1] | 0x20) == 's' && (cls(t_[e - 1]) & kAlpha) && !is_alnum_at(e + al) &&
          (cls(t_[s]) & kAlpha)) {
        emit(s, e, TokenKind::kWord, true);
        emit(e, e + al, TokenKind::kPunct);
        return e + al;
      }
      if (keeps_hyphen(s, e)) {
        e = word_run(e + 1);
        continue;
      }
      // "Warner@ENRON": an address without a dot stays one word
      // (but "RT@user" is a retweet marker and a mention)
      if (byte(e) == '@' && e > s && is_alnum_at(e + 1) && (cls(t_[e + 1]) & (kAlpha | kDigit)) &&
          !(e - s == 2 && (t_[s] | 0x20) == 'r' && (t_[s + 1] | 0x20) == 't')) {
        e = word_run(e + 1);
        continue;
      }
      // "AT&T", "R&D", "p&l": an ampersand between short letter runs
      if (byte(e) == '&' && e - s <= 3 && (cls(t_[e - 1]) & kAlpha) && (cls(byte(e + 1)) & kAlpha)) {
        size_t r = word_run(e + 1);
        if (r - e - 1 <= 3) {
          e = r;
          continue;
        }
      }
      break;
    }
    // abbreviations and initials keep their period
    if (byte(e) == '.') {
      size_t w = e - s;
      bool single = w == 1 && (cls(t_[s]) & kAlpha);
      if (single && is_letter_at(e + 1) && byte(e + 2) == '.') {
        // acronym chain: U.S., a.m., e.g.; its last period may end the sentence
        size_t p = e + 1;
        while (p + 1 < n_ && (cls(t_[p]) & kAlpha) && t_[p + 1] == '.') p += 2;
        bool upper = t_[s] >= 'A' && t_[s] <= 'Z';
        if (upper ? ends_paragraph(p) : ends_sentence(p)) {
          emit(s, p - 1, TokenKind::kWord);
          return p - 1;
        }
        emit(s, p, TokenKind::kWord);
        return p;
      }
      if (single && t_[s] >= 'A' && t_[s] <= 'Z' && t_[s] != 'I') {
        emit(s, e + 1, TokenKind::kWord);
        return e + 1;
      }
      std::string_view wv = t_.substr(s, w);
      if (in_list(wv, kTitles, std::size(kTitles)) ||
          (in_list(wv, kAbbreviations, std::size(kAbbreviations)) && !ends_sentence(e + 1))) {
        emit(s, e + 1, TokenKind::kWord);
        return e + 1;
      }
      if (in_list(wv, kNumberAbbreviations, std::size(kNumberAbbreviations))) {
        size_t p = e + 1;
        while (p < n_ && t_[p] == ' ') ++p;
        if (p < n_ && (cls(t_[p]) & kDigit)) {
          emit(s, e + 1, TokenKind::kWord);
          return e + 1;
        }
      }
      // "ENRON.XLS": an upper-case extension after an upper-case name
      if (e + 1 < n_ && t_[e + 1] >= 'A' && t_[e + 1] <= 'Z' && t_[e - 1] >= 'A' && t_[e - 1] <= 'Z') {
        if (size_t p = extension_end(e + 1)) {
          emit(s, p, TokenKind::kWord);
          return p;
        }
      }
      // file names and dotted identifiers: "index.html", "alt.music.rock";
      // a missing space after a full stop is followed by a capital instead
      if (e + 1 < n_ && t_[e + 1] >= 'a' && t_[e + 1] <= 'z' && (cls(t_[e - 1]) & (kAlpha | kDigit))) {
        size_t p = word_run(e + 1);
        while (byte(p) == '.' && byte(p + 1) >= 'a' && byte(p + 1) <= 'z') p = word_run(p + 1);
        emit(s, p, TokenKind::kWord);
        return p;
      }
    }
    // "w/", "b/c", "w/o": a single letter before a slash
    if (e - s == 1 && byte(e) == '/' && (cls(t_[s]) & kAlpha) && !(cls(byte(e + 1)) & kDigit)) {
      size_t p = e + 1;
      while (p < n_ && (cls(t_[p]) & kAlpha)) ++p;
      if (p - e - 1 > 1) p = e + 1;  // "w/it" -> "w/" "it"
      emit(s, p, TokenKind::kWord);
      return p;
    }
    if (const WholeSplit* ws = whole_split(t_.substr(s, e - s))) {
      emit(s, s + ws->at, TokenKind::kWord, ws->joined);
      emit(s + ws->at, e, TokenKind::kWord);
      return e;
    }
    emit(s, e, (cls(t_[s]) & kDigit) ? TokenKind::kNumber : TokenKind::kWord);
    return e;
  }

  size_t number_at(size_t s) {
    if (size_t k = keycap_end(s)) {
      emit(s, k, TokenKind::kEmoji);
      return k;
    }
    size_t e = s;
    while (e < n_ && (cls(t_[e]) & kDigit)) ++e;
    size_t first_group = e - s;
    for (;;) {
      char c = byte(e);
      if ((c == '.' || c == ',' || c == ':' || c == '/') && (cls(byte(e + 1)) & kDigit)) {
        e += 1;
        while (e < n_ && (cls(t_[e]) & kDigit)) ++e;
        continue;
      }
      break;
    }
    // phone numbers: 555-1234, 713-555-1234
    if (e - s == first_group && first_group <= 3 && byte(e) == '-') {
      size_t p = e;
      size_t groups = 0;
      while (byte(p) == '-' && (cls(byte(p + 1)) & kDigit)) {
        size_t q = p + 1;
        while (q < n_ && (cls(t_[q]) & kDigit)) ++q;
        if (q - p - 1 < 3 || q - p - 1 > 4) break;
        p = q;
        ++groups;
      }
      if (groups) e = p;
    }
    // "the 50's" is one token; "969's" is a possessive
    if (size_t al = apostrophe_len(e); al && (byte(e + al) | 0x20) == 's' && !is_alnum_at(e + al + 1)) {
      bool decade = (e - s == 2 || e - s == 4) && t_[e - 1] == '0';
      if (decade) {
        emit(s, e + al + 1, TokenKind::kNumber);
        return e + al + 1;
      }
      emit(s, e, TokenKind::kNumber, true);
      emit(e, e + al + 1, TokenKind::kWord);
      return e + al + 1;
    }
    // "20.doc": a file name
    if (byte(e) == '.' && e == s + first_group && extension_end(e + 1)) {
      size_t p = extension_end(e + 1);
      emit(s, p, TokenKind::kWord);
      return p;
    }
    // ordinals and decades stay whole; unit letters are split off ("5|pm")
    size_t q = e;
    while (q < n_ && (cls(t_[q]) & kAlpha)) ++q;
    if (q > e && !is_alnum_at(q)) {
      char buf[4];
      if (lower_ascii(t_.substr(e, q - e), buf, sizeof(buf))) {
        std::string_view l(buf, q - e);
        if (l == "st" || l == "nd" || l == "rd" || l == "th" || l == "s") {
          emit(s, q, TokenKind::kNumber);
          return q;
        }
      }
    } else if (q > e && (cls(byte(q)) & kDigit)) {
      // mixed identifiers like "4x4", "3d2": one word
      size_t p = word_run(e);
      emit(s, p, TokenKind::kWord);
      return p;
    }
    emit(s, e, TokenKind::kNumber);
    return e;
  }

  // End of a file extension starting at p ("doc", "XLS": 2-4 letters of one
  // case, then no letter or digit), or 0.
  size_t extension_end(size_t p) const {
    size_t q = p;
    bool lower = byte(p) >= 'a' && byte(p) <= 'z';
    while (q < n_ && q - p < 5 && (lower ? (t_[q] >= 'a' && t_[q] <= 'z') : (t_[q] >= 'A' && t_[q] <= 'Z'))) ++q;
    if (q - p < 2 || q - p > 4 || is_alnum_at(q)) return 0;
    return q;
  }

  // Keycap emoji: [0-9#*] (U+FE0F) U+20E3; returns its end or 0.
  size_t keycap_end(size_t i) const {
    size_t p = i + 1;
    if (byte(p) == '\xEF' && byte(p + 1) == '\xB8' && byte(p + 2) == '\x8F') p += 3;
    if (byte(p) == '\xE2' && byte(p + 1) == '\x83' && byte(p + 2) == '\xA3') return p + 3;
    return 0;
  }

  static bool is_run_char(char c) { return c != 0 && std::strchr("=*_~+<>$^#-", c) != nullptr; }

  bool emoticon_at(size_t i, size_t* end) const {
    static constexpr const char* kEmoticons[] = {":-)", ":-(", ";-)", ":-D", ":-P", ":)", ":(", ";)", ":D",
                                                 ":P",  ":p",  ":/", ":-/", ":'(", "<3", ":O", ":o"};
    if (i > 0 && !space_at(i - 1) && t_[i - 1] != '(' && t_[i - 1] != '"') return false;
    for (const char* e : kEmoticons) {
      size_t l = std::strlen(e);
      if (t_.compare(i, l, e) == 0 && (space_at(i + l) || byte(i + l) == ',' || byte(i + l) == '.')) {
        *end = i + l;
        return true;
      }
    }
    return false;
  }

  size_t ascii_punct_at(size_t i) {
    char c = t_[i];
    if (c == '#' || c == '*') {
      if (size_t k = keycap_end(i)) {
        emit(i, k, TokenKind::kEmoji);
        return k;
      }
    }
    switch (c) {
      case '#': {
        size_t l = social::match_hashtag(t_, i);
        if (l) return emit_entity(i, i + l, TokenKind::kHashtag);
        break;
      }
      case '@': {
        size_t l = social::match_mention(t_, i);
        if (l) return emit_entity(i, i + l, TokenKind::kMention);
        break;
      }
      case '.':
      case '!':
      case '?': {
        // runs: "...", "!!!", "?!", ".?" (EWT keeps them whole)
        size_t e = i + 1;
        while (e < n_ && (t_[e] == '.' || t_[e] == '!' || t_[e] == '?')) ++e;
        emit(i, e, TokenKind::kPunct);
        return e;
      }
      case '\'': {
        // "''" is one closing quote; "'72" is a year
        if (byte(i + 1) == '\'') {
          emit(i, i + 2, TokenKind::kPunct);
          return i + 2;
        }
        if ((cls(byte(i + 1)) & kDigit) && (cls(byte(i + 2)) & kDigit) && (i == 0 || !is_alnum_at(i - 1))) {
          size_t e = i + 3 + ((byte(i + 3) | 0x20) == 's' ? 1 : 0);  // "'80s"
          if (!is_alnum_at(e)) {
            emit(i, e, TokenKind::kNumber);
            return e;
          }
        }
        break;
      }
      case ':':
      case ';':
      case '<': {
        size_t e = 0;
        if (emoticon_at(i, &e)) {
          emit(i, e, TokenKind::kEmoji);
          return e;
        }
        break;
      }
      default:
        break;
    }
    // decorative runs stay one token: "=====", "****", "$$$", "-->"
    if (is_run_char(c) && is_run_char(byte(i + 1))) {
      size_t e = i + 2;
      while (e < n_ && is_run_char(t_[e])) ++e;
      bool dashes = t_.find_first_not_of('-', i) >= e;
      emit(i, e, dashes ? TokenKind::kPunct : TokenKind::kSymbol);
      return e;
    }
    unsigned char u = static_cast<unsigned char>(c);
    bool symbol = u < 0x20 || u == 0x7F || std::strchr("$+<=>^`|~", c) != nullptr;
    emit(i, i + 1, symbol ? TokenKind::kSymbol : TokenKind::kPunct);
    return i + 1;
  }

  std::string_view t_;
  size_t n_;
  std::vector<Token>& out_;
  bool first_emit_ = true;
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t chunk_end_ = 0;
  size_t next_dot_ = kNone;
  size_t next_at_ = kNone;
};

}  // namespace

void tokenize(std::string_view text, std::vector<Token>& tokens) {
  Scanner(text, tokens).run();
}

}  // namespace chronicle::tokenize
