// ParseState: the configuration of the arc-hybrid transition parser as plain
// data (STYLE.md §6). No model code lives here; the move table in
// arc_hybrid.h reads and changes it.
//
// Tokens of one sentence are numbered 0..n-1; index n is the artificial root,
// which sits at the bottom of the stack for the whole parse.
// Thread safety: a plain value owned by one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chronicle::parse {

constexpr int32_t kNone = -1;  // "no token" in every index field below

struct ParseState {
  int32_t n = 0;               // tokens in the sentence; n is the root
  std::vector<int32_t> stack;  // stack.front() == n (the root)
  int32_t b0 = 0;              // first buffer token; the buffer is [b0, n)
  // Per token (size n + 1, the root included): its head (kNone until attached,
  // n for the root) and label id.
  std::vector<int32_t> head;
  std::vector<uint16_t> label;
  // Children kept for features. In arc-hybrid a token gains left children only
  // while it is b0 and right children only while it is s1, each new one lying
  // further out, so "newest" is also "outermost".
  std::vector<int32_t> lc1, lc2, rc1, rc2;  // outermost and second-outermost
  std::vector<uint8_t> nleft, nright;       // valency, saturating at 255

  void reset(int32_t num_tokens) {
    n = num_tokens;
    stack.clear();
    stack.reserve(static_cast<size_t>(n) + 1);
    stack.push_back(n);
    b0 = 0;
    const size_t size = static_cast<size_t>(n) + 1;
    head.assign(size, kNone);
    label.assign(size, 0);
    lc1.assign(size, kNone);
    lc2.assign(size, kNone);
    rc1.assign(size, kNone);
    rc2.assign(size, kNone);
    nleft.assign(size, 0);
    nright.assign(size, 0);
  }

  bool terminal() const { return b0 >= n && stack.size() == 1; }
  // i-th stack item from the top (0 = s0), or kNone.
  int32_t s(size_t i) const { return i < stack.size() ? stack[stack.size() - 1 - i] : kNone; }
  // i-th buffer item (0 = b0), or kNone.
  int32_t b(int32_t i) const { return b0 + i < n ? b0 + i : kNone; }
  // Tokens left of b0 without a head are exactly the stack (popping attaches).
  bool on_stack(int32_t t) const { return t == n || (t < b0 && head[t] == kNone); }
  bool in_buffer(int32_t t) const { return t >= b0 && t < n; }
};

}  // namespace chronicle::parse
