#include "ner/ner_features.h"

#include <string>
#include <vector>

namespace chronicle::ner {

using learn::hash_feature;
using learn::hash_string;

void sentence_atoms(std::span<const std::string_view> forms, std::span<const std::string_view> xpos,
                    std::span<const tag::WordClusters> clusters, const Gazetteer& gazetteer,
                    std::span<NerAtoms> out, WordAtomsCache* cache) {
  thread_local std::vector<std::string> lower_store;
  thread_local std::vector<std::string_view> lower;
  thread_local std::vector<GazetteerHit> hits;
  const size_t n = forms.size();
  if (lower_store.size() < n) lower_store.resize(n);
  lower.assign(n, {});
  hits.assign(n, {});
  // The word atoms are made in `words`, which mark_title_case then reads.
  thread_local std::vector<tag::TokenAtoms> words;
  words.resize(n);
  if (cache != nullptr) {
    cache->sentence_atoms(forms, clusters, words);
  } else {
    for (size_t i = 0; i < n; ++i) tag::compute_atoms(forms[i], i == 0, clusters, words[i]);
  }
  size_t alpha = 0, caps = 0, capitalised = 0;
  for (size_t i = 0; i < n; ++i) {
    out[i].xpos = hash_string(xpos[i]);
    tag::ascii_lower(forms[i], lower_store[i]);
    lower[i] = lower_store[i];
    const uint32_t f = words[i].flags;
    if (f & tag::kHasAlpha) {
      ++alpha;
      caps += (f & tag::kAllUpper) != 0;
      capitalised += i > 0 && (f & tag::kHasUpper) && forms[i] != "I";
    }
  }
  // Shouted text (all-caps headlines): capitalisation then says nothing.
  const bool shouted = alpha >= 3 && caps * 10 >= alpha * 8;
  const bool unshifted = alpha >= 4 && capitalised == 0;
  tag::mark_title_case(words);
  gazetteer.match(lower, hits);
  for (size_t i = 0; i < n; ++i) {
    out[i].word = words[i];
    out[i].all_caps_sentence = shouted;
    out[i].lowercase_sentence = unshifted;
    out[i].history = 0;
    out[i].gazetteer = hits[i].position ? hash_feature(90, hits[i].position, hits[i].kinds) : 0;
    bool plain = !shouted && !(out[i].word.flags & tag::kHasUpper) && !hits[i].position;
    for (size_t k = 0; plain && k < forms[i].size(); ++k) plain = static_cast<unsigned char>(forms[i][k]) < 0x80;
    out[i].plain_lower = plain;
  }
  // A plain word before a name may start it ("southern Sudan", "the Hague"):
  // only a plain word before another plain word (or the end) is skipped.
  for (size_t i = 0; i + 1 < n; ++i) out[i].plain_lower = out[i].plain_lower && out[i + 1].plain_lower;
}

size_t ner_features(std::span<const NerAtoms> a, size_t i, uint32_t prev1, uint32_t prev2, learn::FeatureId* out) {
  static const NerAtoms kBefore = [] {
    NerAtoms x;
    x.word.word = x.word.lower = x.word.shape = hash_string("<s>");
    x.xpos = hash_string("<s>");
    return x;
  }();
  static const NerAtoms kAfter = [] {
    NerAtoms x;
    x.word.word = x.word.lower = x.word.shape = hash_string("</s>");
    x.xpos = hash_string("</s>");
    return x;
  }();
  auto at = [&](long k) -> const NerAtoms& {
    long j = static_cast<long>(i) + k;
    if (j < 0) return kBefore;
    if (j >= static_cast<long>(a.size())) return kAfter;
    return a[static_cast<size_t>(j)];
  };
  const NerAtoms& w = a[i];
  const NerAtoms &l1 = at(-1), &r1 = at(1), &l2 = at(-2), &r2 = at(2);
  // Case context: 0 ordinary, 1 title-case sentence (headline), 2 all caps, 3 lowercase.
  const uint64_t ctx = w.all_caps_sentence ? 2 : w.lowercase_sentence ? 3 : w.word.title_case_sentence ? 1 : 0;
  size_t n = 0;
  auto put = [&](learn::FeatureId f) { out[n++] = f; };
  put(hash_feature(1, 0));
  if (ctx != 2) put(hash_feature(2, w.word.word));
  put(hash_feature(3, w.word.lower));
  if (w.word.prefix[2]) put(hash_feature(4, w.word.prefix[2]));
  for (int k = 1; k < 4; ++k)
    if (w.word.suffix[k]) put(hash_feature(4 + static_cast<uint32_t>(k), w.word.suffix[k]));
  put(hash_feature(8, w.word.shape, ctx));
  put(hash_feature(9, w.word.shape, w.word.sentence_start));
  put(hash_feature(10, l1.word.lower));
  put(hash_feature(11, r1.word.lower));
  put(hash_feature(12, l2.word.lower));
  put(hash_feature(13, r2.word.lower));
  put(hash_feature(14, l1.word.shape, w.word.shape, ctx));
  put(hash_feature(15, w.word.shape, r1.word.shape, ctx));
  put(hash_feature(16, w.xpos));
  put(hash_feature(17, l1.xpos));
  put(hash_feature(18, r1.xpos));
  put(hash_feature(19, l1.xpos, w.xpos));
  put(hash_feature(20, w.xpos, r1.xpos));
  for (int k = 0; k < 4; ++k)
    if (w.word.cluster[0][k]) put(hash_feature(21 + static_cast<uint32_t>(k), w.word.cluster[0][k]));
  if (l1.word.cluster[0][2]) put(hash_feature(25, l1.word.cluster[0][2]));
  if (r1.word.cluster[0][2]) put(hash_feature(26, r1.word.cluster[0][2]));
  for (int k = 0; k < 4; ++k)
    if (w.word.cluster[1][k]) put(hash_feature(38 + static_cast<uint32_t>(k), w.word.cluster[1][k]));
  if (l1.word.cluster[1][2]) put(hash_feature(42, l1.word.cluster[1][2]));
  if (r1.word.cluster[1][2]) put(hash_feature(43, r1.word.cluster[1][2]));
  if (w.gazetteer) put(hash_feature(27, w.gazetteer));
  if (w.gazetteer) put(hash_feature(28, w.gazetteer, w.word.shape));
  if (l1.gazetteer) put(hash_feature(29, l1.gazetteer));
  if (r1.gazetteer) put(hash_feature(30, r1.gazetteer));
  put(hash_feature(31, prev1));
  put(hash_feature(32, prev2, prev1));
  put(hash_feature(33, prev1, w.word.lower));
  put(hash_feature(34, prev1, w.word.shape));
  put(hash_feature(35, l1.word.lower, w.word.lower));
  put(hash_feature(36, w.word.lower, r1.word.lower));
  put(hash_feature(37, prev1, r1.word.lower));
  // What the document said about the word before (ner/name_history.h).
  if (w.history) {
    put(hash_feature(71, w.history));
    put(hash_feature(72, w.history, w.word.shape, ctx));
  }
  return n;
}

}  // namespace chronicle::ner
