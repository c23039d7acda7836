#include "actor/actor_stage.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "actor/attribution.h"
#include "actor/ec_commission.h"
#include "actor/firm_officer.h"
#include "actor/former_states.h"
#include "actor/international_body.h"
#include "actor/legal_form.h"
#include "actor/machine_names.h"
#include "actor/sign_off.h"
#include "actor/malware.h"
#include "actor/mention_scan.h"
#include "actor/organisation_head.h"
#include "actor/quote_side.h"
#include "actor/short_names.h"
#include "actor/speaks_for.h"
#include "actor/state_body.h"
#include "actor/us_states.h"
#include "rules/dictionary_entry.h"
#include "geo/geocoder.h"
#include "geo/place_name.h"
#include "geo/region_name.h"

namespace chronicle::actor {

// Tags, types and kinds are compared as views: length first, no strlen.
using namespace std::string_view_literals;

namespace {

// The country an entity's code places it in: its own, or a multinational's
// (MNCRUS: RUS). A firm the dictionaries list still tells which country an
// article or a sentence is about, as the words that named its country
// ("Russian oil firm") did before it had an entry.
std::string home_country(const geo::CountryTable& countries, const ActorCode& a) {
  if (!a.country.empty()) return a.country;
  if (a.code.size() >= 6 && a.code.compare(0, 3, "MNC") == 0 && countries.by_cameo(std::string_view(a.code).substr(3, 3)))
    return a.code.substr(3, 3);
  return {};
}

bool is_break(std::string_view t) {
  // Most tokens are words: their length rules them out before any compare.
  if (t.size() != 1 && t.size() != 2 && t.size() != 3) return false;
  return t == "," || t == ";" || t == ":" || t == "(" || t == ")" || t == "\"" || t == "\xE2\x80\x9C" ||
         t == "\xE2\x80\x9D" || t == "--" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "." || t == "!" ||
         t == "?";
}

// A generic title starts at token k ("director", "chief", "vice
// president"; not "chief constable"): alone after a modifier it says
// neither whose office it is nor what kind (", commercial director"), and
// the article's country would make it GOV.
bool generic_title_at(const ActorResources& r, const Document& doc, size_t k) {
  static constexpr std::string_view kGeneric[] = {"LEADER", "OFFICIAL", "CHAIRMAN", "CHAIRWOMAN", "CHAIR",
                                                  "DIRECTOR", "HEAD", "CHIEF", "PRESIDENT", "SPOKESMAN",
                                                  "SPOKESWOMAN", "VICE", "EXECUTIVE", "MANAGER", "OFFICER"};
  std::vector<std::string> words;
  std::string w;
  for (size_t j = k; j < doc.tokens.size() && j - k < 4 && doc.tokens[j].sentence == doc.tokens[k].sentence; ++j) {
    if (!dictionary_word(doc.token_text(doc.tokens[j]), w)) break;
    words.push_back(w);
  }
  if (words.empty() || std::find(std::begin(kGeneric), std::end(kGeneric), words[0]) == std::end(kGeneric)) return false;
  size_t longest = 0;
  for (const auto& d : r.dictionaries.agents) {
    size_t len = 0;
    d.longest_match(words, 0, len);
    longest = std::max(longest, len);
  }
  // "vice president", "director general", "chief executive" are generic too.
  return longest <= 1 || (longest == 2 && (words[1] == "PRESIDENT" || words[1] == "GENERAL" || words[1] == "EXECUTIVE" ||
                                           words[1] == "OFFICER" || words[1] == "CHAIRMAN"));
}

// Economists and analysts speak for no body the guidelines code: their
// title after a modifier (", chief economist at ...") is not read.
bool names_a_forecaster(std::string_view w) {
  return w == "economist" || w == "economists" || w == "analyst" || w == "analysts" || w == "strategist";
}

bool is_government_verb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "said",     "says",      "say",      "told",     "tells",      "warned",    "warns",      "accused",
      "accuses",  "announced", "announces", "demanded", "demands",   "rejected",  "rejects",    "agreed",
      "agrees",   "insisted",  "insists",  "urged",    "urges",      "condemned", "condemns",   "denied",
      "denies",   "threatened", "threatens", "imposed", "imposes",   "sanctioned", "negotiate", "negotiated",
      "talks",    "represented", "policy",  "policies"};
  // Called for every word near every mention: lower into a buffer, no
  // allocation, and compare only with the verbs of the word's length (the
  // scan of all of them was about a tenth of the stage's instructions).
  char lower[12];
  if (w.size() < 3 || w.size() > sizeof lower) return false;
  static const std::vector<std::vector<std::string_view>> by_length = [] {
    std::vector<std::vector<std::string_view>> v(sizeof lower + 1);
    for (std::string_view verb : kVerbs) v[verb.size()].push_back(verb);
    return v;
  }();
  const auto& same_length = by_length[w.size()];
  if (same_length.empty()) return false;
  for (size_t i = 0; i < w.size(); ++i) lower[i] = (w[i] >= 'A' && w[i] <= 'Z') ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
  const std::string_view l(lower, w.size());
  return std::any_of(same_length.begin(), same_length.end(), [&](std::string_view v) { return l == v; });
}

// The token starting and the token ending at a byte: tokens come in text
// order, so a binary search over their starts and ends (4 bytes a token,
// read in a few cache lines) finds them; a table by byte (8 bytes for every
// byte of text, filled each document) cost more than the lookups it saved.
// Should tokens ever be out of order, the first token at each byte is kept
// in a table by byte, as before.
class TokenIndex {
 public:
  explicit TokenIndex(const Document& doc) : text_size_(doc.text.size()) {
    starts_.reserve(doc.tokens.size());
    ends_.reserve(doc.tokens.size());
    bool ordered = true;
    for (const Token& t : doc.tokens) {
      ordered = ordered && (starts_.empty() || (t.start >= starts_.back() && t.end >= ends_.back()));
      starts_.push_back(t.start);
      ends_.push_back(t.end);
    }
    if (ordered) return;
    at_.assign(text_size_ + 1, -1);
    ending_.assign(text_size_ + 1, -1);
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[i];
      if (t.start < at_.size() && at_[t.start] < 0) at_[t.start] = static_cast<int32_t>(i);
      if (t.end < ending_.size() && ending_[t.end] < 0) ending_[t.end] = static_cast<int32_t>(i);
    }
  }
  // Index of the (first) token starting at byte `start`, or -1.
  int32_t token_at(uint32_t start) const {
    if (!at_.empty()) return start < at_.size() ? at_[start] : -1;
    return first_equal(starts_, start);
  }
  // Index of the (first) token ending at byte `end`, or -1.
  int32_t token_ending(uint32_t end) const {
    if (!ending_.empty()) return end < ending_.size() ? ending_[end] : -1;
    return first_equal(ends_, end);
  }

 private:
  int32_t first_equal(const std::vector<uint32_t>& sorted, uint32_t byte) const {
    if (byte > text_size_) return -1;
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), byte);
    return it != sorted.end() && *it == byte ? static_cast<int32_t>(it - sorted.begin()) : -1;
  }
  size_t text_size_;
  std::vector<uint32_t> starts_, ends_;    // of every token, in token order
  std::vector<int32_t> at_, ending_;       // by byte, only for tokens out of order
};

std::string span_words(const Document& doc, int32_t a, int32_t b) {  // tokens [a, b)
  if (a >= b) return {};
  return std::string(doc.span_text(doc.tokens[static_cast<size_t>(a)].start, doc.tokens[static_cast<size_t>(b - 1)].end));
}

struct Context {
  std::vector<std::string> roles;
  std::vector<std::pair<uint32_t, uint32_t>> role_spans;  // bytes of the roles read from the text
  std::vector<std::string> qualifiers;
  bool government = false;
};

