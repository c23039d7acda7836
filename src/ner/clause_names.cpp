#include "ner/clause_names.h"

#include <algorithm>
#include <string_view>

namespace chronicle::ner {

namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool lowercase_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }) &&
         w[0] != '-';
}

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// A token no name holds inside it.
bool breaks_name(const Document& doc, const NameMention& m, uint32_t t) {
  const Token& tok = doc.tokens[t];
  const std::string_view w = doc.token_text(tok);
  if (one_of(w, {",", ":", ";", "(", ")", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D"})) {
    if (w != "," || t + 1 >= m.last_token) return true;
    const std::string_view next = doc.token_text(doc.tokens[t + 1]);
    return !one_of(next, {"Inc", "Ltd", "Co", "Corp", "LLC", "Plc", "PLC", "plc", "SA", "AG", "NV", "LP", "Jr", "Sr"});
  }
  if (lowercase_word(w) && (tok.upos == "VERB" || tok.upos == "AUX")) return true;
  return m.type == "PERSON" && w == "and";
}

bool weekday_or_month(std::string_view w) {
  return one_of(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                    "February", "March", "April", "June", "July", "August", "September", "October", "November",
                    "December"});
}

// "Finance Minister Ana Dale on Monday", "Bree Corp since March": a name
// does not end in a date phrase the tagger ran on into it (a preposition or
// "last"/"next", then a weekday or a month, maybe a day's number); the end
// moves back before the phrase. ("May" is left out: it is also a verb and a
// name.)
void drop_trailing_date(const Document& doc, NameMention& m) {
  auto word = [&](uint32_t t) { return doc.token_text(doc.tokens[t]); };
  if (m.last_token < m.first_token + 3) return;
  uint32_t end = m.last_token;
  if (!word(end - 1).empty() && std::all_of(word(end - 1).begin(), word(end - 1).end(), [](char c) { return c >= '0' && c <= '9'; }))
    --end;
  if (end < m.first_token + 3 || !weekday_or_month(word(end - 1))) return;
  if (!one_of(word(end - 2), {"on", "in", "at", "by", "since", "until", "till", "from", "last", "next", "this", "early",
                              "late"}))
    return;
  const uint32_t last = end - 2;
  m.last_token = last;
  m.end = doc.tokens[last - 1].end;
}

}  // namespace

void split_clause_names(const Document& doc, std::vector<NameMention>& names) {
  auto word = [&](uint32_t t) { return doc.token_text(doc.tokens[t]); };
  std::vector<NameMention> out;
  out.reserve(names.size());
  for (NameMention& m : names) {
    drop_trailing_date(doc, m);
    bool split = false;
    for (uint32_t t = m.first_token + 1; t + 1 < m.last_token && !split; ++t) split = breaks_name(doc, m, t);
    if (!split) {
      out.push_back(std::move(m));
      continue;
    }
    uint32_t a = m.first_token;
    for (uint32_t t = m.first_token; t <= m.last_token; ++t) {
      if (t < m.last_token && (t == m.first_token || t + 1 == m.last_token || !breaks_name(doc, m, t))) continue;
      uint32_t first = a, last = t;
      a = t + 1;
      while (first < last && lowercase_word(word(first))) ++first;
      while (last > first && lowercase_word(word(last - 1))) --last;
      // A quote or colon before a piece starts a sentence: a lone pronoun there is capitalised for that.
      bool named = !(last == first + 1 && one_of(word(first), {"I", "It", "He", "She", "We", "They", "You", "This",
                                                               "That", "The", "A", "An", "There", "His", "Her", "Its",
                                                               "Our", "Their"}));
      bool capital = false;
      for (uint32_t k = first; k < last; ++k) capital = capital || capitalised(word(k));
      named = named && capital;
      if (named) out.push_back({doc.tokens[first].start, doc.tokens[last - 1].end, first, last, m.type});
    }
  }
  names = std::move(out);
}

}  // namespace chronicle::ner
