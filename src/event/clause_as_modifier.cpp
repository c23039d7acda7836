#include "event/clause_as_modifier.h"

#include <string>

namespace chronicle::event {

int32_t modified_root_subject(const DependencyView& v, uint32_t verb) {
  const Token& tok = v.token(verb);
  if (tok.upos != "VERB" || tok.deprel != "acl" || tok.head < 0) return -1;
  if (tok.xpos != "VBD" && tok.xpos != "VBN") return -1;
  const auto noun = static_cast<uint32_t>(tok.head);
  const Token& head = v.token(noun);
  // The noun is the sentence's root (no verb governs it) or a subject (of
  // a later verb: "helicopters destroyed gunboats after a helicopter came
  // under fire", parsed with "helicopters" the subject of "came"), and ends
  // right before the verb: "helicopters destroyed", not "the helicopters of
  // the fleet destroyed".
  if ((head.head >= 0 && head.deprel != "nsubj") || (head.upos != "NOUN" && head.upos != "PROPN") || noun + 1 != verb)
    return -1;
  bool object = false;
  for (uint32_t c : v.children(verb)) {
    const std::string& r = v.token(c).deprel;
    if (deprel_is(r, "obj")) object = true;
    // A clause with a subject, auxiliary or marker of its own is no stray predicate.
    if (deprel_is(r, "nsubj") || deprel_is(r, "aux") || deprel_is(r, "cop") || deprel_is(r, "mark")) return -1;
  }
  return object ? static_cast<int32_t>(noun) : -1;
}

}  // namespace chronicle::event