bool starts_lower(std::string_view t) { return !t.empty() && t[0] >= 'a' && t[0] <= 'z'; }
bool is_capitalised(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

// Per token, what ends the role words read back from a name: another
// person's name ("Canadian Minister Omar Haddad said Ingrid Solberg ..."
// gives Solberg none of Haddad's words; "Canadian" belongs to the title)
// and verbs, when the tagger ran. kNoStop for the others; a person's name
// is its index in doc.names, so the name's own words ("Sir") do not stop it.
constexpr int32_t kNoStop = -1, kVerbStop = -2;

// True when the word at token k opens an agent phrase of two words or more
// that the words after it complete ("managing director", "ruling party"):
// the tagger calls such a participle a verb, but it is part of the title,
// not a clause ("IMF managing director Ann Other").
bool opens_a_title_phrase(const ActorResources& r, const Document& doc, size_t k) {
  std::string w;
  if (!dictionary_word(doc.token_text(doc.tokens[k]), w) ||
      std::none_of(r.dictionaries.agents.begin(), r.dictionaries.agents.end(),
                   [&](const rules::CompiledDictionary& d) { return d.may_start_phrase(w); }))
    return false;
  std::vector<std::string> words{w};
  for (size_t j = k + 1; j < doc.tokens.size() && j - k < 4 && doc.tokens[j].sentence == doc.tokens[k].sentence; ++j) {
    if (!dictionary_word(doc.token_text(doc.tokens[j]), w)) break;
    words.push_back(w);
  }
  for (const auto& d : r.dictionaries.agents) {
    size_t len = 0;
    d.longest_match(words, 0, len);
    if (len >= 2) return true;
  }
  return false;
}

std::vector<int32_t> role_stops(const ActorResources& r, const Document& doc) {
  std::vector<int32_t> stop(doc.tokens.size(), kNoStop);
  // A subordinating conjunction starts a clause: "the government's plan
  // although Ann Other ..." gives her no government role.
  // So does the "by" of an agent, which links the name to the phrase before
  // it: "a visit to [Osgiliath] on Monday by Trade Minister Ann Other" (no
  // title holds a "by").
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    const bool verb = doc.tokens[t].upos == "VERB"sv || doc.tokens[t].upos == "AUX"sv;
    if ((verb && !opens_a_title_phrase(r, doc, t)) || doc.tokens[t].upos == "SCONJ"sv) stop[t] = kVerbStop;
    const std::string_view w = doc.token_text(doc.tokens[t]);
    if (w == "by"sv || w == "By"sv) stop[t] = kVerbStop;
    // "president-elect", "chairman-elect": the "elect" after a title's
    // hyphen is part of the title, whatever the tagger calls it.
    if (w == "elect"sv && t > 0 && doc.token_text(doc.tokens[t - 1]) == "-"sv) stop[t] = kNoStop;
  }
  for (size_t i = 0; i < doc.names.size(); ++i)
    if (doc.names[i].type == "PERSON"sv)
      for (uint32_t t = doc.names[i].first_token; t < doc.names[i].last_token && t < stop.size(); ++t)
        stop[t] = static_cast<int32_t>(i);
  return stop;
}

// True when the text at `at` (just after a name) is a possessive at most,
// then "(D-", "(R-" or "(I-" and a state's name or abbreviation and ")":
// "(D-N.J.)", "(R-Kan.)", "(D-Texas)". The state must be one (is_us_state):
// "(D-Day veteran)" is no tag.
bool us_party_state_tag(std::string_view text, size_t at) {
  if (at < text.size() && text[at] == '\'') ++at;
  if (at < text.size() && text[at] == 's') ++at;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at + 4 >= text.size() || text[at] != '(' || (text[at + 1] != 'D' && text[at + 1] != 'R' && text[at + 1] != 'I') ||
      text[at + 2] != '-' || !(text[at + 3] >= 'A' && text[at + 3] <= 'Z'))
    return false;
  for (size_t k = at + 4; k < text.size() && k < at + 20; ++k) {
    const char ch = text[k];
    if (ch == ')') return is_us_state(text.substr(at + 3, k - at - 3));
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '.' || ch == ' ')) return false;
  }
  return false;
}

// True when a verb follows the name ending at token `last` in its sentence
// ("..., Ann Other said", "..., Ann Other stressed"): English inverts no
// title there, so what stands before the comma is reported, not a title.
bool closes_a_fronted_clause(const Document& doc, size_t last) {
  if (last + 1 >= doc.tokens.size() || doc.tokens[last + 1].sentence != doc.tokens[last].sentence) return false;
  return doc.tokens[last + 1].upos == "VERB"sv;
}

