#include "tag/tag_features.h"

namespace chronicle::tag {

using learn::FeatureId;
using learn::hash_feature;
using learn::hash_string;

void WordClusters::add_path_atoms(std::string_view path) {
  static constexpr size_t kLens[3] = {4, 6, 10};
  for (size_t len : kLens) atoms_.push_back(hash_feature(100 + static_cast<uint32_t>(len), hash_string(path.substr(0, len))));
  atoms_.push_back(hash_feature(199, hash_string(path)));
}

void WordClusters::add(std::string_view word, std::string_view path) {
  uint64_t ph = hash_string(path);
  uint32_t id = path_ids_.get(ph);
  if (id == learn::U64Map::kMissing) {
    id = static_cast<uint32_t>(paths_.size());
    path_ids_.set(ph, id);
    paths_.emplace_back(path);
    add_path_atoms(path);
  }
  words_.set(hash_string(word), id);
}

uint32_t WordClusters::lookup(std::string_view word, std::string_view lower) const {
  uint32_t id = words_.get(hash_string(word));
  if (id == kNone && lower != word) id = words_.get(hash_string(lower));
  return id;
}

void WordClusters::write(io::ByteWriter& w) const {
  w.u32(1);
  w.u32(static_cast<uint32_t>(paths_.size()));
  for (const std::string& p : paths_) w.str(p);
  words_.write(w);
}

bool WordClusters::read(io::ByteReader& r, std::string& error) {
  uint32_t version = r.u32();
  if (r.ok() && version != 1) {
    error = "cluster table version " + std::to_string(version) + ", this build reads version 1";
    return false;
  }
  uint32_t n = r.u32();
  if (!r.can_read(n, 4)) {
    error = "cluster path count " + std::to_string(n) + " exceeds the section";
    return false;
  }
  WordClusters c;
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view p = r.str();
    c.paths_.emplace_back(p);
    c.add_path_atoms(p);
  }
  if (!r.ok() || !c.words_.read(r)) {
    error = "cluster table is truncated or malformed";
    return false;
  }
  *this = std::move(c);
  return true;
}

void ascii_lower(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
}

void compute_atoms(std::string_view form, bool sentence_start, std::span<const WordClusters> clusters,
                   TokenAtoms& a) {
  thread_local std::string lower;
  ascii_lower(form, lower);
  a.word = hash_string(form);
  a.lower = hash_string(lower);
  std::string_view lw = lower;
  const size_t n = lw.size();
  for (size_t k = 0; k < 3; ++k) a.prefix[k] = n > k ? hash_string(lw.substr(0, k + 1)) : 0;
  for (size_t k = 0; k < 4; ++k) a.suffix[k] = n > k ? hash_string(lw.substr(n - k - 1)) : 0;
  // Shape: X x d or the character itself, runs capped at 3 so "Xxxxxxx" and
  // "Xxxx" look alike but "Xx" stays distinct; at most 16 symbols.
  char shape[16];
  size_t len = 0, run = 0;
  char last = 0;
  uint32_t flags = 0;
  a.sentence_start = sentence_start;
  bool all_upper = true;
  for (size_t i = 0; i < form.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
      flags |= kHasUpper | kHasAlpha;
      if (i == 0) flags |= kInitUpper;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
      flags |= kHasAlpha;
      all_upper = false;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
      flags |= kHasDigit;
    } else if (c >= 0x80) {
      s = 'u';
    } else {
      s = static_cast<char>(c);
      if (c == '-') flags |= kHasHyphen;
      if (c == '.') flags |= kHasPeriod;
    }
    if (s == last) {
      if (++run > 3) continue;
    } else {
      run = 1;
      last = s;
    }
    if (len < sizeof shape) shape[len++] = s;
  }
  if (all_upper && (flags & kHasUpper)) flags |= kAllUpper;
  a.shape = hash_string(std::string_view(shape, len));
  a.flags = flags;
  for (size_t set = 0; set < kMaxClusterSets; ++set) {
    for (uint64_t& c : a.cluster[set]) c = 0;
    if (set >= clusters.size()) continue;
    uint32_t id = clusters[set].lookup(form, lw);
    if (id != WordClusters::kNone) {
      const uint64_t* at = clusters[set].atoms(id);
      for (int k = 0; k < 4; ++k) a.cluster[set][k] = at[k];
    }
  }
}

void mark_title_case(std::span<TokenAtoms> atoms) {
  size_t alpha = 0, upper = 0;
  for (const TokenAtoms& a : atoms) {
    if (!(a.flags & kHasAlpha)) continue;
    ++alpha;
    upper += (a.flags & kInitUpper) != 0;
  }
  const bool title = alpha >= 3 && upper * 4 >= alpha * 3;
  for (TokenAtoms& a : atoms) a.title_case_sentence = title;
}

