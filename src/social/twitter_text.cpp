// Hand-written scanners that reproduce twitter-text's extraction rules
// (hashtags, mentions, URLs) without a regex engine. The regexes in
// twitter-text consume the character before an entity, so an entity can only
// start after the end of the previous match; `cursor` below models that.
#include "social/twitter_text.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "tokenize/char_class.h"

namespace chronicle::social {
namespace {

using tokenize::CharGroup;
using tokenize::CodePoint;
using tokenize::decode_at;
using tokenize::decode_before;

// ---------------------------------------------------------------- TLDs

// Generic TLDs (the legacy ones plus the common new ones seen in news text).
constexpr std::string_view kGenericTlds[] = {
    "academy", "aero",    "agency",  "app",    "art",     "asia",   "bank",    "bar",     "bet",    "bid",
    "bike",    "biz",     "blog",    "book",   "build",   "buzz",   "cafe",    "cam",     "camp",   "capital",
    "care",    "careers", "cash",    "cat",    "center",  "chat",   "city",    "click",   "cloud",  "club",
    "codes",   "coffee",  "com",     "company", "coop",   "credit", "cricket", "dance",   "data",   "dating",
    "deals",   "design",  "dev",     "diet",   "digital", "direct", "docs",    "dog",     "domains", "earth",
    "eco",     "edu",     "email",   "energy", "estate",  "events", "expert",  "exposed", "express", "fail",
    "fans",    "farm",    "film",    "finance", "fit",    "fitness", "foo",    "football", "forum",  "foundation",
    "free",    "fun",     "fund",    "game",   "games",   "gallery", "gay",    "gifts",   "global", "gmbh",
    "gold",    "golf",    "google",  "gov",    "gratis",  "green",  "group",   "guide",   "guru",   "health",
    "help",    "hiphop",  "holdings", "host",  "hosting", "house",  "icu",     "inc",     "info",   "ink",
    "institute", "int",   "international", "irish", "jobs", "kim",  "land",    "law",     "lawyer", "life",
    "limited", "link",    "live",    "llc",    "london",  "love",   "ltd",     "market",  "marketing", "media",
    "menu",    "mil",     "mobi",    "moe",    "money",   "movie",  "museum",  "music",   "name",   "net",
    "network", "news",    "nyc",     "one",    "ong",     "onl",    "online",  "ooo",     "org",    "page",
    "paris",   "party",   "photo",   "photography", "photos", "pics", "pink",   "place",   "plus",   "poker",
    "porn",    "post",    "press",   "pro",    "productions", "properties", "property", "pub", "realty", "red",
    "rehab",   "report",  "rest",    "review", "reviews", "rocks",  "run",     "sale",    "school", "science",
    "services", "sex",    "shop",    "show",   "site",    "social", "software", "solutions", "space", "sport",
    "store",   "stream",  "studio",  "style",  "support", "systems", "team",   "tech",    "technology", "tel",
    "tips",    "today",   "tools",   "top",    "tours",   "town",   "toys",    "trade",   "training", "travel",
    "tube",    "tv",      "uno",     "video",  "vip",     "vision", "vote",    "watch",   "web",    "website",
    "wiki",    "win",     "wine",    "work",   "works",   "world",  "wtf",     "xxx",     "xyz",    "zone"};

// Country-code TLDs (ISO 3166-1 alpha-2 delegations, plus ac, eu, su, uk).
constexpr const char kCountryTlds[] =
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz "
    "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk "
    "fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq "
    "ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh "
    "mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk "
    "pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz "
    "tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm "
    "zw";

// Internationalised TLDs, matched as a prefix of the last label.
constexpr std::array<std::string_view, 16> kUnicodeTlds = {
    "みんな", "中国", "中國", "公司", "网络", "香港", "台湾", "台灣", "рф", "рус", "онлайн", "сайт",
    "укр",    "бел",  "قطر",  "پاکستان"};

bool is_country_tld(const char* lower, size_t n) {
  if (n != 2) return false;
  for (const char* p = kCountryTlds; *p; p += 3) {
    if (p[0] == lower[0] && p[1] == lower[1]) return true;
    if (!p[2]) break;
  }
  return false;
}

bool is_ascii_tld(std::string_view s) {
  char lower[32];
  if (s.size() < 2 || s.size() >= sizeof(lower)) return false;
  for (size_t i = 0; i < s.size(); ++i) lower[i] = static_cast<char>(s[i] | 0x20);
  if (is_country_tld(lower, s.size())) return true;
  std::string_view l(lower, s.size());
  if (l.size() > 4 && l.substr(0, 4) == "xn--") {
    for (char c : l.substr(4))
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;  // punycode TLD
  }
  for (std::string_view t : kGenericTlds)
    if (l == t) return true;
  return false;
}

// Lookahead after a TLD: (?=[^0-9a-zA-Z@+-]|$).
bool tld_may_end_before(std::string_view text, size_t pos, size_t limit) {
  if (pos >= limit) return true;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  return !(tokenize::is_ascii_alnum(c) || c == '@' || c == '+' || c == '-');
}

// Length of a TLD that starts at `pos`, lies before `limit` and is followed by
// a legal character; the lookahead sees the text up to `horizon` (the end of
// the string the regex runs over), or 0.
size_t tld_at(std::string_view text, size_t pos, size_t limit, size_t horizon) {
  size_t e = pos;
  while (e < limit && (tokenize::is_ascii_alnum(static_cast<unsigned char>(text[e])) || text[e] == '-')) {
    // a hyphen is allowed inside punycode TLDs only
    if (text[e] == '-' && !(e - pos >= 2 && (text[pos] | 0x20) == 'x' && (text[pos + 1] | 0x20) == 'n')) break;
    ++e;
  }
  if (e > pos && tld_may_end_before(text, e, horizon) && is_ascii_tld(text.substr(pos, e - pos))) return e - pos;
  if (pos >= text.size() || static_cast<unsigned char>(text[pos]) < 0x80) return 0;
  for (std::string_view t : kUnicodeTlds)
    if (text.size() - pos >= t.size() && pos + t.size() <= limit && text.compare(pos, t.size(), t) == 0 &&
        tld_may_end_before(text, pos + t.size(), horizon))
      return t.size();
  return 0;
}

// ---------------------------------------------------------------- characters

bool is_directional(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2066 && c <= 0x2069);
}
bool is_invalid_char(char32_t c) { return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF; }

// twitter-text's validDomainChars: anything but ASCII punctuation, spaces,
// controls, invalid characters and directional marks.
bool is_domain_char(char32_t c) {
  if (c < 0x80) return tokenize::is_ascii_alnum(c);
  if (c <= 0x9F) return false;
  return !tokenize::is_space(c) && c != 0x180E && !is_invalid_char(c) && !is_directional(c);
}

bool is_hashtag_alpha(char32_t c) {
  if (c < 0x80) return tokenize::is_ascii_alpha(c);
  CharGroup g = tokenize::char_group(c);
  return g == CharGroup::kLetter || g == CharGroup::kMark;
}

bool is_hashtag_special(char32_t c) {
  switch (c) {
    case 0x200C: case 0x200D: case 0xA67E: case 0x05BE: case 0x05F3: case 0x05F4: case 0xFF5E:
    case 0x301C: case 0x309B: case 0x309C: case 0x30A0: case 0x30FB: case 0x3003: case 0x0F0B:
    case 0x0F0C: case 0x00B7:
      return true;
    default:
      return false;
  }
}

bool is_hashtag_alnum(char32_t c) {
  if (c < 0x80) return tokenize::is_ascii_alnum(c) || c == '_';
  CharGroup g = tokenize::char_group(c);
  return g == CharGroup::kLetter || g == CharGroup::kMark || g == CharGroup::kDigit || is_hashtag_special(c);
}

bool is_hash_sign(std::string_view text, size_t pos, size_t* len) {
  if (text[pos] == '#') { *len = 1; return true; }
  // Tested byte by byte before the compare: the scanners ask at every byte of the text.
  if (text[pos] != '\xEF') return false;
  if (text.compare(pos, 3, "\xEF\xBC\x83") == 0) { *len = 3; return true; }  // U+FF03
  return false;
}
bool is_at_sign(std::string_view text, size_t pos, size_t* len) {
  if (text[pos] == '@') { *len = 1; return true; }
  if (text[pos] != '\xEF') return false;
  if (text.compare(pos, 3, "\xEF\xBC\xA0") == 0) { *len = 3; return true; }  // U+FF20
  return false;
}

bool starts_with_scheme_sep(std::string_view text, size_t pos) { return text.compare(pos, 3, "://") == 0; }

// ---------------------------------------------------------------- hashtags

// Character allowed right before '#' (validHashtag's `before`).
bool hashtag_before_ok(char32_t c) {
  if (c == 0xFE0E || c == 0xFE0F) return true;
  if (c == '&' || is_hashtag_alnum(c)) return false;
  return true;
}

// End of the hashtag regex match whose sign is at `pos`, or 0. `*rejected`
// says the match exists but is followed by '#' or "://".
size_t hashtag_match_end(std::string_view text, size_t pos, bool* rejected) {
  size_t sign = 0;
  if (!is_hash_sign(text, pos, &sign)) return 0;
  size_t p = pos + sign;
  CodePoint first = decode_at(text, p);
  if (first.cp == 0xFE0F || first.cp == 0x20E3) return 0;
  bool alpha = false;
  while (p < text.size()) {
    CodePoint c = decode_at(text, p);
    if (!is_hashtag_alnum(c.cp)) break;
    alpha = alpha || is_hashtag_alpha(c.cp);
    p += c.len;
  }
  if (!alpha) return 0;
  size_t l = 0;
  *rejected = p < text.size() && (is_hash_sign(text, p, &l) || starts_with_scheme_sep(text, p));
  return p;
}

// ---------------------------------------------------------------- mentions

bool mention_before_excluded(char32_t c) {
  return tokenize::is_ascii_alnum(c) || c == '_' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' ||
         c == '*' || c == '@' || c == 0xFF20;
}

// validMentionOrList's `before`: checks the text before the at-sign at `pos`;
// nothing before `cursor` may be used (it was consumed by an earlier match).
bool mention_before_ok(std::string_view text, size_t pos, size_t cursor) {
  if (pos == 0) return true;
  CodePoint b = decode_before(text, pos);
  if (pos - b.len >= cursor && !mention_before_excluded(b.cp)) return true;
  // (?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?
  size_t p = pos;
  if (text[p - 1] == ':') --p;
  if (p < 2 || (text[p - 1] | 0x20) != 't' || (text[p - 2] | 0x20) != 'r') return false;
  p -= 2;
  if (p == 0) return true;
  if (p - 1 < cursor) return false;
  CodePoint c = decode_before(text, p);
  if (p - c.len < cursor) return false;
  char32_t x = c.cp;
  return !(tokenize::is_ascii_alnum(x) || x == '_' || x == '+' || x == '~' || x == '.' || x == '-');
}

struct MentionMatch {
  size_t end = 0;          // end of the whole regex match (0: none)
  size_t handle_end = 0;   // end of the screen name
  bool list = false;       // "/list-slug" follows
  bool rejected = false;   // followed by '@', an accented Latin letter or "://"
};

MentionMatch mention_match(std::string_view text, size_t pos) {
  MentionMatch m;
  size_t sign = 0;
  if (!is_at_sign(text, pos, &sign)) return m;
  size_t p = pos + sign;
  size_t q = p;
  while (q < text.size() && q - p < 20 &&
         (tokenize::is_ascii_alnum(static_cast<unsigned char>(text[q])) || text[q] == '_'))
    ++q;
  if (q == p) return m;
  m.handle_end = q;
  m.end = q;
  if (q + 1 < text.size() && text[q] == '/' && tokenize::is_ascii_alpha(static_cast<unsigned char>(text[q + 1]))) {
    size_t r = q + 2;
    while (r < text.size() && r - (q + 2) < 24 &&
           (tokenize::is_ascii_alnum(static_cast<unsigned char>(text[r])) || text[r] == '_' || text[r] == '-'))
      ++r;
    m.list = true;
    m.end = r;
  }
  if (m.end < text.size()) {
    size_t l = 0;
    CodePoint after = decode_at(text, m.end);
    m.rejected = is_at_sign(text, m.end, &l) || tokenize::is_latin_accent(after.cp) ||
                 starts_with_scheme_sep(text, m.end);
  }
  return m;
}

// ---------------------------------------------------------------- URLs

constexpr size_t kMaxDomainBytes = 512;  // bounds the work on adversarial text

bool url_before_ok(char32_t c) {
  if (is_directional(c)) return true;
  if (tokenize::is_ascii_alnum(c) || c == '@' || c == 0xFF20 || c == '$' || c == '#' || c == 0xFF03) return false;
  return !is_invalid_char(c);
}

bool is_path_general(char32_t c) {
  if (c < 0x80) {
    if (tokenize::is_ascii_alnum(c)) return true;
    return std::strchr("!*';:=+,.$/%#[]-_~&|@", static_cast<int>(c)) != nullptr && c != 0;
  }
  return (c >= 0x400 && c <= 0x4FF) || c == 0x2013 || tokenize::is_latin_accent(c);
}

bool is_path_ending(char32_t c) {
  if (c < 0x80) return tokenize::is_ascii_alnum(c) || (c != 0 && std::strchr("+-=_#/", static_cast<int>(c)));
  return (c >= 0x400 && c <= 0x4FF) || tokenize::is_latin_accent(c);
}

bool is_query_char(char32_t c) {
  if (c >= 0x80) return false;
  return tokenize::is_ascii_alnum(c) || (c != 0 && std::strchr("!?*'();:&=+$/%#[]-_.,~|@", static_cast<int>(c)));
}
bool is_query_ending(char32_t c) {
  return c < 0x80 && (tokenize::is_ascii_alnum(c) || (c != 0 && std::strchr("-_&=#/", static_cast<int>(c))));
}

// run of general path characters starting at p
size_t skip_general(std::string_view text, size_t p) {
  while (p < text.size()) {
    CodePoint c = decode_at(text, p);
    if (!is_path_general(c.cp)) break;
    p += c.len;
  }
  return p;
}

// validUrlBalancedParens at p ('('), returns its end or 0.
size_t balanced_parens(std::string_view text, size_t p) {
  if (p >= text.size() || text[p] != '(') return 0;
  size_t q = skip_general(text, p + 1);
  if (q > p + 1 && q < text.size() && text[q] == ')') return q + 1;
  // one nested level: general* ( general+ ) general*
  if (q < text.size() && text[q] == '(') {
    size_t r = skip_general(text, q + 1);
    if (r > q + 1 && r < text.size() && text[r] == ')') {
      size_t s = skip_general(text, r + 1);
      if (s < text.size() && text[s] == ')') return s + 1;
    }
  }
  return 0;
}

// Path after the '/' at p-1: the longest run of path units that ends with an
// ending character or a balanced parenthesis group.
size_t path_end(std::string_view text, size_t p) {
  size_t good = p;
  while (p < text.size()) {
    if (text[p] == '(') {
      size_t b = balanced_parens(text, p);
      if (!b) break;
      p = good = b;
      continue;
    }
    CodePoint c = decode_at(text, p);
    if (!is_path_general(c.cp)) break;
    p += c.len;
    if (is_path_ending(c.cp)) good = p;
  }
  return good;
}

size_t query_end(std::string_view text, size_t p) {  // p at '?'
  size_t good = 0;
  size_t q = p + 1;
  while (q < text.size() && is_query_char(static_cast<unsigned char>(text[q]))) {
    if (is_query_ending(static_cast<unsigned char>(text[q]))) good = q + 1;
    ++q;
  }
  return good;
}

struct Label {
  size_t start, end;
};

// Punycode length of a label is at least this; labels over 63 make IDNA fail.
size_t idna_length_estimate(std::string_view label) {
  size_t ascii = 0, other = 0;
  for (size_t i = 0; i < label.size();) {
    CodePoint c = decode_at(label, i);
    (c.cp < 0x80 ? ascii : other) += 1;
    i += c.len;
  }
  return other ? 4 + ascii + 1 + 2 * other : ascii;
}

bool label_ok(std::string_view text, const Label& l, bool allow_underscore) {
  if (l.end <= l.start) return false;
  CodePoint first = decode_at(text, l.start);
  CodePoint last = decode_before(text, l.end);
  if (!is_domain_char(first.cp) || !is_domain_char(last.cp)) return false;
  if (!allow_underscore && text.substr(l.start, l.end - l.start).find('_') != std::string_view::npos) return false;
  std::string_view s = text.substr(l.start, l.end - l.start);
  bool non_ascii = false;
  for (unsigned char c : s) non_ascii = non_ascii || c >= 0x80;
  if (non_ascii) {
    if (s.size() >= 4 && (s[0] | 0x20) == 'x' && (s[1] | 0x20) == 'n' && s[2] == '-' && s[3] == '-') return false;
    if (idna_length_estimate(s) > 63) return false;
  }
  return true;
}

// validDomain starting at `s`: the longest subdomain* domain-name TLD. Returns
// the end of the domain or 0.
size_t domain_end(std::string_view text, size_t s) {
  Label labels[64];
  size_t n = 0;
  size_t p = s;
  const size_t limit = std::min(text.size(), s + kMaxDomainBytes);
  while (n < 64) {
    size_t start = p;
    while (p < limit) {
      CodePoint c = decode_at(text, p);
      if (!(is_domain_char(c.cp) || c.cp == '-' || c.cp == '_')) break;
      p += c.len;
    }
    labels[n++] = {start, p};
    if (p < limit && text[p] == '.' && p > start) {
      ++p;
      continue;
    }
    break;
  }
  // every label left of the TLD must be valid: find how many are
  size_t valid_prefix = 0;
  while (valid_prefix < n && label_ok(text, labels[valid_prefix], true)) ++valid_prefix;
  for (size_t k = std::min(n, valid_prefix + 1); k >= 2; --k) {
    const Label& tld = labels[k - 1];
    if (!label_ok(text, labels[k - 2], false)) continue;
    size_t t = tld_at(text, tld.start, tld.end, text.size());
    if (t) return tld.start + t;
  }
  return 0;
}

// validAsciiDomain scan inside [s, e): first match at or after s.
bool ascii_domain_in(std::string_view text, size_t s, size_t e, size_t* ms, size_t* me) {
  auto label_char = [&](size_t p, size_t* len) {
    CodePoint c = decode_at(text, p);
    *len = c.len;
    return tokenize::is_ascii_alnum(c.cp) || c.cp == '-' || tokenize::is_latin_accent(c.cp);
  };
  for (size_t i = s; i < e;) {
    size_t len = 0;
    if (!label_char(i, &len)) {
      i += std::max<size_t>(len, 1);
      continue;
    }
    // greedy labels, remembering each dot
    size_t dots[64];
    size_t nd = 0;
    size_t p = i;
    while (p < e && nd < 64) {
      size_t q = p;
      while (q < e && label_char(q, &len)) q += len;
      if (q == p || q >= e || text[q] != '.') break;
      dots[nd++] = q;
      p = q + 1;
    }
    for (size_t d = nd; d > 0; --d) {
      size_t t = tld_at(text, dots[d - 1] + 1, e, e);
      if (t) {
        *ms = i;
        *me = dots[d - 1] + 1 + t;
        return true;
      }
    }
    i += len ? decode_at(text, i).len : 1;
  }
  return false;
}

struct UrlMatch {
  size_t start = 0;       // where the URL text begins (scheme included)
  size_t end = 0;         // end of the whole regex match (0: none)
  size_t domain_start = 0;
  size_t domain_end = 0;
  bool scheme = false;
  bool path = false;      // a '/' path group follows the domain (or port)
};

bool scheme_at(std::string_view text, size_t p, size_t* len) {
  auto ieq = [&](size_t at, const char* lit) {
    size_t n = std::strlen(lit);
    if (at + n > text.size()) return false;
    for (size_t i = 0; i < n; ++i)
      if ((text[at + i] | 0x20) != lit[i] && text[at + i] != lit[i]) return false;
    return true;
  };
  if (ieq(p, "https://")) { *len = 8; return true; }
  if (ieq(p, "http://")) { *len = 7; return true; }
  return false;
}

UrlMatch url_regex_at(std::string_view text, size_t s) {
  UrlMatch m;
  m.start = s;
  size_t sl = 0;
  size_t d = s;
  if (scheme_at(text, s, &sl)) {
    d = s + sl;
    size_t de = domain_end(text, d);
    if (de) {
      m.scheme = true;
      m.domain_start = d;
      m.domain_end = de;
    }
  }
  if (!m.scheme) {
    size_t de = domain_end(text, s);
    if (!de) return m;
    m.domain_start = s;
    m.domain_end = de;
  }
  size_t p = m.domain_end;
  if (p + 1 < text.size() && text[p] == ':' && tokenize::is_ascii_digit(static_cast<unsigned char>(text[p + 1]))) {
    ++p;
    while (p < text.size() && tokenize::is_ascii_digit(static_cast<unsigned char>(text[p]))) ++p;
  }
  if (p < text.size() && text[p] == '/') {
    m.path = true;
    p = path_end(text, p + 1);
  }
  if (p < text.size() && text[p] == '?') {
    size_t q = query_end(text, p);
    if (q) p = q;
  }
  m.end = p;
  return m;
}

// A t.co URL keeps only its slug (and a query); slugs over 40 are rejected.
// Returns the new end, or 0 to drop the URL.
size_t tco_adjust(std::string_view text, const UrlMatch& m) {
  std::string_view host = text.substr(m.domain_start, m.domain_end - m.domain_start);
  if (host.size() != 4 || (host[0] | 0x20) != 't' || host[1] != '.' || (host[2] | 0x20) != 'c' ||
      (host[3] | 0x20) != 'o' || m.domain_end >= text.size() || text[m.domain_end] != '/')
    return m.end;
  size_t p = m.domain_end + 1;
  size_t q = p;
  while (q < m.end && tokenize::is_ascii_alnum(static_cast<unsigned char>(text[q]))) ++q;
  if (q == p) return m.end;
  if (q - p > 40) return 0;
  if (q < text.size() && text[q] == '?') {
    size_t r = query_end(text, q);
    if (r) q = r;
  }
  return q;
}

// Drives the URL regex over the text like a global match; calls
// `emit(start, end)` for each URL.
template <typename Emit>
void scan_urls(std::string_view text, Emit emit) {
  if (text.find('.') == std::string_view::npos) return;
  constexpr size_t kNone = std::string_view::npos;
  // Every URL has a TLD right after a '.', no further than kMaxDomainBytes
  // (plus a scheme) from its start. Finding those positions once, left to
  // right, lets the loop skip text that cannot hold a URL, which keeps long
  // dotted runs without any TLD ("a.b.c...") linear.
  size_t tld_candidate = 0;
  bool candidate_known = false;
  size_t scanned_to = 0;
  auto next_tld = [&](size_t from) {
    if (candidate_known && (tld_candidate == kNone || tld_candidate >= from)) return tld_candidate;
    size_t p = std::max(from, scanned_to);
    tld_candidate = kNone;
    for (;;) {
      size_t d = text.find('.', p == 0 ? 0 : p - 1);
      if (d == kNone) break;
      if (d + 1 >= from && tld_at(text, d + 1, text.size(), text.size())) {
        tld_candidate = d + 1;
        break;
      }
      p = d + 2;
    }
    scanned_to = tld_candidate == kNone ? text.size() : tld_candidate;
    candidate_known = true;
    return tld_candidate;
  };
  size_t cursor = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t tld = next_tld(i);
    if (tld == kNone) return;
    if (tld > i + kMaxDomainBytes + 8) {
      i = tld - kMaxDomainBytes - 8;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      continue;
    }
    bool before_ok;
    if (i == 0) {
      before_ok = true;
    } else {
      CodePoint b = decode_before(text, i);
      before_ok = i - b.len >= cursor && url_before_ok(b.cp);
    }
    unsigned char c0 = static_cast<unsigned char>(text[i]);
    if (!before_ok || !(c0 >= 0x80 || tokenize::is_ascii_alnum(c0))) {
      i += std::max<uint32_t>(decode_at(text, i).len, 1);
      continue;
    }
    UrlMatch m = url_regex_at(text, i);
    if (!m.end) {
      i += std::max<uint32_t>(decode_at(text, i).len, 1);
      continue;
    }
    cursor = i = m.end;
    if (m.scheme) {
      size_t e = tco_adjust(text, m);
      if (e) emit(m.start, e, m);
      continue;
    }
    // scheme-less: not after -_./, and only the ASCII-ish domains inside
    if (m.domain_start > 0) {
      char b = text[m.domain_start - 1];
      if (b == '-' || b == '_' || b == '.' || b == '/') continue;
    }
    size_t s = m.domain_start, ms = 0, me = 0, last_s = 0, last_e = 0;
    bool any = false;
    while (ascii_domain_in(text, s, m.domain_end, &ms, &me)) {
      if (any) emit(last_s, last_e, m);
      any = true;
      last_s = ms;
      last_e = me;
      s = me;
    }
    if (any) emit(last_s, m.path ? m.end : last_e, m);
  }
}

}  // namespace

