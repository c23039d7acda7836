#include "event/attribution_phrase.h"

namespace chronicle::event {

bool is_attribution_phrase(const DependencyView& view, uint32_t t) {
  for (uint32_t c : view.children_with(t, "case")) {
    const std::string l = view.lemma(c);
    if (l == "according" || l == "accord") return true;
  }
  return false;
}

}  // namespace chronicle::event
