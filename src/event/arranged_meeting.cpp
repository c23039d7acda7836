#include "event/arranged_meeting.h"

#include <string>

namespace chronicle::event {

namespace {

// Words that arrange a meeting rather than wish for one: "plans to meet",
// "is scheduled to meet", "is due to meet", "agreed to meet", "is to meet".
bool is_arrangement_word(const std::string& lemma) {
  return lemma == "plan" || lemma == "schedule" || lemma == "due" || lemma == "set" || lemma == "arrange" ||
         lemma == "agree" || lemma == "be";
}

}  // namespace

bool is_arranged_meeting(const DependencyView& view, uint32_t verb) {
  for (uint32_t c : view.children_with(verb, "aux")) {
    const std::string l = view.lemma(c);
    if (l == "will" || l == "shall" || l == "'ll") return true;
  }
  const Token& tok = view.token(verb);
  if (tok.head < 0 || !deprel_is(tok.deprel, "xcomp")) return false;
  return is_arrangement_word(view.lemma(static_cast<uint32_t>(tok.head)));
}

}  // namespace chronicle::event