// An acronym as a body's is written in brackets after its name: two to six
// capitals ("GGA", "OAPEC").
bool is_bracketed_acronym(std::string_view t) {
  return t.size() >= 2 && t.size() <= 6 && std::all_of(t.begin(), t.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// The first token of the sentence token k is in.
size_t sentence_start(const Document& doc, size_t k) {
  while (k > 0 && doc.tokens[k - 1].sentence == doc.tokens[k].sentence) --k;
  return k;
}

// True when a verb stands among tokens [from, to): the words are a clause
// ("the dollar would hold"), where a title is a noun phrase ("Gondor's
// fisheries minister").
bool has_verb(const Document& doc, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k)
    if (doc.tokens[k].upos == "VERB"sv || doc.tokens[k].upos == "AUX"sv) return true;
  return false;
}

Context read_context(const ActorResources& r, const Document& doc, const TokenIndex& ix, const Entity& e,
                     const std::vector<int32_t>& stops) {
  Context c;
  auto add_span = [&](int32_t a, int32_t b) {  // tokens [a, b), a < b
    c.role_spans.emplace_back(doc.tokens[static_cast<size_t>(a)].start, doc.tokens[static_cast<size_t>(b - 1)].end);
  };
  const bool place = e.type == "GPE"sv || e.type == "LOC"sv || e.type == "FAC"sv;
  const int32_t n = static_cast<int32_t>(doc.tokens.size());
  for (const auto& m : e.mentions) {
    if (m.kind == "title"sv || m.kind == "description"sv) {
      // "Mrs Hassan" says no more than "Mrs": the surname alone would read as
      // the namesake an actor dictionary lists by it (HASSAN_, Jordan's
      // prince). Other titles stay whole: "Lord Falconer", "President Bush"
      // are how the dictionaries name them.
      std::string_view words = doc.span_text(m.start, m.end);
      for (std::string_view h : {"Mr "sv, "Mrs "sv, "Ms "sv, "Miss "sv})
        if (words.starts_with(h) && words.find(' ', h.size()) == std::string_view::npos) words = h.substr(0, h.size() - 1);
      c.roles.emplace_back(words);
      c.role_spans.emplace_back(m.start, m.end);
      continue;
    }
    if (m.kind != "name"sv && m.kind != "acronym"sv) continue;
    const int32_t first = ix.token_at(m.start), last = ix.token_ending(m.end);
    if (first < 0 || last < 0) continue;
    const uint32_t sentence = doc.tokens[static_cast<size_t>(first)].sentence;
    const size_t roles_begin = c.roles.size();
    // Words before the name, back to punctuation, at most eight.
    int32_t a = first;
    auto stops_roles = [&](int32_t t) {
      const int32_t s = stops[static_cast<size_t>(t)];
      return s != kNoStop && s != stops[static_cast<size_t>(first)];
    };
    // A body's acronym in brackets between its name and the title ("the
    // Gondor Growers Association (GGA) president Ann Other") is passed
    // over: the name before it is the body the title belongs to.
    int32_t bracket = -1;  // the "(" passed over, if any
    for (;;) {
      // (For a person's title the bracket's three tokens do not count
      // against the eight words.)
      const int32_t reach = bracket >= 0 && e.type == "PERSON"sv ? 11 : 8;
      while (a > 0 && first - a < reach && doc.tokens[static_cast<size_t>(a - 1)].sentence == sentence &&
             !is_break(doc.token_text(doc.tokens[static_cast<size_t>(a - 1)])) && !stops_roles(a - 1))
        --a;
      if (bracket >= 0 || a < 4 || a == first || doc.tokens[static_cast<size_t>(a - 3)].sentence != sentence ||
          doc.token_text(doc.tokens[static_cast<size_t>(a - 1)]) != ")"sv ||
          doc.token_text(doc.tokens[static_cast<size_t>(a - 3)]) != "("sv ||
          !is_bracketed_acronym(doc.token_text(doc.tokens[static_cast<size_t>(a - 2)])))
        break;
      bracket = a - 3;
      a = bracket;
      if (a == 0 || is_break(doc.token_text(doc.tokens[static_cast<size_t>(a - 1)])) || stops_roles(a - 1)) {
        a = bracket + 3;  // nothing before the bracket: no name to join
        bracket = -1;
        break;
      }
    }
    if (bracket >= 0) {
      c.roles.push_back(span_words(doc, a, bracket) + " " + span_words(doc, bracket + 3, first));
      add_span(a, bracket);
      add_span(bracket + 3, first);
    } else if (a < first) {
      c.roles.push_back(span_words(doc, a, first));
      add_span(a, first);
    }
    // A body named before the lower-case noun of its kind: "the officially
    // backed [Gondor Workers] unions", "the [GWF] trade union". The noun is
    // its role as the same words before the name would be.
    if (e.type == "ORG"sv && last + 1 < n && doc.tokens[static_cast<size_t>(last + 1)].sentence == sentence) {
      int32_t z = last + 1;
      if (doc.token_text(doc.tokens[static_cast<size_t>(z)]) == "trade"sv && z + 1 < n &&
          doc.tokens[static_cast<size_t>(z + 1)].sentence == sentence)
        ++z;
      const std::string_view noun = doc.token_text(doc.tokens[static_cast<size_t>(z)]);
      if (noun == "union"sv || noun == "unions"sv) {
        c.roles.push_back(span_words(doc, last + 1, z + 1));
        add_span(last + 1, z + 1);
      }
    }
    // A title set off before the name: "Gondor's fisheries minister, Ana
    // Ruiz", "Arnor's director general for trade, Omar Haddad". One
    // of the last three words must be a common word, so "... Britain and
    // Spain, Jose ..." is not one, or, for a person, the last a title written
    // with a capital ("The Harbour Affairs Minister, Harriet Vane"; not "the
    // European Parliament, Scottish Parliament").
    auto common_before = [&](int32_t comma) {
      for (int32_t k = comma - 1; k >= 0 && k >= comma - 3; --k) {
        if (doc.tokens[static_cast<size_t>(k)].sentence != sentence) return false;
        if (starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(k)]))) return true;
      }
      return false;
    };
    if (a == first && first >= 2 && !place &&
        doc.token_text(doc.tokens[static_cast<size_t>(first - 1)]) == "," &&
        (common_before(first - 1) ||
         (e.type == "PERSON"sv && starts_title(r, doc, static_cast<size_t>(first - 2))))) {
      int32_t z = first - 1;
      while (z > 0 && first - 1 - z < 8 && doc.tokens[static_cast<size_t>(z - 1)].sentence == sentence &&
             !is_break(doc.token_text(doc.tokens[static_cast<size_t>(z - 1)])))
        --z;
      // "Commenting on the [Paris] accord, Ann Other said": a clause before
      // the comma (its sentence has a verb there) that the name and its
      // verb close is what she said, no title of hers.
      if (!(closes_a_fronted_clause(doc, static_cast<size_t>(last)) &&
            has_verb(doc, sentence_start(doc, static_cast<size_t>(z)), static_cast<size_t>(first - 1)))) {
        c.roles.push_back(span_words(doc, z, first - 1));
        if (z < first - 1) add_span(z, first - 1);
      }
    }
    // Two titles, the first set off: "the company's administrator,
    // turnaround expert Enrico Bondi". Only when the words before the name
    // are lower-case non-verbs and the first title a noun phrase ("the ...",
    // "X's ..." ending in a noun), so a clause before a comma ("the party
    // lost, said analyst ...") is not read as a title.
    auto verb = [&](int32_t k) {
      const std::string& u = doc.tokens[static_cast<size_t>(k)].upos;
      return u == "VERB" || u == "AUX";
    };
    bool lower_run = a < first && a >= 2;
    for (int32_t k = a; lower_run && k < first; ++k)
      lower_run = starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(k)])) && !verb(k);
    if (lower_run && !place && doc.token_text(doc.tokens[static_cast<size_t>(a - 1)]) == ",") {
      int32_t z = a - 1;
      while (z > 0 && a - 1 - z < 6 && doc.tokens[static_cast<size_t>(z - 1)].sentence == sentence &&
             !is_break(doc.token_text(doc.tokens[static_cast<size_t>(z - 1)])))
        --z;
      const std::string_view w0 = doc.token_text(doc.tokens[static_cast<size_t>(z)]);
      const std::string_view w1 = z + 1 < a - 1 ? doc.token_text(doc.tokens[static_cast<size_t>(z + 1)]) : "";
      const bool noun_phrase = w0 == "the" || w0 == "The" || w0 == "a" || w0 == "an" || w1 == "'s" || w1 == "\xE2\x80\x99s";
      if (noun_phrase && z < a - 1 && doc.tokens[static_cast<size_t>(a - 2)].upos == "NOUN"sv &&
          (z == 0 || is_break(doc.token_text(doc.tokens[static_cast<size_t>(z - 1)])))) {
        c.roles.push_back(span_words(doc, z, a - 1));
        add_span(z, a - 1);  // z < a - 1 holds here
      }
    }
    // An appositive: ", the head of ..." up to the next punctuation.
    if (last + 2 < n && doc.token_text(doc.tokens[static_cast<size_t>(last + 1)]) == ",") {
      int32_t b = last + 2;
      std::string lead(doc.token_text(doc.tokens[static_cast<size_t>(b)]));
      for (char& ch : lead) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      // An appositive is a role: ", the head of ...", and for a person or
      // organisation ", India's finance minister,"; after a place,
      // capitalised words qualify it ("Paris, Texas").
      const std::string_view first_word = doc.token_text(doc.tokens[static_cast<size_t>(b)]);
      const std::string_view next = b + 1 < n ? doc.token_text(doc.tokens[static_cast<size_t>(b + 1)]) : "";
      const bool possessive = (next == "'s" || next == "\xE2\x80\x99s") &&
                              !first_word.empty() && first_word[0] >= 'A' && first_word[0] <= 'Z';
      // ", now a Labour MEP": what a person has become is a role too.
      if (e.type == "PERSON"sv && lead == "now" && b + 1 < n) {
        const std::string_view article = doc.token_text(doc.tokens[static_cast<size_t>(b + 1)]);
        if (article == "a" || article == "an" || article == "the") {
          ++b;
          lead = std::string(article);
        }
      }
      // A title, bare or after "who is", for a person or organisation:
      // ", director general of [a national business lobby]", ", who is
      // chairman of [a Commons select committee]".
      if (!place && (lead == "who" || lead == "which") && b + 2 < n &&
          (doc.token_text(doc.tokens[static_cast<size_t>(b + 1)]) == "is" ||
           doc.token_text(doc.tokens[static_cast<size_t>(b + 1)]) == "was") &&
          starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(b + 2)])))
        b += 2;
      // Where one works is a role too: ", who also works in the party's
      // policy office", ", who worked for the broadcaster".
      if (e.type == "PERSON"sv && lead == "who" && b + 3 < n) {
        int32_t k = b + 1;
        const std::string_view adverb = doc.token_text(doc.tokens[static_cast<size_t>(k)]);
        if (adverb == "also" || adverb == "now" || adverb == "still") ++k;
        const std::string_view verb = doc.token_text(doc.tokens[static_cast<size_t>(k)]);
        const std::string_view prep = k + 1 < n ? doc.token_text(doc.tokens[static_cast<size_t>(k + 1)]) : "";
        if ((verb == "works" || verb == "worked") && (prep == "for" || prep == "in" || prep == "at") && k + 2 < n &&
            doc.tokens[static_cast<size_t>(k + 2)].sentence == sentence) {
          b = k + 2;
          lead = std::string(doc.token_text(doc.tokens[static_cast<size_t>(b)]));
          for (char& ch : lead) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
        }
      }
      const bool title = !place && starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(b)])) &&
                         starts_title(r, doc, static_cast<size_t>(b));
      // A capitalised word and a title for a person: ", Tory leader in the
      // Lords", ", Labour MP for Leeds".
      // A capitalised title may be among the words (", NUJ General Secretary").
      int32_t after_caps = b;  // past up to four capitalised words ("Liberal Democrat")
      bool affiliated_title = false;
      while (e.type == "PERSON"sv && after_caps < n && after_caps - b < 4 &&
             doc.tokens[static_cast<size_t>(after_caps)].sentence == sentence &&
             is_capitalised(doc.token_text(doc.tokens[static_cast<size_t>(after_caps)]))) {
        if (after_caps > b && starts_title(r, doc, static_cast<size_t>(after_caps))) affiliated_title = true;
        ++after_caps;
      }
      // The title may follow one lower-case word of its own (", World Bank
      // country director").
      auto lower_title_at = [&](int32_t k) {
        return k < n && doc.tokens[static_cast<size_t>(k)].sentence == sentence &&
               starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(k)])) &&
               starts_title(r, doc, static_cast<size_t>(k));
      };
      affiliated_title = affiliated_title ||
                         (after_caps > b && after_caps < n &&
                          doc.tokens[static_cast<size_t>(after_caps)].sentence == sentence &&
                          starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(after_caps)])) &&
                          (starts_title(r, doc, static_cast<size_t>(after_caps)) || lower_title_at(after_caps + 1)));
      // A title after lower-case words of its own, and capitalised ones
      // (", assistant Ruritanian attorney general", ", campaigns director at
      // ..."): at most two lower-case words, nouns or adjectives, first
      // (the tagger calls "assistant" there a verb's base form).
      auto modifier_word = [](const Token& t) {
        return t.upos == "NOUN"sv || t.upos == "ADJ"sv;
      };
      // ... when a capitalised word follows it (", receive taxpayers' money"
      // is a clause).
      auto mistagged_modifier = [&](int32_t k) {
        const Token& t = doc.tokens[static_cast<size_t>(k)];
        return t.upos == "VERB"sv && t.xpos == "VB"sv && k + 1 < n &&
               is_capitalised(doc.token_text(doc.tokens[static_cast<size_t>(k + 1)]));
      };
      if (e.type == "PERSON"sv && !title && !affiliated_title) {
        int32_t k = b;
        while (k < n && k - b < 2 && doc.tokens[static_cast<size_t>(k)].sentence == sentence &&
               starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(k)])) &&
               (modifier_word(doc.tokens[static_cast<size_t>(k)]) || mistagged_modifier(k)) &&
               !starts_title(r, doc, static_cast<size_t>(k)))
          ++k;
        const int32_t words = k;
        while (k > b && k < n && k - words < 3 && doc.tokens[static_cast<size_t>(k)].sentence == sentence &&
               is_capitalised(doc.token_text(doc.tokens[static_cast<size_t>(k)])) && !starts_title(r, doc, static_cast<size_t>(k)))
          ++k;
        const bool titled = k > b && k < n && doc.tokens[static_cast<size_t>(k)].sentence == sentence &&
                            starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(k)])) &&
                            starts_title(r, doc, static_cast<size_t>(k)) &&
                            !names_a_forecaster(doc.token_text(doc.tokens[static_cast<size_t>(k)])) &&
                            !generic_title_at(r, doc, static_cast<size_t>(k));
        // Whose title it is must be written: a country or body among the
        // words or after the title (", campaigns director at Greenpeace"),
        // or the article's country would make ", commercial director" GOV.
        bool named = k > words;
        for (int32_t j = k + 1; titled && !named && j < n && j - k < 6 &&
                                doc.tokens[static_cast<size_t>(j)].sentence == sentence &&
                                !is_break(doc.token_text(doc.tokens[static_cast<size_t>(j)]));
             ++j)
          named = is_capitalised(doc.token_text(doc.tokens[static_cast<size_t>(j)]));
        affiliated_title = titled && named;
      }
      // The body a person speaks for: ", for the Lib Dems,", ", from the
      // Federation of Small Businesses,", ", for Labour,".
      auto capitalised_at = [&](int32_t k) {
        return k < n && doc.tokens[static_cast<size_t>(k)].sentence == sentence &&
               is_capitalised(doc.token_text(doc.tokens[static_cast<size_t>(k)]));
      };
      const bool body = e.type == "PERSON"sv && (lead == "for" || lead == "from" || lead == "of") &&
                        (capitalised_at(b + 1) || (next == "the" && capitalised_at(b + 2)));
      // A post in a named body: ", head of the Elmford Agency", ", executive
      // director of the Arnor Fund". A generic title or a head noun reads
      // as a role when "of" or "at" and the body's capitalised name follow
      // it; the body gives the code (speaks_for.h). An economist or analyst
      // at a firm or institute speaks for none (names_a_forecaster).
      bool post_in_body = false;
      if (e.type == "PERSON"sv && !title && !affiliated_title) {
        int32_t k = b;
        // Wire copy capitalises the title (", Chairman of the Elmford
        // Exchange,"): a capitalised first word must be a title.
        while (k < n && k - b < 3 && doc.tokens[static_cast<size_t>(k)].sentence == sentence &&
               (starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(k)])) ||
                (k == b && starts_title(r, doc, static_cast<size_t>(k)))) &&
               doc.tokens[static_cast<size_t>(k)].upos != "VERB"sv && doc.tokens[static_cast<size_t>(k)].upos != "AUX"sv &&
               !names_a_forecaster(doc.token_text(doc.tokens[static_cast<size_t>(k)])) &&
               (modifier_word(doc.tokens[static_cast<size_t>(k)]) || starts_title(r, doc, static_cast<size_t>(k))))
          ++k;
        const std::string_view prep = k < n ? doc.token_text(doc.tokens[static_cast<size_t>(k)]) : "";
        const std::string_view after = k + 1 < n ? doc.token_text(doc.tokens[static_cast<size_t>(k + 1)]) : "";
        const int32_t name_at = after == "the" ? k + 2 : k + 1;
        post_in_body = k > b && (prep == "of"sv || prep == "at"sv) && capitalised_at(name_at);
        // The name must be an organisation the tagger found; after "at", one
        // the dictionaries know too: a generic title at a firm no list names
        // (", commercial director at Elmford Homes") says too little, where
        // "of" makes the post the body's own (", head of the Arnor Agency").
        if (post_in_body) {
          const bool listed_only = prep == "at"sv;
          const uint32_t start = doc.tokens[static_cast<size_t>(name_at)].start;
          post_in_body = std::any_of(doc.entities.begin(), doc.entities.end(), [&](const Entity& o) {
            if (o.type != "ORG"sv) return false;
            for (const auto& om : o.mentions) {
              if (om.start != start) continue;
              if (!listed_only) return true;
              std::string phrase;
              for (const auto& w : dictionary_words(doc.span_text(om.start, om.end))) phrase += (phrase.empty() ? "" : " ") + w;
              for (const auto& d : r.dictionaries.actors)
                if (!d.find(phrase).empty()) return true;
            }
            return false;
          });
        }
      }
      if (lead == "the" || lead == "a" || lead == "an" || lead == "former" || (!place && possessive) || title ||
          affiliated_title || body || post_in_body) {
        int32_t z = b;
        while (z < n && z - b < 14 && doc.tokens[static_cast<size_t>(z)].sentence == sentence &&
               !is_break(doc.token_text(doc.tokens[static_cast<size_t>(z)])))
          ++z;
        // A list of names after the comma is no appositive: "run by the
        // Elmford Commission, the Arnor Society and the Department for
        // Harbours" gives the Commission none of the Department's code.
        auto capital = [&](int32_t k) { return k < z && is_capitalised(doc.token_text(doc.tokens[static_cast<size_t>(k)])); };
        // The first name must reach the "and" with no word of its own in
        // lower case: ", World Bank country director for [two
        // territories]" is a title.
        bool listed = false;
        if (capital(lead == "the" ? b + 1 : b))
          for (int32_t k = b + 1; k + 1 < z && !listed; ++k) {
            const std::string_view w = doc.token_text(doc.tokens[static_cast<size_t>(k)]);
            if (w != "and" && w != "or") {
              if (starts_lower(w) && w != "the" && w != "of" && w != "for") break;
              continue;
            }
            const std::string_view w2 = doc.token_text(doc.tokens[static_cast<size_t>(k + 1)]);
            listed = capital(k + 1) || (w2 == "the" && capital(k + 2));
          }
        if (!listed) {
          c.roles.push_back(span_words(doc, b, z));
          if (b < z) add_span(b, z);
        }
      } else {
        // "Paris, Texas": a capitalised name after the comma qualifies a place.
        int32_t z = b;
        while (z < n && z - b < 4 && doc.tokens[static_cast<size_t>(z)].sentence == sentence) {
          std::string_view t = doc.token_text(doc.tokens[static_cast<size_t>(z)]);
          if (t.empty() || !(t[0] >= 'A' && t[0] <= 'Z')) break;
          ++z;
        }
        if (z > b) c.qualifiers.push_back(span_words(doc, b, z));
      }
    }
    // A country named right after a person, "Energy Minister Ana Ruiz of
    // Gondor, Energy Minister Omar Haddad of Arnor": it is that person's own,
    // and beats the words before the name, which in such a list end with the
    // one before's country. Only where the phrase ends there (a comma, "and",
    // the sentence's end): "of Gondor's Acme" is the firm's.
    if (e.type == "PERSON"sv && last + 2 < n && doc.token_text(doc.tokens[static_cast<size_t>(last + 1)]) == "of"sv) {
      const int32_t from = last + 2;
      for (int32_t to = std::min(n, from + 3); to > from; --to) {
        if (doc.tokens[static_cast<size_t>(to - 1)].sentence != sentence) continue;
        const bool ends = to == n || doc.tokens[static_cast<size_t>(to)].sentence != sentence ||
                          is_break(doc.token_text(doc.tokens[static_cast<size_t>(to)])) ||
                          doc.token_text(doc.tokens[static_cast<size_t>(to)]) == "and"sv;
        if (!ends) continue;
        const std::string_view place = doc.span_text(doc.tokens[static_cast<size_t>(from)].start,
                                                     doc.tokens[static_cast<size_t>(to - 1)].end);
        const auto hit = r.countries.find(place);
        if (hit.country < 0 || hit.kind != geo::CountryNameKind::kName) continue;
        c.roles.insert(c.roles.begin() + static_cast<long>(roles_begin), "of " + std::string(place));
        add_span(last + 1, to);
        break;
      }
    }
    // "Sen. Ann Other (D-N.J.)", "Chairman Bob Roe's (R-Kan.)": the party
    // and state in brackets after a name are a U.S. member of Congress's.
    if (e.type == "PERSON"sv && us_party_state_tag(doc.text, m.end)) {
      c.roles.insert(c.roles.begin() + static_cast<long>(roles_begin), "U.S. lawmaker");
    }
    for (int32_t k = std::max(0, first - 3); k < std::min(n, last + 4); ++k) {
      if (k >= first && k <= last) continue;
      if (doc.tokens[static_cast<size_t>(k)].sentence != sentence) continue;
      if (is_government_verb(doc.token_text(doc.tokens[static_cast<size_t>(k)]))) c.government = true;
    }
  }
  return c;
}