const TokenAtoms& boundary_atoms(bool before) {
  static const TokenAtoms kBefore = [] {
    TokenAtoms a;
    a.word = a.lower = a.shape = hash_string("<s>");
    a.suffix[2] = a.cluster[0][3] = a.cluster[1][3] = hash_string("<s>");
    return a;
  }();
  static const TokenAtoms kAfter = [] {
    TokenAtoms a;
    a.word = a.lower = a.shape = hash_string("</s>");
    a.suffix[2] = a.cluster[0][3] = a.cluster[1][3] = hash_string("</s>");
    return a;
  }();
  return before ? kBefore : kAfter;
}

size_t group_features(FeatureGroup group, const TokenAtoms& w, FeatureId* out) {
  size_t k = 0;
  switch (group) {
    case kGroupWord:
      out[k++] = hash_feature(0, 0);  // bias
      out[k++] = hash_feature(1, w.word);
      out[k++] = hash_feature(2, w.lower);
      for (uint32_t s = 0; s < 4; ++s)
        if (w.suffix[s]) out[k++] = hash_feature(3 + s, w.suffix[s]);
      for (uint32_t s = 0; s < 3; ++s)
        if (w.prefix[s]) out[k++] = hash_feature(7 + s, w.prefix[s]);
      out[k++] = hash_feature(10, w.shape);
      out[k++] = hash_feature(11, w.flags);
      for (uint32_t set = 0; set < kMaxClusterSets; ++set)
        if (w.cluster[set][0])
          for (uint32_t c = 0; c < 4; ++c) out[k++] = hash_feature(26 + 10 * set + c, w.cluster[set][c]);
      break;
    case kGroupLeft1:
      out[k++] = hash_feature(12, w.lower);
      out[k++] = hash_feature(19, w.suffix[2]);
      out[k++] = hash_feature(25, w.shape);
      for (uint32_t set = 0; set < kMaxClusterSets; ++set)
        if (w.cluster[set][3]) out[k++] = hash_feature(32 + 10 * set, w.cluster[set][3]);
      break;
    case kGroupRight1:
      out[k++] = hash_feature(13, w.lower);
      out[k++] = hash_feature(20, w.suffix[2]);
      out[k++] = hash_feature(21, w.shape);
      for (uint32_t set = 0; set < kMaxClusterSets; ++set) {
        if (w.cluster[set][3]) out[k++] = hash_feature(30 + 10 * set, w.cluster[set][3]);
        if (w.cluster[set][1]) out[k++] = hash_feature(31 + 10 * set, w.cluster[set][1]);
      }
      break;
    case kGroupLeft2:
      out[k++] = hash_feature(14, w.lower);
      break;
    case kGroupRight2:
      out[k++] = hash_feature(15, w.lower);
      for (uint32_t set = 0; set < kMaxClusterSets; ++set)
        if (w.cluster[set][3]) out[k++] = hash_feature(33 + 10 * set, w.cluster[set][3]);
      break;
    default:
      break;
  }
  return k;
}

FeatureId prev1_feature(uint32_t prev1) { return hash_feature(16, prev1); }

size_t dynamic_features(std::span<const TokenAtoms> atoms, size_t i, uint32_t prev1, uint32_t prev2,
                        FeatureId* out, bool include_prev1) {
  const size_t n = atoms.size();
  const TokenAtoms& w0 = atoms[i];
  const TokenAtoms& wm1 = i >= 1 ? atoms[i - 1] : boundary_atoms(true);
  const TokenAtoms& wp1 = i + 1 < n ? atoms[i + 1] : boundary_atoms(false);
  size_t k = 0;
  if (include_prev1) out[k++] = prev1_feature(prev1);
  out[k++] = hash_feature(17, prev1, prev2);
  out[k++] = hash_feature(18, prev1, w0.lower);
  out[k++] = hash_feature(22, w0.lower, wp1.lower);
  out[k++] = hash_feature(23, wm1.lower, w0.lower);
  out[k++] = hash_feature(24, prev1, w0.suffix[2]);
  out[k++] = hash_feature(34, prev1, wp1.lower);
  if (w0.sentence_start) out[k++] = hash_feature(35, w0.shape);
  if (w0.title_case_sentence) {
    out[k++] = hash_feature(36, w0.lower);
    out[k++] = hash_feature(37, w0.flags);
  }
  return k;
}

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

size_t extract_features(std::span<const TokenAtoms> atoms, size_t i, uint32_t prev1, uint32_t prev2,
                        FeatureId* out) {
  const size_t k = static_features(atoms, i, out);
  return k + dynamic_features(atoms, i, prev1, prev2, out + k);
}

}  // namespace chronicle::tag
