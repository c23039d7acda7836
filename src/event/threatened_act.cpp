#include "event/threatened_act.h"

namespace chronicle::event {

bool is_threatened_act(const DependencyView& view, uint32_t verb) {
  const Token& tok = view.token(verb);
  if (tok.head < 0 || view.lemma(static_cast<uint32_t>(tok.head)) != "threaten") return false;
  if (deprel_is(tok.deprel, "xcomp")) return true;
  // The parser labels some "threatened to attack" an adverbial clause; its
  // "to" marks it as the threat's infinitive all the same.
  if (!deprel_is(tok.deprel, "advcl")) return false;
  for (uint32_t c : view.children_with(verb, "mark"))
    if (view.lemma(c) == "to") return true;
  return false;
}

std::string threat_code(const std::string& act) {
  if (act.starts_with("13")) return act;
  if (act.starts_with("18") || act.starts_with("19") || act.starts_with("20")) return "138";
  return "130";
}

}  // namespace chronicle::event
