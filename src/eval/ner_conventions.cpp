#include "eval/ner_conventions.h"

#include <array>
#include <string>

#include "eval/ner_eval.h"

namespace chronicle::eval {

bool is_person_title(std::string_view word) {
  static constexpr std::array<std::string_view, 78> kTitles = {
      "mr",          "mr.",        "mrs",        "mrs.",       "ms",         "ms.",       "dr",         "dr.",
      "miss",        "sir",        "dame",       "lord",       "lady",       "president", "vice",       "prime",
      "minister",    "secretary",  "secretary-general",        "premier",    "chancellor", "king",     "queen",
      "prince",      "princess",   "emperor",    "sultan",     "emir",       "sheikh",    "sheik",      "pope",
      "cardinal",    "archbishop", "bishop",     "rev.",       "reverend",   "ayatollah", "imam",       "cleric",
      "general",     "gen.",       "lieutenant", "lt.",        "colonel",    "col.",      "major",      "maj.",
      "captain",     "capt.",      "admiral",    "adm.",       "sergeant",   "sgt.",      "commander",  "senator",
      "sen.",        "representative",           "rep.",       "governor",   "gov.",      "mayor",      "ambassador",
      "envoy",       "chairman",   "chairwoman", "director",   "chief",      "judge",     "justice",    "spokesman",
      "spokeswoman", "leader",     "president-elect",          "commissioner", "coach",   "officer",    "deputy",
      "counselor"};
  std::string lower(word);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (std::string_view t : kTitles)
    if (lower == t) return true;
  return false;
}

int strip_person_titles(NerSentence& s) {
  int changed = 0;
  for (const NerSpan& span : bio_spans(s.tags)) {
    if (coarse_ner_type(span.type) != "PER") continue;
    uint32_t cut = span.first;  // first token kept
    for (uint32_t i = span.first; i < span.last; ++i)
      if (is_person_title(s.forms[i])) cut = i + 1;
    if (cut == span.first) continue;
    ++changed;
    const bool name_follows = cut < span.last && !s.forms[cut].empty() && s.forms[cut][0] >= 'A' && s.forms[cut][0] <= 'Z';
    const std::string type = span.type;
    for (uint32_t i = span.first; i < span.last; ++i) s.tags[i] = "O";
    if (!name_follows) continue;
    s.tags[cut] = "B-" + type;
    for (uint32_t i = cut + 1; i < span.last; ++i) s.tags[i] = "I-" + type;
  }
  return changed;
}

int strip_person_titles(NerCorpus& corpus) {
  int changed = 0;
  for (NerSentence& s : corpus.sentences) changed += strip_person_titles(s);
  return changed;
}

}  // namespace chronicle::eval
