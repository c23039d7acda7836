// The arc-hybrid transition system as a table of moves (STYLE.md §6), each
// with is_valid / cost / apply, plus the gold tree the costs are measured
// against.
//
//   SHIFT     push b0
//   LEFT(l)   pop s0, attach it to b0 with label l
//   RIGHT(l)  pop s0, attach it to s1 with label l
//
// The root starts on the stack. RIGHT onto the root is allowed only once the
// buffer is empty, so every terminal state is a tree with exactly one root.
//
// cost() is the dynamic oracle of Goldberg & Nivre (2013): the number of gold
// arcs that were still reachable and that the move makes unreachable (plus one
// for a wrong label on a correct arc). It is exact for projective gold trees.
// Thread safety: the table is constant data.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "parse/parse_state.h"

namespace chronicle::parse {

enum MoveKind : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };
constexpr int kNumMoves = 3;
constexpr uint16_t kAnyLabel = 0xFFFF;  // cost(): ignore the label

// Gold heads in state numbering (n = root) and label ids, size n.
struct GoldTree {
  std::vector<int32_t> head;
  std::vector<uint16_t> label;
};

struct MoveDef {
  const char* name;
  bool (*is_valid)(const ParseState& state);
  int (*cost)(const ParseState& state, const GoldTree& gold, uint16_t label);
  void (*apply)(ParseState& state, uint16_t label);
};

extern const std::array<MoveDef, kNumMoves> kMoves;

}  // namespace chronicle::parse