// "Auditor [General Sir John Doe]" tagged as one organisation: a title the
// tagger ran into a knight's or doctor's name. The entity is the person from
// the honorific on; the words before it are left to be read as role words
// ("Auditor General"). False, and nothing changed, for any other name.
bool person_from_honorific(const Document& doc, Entity& e) {
  // Every organisation comes here: one pass over its name for " Sir " and
  // the rest, with no copies.
  static constexpr std::string_view kHonorifics[] = {" Sir ", " Dame ", " Dr ", " Mr ", " Mrs ", " Ms "};
  size_t cut = std::string::npos;
  for (size_t at = e.name.find(' '); at != std::string::npos; at = e.name.find(' ', at + 1)) {
    for (std::string_view h : kHonorifics)
      if (e.name.compare(at, h.size(), h) == 0 && at + h.size() < e.name.size() &&
          is_capitalised(std::string_view(e.name).substr(at + h.size()))) {
        cut = at + 1;
        break;
      }
    if (cut != std::string::npos) break;
  }
  if (cut == std::string::npos) return false;
  const std::string tail = e.name.substr(cut);
  for (auto& m : e.mentions) {
    const std::string_view text = doc.span_text(m.start, m.end);
    const size_t at = text.find(tail);
    if (at == std::string_view::npos || at == 0) continue;
    m.start += static_cast<uint32_t>(at);
    m.tokens.erase(std::remove_if(m.tokens.begin(), m.tokens.end(),
                                  [&](uint32_t t) { return t < doc.tokens.size() && doc.tokens[t].start < m.start; }),
                   m.tokens.end());
  }
  e.name = tail;
  e.type = "PERSON";
  return true;
}

