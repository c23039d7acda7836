// Parser features, in two steps (STYLE.md §6): fill a fixed array of context
// atoms from the state (s0..s2, b0..b2, outer children of s0, s1 and b0 with
// their words, tags and labels, distance, valency — after Zhang & Nivre 2011),
// then hash template combinations of them into feature ids for the averaged
// perceptron. Moves and labels are scored by two perceptrons with their own
// templates (labels: 3 move classes vs ~60 label classes would make one joint
// weight row ~40x wider per feature).
//
// Thread safety: pure functions over caller-owned buffers.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "learn/perceptron.h"
#include "parse/parse_state.h"

namespace chronicle::parse {

// What the parser knows of a token, hashed once per sentence.
struct TokenAtoms {
  uint64_t word = 0;  // lower-cased form
  uint64_t tag = 0;   // XPOS (falls back to UPOS when the tagger gives none)
  uint64_t upos = 0;
};

// Hashes of the raw strings; `atoms` gets size words.size() + 1, the last
// entry standing for the root.
void make_token_atoms(const std::vector<std::string_view>& words, const std::vector<std::string_view>& upos,
                      const std::vector<std::string_view>& xpos, std::vector<TokenAtoms>& atoms);
TokenAtoms token_atoms(std::string_view word, std::string_view upos, std::string_view xpos);
TokenAtoms root_atoms();

constexpr size_t kMaxMoveFeatures = 96;
constexpr size_t kMaxLabelFeatures = 48;

// Features for choosing the next move; returns how many were written. With
// `filter`, each feature's filter word is prefetched as soon as it is hashed,
// so the reads of the filter overlap the hashing of the features after it.
size_t move_features(const ParseState& state, const std::vector<TokenAtoms>& atoms, learn::FeatureId* out,
                     const learn::FeatureFilter* filter = nullptr);

// The same features in three groups, for a parser that keeps the scores of
// the first two between moves: kStack templates read only what stays as it
// is while s0 stays on the stack (the words, tags and distance of s0..s2,
// s0's left children and valency, s1's children);
// kBuffer templates read only b0..b2's words and tags, fixed while b0 is.
// kRest is every other template. Each feature keeps its move_features() id.
enum class MoveGroup : uint8_t { kStack, kBuffer, kRest };
constexpr size_t kNumMoveAtoms = 40;
using MoveAtoms = std::array<uint64_t, kNumMoveAtoms>;
void fill_move_atoms(const ParseState& state, const std::vector<TokenAtoms>& atoms, MoveAtoms& out);
size_t move_group_features(MoveGroup group, const MoveAtoms& atoms, learn::FeatureId* out,
                           const learn::FeatureFilter* filter = nullptr);

// Features for labelling the arc head -> dep about to be added.
// With `filter`, each feature's filter word is prefetched as it is hashed.
size_t label_features(const ParseState& state, const std::vector<TokenAtoms>& atoms, int32_t head, int32_t dep,
                      learn::FeatureId* out, const learn::FeatureFilter* filter = nullptr);

}  // namespace chronicle::parse
