#include "parse/projectivize.h"

#include <algorithm>
#include <cstdlib>

namespace chronicle::parse {
namespace {

// True when `a` is `h` or lies below it. Bounded walk: a malformed input with
// a cycle cannot loop forever.
bool dominates(const std::vector<int32_t>& heads, int32_t h, int32_t a) {
  const size_t n = heads.size();
  for (size_t steps = 0; a >= 0 && steps <= n; ++steps) {
    if (a == h) return true;
    a = heads[static_cast<size_t>(a)];
  }
  return false;
}

bool arc_is_projective(const std::vector<int32_t>& heads, int32_t d) {
  const int32_t h = heads[static_cast<size_t>(d)];
  if (h < 0) return true;  // the root dominates every token
  const int32_t lo = h < d ? h : d;
  const int32_t hi = h < d ? d : h;
  for (int32_t k = lo + 1; k < hi; ++k)
    if (!dominates(heads, h, k)) return false;
  return true;
}

}  // namespace

std::string_view base_label(std::string_view label) {
  const size_t bar = label.find(kLiftSeparator);
  return bar == std::string_view::npos ? label : label.substr(0, bar);
}

int count_nonprojective_arcs(const std::vector<int32_t>& heads) {
  int count = 0;
  for (size_t d = 0; d < heads.size(); ++d) count += !arc_is_projective(heads, static_cast<int32_t>(d));
  return count;
}

bool is_projective(const std::vector<int32_t>& heads) {
  int roots = 0;
  for (int32_t h : heads) roots += h < 0;
  return roots <= 1 && count_nonprojective_arcs(heads) == 0;
}

int projectivize(std::vector<int32_t>& heads, std::vector<std::string>& labels) {
  const std::vector<std::string> original = labels;
  int lifts = 0;
  for (;;) {
    // The shortest non-projective arc first: lifting it often repairs the
    // longer ones that cross it.
    int32_t best = -1;
    int32_t best_len = 0;
    for (size_t d = 0; d < heads.size(); ++d) {
      const int32_t di = static_cast<int32_t>(d);
      if (arc_is_projective(heads, di)) continue;
      const int32_t len = std::abs(heads[d] - di);
      if (best < 0 || len < best_len) {
        best = di;
        best_len = len;
      }
    }
    if (best < 0) return lifts;
    const size_t d = static_cast<size_t>(best);
    const int32_t h = heads[d];
    if (labels[d].find(kLiftSeparator) == std::string::npos)
      labels[d] += kLiftSeparator + std::string(base_label(original[static_cast<size_t>(h)]));
    heads[d] = heads[static_cast<size_t>(h)];
    ++lifts;
  }
}

void deprojectivize(std::vector<int32_t>& heads, std::vector<std::string>& labels) {
  // Most sentences have no lifted arc, and then nothing changes: skip the
  // quadratic walk below.
  if (std::none_of(labels.begin(), labels.end(),
                   [](const std::string& l) { return l.find(kLiftSeparator) != std::string::npos; }))
    return;
  const int32_t n = static_cast<int32_t>(heads.size());
  // Top-down order: a token's lifted ancestors are lowered before it, so the
  // head it is looking for is more likely to be back below its current head.
  std::vector<int32_t> order;
  order.reserve(static_cast<size_t>(n));
  for (int32_t d = 0; d < n; ++d)
    if (heads[static_cast<size_t>(d)] < 0) order.push_back(d);
  for (size_t i = 0; i < order.size(); ++i)
    for (int32_t c = 0; c < n; ++c)
      if (heads[static_cast<size_t>(c)] == order[i]) order.push_back(c);
  std::vector<int32_t> queue;
  for (int32_t d : order) {
    std::string& label = labels[static_cast<size_t>(d)];
    const size_t bar = label.find(kLiftSeparator);
    if (bar == std::string::npos) continue;
    const std::string wanted = label.substr(bar + 1);
    label.resize(bar);
    const int32_t h = heads[static_cast<size_t>(d)];
    if (h < 0) continue;
    // Breadth first below the current head, never into d's own subtree.
    queue.assign(1, h);
    int32_t found = -1;
    for (size_t qi = 0; qi < queue.size() && found < 0; ++qi) {
      const int32_t node = queue[qi];
      for (int32_t c = 0; c < n; ++c) {
        if (c == d || heads[static_cast<size_t>(c)] != node) continue;
        if (base_label(labels[static_cast<size_t>(c)]) == wanted) {
          found = c;
          break;
        }
        queue.push_back(c);
      }
    }
    if (found >= 0) heads[static_cast<size_t>(d)] = found;
  }
  // Any label left decorated (a cycle in the input kept it out of `order`).
  for (auto& label : labels) label.resize(base_label(label).size());
}

}  // namespace chronicle::parse
