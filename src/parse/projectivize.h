// Pseudo-projective parsing (Nivre & Nilsson 2005, "head" encoding).
//
// The arc-hybrid system only builds projective trees. For training, each
// non-projective arc is lifted to its head's head (shortest arc first) until
// the tree is projective, and a lifted token's label is decorated with the
// label of its original head: "obj|xcomp". At output, deprojectivize() looks
// for that head below the token's current head (breadth first) and moves the
// token back; the decoration is removed either way.
//
// Heads are sentence-local: 0..n-1, -1 for the root.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::parse {

constexpr char kLiftSeparator = '|';

// True when no arc crosses another and the tree hangs from one root.
bool is_projective(const std::vector<int32_t>& heads);
// Number of arcs (h, d) with some token between h and d not below h.
int count_nonprojective_arcs(const std::vector<int32_t>& heads);

// Lifts until projective; returns the number of lifts made.
int projectivize(std::vector<int32_t>& heads, std::vector<std::string>& labels);
// Undoes projectivize() as far as the decorations allow; always leaves a tree
// and undecorated labels.
void deprojectivize(std::vector<int32_t>& heads, std::vector<std::string>& labels);

// "obj|xcomp" -> "obj"; undecorated labels are returned unchanged.
std::string_view base_label(std::string_view label);

}  // namespace chronicle::parse
