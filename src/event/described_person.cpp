#include "event/described_person.h"

namespace chronicle::event {

int32_t person_described(const DependencyView& v, int32_t e) {
  const Document& doc = v.doc();
  if (e < 0) return -1;
  const std::string& type = doc.entities[static_cast<size_t>(e)].type;
  // A body or a country opening a title ("Bank of Gondor Governor Ana
  // Dale", "Gondor Foreign Minister Ana Dale"; the name tagger splits the
  // body off the officer) describes the officer too, but only through
  // capitalised title words: "the Treasury and finance minister Ana Dale"
  // are two sides.
  const bool body = type == "ORG" || type == "GPE";
  if (type != "NORP" && !body) return -1;
  for (const EntityMention& m : doc.entities[static_cast<size_t>(e)].mentions) {
    if (m.tokens.empty()) continue;
    const uint32_t last = m.tokens.back();
    const uint32_t sentence = doc.tokens[last].sentence;
    for (uint32_t k = last + 1; k < doc.tokens.size() && k <= last + (body ? 4 : 8); ++k) {
      const Token& tok = doc.tokens[k];
      if (tok.sentence != sentence || tok.upos == "PUNCT" || tok.upos == "VERB" || tok.upos == "AUX") break;
      if (body) {
        const std::string_view w = doc.token_text(tok);
        if (w.empty() || !(w.front() >= 'A' && w.front() <= 'Z')) break;
      }
      // The view's token index: scanning every entity's mentions here ran
      // for each token of each mention of each side (cubic on a long story).
      const int32_t other = v.entity_at(k);
      if (other < 0) continue;
      // "between Gondorian officials and Ana Dale": a person right after
      // "and" / "or" is the next side, not the one the nationality opens a
      // role phrase for ("minister of mines and power Omar Haddad" has
      // its title words between).
      if (doc.entities[static_cast<size_t>(other)].type == "PERSON")
        return doc.tokens[k - 1].upos == "CCONJ" ? -1 : other;
      break;  // another name first: "Gondorian Bree Corp chief Ana Dale" is Bree Corp's
    }
  }
  return -1;
}

}  // namespace chronicle::event
