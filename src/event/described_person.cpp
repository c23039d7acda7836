#include "event/described_person.h"

namespace chronicle::event {

namespace {

// The entity whose mention covers token `k`, or -1.
int32_t entity_at_token(const Document& doc, uint32_t k) {
  for (size_t e = 0; e < doc.entities.size(); ++e)
    for (const EntityMention& m : doc.entities[e].mentions)
      for (uint32_t t : m.tokens)
        if (t == k) return static_cast<int32_t>(e);
  return -1;
}

}  // namespace

int32_t person_described(const Document& doc, int32_t e) {
  if (e < 0) return -1;
  const std::string& type = doc.entities[static_cast<size_t>(e)].type;
  // A body or a country opening a title ("U.S. Treasury Secretary James
  // Baker", "Gondor Foreign Minister Ana Dale"; the name tagger splits the
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
      const int32_t other = entity_at_token(doc, k);
      if (other < 0) continue;
      if (doc.entities[static_cast<size_t>(other)].type == "PERSON") return other;
      break;  // another name first: "Gondorian Bree Corp chief Ana Dale" is Bree Corp's
    }
  }
  return -1;
}

}  // namespace chronicle::event
