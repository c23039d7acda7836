#include "tag/first_pass.h"

namespace chronicle::tag {

size_t first_pass_features(std::span<const uint32_t> first, std::span<const TokenAtoms> atoms, size_t i,
                           uint32_t prev1, learn::FeatureId* out) {
  const size_t n = first.size();
  auto t = [&](size_t j) -> uint64_t { return j < n ? first[j] : kFirstPassOutside; };
  size_t k = 0;
  out[k++] = learn::hash_feature(90, t(i + 1));
  out[k++] = learn::hash_feature(91, t(i + 2));
  out[k++] = learn::hash_feature(92, t(i + 1), t(i + 2));
  out[k++] = learn::hash_feature(93, prev1, t(i + 1));
  out[k++] = learn::hash_feature(94, atoms[i].lower, t(i + 1));
  out[k++] = learn::hash_feature(95, t(i));  // its own first-pass guess
  return k;
}

}  // namespace chronicle::tag