std::vector<Url> extract_urls(std::string_view text) {
  std::vector<Url> out;
  scan_urls(text, [&](size_t s, size_t e, const UrlMatch&) {
    out.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(e)});
  });
  return out;
}

std::vector<Hashtag> extract_hashtags(std::string_view text) {
  std::vector<Hashtag> out;
  size_t cursor = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t sign = 0;
    if (!is_hash_sign(text, i, &sign)) continue;
    if (i > 0) {
      CodePoint b = decode_before(text, i);
      if (i - b.len < cursor || !hashtag_before_ok(b.cp)) continue;
    }
    bool rejected = false;
    size_t e = hashtag_match_end(text, i, &rejected);
    if (!e) continue;
    cursor = e;
    if (!rejected) {
      Hashtag h;
      h.start = static_cast<uint32_t>(i);
      h.end = static_cast<uint32_t>(e);
      h.tag = std::string(text.substr(i + sign, e - i - sign));
      out.push_back(std::move(h));
    }
    i = e - 1;
  }
  if (out.empty()) return out;
  // twitter-text drops hashtags that overlap a URL ("example.com/#tag")
  std::vector<Url> urls = extract_urls(text);
  if (urls.empty()) return out;
  std::vector<Hashtag> kept;
  size_t u = 0;
  for (Hashtag& h : out) {
    while (u < urls.size() && urls[u].end <= h.start) ++u;
    if (u < urls.size() && urls[u].start < h.end) continue;
    kept.push_back(std::move(h));
  }
  return kept;
}

