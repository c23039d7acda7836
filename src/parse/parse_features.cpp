#include "parse/parse_features.h"

#include <array>
#include <string>
#include <utility>

namespace chronicle::parse {
namespace {

// Atom values for "no such token / child"; real atoms are string hashes, so
// small constants cannot collide in practice.
constexpr uint64_t kAbsent = 1;

enum Atom : uint8_t {
  S0w, S0t, S0p, S1w, S1t, S1p, S2w, S2t,
  B0w, B0t, B0p, B1w, B1t, B2w, B2t,
  S0L1w, S0L1t, S0L1l, S0L2t, S0L2l,
  S0R1w, S0R1t, S0R1l, S0R2t, S0R2l,
  S1L1t, S1L1l, S1R1w, S1R1t, S1R1l,
  B0L1w, B0L1t, B0L1l, B0L2t, B0L2l,
  Dist, S1S0Dist, S0vl, S0vr, B0vl,
  kNumAtoms
};

// A template is up to four atoms; kEnd pads.
constexpr uint8_t kEnd = 0xFF;
using Template = std::array<uint8_t, 4>;

constexpr Template kMoveTemplates[] = {
    // single positions
    {S0w, kEnd, kEnd, kEnd}, {S0t, kEnd, kEnd, kEnd}, {S0w, S0t, kEnd, kEnd},
    {S1w, kEnd, kEnd, kEnd}, {S1t, kEnd, kEnd, kEnd}, {S1w, S1t, kEnd, kEnd},
    {B0w, kEnd, kEnd, kEnd}, {B0t, kEnd, kEnd, kEnd}, {B0w, B0t, kEnd, kEnd},
    {B1w, kEnd, kEnd, kEnd}, {B1t, kEnd, kEnd, kEnd}, {B1w, B1t, kEnd, kEnd},
    {B2w, kEnd, kEnd, kEnd}, {B2t, kEnd, kEnd, kEnd},
    {S2w, kEnd, kEnd, kEnd}, {S2t, kEnd, kEnd, kEnd},
    // pairs: the two arc candidates are (s0, b0) and (s1, s0)
    {S0w, S0t, B0w, B0t}, {S0w, S0t, B0w, kEnd}, {S0w, B0w, B0t, kEnd},
    {S0w, S0t, B0t, kEnd}, {S0t, B0w, B0t, kEnd}, {S0w, B0w, kEnd, kEnd},
    {S0t, B0t, kEnd, kEnd}, {B0t, B1t, kEnd, kEnd},
    {S1w, S1t, S0w, S0t}, {S1t, S0t, kEnd, kEnd}, {S1w, S0w, kEnd, kEnd},
    {S1t, S0w, kEnd, kEnd}, {S1w, S0t, kEnd, kEnd}, {S1w, S1t, S0t, kEnd},
    {S1t, S0w, S0t, kEnd}, {S0p, B0p, kEnd, kEnd}, {S1p, S0p, kEnd, kEnd},
    // tag trigrams
    {B0t, B1t, B2t, kEnd}, {S0t, B0t, B1t, kEnd}, {S1t, S0t, B0t, kEnd},
    {S2t, S1t, S0t, kEnd}, {S1p, S0p, B0p, kEnd}, {S0w, B0t, B1t, kEnd},
    {S0t, B0w, B1t, kEnd},
    // children
    {S0t, S0L1t, B0t, kEnd}, {S0t, S0R1t, B0t, kEnd}, {S0t, B0t, B0L1t, kEnd},
    {S1t, S0t, S0L1t, kEnd}, {S1t, S0t, S0R1t, kEnd}, {S1t, S1R1t, S0t, kEnd},
    {S1t, S1L1t, S0t, kEnd}, {S0t, S0L1t, S0L2t, kEnd}, {S0t, S0R1t, S0R2t, kEnd},
    {B0t, B0L1t, B0L2t, kEnd},
    {S0L1w, kEnd, kEnd, kEnd}, {S0L1t, kEnd, kEnd, kEnd}, {S0L1l, kEnd, kEnd, kEnd},
    {S0R1w, kEnd, kEnd, kEnd}, {S0R1t, kEnd, kEnd, kEnd}, {S0R1l, kEnd, kEnd, kEnd},
    {B0L1w, kEnd, kEnd, kEnd}, {B0L1t, kEnd, kEnd, kEnd}, {B0L1l, kEnd, kEnd, kEnd},
    {S0L2t, kEnd, kEnd, kEnd}, {S0L2l, kEnd, kEnd, kEnd}, {S0R2t, kEnd, kEnd, kEnd},
    {S0R2l, kEnd, kEnd, kEnd}, {B0L2t, kEnd, kEnd, kEnd}, {B0L2l, kEnd, kEnd, kEnd},
    {S1R1w, kEnd, kEnd, kEnd}, {S1R1l, kEnd, kEnd, kEnd}, {S1L1l, kEnd, kEnd, kEnd},
    // label sets (approximated by the two outermost labels)
    {S0t, S0L1l, S0L2l, kEnd}, {S0t, S0R1l, S0R2l, kEnd}, {B0t, B0L1l, B0L2l, kEnd},
    {S0w, S0L1l, kEnd, kEnd}, {S0w, S0R1l, kEnd, kEnd}, {S1t, S1R1l, S0t, kEnd},
    // distance
    {S0w, Dist, kEnd, kEnd}, {S0t, Dist, kEnd, kEnd}, {B0w, Dist, kEnd, kEnd},
    {B0t, Dist, kEnd, kEnd}, {S0w, B0w, Dist, kEnd}, {S0t, B0t, Dist, kEnd},
    {S1t, S0t, S1S0Dist, kEnd}, {S1w, S0w, S1S0Dist, kEnd},
    // valency
    {S0w, S0vr, kEnd, kEnd}, {S0t, S0vr, kEnd, kEnd}, {S0w, S0vl, kEnd, kEnd},
    {S0t, S0vl, kEnd, kEnd}, {B0w, B0vl, kEnd, kEnd}, {B0t, B0vl, kEnd, kEnd},
};
constexpr size_t kNumMoveTemplates = sizeof(kMoveTemplates) / sizeof(kMoveTemplates[0]);
static_assert(kNumMoveTemplates <= kMaxMoveFeatures);
static_assert(kNumAtoms == kNumMoveAtoms);

// Which MoveGroup a template belongs to, from its atoms.
constexpr MoveGroup group_of(const Template& t) {
  bool stack = true, buffer = true;
  for (uint8_t atom : t) {
    if (atom == kEnd) continue;
    // Besides s0..s2's words and tags: s0's left children and s1's children.
    // A token gains left children only while it is b0, so s0's and s1's are
    // final; s1 gains right children only by RIGHT popping s0.
    const bool s = atom == S0w || atom == S0t || atom == S0p || atom == S1w || atom == S1t || atom == S1p ||
                   atom == S2w || atom == S2t || atom == S1S0Dist || atom == S0L1w || atom == S0L1t ||
                   atom == S0L1l || atom == S0L2t || atom == S0L2l || atom == S0vl || atom == S1L1t ||
                   atom == S1L1l || atom == S1R1w || atom == S1R1t || atom == S1R1l;
    const bool b = atom == B0w || atom == B0t || atom == B0p || atom == B1w || atom == B1t || atom == B2w ||
                   atom == B2t;
    stack = stack && s;
    buffer = buffer && b;
  }
  return stack ? MoveGroup::kStack : buffer ? MoveGroup::kBuffer : MoveGroup::kRest;
}

constexpr size_t group_size(MoveGroup g) {
  size_t n = 0;
  for (const Template& t : kMoveTemplates) n += group_of(t) == g;
  return n;
}

// The indices (template ids) of a group's templates, in table order.
template <MoveGroup G>
constexpr std::array<size_t, group_size(G)> group_templates() {
  std::array<size_t, group_size(G)> out{};
  size_t n = 0;
  for (size_t i = 0; i < kNumMoveTemplates; ++i)
    if (group_of(kMoveTemplates[i]) == G) out[n++] = i;
  return out;
}
static_assert(group_size(MoveGroup::kStack) + group_size(MoveGroup::kBuffer) + group_size(MoveGroup::kRest) ==
              kNumMoveTemplates);

enum LabelAtom : uint8_t {
  Dw, Dt, Dp, Hw, Ht, Hp, Dir, LDist, DL1l, DR1l, DvL, DvR, HSidel, DPrevT, DNextT, HNextT, kNumLabelAtoms
};

constexpr Template kLabelTemplates[] = {
    {Dw, kEnd, kEnd, kEnd}, {Dt, kEnd, kEnd, kEnd}, {Dw, Dt, kEnd, kEnd},
    {Hw, Dir, kEnd, kEnd}, {Ht, Dir, kEnd, kEnd}, {Hw, Ht, Dir, kEnd},
    {Dw, Ht, Dir, kEnd}, {Dt, Hw, Dir, kEnd}, {Dt, Ht, Dir, kEnd},
    {Dw, Hw, Dir, kEnd}, {Dp, Hp, Dir, kEnd}, {Dw, Dt, Ht, Dir},
    {Dt, Ht, LDist, kEnd}, {Dp, Hp, LDist, kEnd}, {Dw, Dir, kEnd, kEnd},
    {Dt, DL1l, kEnd, kEnd}, {Dt, DR1l, kEnd, kEnd}, {Dt, DL1l, DR1l, kEnd},
    {Dt, DvL, DvR, kEnd}, {Dw, DL1l, DR1l, kEnd}, {Ht, HSidel, Dt, Dir},
    {Hw, HSidel, Dir, kEnd}, {Dt, DPrevT, Ht, kEnd}, {Dt, DNextT, Ht, kEnd},
    {Dt, Ht, HNextT, kEnd}, {Dp, Dir, kEnd, kEnd}, {Hp, Dp, DL1l, DR1l},
    {Dw, DNextT, kEnd, kEnd},
};
constexpr size_t kNumLabelTemplates = sizeof(kLabelTemplates) / sizeof(kLabelTemplates[0]);
static_assert(kNumLabelTemplates <= kMaxLabelFeatures);

// Template ids of the label model start here so the two never share ids.
constexpr uint32_t kLabelTemplateBase = 1000;

uint64_t distance_bucket(int32_t d) {
  if (d < 0) d = -d;
  if (d <= 4) return 10 + static_cast<uint64_t>(d);
  return d < 10 ? 15 : 16;
}

uint64_t valency(uint8_t v) { return 20 + (v < 4 ? v : 4); }
uint64_t label_atom(const ParseState& st, int32_t t) {
  return t == kNone ? kAbsent : 100 + static_cast<uint64_t>(st.label[static_cast<size_t>(t)]);
}

// The first hashing step of template base + i, which depends on the
// template alone: computed once instead of once per feature.
template <size_t N>
std::array<uint64_t, N> template_starts(uint32_t base) {
  std::array<uint64_t, N> out;
  for (size_t i = 0; i < N; ++i) out[i] = learn::hashing::start(base + static_cast<uint32_t>(i));
  return out;
}

// Same ids as learn::hash_feature(base + i, the template's atom values).
// Each template's hashing is unrolled at compile time (kTemplates is a
// constant table): the generic loop over a template's atoms ran one
// template's chain of dependent multiplies after another, the unrolled code
// lets the processor interleave them.
template <const auto& kTemplates, size_t I>
inline learn::FeatureId hash_template(const uint64_t* starts, const uint64_t* a) {
  constexpr Template t = kTemplates[I];
  uint64_t h = starts[I];
  if constexpr (t[0] != kEnd) h = learn::hashing::step(h, a[t[0]]);
  if constexpr (t[1] != kEnd) h = learn::hashing::step(h, a[t[1]]);
  if constexpr (t[2] != kEnd) h = learn::hashing::step(h, a[t[2]]);
  if constexpr (t[3] != kEnd) h = learn::hashing::step(h, a[t[3]]);
  return learn::hashing::nonzero(h);
}

template <const auto& kTemplates, size_t... I>
size_t apply_templates(const uint64_t* starts, const uint64_t* a, learn::FeatureId* out, std::index_sequence<I...>) {
  ((out[I] = hash_template<kTemplates, I>(starts, a)), ...);
  return sizeof...(I);
}

template <const auto& kTemplates, size_t... I>
size_t apply_templates(const uint64_t* starts, const uint64_t* a, learn::FeatureId* out,
                       const learn::FeatureFilter& filter, std::index_sequence<I...>) {
  ((out[I] = hash_template<kTemplates, I>(starts, a), filter.prefetch(out[I])), ...);
  return sizeof...(I);
}

// Hashes the templates kTemplates[kIds[J]] into out[J].
template <const auto& kTemplates, const auto& kIds, size_t... J>
size_t apply_selected(const uint64_t* starts, const uint64_t* a, learn::FeatureId* out,
                      const learn::FeatureFilter* filter, std::index_sequence<J...>) {
  ((out[J] = hash_template<kTemplates, kIds[J]>(starts, a)), ...);
  if (filter != nullptr) ((filter->prefetch(out[J])), ...);
  return sizeof...(J);
}

constexpr auto kStackTemplates = group_templates<MoveGroup::kStack>();
constexpr auto kBufferTemplates = group_templates<MoveGroup::kBuffer>();
constexpr auto kRestTemplates = group_templates<MoveGroup::kRest>();

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

TokenAtoms token_atoms(std::string_view word, std::string_view upos, std::string_view xpos) {
  TokenAtoms a;
  a.word = learn::hash_string(lower_ascii(word));
  a.upos = learn::hash_string(upos);
  a.tag = xpos.empty() ? a.upos : learn::hash_string(xpos);
  return a;
}

TokenAtoms root_atoms() {
  TokenAtoms a;
  a.word = a.tag = a.upos = learn::hash_string("<ROOT>");
  return a;
}

void make_token_atoms(const std::vector<std::string_view>& words, const std::vector<std::string_view>& upos,
                      const std::vector<std::string_view>& xpos, std::vector<TokenAtoms>& atoms) {
  atoms.resize(words.size() + 1);
  for (size_t i = 0; i < words.size(); ++i) atoms[i] = token_atoms(words[i], upos[i], xpos[i]);
  atoms[words.size()] = root_atoms();
}

size_t move_features(const ParseState& st, const std::vector<TokenAtoms>& atoms, learn::FeatureId* out,
                     const learn::FeatureFilter* filter) {
  MoveAtoms a;
  fill_move_atoms(st, atoms, a);
  static const auto starts = template_starts<kNumMoveTemplates>(0);
  if (filter != nullptr)
    return apply_templates<kMoveTemplates>(starts.data(), a.data(), out, *filter,
                                           std::make_index_sequence<kNumMoveTemplates>());
  return apply_templates<kMoveTemplates>(starts.data(), a.data(), out, std::make_index_sequence<kNumMoveTemplates>());
}

size_t move_group_features(MoveGroup group, const MoveAtoms& a, learn::FeatureId* out,
                           const learn::FeatureFilter* filter) {
  static const auto starts = template_starts<kNumMoveTemplates>(0);
  switch (group) {
    case MoveGroup::kStack:
      return apply_selected<kMoveTemplates, kStackTemplates>(starts.data(), a.data(), out, filter,
                                                             std::make_index_sequence<kStackTemplates.size()>());
    case MoveGroup::kBuffer:
      return apply_selected<kMoveTemplates, kBufferTemplates>(starts.data(), a.data(), out, filter,
                                                              std::make_index_sequence<kBufferTemplates.size()>());
    case MoveGroup::kRest:
      break;
  }
  return apply_selected<kMoveTemplates, kRestTemplates>(starts.data(), a.data(), out, filter,
                                                        std::make_index_sequence<kRestTemplates.size()>());
}

void fill_move_atoms(const ParseState& st, const std::vector<TokenAtoms>& atoms, MoveAtoms& a) {
  auto word = [&](int32_t t) { return t == kNone ? kAbsent : atoms[static_cast<size_t>(t)].word; };
  auto tag = [&](int32_t t) { return t == kNone ? kAbsent : atoms[static_cast<size_t>(t)].tag; };
  auto upos = [&](int32_t t) { return t == kNone ? kAbsent : atoms[static_cast<size_t>(t)].upos; };
  auto child = [&](const std::vector<int32_t>& v, int32_t t) { return t == kNone ? kNone : v[static_cast<size_t>(t)]; };

  const int32_t s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int32_t b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  a[S0w] = word(s0), a[S0t] = tag(s0), a[S0p] = upos(s0);
  a[S1w] = word(s1), a[S1t] = tag(s1), a[S1p] = upos(s1);
  a[S2w] = word(s2), a[S2t] = tag(s2);
  a[B0w] = word(b0), a[B0t] = tag(b0), a[B0p] = upos(b0);
  a[B1w] = word(b1), a[B1t] = tag(b1);
  a[B2w] = word(b2), a[B2t] = tag(b2);

  const int32_t s0l1 = child(st.lc1, s0), s0l2 = child(st.lc2, s0);
  const int32_t s0r1 = child(st.rc1, s0), s0r2 = child(st.rc2, s0);
  const int32_t s1l1 = child(st.lc1, s1), s1r1 = child(st.rc1, s1);
  const int32_t b0l1 = child(st.lc1, b0), b0l2 = child(st.lc2, b0);
  a[S0L1w] = word(s0l1), a[S0L1t] = tag(s0l1), a[S0L1l] = label_atom(st, s0l1);
  a[S0L2t] = tag(s0l2), a[S0L2l] = label_atom(st, s0l2);
  a[S0R1w] = word(s0r1), a[S0R1t] = tag(s0r1), a[S0R1l] = label_atom(st, s0r1);
  a[S0R2t] = tag(s0r2), a[S0R2l] = label_atom(st, s0r2);
  a[S1L1t] = tag(s1l1), a[S1L1l] = label_atom(st, s1l1);
  a[S1R1w] = word(s1r1), a[S1R1t] = tag(s1r1), a[S1R1l] = label_atom(st, s1r1);
  a[B0L1w] = word(b0l1), a[B0L1t] = tag(b0l1), a[B0L1l] = label_atom(st, b0l1);
  a[B0L2t] = tag(b0l2), a[B0L2l] = label_atom(st, b0l2);

  // The root has no position: distances to it read as absent.
  const bool s0_real = s0 != kNone && s0 != st.n;
  const bool s1_real = s1 != kNone && s1 != st.n;
  a[Dist] = s0_real && b0 != kNone ? distance_bucket(b0 - s0) : kAbsent;
  a[S1S0Dist] = s0_real && s1_real ? distance_bucket(s0 - s1) : kAbsent;
  a[S0vl] = s0 == kNone ? kAbsent : valency(st.nleft[static_cast<size_t>(s0)]);
  a[S0vr] = s0 == kNone ? kAbsent : valency(st.nright[static_cast<size_t>(s0)]);
  a[B0vl] = b0 == kNone ? kAbsent : valency(st.nleft[static_cast<size_t>(b0)]);
}

size_t label_features(const ParseState& st, const std::vector<TokenAtoms>& atoms, int32_t head, int32_t dep,
                      learn::FeatureId* out, const learn::FeatureFilter* filter) {
  std::array<uint64_t, kNumLabelAtoms> a;
  const TokenAtoms& d = atoms[static_cast<size_t>(dep)];
  const TokenAtoms& h = atoms[static_cast<size_t>(head)];
  const bool root = head == st.n;
  const bool left = dep < head;  // the root counts as being on the left
  a[Dw] = d.word, a[Dt] = d.tag, a[Dp] = d.upos;
  a[Hw] = h.word, a[Ht] = h.tag, a[Hp] = h.upos;
  a[Dir] = root ? 3 : (left ? 4 : 5);
  a[LDist] = root ? kAbsent : distance_bucket(head - dep);
  const size_t di = static_cast<size_t>(dep);
  a[DL1l] = label_atom(st, st.lc1[di]);
  a[DR1l] = label_atom(st, st.rc1[di]);
  a[DvL] = valency(st.nleft[di]);
  a[DvR] = valency(st.nright[di]);
  a[HSidel] = label_atom(st, left ? st.lc1[static_cast<size_t>(head)] : st.rc1[static_cast<size_t>(head)]);
  a[DPrevT] = dep > 0 ? atoms[di - 1].tag : kAbsent;
  a[DNextT] = dep + 1 < st.n ? atoms[di + 1].tag : kAbsent;
  a[HNextT] = !root && head + 1 < st.n ? atoms[static_cast<size_t>(head) + 1].tag : kAbsent;
  static const auto starts = template_starts<kNumLabelTemplates>(kLabelTemplateBase);
  if (filter != nullptr && !filter->empty())
    return apply_templates<kLabelTemplates>(starts.data(), a.data(), out, *filter,
                                            std::make_index_sequence<kNumLabelTemplates>());
  return apply_templates<kLabelTemplates>(starts.data(), a.data(), out,
                                          std::make_index_sequence<kNumLabelTemplates>());
}

}  // namespace chronicle::parse
