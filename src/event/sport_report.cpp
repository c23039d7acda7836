#include "event/sport_report.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace chronicle::event {

namespace {

// Words of sport news, lower case. `kSportOnly` seldom appear elsewhere.
constexpr std::array<std::string_view, 102> kSportWords = {
    "match", "matches", "striker", "strikers", "midfielder", "midfielders", "defender", "defenders",
    "goalkeeper", "keeper", "goal", "goals", "penalty", "penalties", "coach", "coaches", "league", "cup",
    "tournament", "semi-final", "quarter-final", "final", "finals", "championship", "championships", "medal",
    "medals", "olympics", "olympic", "race", "sprinter", "sprinters", "athlete", "athletes", "athletics", "seed",
    "seeds", "scrum", "fly-half", "prop", "flanker", "squad", "fixture", "fixtures", "premiership", "rugby",
    "football", "tennis", "cricket", "stadium", "referee", "kick-off", "half-time", "innings", "wicket",
    "wickets", "batsman", "batsmen", "bowler", "test", "season", "try", "tries", "tryscorer", "winger",
    "fullback", "full-back", "lock", "hooker", "set", "sets", "serve", "break-point", "tie-break", "grand",
    "slam", "title", "titles", "champion", "champions", "relay", "hurdles", "marathon", "club", "clubs",
    "manager", "victory", "defeat", "win", "wins", "draw", "replay", "injury", "injured", "transfer",
    "midfield", "forwards", "caps", "uncapped", "captain", "skipper", "coached"};
constexpr std::array<std::string_view, 31> kSportOnly = {
    "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "scrum", "fly-half", "flanker",
    "premiership", "rugby", "football", "tennis", "cricket", "wicket", "wickets", "batsman", "tryscorer",
    "winger", "referee", "kick-off", "half-time", "sprinter", "sprinters", "athletics", "olympics",
    "semi-final", "quarter-final", "tie-break", "midfield", "uncapped", "skipper"};

// Each word of the vocabulary with what it counts for, looked up once per
// word of the document: scanning both lists for every word was 2 % of the
// whole pipeline's instructions on BBC news.
constexpr uint8_t kSport = 1, kOnlySport = 2;

const std::unordered_map<std::string_view, uint8_t>& vocabulary() {
  static const std::unordered_map<std::string_view, uint8_t> table = [] {
    std::unordered_map<std::string_view, uint8_t> t;
    for (std::string_view w : kSportWords) t[w] |= kSport;
    for (std::string_view w : kSportOnly) t[w] |= kOnlySport;
    return t;
  }();
  return table;
}

// A word longer than every word of the vocabulary is none of them.
constexpr size_t kLongestWord = [] {
  size_t n = 0;
  for (std::string_view w : kSportWords) n = std::max(n, w.size());
  for (std::string_view w : kSportOnly) n = std::max(n, w.size());
  return n;
}();

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "30-20", "6-4": one or two digits, a hyphen, one or two digits, not part
// of a longer number, a date ("2004-05" has four digits) or an amount.
bool score_at(std::string_view t, size_t i, size_t& end) {
  size_t a = i;
  while (a < t.size() && is_digit(t[a])) ++a;
  if (a - i < 1 || a - i > 2 || a >= t.size() || t[a] != '-') return false;
  size_t b = a + 1;
  while (b < t.size() && is_digit(t[b])) ++b;
  end = b;
  if (b - a - 1 < 1 || b - a - 1 > 2) return false;
  if (b < t.size() && (t[b] == '-' || is_digit(t[b]))) return false;
  if (i > 0 && (t[i - 1] == '.' || t[i - 1] == ',' || t[i - 1] == '$' || t[i - 1] == '-')) return false;
  if (i > 1 && t[i - 2] == '\xc2' && t[i - 1] == '\xa3') return false;  // "£" in UTF-8
  return true;
}

}  // namespace

bool is_sport_report(std::string_view text) {
  const auto& table = vocabulary();
  size_t words = 0, sport = 0, sport_only = 0, scores = 0;
  std::string w;
  for (size_t i = 0; i < text.size();) {
    if (is_digit(text[i]) && (i == 0 || !is_digit(text[i - 1]))) {
      size_t end = i;
      if (score_at(text, i, end)) {
        ++scores;
        i = end;
        continue;
      }
    }
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    w.clear();
    while (i < text.size() && (is_letter(text[i]) || text[i] == '-')) {
      const char c = text[i++];
      w.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    ++words;
    if (w.size() > kLongestWord) continue;
    if (auto it = table.find(w); it != table.end()) {
      sport += (it->second & kSport) != 0;
      sport_only += (it->second & kOnlySport) != 0;
    }
  }
  if (words == 0 || sport < 4) return false;
  // A report of war or an election shares many words with sport ("victory",
  // "defeat", "captain", "injured", "race", "title"): without a word only sport
  // uses, or a score, it takes many more of them to be a match report.
  if (sport_only + scores == 0 && sport < 8) return false;
  return static_cast<double>(sport + 2 * sport_only + 3 * scores) / static_cast<double>(words) >= 0.04;
}

bool kept_in_sport_report(std::string_view cameo) {
  if (cameo.size() < 2) return false;
  const std::string_view root = cameo.substr(0, 2);
  if (root == "01" || root == "02" || root == "05") return true;
  return root == "03" && !cameo.starts_with("036");
}

}  // namespace chronicle::event