std::vector<Mention> extract_mentions(std::string_view text) {
  std::vector<Mention> out;
  size_t cursor = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t sign = 0;
    if (!is_at_sign(text, i, &sign)) continue;
    if (!mention_before_ok(text, i, cursor)) continue;
    MentionMatch m = mention_match(text, i);
    if (!m.end) continue;
    cursor = m.end;
    if (!m.rejected && !m.list) {
      Mention x;
      x.start = static_cast<uint32_t>(i);
      x.end = static_cast<uint32_t>(m.handle_end);
      x.handle = std::string(text.substr(i + sign, m.handle_end - i - sign));
      out.push_back(std::move(x));
    }
    i = m.end - 1;
  }
  return out;
}

size_t match_hashtag(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (pos > 0 && !hashtag_before_ok(decode_before(text, pos).cp)) return 0;
  bool rejected = false;
  size_t e = hashtag_match_end(text, pos, &rejected);
  return e && !rejected ? e - pos : 0;
}

size_t match_mention(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (!mention_before_ok(text, pos, 0)) return 0;
  MentionMatch m = mention_match(text, pos);
  // a list ("@user/list") is still a mention of its owner for tokenization
  return m.end && !m.rejected ? m.handle_end - pos : 0;
}

size_t match_url(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (pos > 0 && !url_before_ok(decode_before(text, pos).cp)) return 0;
  UrlMatch m = url_regex_at(text, pos);
  if (!m.end) return 0;
  if (m.scheme) {
    size_t e = tco_adjust(text, m);
    return e ? e - pos : 0;
  }
  if (pos > 0) {
    char b = text[pos - 1];
    if (b == '-' || b == '_' || b == '.' || b == '/') return 0;
  }
  size_t ms = 0, me = 0;
  if (!ascii_domain_in(text, pos, m.domain_end, &ms, &me) || ms != pos) return 0;
  if (me == m.domain_end && m.path) return m.end - pos;
  return me - pos;
}

}  // namespace chronicle::social