// A peer's title and one or two capitalised words: "Lord Strathclyde",
// "Baroness Scotland of Asthal" is not matched (the tagger keeps it whole).
// "Tory co-chairman Liam Fox" tagged as one organisation: a lower-case title
// word (no glue: "of", "and", "the" ...) and then a first name and a surname
// end the name. The entity is a person, whose role words lead the name
// (ActorCoder reads them so).
bool is_titled_person_name(std::string_view name) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < name.size();) {
    const size_t j = std::min(name.find(' ', i), name.size());
    if (j > i) words.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  if (words.size() < 3) return false;
  const std::string_view title = words[words.size() - 3];
  // Prepositions too: "[Campaign against] Ann Other" is no title.
  static constexpr std::string_view kGlue[] = {"of", "for", "and", "the", "de", "du", "da", "von", "van",
                                               "la", "le", "al", "el", "bin", "y", "in", "on", "at", "&",
                                               "against", "with", "to", "from", "by"};
  if (!starts_lower(title) || std::find(std::begin(kGlue), std::end(kGlue), title) != std::end(kGlue)) return false;
  for (size_t k = words.size() - 2; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (!is_capitalised(w) || !std::all_of(w.begin() + 1, w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || c == '\''; }))
      return false;
  }
  return true;
}

bool is_peer_name(std::string_view name) {
  size_t words = 0;
  bool capitals = true;
  std::string_view first;
  for (size_t i = 0; i < name.size();) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j == i) break;
    const std::string_view w = name.substr(i, j - i);
    if (words == 0) first = w;
    capitals = capitals && w[0] >= 'A' && w[0] <= 'Z';
    ++words;
    i = j;
  }
  return capitals && words >= 2 && words <= 3 && (first == "Lord" || first == "Baroness" || first == "Lady");
}

bool is_place_type(const std::string& t) { return t == "GPE"sv || t == "LOC"sv || t == "FAC"sv; }

// The country of a wire story's dateline: a place coded as a country
// opening the paragraph after the headline, with " - " within its first
// ten words ("BONN, April 2 - ", "CAMBRIDGE, Mass., March 26 - "). Empty
// for any other text.
std::string dateline_country(const ActorResources& r, const Document& doc, bool* us_state) {
  if (us_state) *us_state = false;
  if (doc.paragraphs.size() < 2) return {};
  const Paragraph& body = doc.paragraphs[1];
  const std::string_view opening = doc.span_text(body.start, std::min<uint32_t>(body.end, body.start + 80));
  const size_t dash = opening.find(" - ");
  if (dash == std::string_view::npos || std::count(opening.begin(), opening.begin() + static_cast<long>(dash), ' ') > 10)
    return {};
  // "CAMBRIDGE, Mass., March 26 - ": a city and a U.S. state, the form US
  // wire copy gives its home datelines (AP's state abbreviations), is the US
  // whatever the city's name also names abroad (us_states.h).
  const size_t comma = opening.find(", ");
  if (comma != std::string_view::npos && comma < dash) {
    std::string_view state = opening.substr(comma + 2);
    const size_t end = state.find(',');
    if (end != std::string_view::npos) {
      state = state.substr(0, end);
      if (is_us_dateline_state(state)) {
        if (us_state) *us_state = true;
        return "USA";
      }
    }
  }
  for (const Entity& e : doc.entities) {
    if (e.type != "GPE"sv) continue;
    for (const auto& m : e.mentions)
      if (m.start == body.start) return home_country(r.countries, e.actor);
  }
  return {};
}

// The country most mentions of coded entities belong to, when one leads
// (more votes than any other); empty otherwise.
std::string leading_country(const std::map<std::string, int>& votes) {
  std::string best;
  int top = 0, second = 0;
  for (const auto& [country, n] : votes) {
    if (n > top) {
      second = top;
      top = n;
      best = country;
    } else if (n > second) {
      second = n;
    }
  }
  return top > second ? best : std::string();
}

