#include "ner/name_history.h"

namespace chronicle::ner {

void NameHistory::fill(std::span<NerAtoms> atoms) const {
  for (NerAtoms& a : atoms) {
    a.history = 0;
    auto it = seen_.find(a.word.lower);
    if (it != seen_.end() && sentence_ - it->second.sentence <= kHistorySentences) a.history = it->second.type_plus_one;
  }
}

void NameHistory::add(std::span<const NerAtoms> atoms, std::span<const uint32_t> labels) {
  for (size_t i = 0; i < atoms.size() && i < labels.size(); ++i) {
    // Only words inside names: an O says little (most words are O), and a
    // capitalised O word stays unseen rather than voting against a name.
    if (labels[i] == 0) continue;
    seen_[atoms[i].word.lower] = {(labels[i] - 1) / 4 + 1, sentence_};
  }
  ++sentence_;
}

}  // namespace chronicle::ner
