#include "event/name_word.h"

namespace chronicle::event {

bool matches_inside_actor_name(const DependencyView& view, uint32_t verb,
                               const std::vector<std::pair<uint32_t, uint32_t>>& matched) {
  const auto& tokens = view.doc().tokens;
  const auto& entities = view.doc().entities;
  for (const auto& [first, last] : matched) {
    if (first <= verb) continue;
    const int32_t e = view.entity_at(first);
    if (e < 0 || entities[e].actor.code.empty()) continue;
    bool whole = true;  // every matched token is of the same name
    for (uint32_t k = first; k <= last; ++k) whole = whole && view.entity_at(k) == e;
    if (!whole) continue;
    // The name goes on before or after the word: "European Community".
    const bool before = first > 0 && tokens[first - 1].sentence == tokens[first].sentence &&
                        view.entity_at(first - 1) == e;
    const bool after = last + 1 < tokens.size() && tokens[last + 1].sentence == tokens[last].sentence &&
                       view.entity_at(last + 1) == e;
    if (before || after) return true;
  }
  return false;
}

}  // namespace chronicle::event