// A bare title ("The Tory leader wanted ...", "the information commissioner
// says") names a person the document also names: it is "the" and up to four
// words ending in a lower-case noun, in no person's mention (a party's may be
// inside: "the Tory leader"), with no name right after it. When it codes with a role that no coded person already
// holds (that person is the one the document gives the title), it goes to the
// nearest uncoded person within two sentences, the one named before it first;
// a person named by honorific alone ("Ms Other") only when "who" follows the
// title ("The Ruritanian tycoon, who ...").
template <typename CodeEntity>
void give_bare_titles(const ActorResources& r, Document& doc, const TokenIndex& ix, const ActorCoder& coder,
                      std::vector<Context>& contexts, const CodeEntity& code_entity) {
  const int32_t n = static_cast<int32_t>(doc.tokens.size());
  std::vector<bool> covered(doc.tokens.size(), false);  // in a person's mention
  struct NameAt {
    int32_t token;
    size_t entity;
    bool by_honorific = false;  // "Ms Other", a title mention
  };
  std::vector<NameAt> uncoded;  // name mentions of uncoded people
  std::vector<NameAt> country_only;  // of people coded with a country alone (an expired entry)
  std::vector<NameAt> people;   // name mentions of all people
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    for (const auto& m : e.mentions) {
      const int32_t a = ix.token_at(m.start), b = ix.token_ending(m.end);
      if (a < 0 || b < 0) continue;
      if (e.type == "PERSON"sv)
        for (int32_t t = a; t <= b; ++t) covered[static_cast<size_t>(t)] = true;
      if (e.type == "PERSON"sv && e.actor.code.empty() && m.kind == "name"sv) uncoded.push_back({a, i});
      if (e.type == "PERSON"sv && e.actor.code.empty() && m.kind == "title"sv) uncoded.push_back({a, i, true});
      if (e.type == "PERSON"sv && !e.actor.code.empty() && e.actor.role.empty() &&
          (m.kind == "name"sv || m.kind == "title"sv))  // "Mr Blunkett" is a title mention
        country_only.push_back({a, i});
      if (e.type == "PERSON"sv && m.kind == "name"sv) people.push_back({a, i});
    }
  }
  std::sort(people.begin(), people.end(), [](const NameAt& x, const NameAt& y) { return x.token < y.token; });
  if (uncoded.empty() && country_only.empty()) return;
  for (int32_t t = 0; t + 2 < n; ++t) {
    const std::string_view the = doc.token_text(doc.tokens[static_cast<size_t>(t)]);
    if ((the != "the" && the != "The") || covered[static_cast<size_t>(t)]) continue;
    const uint32_t sentence = doc.tokens[static_cast<size_t>(t)].sentence;
    int32_t j = t + 1;
    while (j < n && j - t <= 4 && !covered[static_cast<size_t>(j)] && doc.tokens[static_cast<size_t>(j)].sentence == sentence &&
           !is_break(doc.token_text(doc.tokens[static_cast<size_t>(j)])) && doc.tokens[static_cast<size_t>(j)].upos != "VERB"sv &&
           doc.tokens[static_cast<size_t>(j)].upos != "AUX"sv && doc.tokens[static_cast<size_t>(j)].upos != "ADP"sv)
      ++j;
    // The title ends at a lower-case noun; a capitalised word or a name after
    // it makes it the title of that name, which the name's own reading takes.
    const Token& last = doc.tokens[static_cast<size_t>(j - 1)];
    // British ministers are secretaries ("the home secretary"), which the
    // coder reads as ministers but no agent phrase starts with.
    if (j - t < 2 || last.upos != "NOUN"sv || !starts_lower(doc.token_text(last)) ||
        (!starts_title(r, doc, static_cast<size_t>(j - 1)) && doc.token_text(last) != "secretary"sv))
      continue;
    if (j < n && doc.tokens[static_cast<size_t>(j)].sentence == sentence &&
        (covered[static_cast<size_t>(j)] || !starts_lower(doc.token_text(doc.tokens[static_cast<size_t>(j)]))) &&
        !is_break(doc.token_text(doc.tokens[static_cast<size_t>(j)])))
      continue;
    const std::string title = span_words(doc, t + 1, j);
    ActorQuery q;
    q.type = "PERSON";
    q.roles = {title};
    q.date = doc.meta.date;
    const ActorCode code = coder.code(q);
    if (code.role.empty()) continue;
    // A title with no country ("The new fisheries minister says ...")
    // names someone only in the way news reports open: it starts its
    // sentence, names no one there, and the next sentence's first person is
    // the one it means (". Ann Other ..."); the country then comes from the
    // context, as for any role without one.
    const NameAt* next_first = nullptr;
    if (code.country.empty()) {
      const bool opens = t == 0 || doc.tokens[static_cast<size_t>(t - 1)].sentence != sentence;
      bool named_here = false;
      for (const NameAt& p : people) {
        const uint32_t s = doc.tokens[static_cast<size_t>(p.token)].sentence;
        if (s == sentence) named_here = true;
        if (s == sentence + 1 && !next_first) next_first = &p;
      }
      if (!opens || named_here || !next_first || !doc.entities[next_first->entity].actor.code.empty())
        next_first = nullptr;  // no lede: only a person with a country alone may take it (below)
    }
    // Held: a coded person's own role words end in the title ("Tory leader
    // Michael Howard ... the Tory leader").
    // Compared without case, letter by letter: no lower-case copies.
    auto lower = [](char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch; };
    auto ends_in = [&](const std::string& role, const std::string& key) {
      if (role.size() < key.size()) return false;
      for (size_t k = 0; k < key.size(); ++k)
        if (lower(role[role.size() - key.size() + k]) != lower(key[k])) return false;
      return true;
    };
    bool held = false;
    // Only with the role the title gives: "the home secretary" (GOV) is not
    // held by "shadow home secretary David Davis" (OPP).
    for (size_t i = 0; i < doc.entities.size() && !held; ++i) {
      if (doc.entities[i].type != "PERSON"sv || doc.entities[i].actor.code.empty()) continue;
      if (!doc.entities[i].actor.role.empty() && doc.entities[i].actor.role != code.role) continue;
      for (const std::string& role : contexts[i].roles)
        if (ends_in(role, title)) held = true;
    }
    if (held) continue;
    // A relative "who" after the title ("The Ruritanian tycoon, who ...")
    // says it names a person, not a body ("the Ruritanian government"): then
    // a person named by honorific alone nearby ("Ms Other", as later in a
    // report) may take it too.
    size_t after = static_cast<size_t>(j);
    if (after < doc.tokens.size() && doc.token_text(doc.tokens[after]) == ","sv) ++after;
    const bool personal = after < doc.tokens.size() && doc.token_text(doc.tokens[after]) == "who"sv;
    // The nearest uncoded person named before the title, else after it.
    const NameAt* best = next_first;
    for (const NameAt& u : uncoded) {
      if (next_first || code.country.empty()) break;
      if (u.by_honorific && !personal) continue;
      const uint32_t s = doc.tokens[static_cast<size_t>(u.token)].sentence;
      if (s + 2 < sentence || s > sentence + 2) continue;
      const bool before = u.token < t;
      if (!best) best = &u;
      else if (before && (best->token > t || u.token > best->token)) best = &u;
      else if (!before && best->token > t && u.token < best->token) best = &u;
    }
    // Else the nearest person named before it in the two sentences before
    // whose code is a country alone ("David Blunkett", whose entry has
    // expired, ... "The home secretary said"): the title is that person's
    // role, when its country (if it names one) agrees.
    if (!best) {
      for (const NameAt& u : country_only) {
        const Entity& p = doc.entities[u.entity];
        if (u.token > t || doc.tokens[static_cast<size_t>(u.token)].sentence + 2 < sentence) continue;
        if (!code.country.empty() && p.actor.country != code.country) continue;
        if (!best || u.token > best->token) best = &u;
      }
    }
    if (!best) continue;
    Entity& e = doc.entities[best->entity];
    if (!e.actor.role.empty()) continue;  // an earlier title gave it one
    contexts[best->entity].roles.push_back(title);
    e.actor = code_entity(e, contexts[best->entity]);
    e.key = entity_key(e.name, e.actor.code);
  }
}

// Until 2009 the House of Lords was also the UK's highest court: where most of
// its mentions sit in sentences about a case ("The House of Lords ruled ...",
// "reading the ruling ... handed down by the House of Lords"), it is the court
// (LEG -> JUD). "judges" is no such word: the chamber debates judges' powers.
bool names_the_lords(const std::string& name) {
  std::string l;
  for (char ch : name) l.push_back((ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch);
  return l == "house of lords" || l == "the house of lords" || l == "lords";
}

bool is_judicial_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"ruled",     "ruling",   "rulings",  "judgment", "judgement",
                                                "judgments", "appeal",   "appeals",  "appealed", "verdict",
                                                "upheld",    "overturned"};
  char lower[12];
  if (w.size() < 5 || w.size() > sizeof lower) return false;
  for (size_t i = 0; i < w.size(); ++i) lower[i] = (w[i] >= 'A' && w[i] <= 'Z') ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
  const std::string_view l(lower, w.size());
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view v) { return l == v; });
}

void lords_as_court(Document& doc, const TokenIndex& ix) {
  for (Entity& e : doc.entities) {
    const std::string& code = e.actor.code;
    if (code.size() < 6 || code.compare(code.size() - 3, 3, "LEG") != 0 || !names_the_lords(e.name)) continue;
    size_t judicial = 0, sentences = 0;
    for (const auto& m : e.mentions) {
      if (m.kind != "name"sv) continue;
      const int32_t t = ix.token_at(m.start);
      if (t < 0) continue;
      const uint32_t sentence = doc.tokens[static_cast<size_t>(t)].sentence;
      ++sentences;
      bool found = false;
      for (const Token& tok : doc.tokens)
        if (tok.sentence == sentence && is_judicial_word(doc.token_text(tok))) found = true;
      judicial += found;
    }
    if (2 * judicial <= sentences) continue;
    e.actor.code.replace(code.size() - 3, 3, "JUD");
    e.actor.role = e.actor.code.substr(e.actor.country.size());
    e.actor.source += "+court";
    e.key = entity_key(e.name, e.actor.code);
  }
}

}  // namespace

// "Mr Blair" in an article that never names Tony Blair in full: a person
// named only by a surname (after "Mr" or alone) and no role words of
// their own is the one office-holder of the article's country whose
// dictionary entry ends in that surname and holds on the document date
// (SurnameIndex). "Mr Brown, the firm's chief executive" has role words and
// is left alone.
static void code_by_dictionary_surname(const ActorResources& r, Document& doc, const std::vector<Context>& contexts,
                                const std::string& lead) {
  const uint32_t date = rules::date_number(doc.meta.date);
  if (date == 0 || lead.empty()) return;
  // "the Reagan administration", "the Nakasone government": a leader's
  // surname before the government he heads, whatever type the tagger gave
  // the word (it often calls it an organisation or a place).
  auto names_a_government = [&](const Entity& e) {
    for (const auto& m : e.mentions) {
      const auto next = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.end,
                                         [](const Token& t, uint32_t end) { return t.start < end; });
      if (next == doc.tokens.end() || next->start != m.end + 1) continue;
      const std::string_view w = doc.token_text(*next);
      if (w == "administration"sv || w == "government"sv || w == "cabinet"sv) return true;
    }
    return false;
  };
  for (size_t i = 0; i < doc.entities.size() && i < contexts.size(); ++i) {
    Entity& e = doc.entities[i];
    if (!e.actor.code.empty() || e.mentions.empty()) continue;
    const bool person = e.type == "PERSON"sv;
    if (!person && !((e.type == "ORG"sv || e.type == "GPE"sv) && names_a_government(e))) continue;
    std::string surname;
    if (!dictionary_word(e.name, surname) || surname.size() < 3) continue;  // one word, the surname
    // "Mr" or nothing: the dictionaries do not say who is a woman, and "Ms
    // King" is not Mervyn King. (The words before "the X administration"
    // are the sentence's, not the leader's.)
    const bool own_roles = std::any_of(contexts[i].roles.begin(), contexts[i].roles.end(),
                                       [](const std::string& w) { return w != "Mr"; });
    if (person && own_roles) continue;
    const std::string code = r.surnames.code(r.dictionaries.actors, surname, date, lead);
    if (code.empty()) continue;
    e.actor.code = code;
    e.actor.country = code.substr(0, 3);
    e.actor.role = code.substr(3);
    e.actor.source = "dictionary+surname";
    e.key = entity_key(e.name, e.actor.code);
  }
}

