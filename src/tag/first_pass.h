// The tagger's optional first pass (Tagger::Parts::first_pass): a cheap
// UPOS tagger over the static word-window features only (no predicted tags), run
// over the whole sentence before the main left-to-right pass, so that the
// main pass knows a guess of the tags to its *right* as well as the tags it
// already gave to its left. Its per-word score vectors come from the same
// kind of load-time cache as the main model's (17 UPOS floats per group
// instead of ~100 labels), so the pass costs a few short vector additions
// per word.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <span>

#include "learn/perceptron.h"
#include "tag/tag_features.h"

namespace chronicle::tag {

// First-pass label of a position outside the sentence.
inline constexpr uint32_t kFirstPassOutside = 0xfffe;


// Features of the main pass that read the first pass's UPOS classes `first`
// (one per word of the sentence) around position i, with the main pass's own
// previous label; returns how many (at most kMaxFirstPassFeatures).
inline constexpr size_t kMaxFirstPassFeatures = 6;
size_t first_pass_features(std::span<const uint32_t> first, std::span<const TokenAtoms> atoms, size_t i,
                           uint32_t prev1, learn::FeatureId* out);

}  // namespace chronicle::tag
