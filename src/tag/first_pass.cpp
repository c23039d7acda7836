#include "tag/first_pass.h"

namespace chronicle::tag {

size_t static_features(std::span<const TokenAtoms> atoms, size_t i, learn::FeatureId* out) {
  const size_t n = atoms.size();
  auto at = [&](ptrdiff_t j) -> const TokenAtoms& {
    if (j < 0) return boundary_atoms(true);
    if (static_cast<size_t>(j) >= n) return boundary_atoms(false);
    return atoms[static_cast<size_t>(j)];
  };
  const ptrdiff_t p = static_cast<ptrdiff_t>(i);
  size_t k = group_features(kGroupWord, atoms[i], out);
  k += group_features(kGroupLeft1, at(p - 1), out + k);
  k += group_features(kGroupRight1, at(p + 1), out + k);
  k += group_features(kGroupLeft2, at(p - 2), out + k);
  k += group_features(kGroupRight2, at(p + 2), out + k);
  return k;
}

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
