#include "parse/arc_hybrid.h"

namespace chronicle::parse {
namespace {

// Gold dependents of `h` still in the buffer: they can only ever be attached
// to h while h is on the stack, so popping h loses all of them.
int buffer_dependents(const ParseState& st, const GoldTree& gold, int32_t h) {
  int count = 0;
  for (int32_t d = st.b0; d < st.n; ++d) count += gold.head[d] == h;
  return count;
}

bool shift_valid(const ParseState& st) { return st.b0 < st.n; }

int shift_cost(const ParseState& st, const GoldTree& gold, uint16_t) {
  const int32_t b = st.b0;
  const int32_t s0 = st.s(0);
  int cost = 0;
  // b can later take s0 as head (RIGHT) or a buffer token (LEFT), never a
  // deeper stack item.
  const int32_t gh = gold.head[b];
  if (gh != s0 && st.on_stack(gh)) ++cost;
  // Stack items can never take b as head once b sits above them.
  for (size_t i = 0; i < st.stack.size(); ++i) {
    const int32_t d = st.stack[i];
    if (d != st.n && gold.head[d] == b) ++cost;
  }
  return cost;
}

void shift_apply(ParseState& st, uint16_t) { st.stack.push_back(st.b0++); }

bool left_valid(const ParseState& st) { return st.b0 < st.n && st.stack.size() > 1; }

int left_cost(const ParseState& st, const GoldTree& gold, uint16_t label) {
  const int32_t s0 = st.s(0);
  const int32_t gh = gold.head[s0];
  int cost = 0;
  if (gh == st.b0) {
    if (label != kAnyLabel && gold.label[s0] != label) ++cost;
  } else if (gh == st.s(1) || (gh > st.b0 && gh < st.n)) {
    ++cost;
  }
  return cost + buffer_dependents(st, gold, s0);
}

void attach(ParseState& st, int32_t h, int32_t d, uint16_t label) {
  st.head[d] = h;
  st.label[d] = label;
  if (d < h) {
    st.lc2[h] = st.lc1[h];
    st.lc1[h] = d;
    if (st.nleft[h] < 255) ++st.nleft[h];
  } else {
    st.rc2[h] = st.rc1[h];
    st.rc1[h] = d;
    if (st.nright[h] < 255) ++st.nright[h];
  }
}

void left_apply(ParseState& st, uint16_t label) {
  const int32_t d = st.stack.back();
  st.stack.pop_back();
  attach(st, st.b0, d, label);
}

bool right_valid(const ParseState& st) {
  if (st.stack.size() < 2) return false;
  // Attaching to the root early would allow a second root later.
  if (st.s(1) == st.n) return st.b0 >= st.n;
  return true;
}

int right_cost(const ParseState& st, const GoldTree& gold, uint16_t label) {
  const int32_t s0 = st.s(0);
  const int32_t gh = gold.head[s0];
  int cost = 0;
  if (gh == st.s(1)) {
    if (label != kAnyLabel && gold.label[s0] != label) ++cost;
  } else if (st.in_buffer(gh)) {
    ++cost;
  }
  return cost + buffer_dependents(st, gold, s0);
}

void right_apply(ParseState& st, uint16_t label) {
  const int32_t d = st.stack.back();
  st.stack.pop_back();
  attach(st, st.stack.back(), d, label);
}

}  // namespace

const std::array<MoveDef, kNumMoves> kMoves = {{
    {"SHIFT", shift_valid, shift_cost, shift_apply},
    {"LEFT", left_valid, left_cost, left_apply},
    {"RIGHT", right_valid, right_cost, right_apply},
}};

}  // namespace chronicle::parse