void annotate_actors(const ActorResources& r, Document& doc) {
  add_dictionary_mentions(r, doc);
  add_defined_acronym_names(doc);
  const ActorCoder coder(r.dictionaries, r.countries);
  std::vector<Context> contexts;
  contexts.reserve(doc.entities.size());
  std::map<std::string, int> country_votes;  // ISO2 of coded entities
  const uint32_t doc_date = rules::date_number(doc.meta.date);
  const std::vector<int32_t> stops = role_stops(r, doc);
  const TokenIndex ix(doc);
  // The query borrows the context's roles (moved in and back, not copied:
  // this runs for every entity).
  auto code_entity = [&](const Entity& e, Context& c) {
    ActorQuery q;
    q.names.reserve(1 + e.mentions.size());
    q.names.push_back(e.name);
    // A name the tagger ran on over a dash ("Veritas - Latin for truth") is
    // also looked up as the words before it.
    if (const size_t dash = e.name.find(" - "); dash != std::string::npos && dash > 0) q.names.push_back(e.name.substr(0, dash));
    for (const auto& m : e.mentions) {
      if (m.kind == "name"sv || m.kind == "acronym"sv) q.names.emplace_back(doc.span_text(m.start, m.end));
    }
    q.type = e.type;
    q.roles = std::move(c.roles);
    q.name_agents = e.type == "ORG"sv;
    q.date = doc.meta.date;
    q.government_sense = c.government;
    ActorCode code = coder.code(q);
    c.roles = std::move(q.roles);
    return code;
  };
  for (Entity& e : doc.entities) {
    // "Lord Strathclyde", "Baroness Scotland": a peer the name tagger took
    // for an organisation is a person ("Lord Chancellor" is a title).
    if (e.type == "ORG"sv && is_peer_name(e.name) && coder.whole_agent_code(e.name).empty()) e.type = "PERSON";
    if (e.type == "ORG"sv && is_titled_person_name(e.name)) e.type = "PERSON";
    if (e.type == "ORG"sv) person_from_honorific(doc, e);
    // A country whose name holds a landform word ("Ivory Coast", "Faroe
    // Islands") is tagged a location; the gazetteer says the name is the
    // country's (not a state's or a sea's the dictionaries file under one),
    // so it is the country, coded and placed as a GPE.
    // (The name tagger already retypes a landform-headed country name; this
    // catches the LOC its model gives directly.)
    if (e.type == "LOC"sv && r.gazetteer) {
      const auto country = r.countries.find(e.name);
      if (country.kind == geo::CountryNameKind::kName && country.country >= 0) {
        const auto m = geo::Geocoder(*r.gazetteer).resolve(e.name, geo::GeoContext{});
        if (m && m->place.feature.starts_with("PCL")) e.type = "GPE";
      }
    }
    contexts.push_back(read_context(r, doc, ix, e, stops));
    // A body the name tagger called MISC ("The Scottish National Party
    // agreed") or a facility ("the Scottish Prison Service") is coded as the
    // organisation the dictionaries say it is; a MISC name with no such entry
    // (an event, a law) or a building stays uncoded.
    if (e.type == "MISC"sv || e.type == "FAC"sv) {
      const std::string type = e.type;
      e.type = "ORG";
      ActorCode code = code_entity(e, contexts.back());
      if (code.source == "dictionary" && !code.role.empty()) e.actor = std::move(code);
      else e.type = type;
    } else {
      e.actor = code_entity(e, contexts.back());
      // A name ending in a company's legal form that the tagger read as a
      // person or a place ("[Lehman Brothers Inc] said") is looked up as the
      // organisation it is: the coder then finds the multinational's entry
      // that lists it without the form (LEHMAN_BROTHERS_), which the rule
      // below would otherwise replace with the article's country. Only that
      // entry is taken: as an organisation its words ("Union", "Media")
      // would read as roles.
      if ((e.type == "PERSON"sv || e.type == "GPE"sv) && e.actor.source != "dictionary"sv &&
          ends_in_legal_form(e.name)) {
        const std::string type = e.type;
        e.type = "ORG";
        ActorCode code = code_entity(e, contexts.back());
        if (code.source == "dictionary" && code.code.starts_with("MNC")) e.actor = std::move(code);
        else e.type = type;
      }
    }
    // A continent or region ("Asia", "the North East") is in no one country,
    // whatever country the words around it name.
    if (e.type == "GPE"sv && e.actor.source == "country" && geo::is_region_name(geo::place_key(e.name))) e.actor = {};
    // The dictionaries know an organisation the name tagger took for a
    // place ("in Labour's manifesto"): a GPE whose entry carries a role.
    // (A code that is no country of the table, "GON", is not a role.)
    if (e.type == "GPE"sv && e.actor.source == "dictionary" && !e.actor.country.empty() && !e.actor.role.empty())
      e.type = "ORG";
    // So is a "place" whose whole name is a body's title ("decided in
    // Cabinet") or whose head noun names a public body ("Iraq's Ministry of
    // Communications", "the Argentine Work [Ministry]"): it is coded as the
    // organisation it is, also when the words around it gave it a country.
    if (e.type == "GPE"sv && (e.actor.code.empty() || e.actor.source == "country"sv) &&
        (is_cameo_role(coder.whole_agent_code(e.name)) || !organisation_head_role(dictionary_words(e.name)).empty())) {
      e.type = "ORG";
      e.actor = code_entity(e, contexts.back());
    }
    // A name ending in a company's legal form ("Wexford FC", "Acme plc") is
    // a firm, whatever the tagger took it for: business, of the country its
    // name states ("Ambuja Cement India Ltd"), else the words around it give,
    // else (below) of its sentence or the article. A dictionary entry with a
    // role of its own is kept.
    if (ends_in_legal_form(e.name) && e.actor.role.empty() &&
        (e.actor.code.empty() || e.actor.source == "country"sv || e.actor.source == "place"sv)) {
      e.type = "ORG";
      e.actor.role = "BUS";
      // The country its own name states beats one the words around it gave.
      const std::string named = country_in_firm_name(r.countries, e.name);
      if (!named.empty()) e.actor.country = named;
      e.actor.code = e.actor.country + "BUS";
      e.actor.source = e.actor.source.empty() ? "legal-form" : e.actor.source + "+legal-form";
    }
    e.key = entity_key(e.name, e.actor.code);
    // Votes by mentions: the country an article keeps naming leads. A state
    // that had ended by the document's date is history there, no country
    // the article is about (state_ended).
    const std::string home = home_country(r.countries, e.actor);
    if (!home.empty() && !state_ended(home, doc_date))
      country_votes[home] += static_cast<int>(std::max<size_t>(1, e.mentions.size()));
  }
  give_bare_titles(r, doc, ix, coder, contexts, code_entity);
  lords_as_court(doc, ix);
  // A state body first, so that no firm-officer rule reads it as a firm.
  code_bodies_of_the_state(doc);
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> spans;
  spans.reserve(contexts.size());
  for (Context& c : contexts) spans.push_back(std::move(c.role_spans));  // not read after this
  // Before the countries are filled in: an officer of a firm of no stated
  // country takes the sentence's or the article's, as any role does.
  code_firm_officers(doc, spans, &coder, doc.meta.date);
  // A role with no country takes the country its sentence names, the one
  // before it first ("OSLO - Foreign Minister Ingrid Solberg said ... with
  // Canada" is Norwegian), else the country the article is about, as a
  // coder reading the whole article would.
  struct Placed {
    uint32_t start;
    int64_t sentence;
    std::string country;
    bool firm;  // a multinational's country, not a place's or a word's
    bool destination;  // "a visit to [Osgiliath]": where one goes, not whose one is
    bool person;       // a person's own country (a dictionary office-holder's)
  };
  std::vector<Placed> placed;
  auto sentence_of = [&](uint32_t start) -> int64_t {
    const int32_t t = ix.token_at(start);
    return t < 0 ? -1 : static_cast<int64_t>(doc.tokens[static_cast<size_t>(t)].sentence);
  };
  for (const Entity& e : doc.entities) {
    const std::string home = home_country(r.countries, e.actor);
    if (home.empty() || state_ended(home, doc_date)) continue;
    const bool firm = e.actor.country.empty();
    for (const auto& m : e.mentions) {
      if (m.kind != "name"sv && m.kind != "acronym"sv) continue;
      const int32_t t = ix.token_at(m.start);
      const bool to = e.type == "GPE"sv && t > 0 && doc.token_text(doc.tokens[static_cast<size_t>(t - 1)]) == "to"sv;
      placed.push_back({m.start, sentence_of(m.start), home, firm, to, e.type == "PERSON"sv});
    }
  }
  std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.start < b.start; });
  const std::string lead = leading_country(country_votes);
  // The IGO code of the body whose possessive stands right before `start`
  // ("[EC]'s"), else empty.
  auto igo_owner = [&](uint32_t start) -> std::string {
    const int32_t t = ix.token_at(start);
    if (t < 2) return {};
    const std::string_view s = doc.token_text(doc.tokens[static_cast<size_t>(t - 1)]);
    if (s != "'s"sv && s != "\xE2\x80\x99s"sv) return {};
    const uint32_t owner_end = doc.tokens[static_cast<size_t>(t - 2)].end;
    for (const Entity& o : doc.entities) {
      if (o.actor.code.compare(0, 3, "IGO") != 0) continue;
      for (const auto& m : o.mentions)
        if (m.end == owner_end) return o.actor.code;
    }
    return {};
  };
  // Wire copy opens its body with a dateline ("BONN, April 2 - "): where the
  // story was filed is a state office's country when the article names no
  // leading one, as a reader takes a government spokesman in a Bonn story
  // for a German one. Not a firm's: London and New York datelines file the
  // world's business.
  bool us_dateline = false;
  const std::string dateline = lead.empty() ? dateline_country(r, doc, &us_dateline) : std::string();
  for (Entity& e : doc.entities) {
    if (e.type != "PERSON"sv && e.type != "ORG"sv) continue;
    if (!e.actor.country.empty() || !is_cameo_role(e.actor.code) || e.mentions.empty()) continue;
    // "the [EC]'s Executive Commission": a public body an intergovernmental
    // one owns is an organ of it, its code, not the country of the sentence.
    if (e.type == "ORG"sv && (e.actor.code.compare(0, 3, "GOV") == 0 || e.actor.code == "LEG"sv)) {
      const std::string owner = igo_owner(e.mentions.front().start);
      if (!owner.empty()) {
        e.actor.code = owner;
        e.actor.role = owner;
        e.actor.source += "+igo-owner";
        e.key = entity_key(e.name, e.actor.code);
        continue;
      }
    }
    // An international body is no country's (international_body.h).
    if (e.type == "ORG"sv) {
      const std::string igo = international_body_code(dictionary_words(e.name), e.actor.code);
      if (!igo.empty()) {
        e.actor.code = igo;
        e.actor.role = igo;
        e.actor.source += "+international-name";
        e.key = entity_key(e.name, e.actor.code);
        continue;
      }
    }
    const uint32_t at = e.mentions.front().start;
    const int64_t sentence = sentence_of(at);
    std::string country, source = "+article-country";
    // A firm's people belong to the firm's country, which the article is
    // about, not to the markets the sentence names ("exploration in Egypt",
    // said chief executive Ann Other).
    const bool business = e.actor.code == "BUS"sv && !lead.empty();
    // The attribution closing a sentence speaks for its subject, the first
    // country the sentence names (attribution.h).
    const int32_t first = ix.token_at(at), last = ix.token_ending(e.mentions.front().end);
    if (!business && sentence >= 0 && first >= 0 && last >= first &&
        closes_an_attribution(doc, static_cast<size_t>(first), static_cast<size_t>(last))) {
      for (const Placed& p : placed) {
        if (p.sentence != sentence || p.start >= at) continue;
        if (p.firm) continue;  // a firm's country is the firm's, not the subject's
        if (across_a_quote(doc.text, p.start, at) && !opens_a_quote(doc.text, p.start)) continue;
        country = p.country;
        source = "+sentence-subject";
        break;
      }
    }
    if (!business && sentence >= 0 && country.empty()) {
      for (const Placed& p : placed) {
        if (p.sentence != sentence) continue;
        // A country named inside a quote the role is outside of (or the
        // reverse) is what the speaker spoke of, unless it opens the quote
        // as its subject (quote_side.h).
        if (across_a_quote(doc.text, std::min(p.start, at), std::max(p.start, at)) &&
            !opens_a_quote(doc.text, p.start))
          continue;
        // A multinational named before the role is the one it speaks of
        // ("Acme's plans ... said Ann Other, president of its unit"); one
        // after it is the role's business only as often as not ("flew on an
        // Acme jet to Osgiliath", "told the court that Acme had ...").
        if (p.firm && p.start > at) continue;
        // A place a person travels to ("the minister's visit to [Osgiliath]") is
        // not the person's country.
        if (p.destination && e.type == "PERSON"sv) continue;
        // Another person's country is his own: a statesman named in the
        // sentence ("met [a former Soviet leader]") places no one else.
        if (p.person && e.type == "PERSON"sv) continue;
        if (p.start > at && !country.empty()) break;  // the nearest one before wins
        country = p.country;
        source = "+sentence-country";
        if (p.start > at) break;  // none before: the first one after
      }
    }
    if (country.empty()) country = lead;
    const std::string_view role = e.actor.code;
    // A US city-and-state dateline files a US story: a firm's people too.
    if (country.empty() && (role.starts_with("GOV"sv) || role == "LEG"sv || role == "MIL"sv || role == "JUD"sv ||
                            (us_dateline && role == "BUS"sv)))
      country = dateline;
    if (country.empty()) continue;
    e.actor.code = country + e.actor.code;
    e.actor.country = country;
    e.actor.source += source;
    e.key = entity_key(e.name, e.actor.code);
  }
  // Short names ("Blair", "the Bank") once the full names hold their
  // countries, and before a short name is taken for a place.
  code_short_names(doc);
  code_the_ec_commission(doc);
  code_by_dictionary_surname(r, doc, contexts, lead);
  code_people_by_their_bodies(doc, spans);
  code_people_by_the_body_before(doc, spans);
  // A worm or virus named after a town or a person is neither; a robot or
  // a software product is no actor; nor is a wire's sign-off.
  std::vector<bool> malware(doc.entities.size(), false);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    Entity& e = doc.entities[i];
    if (e.mentions.empty() || !(names_malware(doc, e) || names_a_machine(doc, e) || is_wire_sign_off(doc, e))) continue;
    malware[i] = true;
    e.actor = {};
    e.key = entity_key(e.name, "");
  }
  if (!r.gazetteer) return;
  const geo::Geocoder geocoder(*r.gazetteer);
  geo::GeoContext base;
  for (const auto& [cameo, votes] : country_votes) {
    if (const auto* country = r.countries.by_cameo(cameo)) base.countries.push_back(country->iso2);
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    Entity& e = doc.entities[i];
    if (malware[i]) continue;
    // A country's name tagged as an organisation ("the UK") is still the place.
    // The country table is asked only for the organisations it may turn
    // back into places: the lookup is a cache miss or two for every entity.
    if (!is_place_type(e.type)) {
      if (e.type != "ORG"sv && e.type != "MISC"sv) continue;
      const auto named = r.countries.find(e.name);
      if (named.country < 0 || named.kind != geo::CountryNameKind::kName) continue;
    }
    geo::GeoContext ctx = base;
    ctx.qualifiers = contexts[i].qualifiers;
    ctx.government_sense = contexts[i].government || e.actor.source == "capital";
    auto m = geocoder.resolve(e.name, ctx);
    if (!m) continue;
    e.has_geo = true;
    e.geo.lat = m->place.lat;
    e.geo.lon = m->place.lon;
    e.geo.country = m->place.country;
    e.geo.admin1 = m->place.admin1;
    e.geo.geonameid = m->place.geonameid;
    e.geo.feature = m->place.feature;
    // A town the dictionaries lack stands for its country, as the capitals
    // and large cities they list do ("talks in Halifax": CAN). Its place
    // says more than a country in the words before it ("Norway would meet
    // Canada in Tromsø").
    if (e.type == "GPE"sv && (e.actor.code.empty() || e.actor.source == "country")) {
      if (const auto* country = r.countries.by_iso2(e.geo.country)) {
        e.actor.code = e.actor.country = country->cameo;
        e.actor.source = "place";
        e.key = entity_key(e.name, e.actor.code);
      }
    }
  }
}

}  // namespace chronicle::actor
