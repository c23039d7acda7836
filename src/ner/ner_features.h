// Feature extraction for the NER tagger, shared by the runtime and the
// trainer (STYLE.md §6: atoms first, then hashed templates). A token's atoms
// are the tagger's word atoms (word, lowercase, affixes, shape, Brown-cluster
// prefixes) plus its XPOS and its gazetteer match; templates combine the
// atoms of i-2..i+2 with the two previous predicted BILOU labels.
//
// Thread safety: stateless functions.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "learn/perceptron.h"
#include "ner/gazetteer.h"
#include "ner/word_atoms_cache.h"
#include "tag/tag_features.h"

namespace chronicle::ner {

struct NerAtoms {
  tag::TokenAtoms word;
  uint64_t xpos = 0;
  uint64_t gazetteer = 0;  // 0 when the token matches no phrase
  bool all_caps_sentence = false;
  // No word but "I" and the first has a capital letter (chat, forum and
  // search-box text: "flights to tampa bay"): case then says nothing either.
  bool lowercase_sentence = false;
  // Type (1 + type index) of the last name this word was part of in the
  // previous sentences of the document, 0 for none (ner/name_history.h).
  uint32_t history = 0;
  // No capital letter, no non-ASCII byte, no gazetteer match, and the next
  // token the same (or none): such a token does not start a name (see
  // starts_outside).
  bool plain_lower = false;
};

inline constexpr size_t kMaxNerFeatures = 60;
inline constexpr uint32_t kNoLabel = 0xffff;  // before the sentence start

// Atoms of one sentence: `forms` and `xpos` (may be empty strings) are per
// token; `clusters` holds at most two sets. With `cache` (bound to the owner
// of `clusters`), the word atoms come from it: the same atoms, faster.
void sentence_atoms(std::span<const std::string_view> forms, std::span<const std::string_view> xpos,
                    std::span<const tag::WordClusters> clusters, const Gazetteer& gazetteer,
                    std::span<NerAtoms> out, WordAtomsCache* cache = nullptr);

// Whether the label at a token is O without scoring it: outside a span
// (`prev_outside`: the previous label is O, L or U, or none) a plain
// lowercase word does not start a name. Most tokens of ordinary text are
// such words, so skipping them is most of the NER's speed; the trainer
// applies the same rule, so the model never learns what it cannot predict.
inline bool starts_outside(const NerAtoms& a, bool prev_outside) { return prev_outside && a.plain_lower; }

// Features of position i into `out` (capacity kMaxNerFeatures); returns how many.
size_t ner_features(std::span<const NerAtoms> atoms, size_t i, uint32_t prev1, uint32_t prev2,
                    learn::FeatureId* out);

}  // namespace chronicle::ner
