#include "event/dateline_party.h"

#include <algorithm>
#include <string>
#include <utility>

namespace chronicle::event {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

// A month as the wire writes it: "Oct", "Oct.", "October", "Sept".
size_t month_length(std::string_view s) {
  static constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",
                                                 "June",    "July",     "August",    "September", "October",
                                                 "November", "December"};
  size_t n = 0;
  while (n < s.size() && (upper(s[n]) || lower(s[n]))) ++n;
  if (n < 3) return 0;
  // Any case: the wire also writes "MARCH 5" and "JUne 15".
  std::string word(s.substr(0, n));
  for (size_t k = 1; k < word.size(); ++k)
    if (upper(word[k])) word[k] = static_cast<char>(word[k] - 'A' + 'a');
  if (lower(word[0])) word[0] = static_cast<char>(word[0] - 'a' + 'A');
  for (std::string_view m : kMonths)
    if (word == m || (n <= 4 && m.substr(0, n) == word)) return n < s.size() && s[n] == '.' ? n + 1 : n;
  return 0;
}

// The dateline opening `s`: {bytes of its place name, bytes through its
// dash}; {0, 0} when there is none.
std::pair<size_t, size_t> find_dateline(std::string_view s) {
  // The place: upper-case words (spaces, periods, hyphens and apostrophes
  // inside), at least two letters.
  size_t i = 0, letters = 0;
  while (i < s.size() && (upper(s[i]) || s[i] == ' ' || s[i] == '.' || s[i] == '-' || s[i] == '\'')) {
    if (upper(s[i])) ++letters;
    ++i;
  }
  // "ELMFORD - Harriet Vane said ...": a dateline without its date (the run
  // above took the dash and the body's first capital too). The body opens
  // with a capital or a quote: "BRC - the Arnor firm - said" is an acronym
  // and an aside, the sentence's subject.
  const size_t dash = s.substr(0, i).find(" - ");
  if (dash != std::string_view::npos && dash > 0 && dash + 3 < s.size() && (upper(s[dash + 3]) || s[dash + 3] == '"')) {
    size_t place_letters = 0;
    for (size_t k = 0; k < dash; ++k) place_letters += upper(s[k]);
    if (place_letters >= 2) return {dash, dash + 2};
  }
  if (letters < 2 || i >= s.size() || s[i] != ',') return {0, 0};
  size_t place_end = i;
  while (place_end > 0 && s[place_end - 1] == ' ') --place_end;
  // A state or country after the city ("ELMFORD, Calif., Oct 20 - ").
  size_t j = i + 1;
  while (j < s.size() && s[j] == ' ') ++j;
  size_t month = month_length(s.substr(j));
  if (month == 0) {
    // The wire writes a country that takes an article with it: "ARNHEM,
    // the Netherlands, April 1 - ".
    const size_t name = s.substr(j).starts_with("the ") ? j + 4 : j;
    size_t k = name;
    while (k < s.size() && (upper(s[k]) || lower(s[k]) || s[k] == '.' || s[k] == ' ') && s[k] != ',') ++k;
    if (k == name || k >= s.size() || s[k] != ',' || !upper(s[name])) return {0, 0};
    j = k + 1;
    while (j < s.size() && s[j] == ' ') ++j;
    month = month_length(s.substr(j));
    if (month == 0) return {0, 0};
  }
  j += month;
  if (j >= s.size() || s[j] != ' ') return {0, 0};
  ++j;
  size_t digits = 0;
  while (j < s.size() && digit(s[j]) && digits < 3) ++j, ++digits;
  if (digits == 0 || digits > 2) return {0, 0};
  if (s.substr(j, 3) != " - ") return {0, 0};
  return {place_end, j + 2};
}

}  // namespace

size_t dateline_place_length(std::string_view s) { return find_dateline(s).first; }

size_t dateline_length(std::string_view s) { return find_dateline(s).second; }

void drop_dateline_parties(Document& doc) {
  if (doc.events.empty()) return;
  auto only_in_dateline = [&](const std::string& entity, int32_t sentence) {
    if (entity.empty() || sentence < 0 || static_cast<size_t>(sentence) >= doc.sentences.size()) return false;
    const Sentence& s = doc.sentences[static_cast<size_t>(sentence)];
    const size_t dateline = dateline_length(doc.span_text(s.start, s.end));
    if (dateline == 0) return false;
    const auto e = std::find_if(doc.entities.begin(), doc.entities.end(), [&](const Entity& x) { return x.id == entity; });
    if (e == doc.entities.end()) return false;
    bool in_dateline = false;
    for (const auto& m : e->mentions) {
      if (m.start < s.start || m.start >= s.end) continue;
      if (m.end > s.start + dateline) return false;  // named again in the sentence itself
      in_dateline = true;
    }
    return in_dateline;
  };
  const size_t before = doc.events.size();
  doc.events.erase(std::remove_if(doc.events.begin(), doc.events.end(),
                                  [&](const Event& v) {
                                    return only_in_dateline(v.source.entity, v.sentence) ||
                                           only_in_dateline(v.target.entity, v.sentence);
                                  }),
                   doc.events.end());
  if (doc.events.size() == before) return;
  for (size_t i = 0; i < doc.events.size(); ++i) doc.events[i].id = "V" + std::to_string(i + 1);
}

}  // namespace chronicle::event
