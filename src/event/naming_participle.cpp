#include "event/naming_participle.h"

#include <string>

namespace chronicle::event {

namespace {

// "dedicated to Harriet Vane called ...", parsed with "Vane" the subject of
// "called": a subject behind a preposition is an oblique the parser
// mislabelled.
bool behind_preposition(const DependencyView& v, uint32_t s) {
  for (uint32_t c : v.children_with(s, "case"))
    if (v.token(c).upos == "ADP") return true;
  return false;
}

}  // namespace

bool is_naming_participle(const DependencyView& v, uint32_t verb) {
  const std::string l = v.lemma(verb);
  if (l != "call" && l != "name" && l != "dub" && l != "entitle" && l != "title") return false;
  const Token& t = v.token(verb);
  bool subject = false, mislabelled = false;
  for (uint32_t c : v.children(verb)) {
    const std::string& r = v.token(c).deprel;
    if (deprel_is(r, "aux")) return false;
    if (deprel_is(r, "obl") && v.preposition(c) == "by") return false;
    if (!deprel_is(r, "nsubj")) continue;
    if (behind_preposition(v, c)) mislabelled = true;
    else subject = true;
  }
  // A clause with such an oblique for a subject is the relative misparsed
  // (the parser may make the participle the sentence's root, with the
  // nouns before it as its subjects).
  if (mislabelled) return true;
  return !subject && deprel_is(t.deprel, "acl");
}

}  // namespace chronicle::event
