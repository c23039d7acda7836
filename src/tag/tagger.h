// Part-of-speech tagger and lemmatizer (DESIGN.md §1 "tag"): a greedy
// left-to-right averaged perceptron over joint XPOS|UPOS labels, with a tag
// dictionary that settles frequent unambiguous words without scoring, and
// the Lemmatizer applied to each word under its predicted XPOS.
//
// Model file (docs/model-format.md, kind "tagger"): sections TAGS, WGTS,
// TDIC, LEMM and optionally CLUS, WGT1 (first pass, tag/first_pass.h) and
// VOCB. Trained by train/tagger_trainer.h.
//
// Thread safety: a loaded Tagger is immutable; tag() and predict() are const
// and may run concurrently on different documents (scratch is thread-local).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"
#include "io/model_file.h"
#include "io/model_writer.h"
#include "learn/perceptron.h"
#include "learn/u64_map.h"
#include "tag/lemmatizer.h"
#include "tag/tag_features.h"

namespace chronicle::tag {

// File name of the shipped English tagger inside a models directory.
inline constexpr const char* kDefaultModelFile = "en-ewt-tagger.chm";
// The models directory this build was configured with (the source tree's models/).
std::string default_models_dir();

struct TagLabel {
  std::string xpos;
  std::string upos;
};

class Tagger {
 public:
  struct Parts {
    std::vector<TagLabel> labels;
    learn::Perceptron weights;
    // Optional first pass over static features (tag/first_pass.h) that
    // predicts UPOS classes (upos_classes() order); the main weights then
    // read its labels. No classes: no first pass.
    learn::Perceptron first_pass;
    learn::U64Map tag_dictionary;  // hash_string(form) -> label
    std::vector<WordClusters> clusters;  // at most kMaxClusterSets
    Lemmatizer lemmatizer;
    // Frequent words whose static-group score vectors are precomputed when
    // the model is loaded (a speed cache; results are the same without it).
    std::vector<std::string> vocabulary;
  };

  Tagger() = default;
  explicit Tagger(Parts parts);

  // Loads a tagger model; errors name the file and section.
  static Result<Tagger> load(const std::string& path);
  static Result<Tagger> from_file(const io::ModelFile& file);
  // Adds this tagger's sections to a model being written.
  Status add_to(io::ModelWriter& writer) const;

  // requires: first <= last <= doc.tokens.size(), and [first, last) is one
  // sentence (the tagger looks two tokens to each side within the range).
  // ensures: upos, xpos and lemma are set on every token of the range.
  void tag(Document& doc, uint32_t first, uint32_t last) const;
  // Same, tagging `forms` (one per token of the range) instead of the tokens'
  // text: for gold-tokenized evaluation, where a word's form may differ.
  void tag(Document& doc, uint32_t first, uint32_t last, std::span<const std::string_view> forms) const;
  // Tags every sentence of `doc` (all tokens as one sentence when there are
  // no sentences).
  void tag_document(Document& doc) const;

  // Label ids (indices into labels()) for one sentence of words.
  void predict(std::span<const std::string_view> words, std::vector<uint32_t>& labels) const;

  const std::vector<TagLabel>& labels() const { return p_.labels; }
  // The first pass's classes: the distinct UPOS of `labels` in sorted order;
  // fills class_of_label (label id -> class) and returns the class count.
  static uint32_t upos_classes(const std::vector<TagLabel>& labels, std::vector<uint32_t>& class_of_label);
  const Lemmatizer& lemmatizer() const { return p_.lemmatizer; }
  const Parts& parts() const { return p_; }

 private:
  void build_cache();
  // Adds the static group's weights of `weights` for word atoms `w` into `out`.
  void group_scores(const learn::Perceptron& weights, FeatureGroup group, const TokenAtoms& w, float* out) const;
  bool has_first_pass() const { return num_upos_ > 0 && p_.first_pass.num_classes() == num_upos_; }

  Parts p_;
  // Process-unique, so the thread-local RecentWords never serves one
  // tagger's rows to another (a copy shares its original's: same weights).
  uint64_t instance_id_ = 0;
  size_t stride_ = 0;  // floats per group vector (labels rounded up to 8)
  learn::U64Map cache_index_;  // hash_string(form) -> row in cache_
  // Row r holds kNumStaticGroups vectors of stride_ floats.
  learn::TableVector<float> cache_;
  std::vector<float> boundary_;  // [before, after] x kNumStaticGroups vectors
  // The same two tables for the first-pass weights (empty without a first pass).
  learn::TableVector<float> first_cache_;
  std::vector<float> first_boundary_;
  std::vector<uint32_t> upos_class_;  // label -> first-pass class
  std::vector<uint64_t> xpos_hashes_;  // label -> hash_string(xpos), for the lemmatizer
  std::vector<uint8_t> aux_label_;     // label -> an auxiliary participle, AUX VBN or VBG (tag/auxiliary_words.h)
  uint32_t num_upos_ = 0;
  size_t first_stride_ = 0;  // floats per first-pass group vector
  learn::TableVector<TokenAtoms> cache_atoms_;  // atoms of each cached word
  // Dense scores of the prev1 template: row l for label l, last row for kStartTag.
  std::vector<float> prev1_;
};

// Index of the highest score (lowest index on ties). First the highest
// score, over four running maxima that never wait for each other, then the
// first index holding it: a single running best made every step wait for
// the one before (a fifth of the tagger's own time). The same index as the
// plain loop for any scores (a NaN is never chosen over an earlier number).
inline uint32_t argmax(std::span<const float> scores) {
  const size_t n = scores.size();
  if (n == 0) return 0;
  float m[4] = {scores[0], scores[0], scores[0], scores[0]};
  size_t c = 1;
  for (; c + 4 <= n; c += 4)
    for (size_t k = 0; k < 4; ++k) m[k] = scores[c + k] > m[k] ? scores[c + k] : m[k];
  for (; c < n; ++c) m[0] = scores[c] > m[0] ? scores[c] : m[0];
  float best = m[0];
  for (size_t k = 1; k < 4; ++k) best = m[k] > best ? m[k] : best;
  for (size_t i = 0; i < n; ++i)
    if (scores[i] == best) return static_cast<uint32_t>(i);
  return 0;  // scores[0] is NaN: nothing is greater
}

}  // namespace chronicle::tag
