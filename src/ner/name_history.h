// What the NER said earlier in the document about a word (Ratinov & Roth
// 2009's "extended prediction history"): for each lowercase word, the type
// of the last name it was part of in one of the previous kHistorySentences
// sentences of the same document. "Bush" tagged PERSON in the lead makes
// PERSON likelier for "Bush" in a headline-case sentence later on.
//
// The same object runs at tagging time (Ner::recognize: predictions), in
// `chronicle eval --ner` (predictions, reset at each document of the gold
// file) and in training (the labels of the previous pass), so the feature
// means the same everywhere. Sentences of a file without document marks (GMB)
// are one stream; the window keeps the history local.
//
// Thread safety: a value type; one per document being tagged.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>

#include "ner/ner_features.h"

namespace chronicle::ner {

inline constexpr uint32_t kHistorySentences = 20;

class NameHistory {
 public:
  // Forgets everything (a new document starts).
  void clear() {
    seen_.clear();
    sentence_ = 0;
  }
  // Sets atoms[i].history from the previous sentences.
  void fill(std::span<NerAtoms> atoms) const;
  // Records one tagged sentence (BILOU label ids as Ner::predict gives them)
  // and moves on to the next.
  void add(std::span<const NerAtoms> atoms, std::span<const uint32_t> labels);

 private:
  struct Seen {
    uint32_t type_plus_one;
    uint32_t sentence;
  };
  std::unordered_map<uint64_t, Seen> seen_;  // lowercase word atom -> last name type
  uint32_t sentence_ = 0;
};

}  // namespace chronicle::ner
