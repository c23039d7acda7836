#include "event/meeting_setting.h"

#include <string>

namespace chronicle::event {

namespace {

bool is_setting_meeting_noun(const std::string& lemma) {
  return lemma == "meeting" || lemma == "talk" || lemma == "talks" || lemma == "discussion" ||
         lemma == "summit" || lemma == "negotiation";
}

// A modifier that names a side or says whose the meeting is: an owner
// ("their talks"), a "with", "between", "among" or "of" phrase, a name or a
// nationality before it ("the Gondor talks", "Arnorian-Gondorian talks").
bool names_a_side(const DependencyView& view, uint32_t noun) {
  for (uint32_t c : view.children(noun)) {
    const std::string& r = view.token(c).deprel;
    if (deprel_is(r, "nmod")) {
      if (r == "nmod:poss") return true;
      const std::string p = view.preposition(c);
      if (p == "with" || p == "between" || p == "among" || p == "of") return true;
    }
    if ((deprel_is(r, "compound") || deprel_is(r, "amod")) &&
        (view.entity_at(c) >= 0 || view.token(c).upos == "PROPN"))
      return true;
  }
  return false;
}

}  // namespace

int32_t bare_meeting_setting(const DependencyView& view, uint32_t verb) {
  for (uint32_t c : view.children_with(verb, "obl")) {
    const std::string p = view.preposition(c);
    if (p != "in" && p != "at" && p != "during") continue;
    if (view.token(c).upos != "NOUN" || !is_setting_meeting_noun(view.lemma(c))) continue;
    if (names_a_side(view, c)) return -1;
    return static_cast<int32_t>(c);
  }
  return -1;
}

}  // namespace chronicle::event
