#include "event/town_qualifier.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace chronicle::event {

namespace {

// Words after a place that make it a government: "the Victoria state government".
bool names_own_government(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kWords = {"state", "provincial", "regional",
                                                             "municipal", "city", "county"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

}  // namespace

bool town_qualifies_phrase(const Document& doc, int32_t e, uint32_t head, const std::vector<uint32_t>& phrase) {
  if (e < 0) return false;
  const Entity& ent = doc.entities[static_cast<size_t>(e)];
  if (ent.type != "GPE" || !ent.has_geo || ent.geo.feature.empty() || ent.geo.feature.starts_with("PCL")) return false;
  const auto in_phrase = [&](uint32_t k) { return std::find(phrase.begin(), phrase.end(), k) != phrase.end(); };
  for (const EntityMention& m : ent.mentions) {
    if (m.tokens.empty() || !in_phrase(m.tokens.front())) continue;
    const uint32_t last = m.tokens.back();
    if (last >= head) return false;  // the town heads the phrase or follows its head: "arrived in Elmford"
    const Token& next = doc.tokens[last + 1];
    const std::string_view w = doc.token_text(next);
    if (names_own_government(w)) return false;
    // A capital after the town is more of a name: "the Elmford Board of Trade".
    if (w == "-") return true;
    if (w.empty() || !std::islower(static_cast<unsigned char>(w.front()))) continue;
    if (next.upos == "NOUN" || next.upos == "ADJ" || next.upos == "VERB") return true;
  }
  return false;
}

}  // namespace chronicle::event
