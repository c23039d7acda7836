#include "event/counted_meeting.h"

#include <string>

namespace chronicle::event {

namespace {

// Nouns that count a stretch of meetings by time or by number. Not "result"
// or "failure": "the failure of talks with Bo" is a thing said of the talks,
// whose subject is no side of them.
bool is_counting_noun(const std::string& lemma) {
  return lemma == "day" || lemma == "hour" || lemma == "week" || lemma == "month" || lemma == "year" ||
         lemma == "round" || lemma == "series" || lemma == "session";
}

}  // namespace

std::vector<uint32_t> counting_nouns(const DependencyView& view, uint32_t noun) {
  std::vector<uint32_t> out;
  uint32_t t = noun;
  // A chain is short; the bound keeps a malformed parse (a cycle) finite.
  for (int depth = 0; depth < 4; ++depth) {
    const Token& tok = view.token(t);
    if (tok.head < 0 || !deprel_is(tok.deprel, "nmod") || view.preposition(t) != "of") break;
    const auto head = static_cast<uint32_t>(tok.head);
    if (view.token(head).upos != "NOUN" || !is_counting_noun(view.lemma(head))) break;
    out.push_back(head);
    t = head;
  }
  return out;
}

}  // namespace chronicle::event
