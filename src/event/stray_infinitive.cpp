#include "event/stray_infinitive.h"

namespace chronicle::event {

namespace {

bool has_to(const DependencyView& v, uint32_t verb) {
  for (uint32_t m : v.children_with(verb, "mark"))
    if (v.lemma(m) == "to") return true;
  return false;
}

}  // namespace

bool is_stray_infinitive(const DependencyView& v, uint32_t verb) {
  const Token& t = v.token(verb);
  if (t.head < 0 || !has_to(v, verb)) return false;
  if (!deprel_is(t.deprel, "conj") && !deprel_is(t.deprel, "parataxis") && !deprel_is(t.deprel, "dep")) return false;
  // "to meet Bo and to sign the pact": infinitives coordinated with each
  // other share their governor's mood (event_mood.h).
  return !has_to(v, static_cast<uint32_t>(t.head));
}

}  // namespace chronicle::event
