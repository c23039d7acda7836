#include "tag/tagger.h"

#include <algorithm>
#include <atomic>
#include <limits>

#include "io/byte_io.h"
#include "tag/auxiliary_words.h"
#include "tag/first_pass.h"
#include "tag/lemma_cache.h"
#include "tag/recent_words.h"

namespace chronicle::tag {

#ifndef CHRONICLE_MODELS_DIR
#define CHRONICLE_MODELS_DIR "models"
#endif

std::string default_models_dir() { return CHRONICLE_MODELS_DIR; }

Result<Tagger> Tagger::load(const std::string& path) {
  auto file = io::ModelFile::read(path);
  if (!file.ok()) return file.status();
  return from_file(*file);
}

Result<Tagger> Tagger::from_file(const io::ModelFile& file) {
  CHRONICLE_RETURN_IF_ERROR(file.expect_kind(io::ModelKind::kTagger));
  Parts p;
  std::string error;
  {
    auto data = file.section("TAGS");
    if (!data.ok()) return data.status();
    io::ByteReader r(*data);
    uint32_t version = r.u32();
    if (r.ok() && version != 1)
      return file.section_error("TAGS", "version " + std::to_string(version) + ", this build reads version 1",
                                StatusCode::kUnsupported);
    uint32_t n = r.u32();
    if (!r.can_read(n, 8) || n == 0 || n >= kStartTag)
      return file.section_error("TAGS", "tag count " + std::to_string(n) + " is invalid");
    for (uint32_t i = 0; i < n; ++i) {
      TagLabel l;
      l.xpos = std::string(r.str());
      l.upos = std::string(r.str());
      p.labels.push_back(std::move(l));
    }
    if (!r.at_end()) return file.section_error("TAGS", "truncated or has trailing bytes");
  }
  {
    auto data = file.section("WGTS");
    if (!data.ok()) return data.status();
    if (!learn::Perceptron::from_bytes(*data, p.weights, error)) return file.section_error("WGTS", error);
    if (p.weights.num_classes() != p.labels.size())
      return file.section_error("WGTS", "has " + std::to_string(p.weights.num_classes()) + " classes but TAGS has " +
                                            std::to_string(p.labels.size()));
  }
  if (file.has_section("WGT1")) {
    auto data = file.section("WGT1");
    if (!data.ok()) return data.status();
    if (!learn::Perceptron::from_bytes(*data, p.first_pass, error)) return file.section_error("WGT1", error);
    std::vector<uint32_t> classes;
    const uint32_t upos = upos_classes(p.labels, classes);
    if (p.first_pass.num_classes() != upos)
      return file.section_error("WGT1", "has " + std::to_string(p.first_pass.num_classes()) +
                                            " classes but TAGS has " + std::to_string(upos) + " UPOS tags");
  }
  {
    auto data = file.section("TDIC");
    if (!data.ok()) return data.status();
    io::ByteReader r(*data);
    uint32_t version = r.u32();
    if (r.ok() && version != 1)
      return file.section_error("TDIC", "version " + std::to_string(version) + ", this build reads version 1",
                                StatusCode::kUnsupported);
    if (!p.tag_dictionary.read(r) || !r.at_end())
      return file.section_error("TDIC", "truncated, malformed or has trailing bytes");
  }
  {
    auto data = file.section("LEMM");
    if (!data.ok()) return data.status();
    io::ByteReader r(*data);
    if (!p.lemmatizer.read(r, error)) return file.section_error("LEMM", error);
    if (!r.at_end()) return file.section_error("LEMM", "has trailing bytes");
  }
  if (file.has_section("CLUS")) {
    auto data = file.section("CLUS");
    if (!data.ok()) return data.status();
    io::ByteReader r(*data);
    uint32_t sets = r.u32();
    if (!r.ok() || sets > kMaxClusterSets)
      return file.section_error("CLUS", "has " + std::to_string(sets) + " cluster sets, at most " +
                                            std::to_string(kMaxClusterSets) + " are supported");
    p.clusters.resize(sets);
    for (uint32_t i = 0; i < sets; ++i)
      if (!p.clusters[i].read(r, error)) return file.section_error("CLUS", error);
    if (!r.at_end()) return file.section_error("CLUS", "has trailing bytes");
  }
  if (file.has_section("VOCB")) {
    auto data = file.section("VOCB");
    if (!data.ok()) return data.status();
    io::ByteReader r(*data);
    uint32_t version = r.u32();
    if (r.ok() && version != 1)
      return file.section_error("VOCB", "version " + std::to_string(version) + ", this build reads version 1",
                                StatusCode::kUnsupported);
    uint32_t n = r.u32();
    if (!r.can_read(n, 4)) return file.section_error("VOCB", "word count " + std::to_string(n) + " exceeds the section");
    for (uint32_t i = 0; i < n; ++i) p.vocabulary.emplace_back(r.str());
    if (!r.at_end()) return file.section_error("VOCB", "truncated or has trailing bytes");
  }
  return Tagger(std::move(p));
}

Status Tagger::add_to(io::ModelWriter& writer) const {
  {
    io::ByteWriter w;
    w.u32(1);
    w.u32(static_cast<uint32_t>(p_.labels.size()));
    for (const TagLabel& l : p_.labels) {
      w.str(l.xpos);
      w.str(l.upos);
    }
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("TAGS", std::move(w).bytes()));
  }
  CHRONICLE_RETURN_IF_ERROR(writer.add_section("WGTS", p_.weights.to_bytes()));
  if (has_first_pass()) CHRONICLE_RETURN_IF_ERROR(writer.add_section("WGT1", p_.first_pass.to_bytes()));
  {
    io::ByteWriter w;
    w.u32(1);
    p_.tag_dictionary.write(w);
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("TDIC", std::move(w).bytes()));
  }
  {
    io::ByteWriter w;
    p_.lemmatizer.write(w);
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("LEMM", std::move(w).bytes()));
  }
  if (!p_.clusters.empty()) {
    io::ByteWriter w;
    w.u32(static_cast<uint32_t>(p_.clusters.size()));
    for (const WordClusters& c : p_.clusters) c.write(w);
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("CLUS", std::move(w).bytes()));
  }
  if (!p_.vocabulary.empty()) {
    io::ByteWriter w;
    w.u32(1);
    w.u32(static_cast<uint32_t>(p_.vocabulary.size()));
    for (const std::string& v : p_.vocabulary) w.str(v);
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("VOCB", std::move(w).bytes()));
  }
  return {};
}

uint32_t Tagger::upos_classes(const std::vector<TagLabel>& labels, std::vector<uint32_t>& class_of_label) {
  std::vector<std::string> upos;
  for (const TagLabel& l : labels) upos.push_back(l.upos);
  std::sort(upos.begin(), upos.end());
  upos.erase(std::unique(upos.begin(), upos.end()), upos.end());
  class_of_label.clear();
  for (const TagLabel& l : labels)
    class_of_label.push_back(
        static_cast<uint32_t>(std::lower_bound(upos.begin(), upos.end(), l.upos) - upos.begin()));
  return static_cast<uint32_t>(upos.size());
}

namespace {
std::atomic<uint64_t> next_instance_id{1};
}  // namespace

Tagger::Tagger(Parts parts) : p_(std::move(parts)), instance_id_(next_instance_id.fetch_add(1)) {
  num_upos_ = upos_classes(p_.labels, upos_class_);
  for (const TagLabel& l : p_.labels) {
    xpos_hashes_.push_back(learn::hash_string(l.xpos));
    aux_label_.push_back(l.upos == "AUX" && (l.xpos == "VBN" || l.xpos == "VBG") ? 1 : 0);
  }
  if (p_.clusters.size() > kMaxClusterSets) p_.clusters.resize(kMaxClusterSets);
  build_cache();
}

void Tagger::group_scores(const learn::Perceptron& weights, FeatureGroup group, const TokenAtoms& w,
                          float* out) const {
  learn::FeatureId f[kMaxTagFeatures];
  size_t k = group_features(group, w, f);
  weights.score(std::span<const learn::FeatureId>(f, k), std::span<float>(out, weights.num_classes()));
}

void Tagger::build_cache() {
  const size_t labels = p_.labels.size();
  stride_ = (labels + 7) & ~size_t{7};
  const bool first = has_first_pass();
  first_stride_ = (num_upos_ + 7) & ~size_t{7};
  boundary_.assign(2 * kNumStaticGroups * stride_, 0.0f);
  first_boundary_.assign(first ? 2 * kNumStaticGroups * first_stride_ : 0, 0.0f);
  for (int side = 0; side < 2; ++side) {
    const TokenAtoms& b = boundary_atoms(side == 0);
    for (uint32_t g = 0; g < kNumStaticGroups; ++g) {
      const size_t at = side * kNumStaticGroups + g;
      group_scores(p_.weights, static_cast<FeatureGroup>(g), b, &boundary_[at * stride_]);
      if (first) group_scores(p_.first_pass, static_cast<FeatureGroup>(g), b, &first_boundary_[at * first_stride_]);
    }
  }
  prev1_.assign((labels + 1) * stride_, 0.0f);
  for (size_t l = 0; l <= labels; ++l) {
    learn::FeatureId f = prev1_feature(l == labels ? kStartTag : static_cast<uint32_t>(l));
    p_.weights.score(std::span<const learn::FeatureId>(&f, 1), std::span<float>(&prev1_[l * stride_], labels));
  }
  cache_.assign(p_.vocabulary.size() * kNumStaticGroups * stride_, 0.0f);
  first_cache_.assign(first ? p_.vocabulary.size() * kNumStaticGroups * first_stride_ : 0, 0.0f);
  cache_atoms_.resize(p_.vocabulary.size());
  for (size_t r = 0; r < p_.vocabulary.size(); ++r) {
    TokenAtoms& atoms = cache_atoms_[r];
    compute_atoms(p_.vocabulary[r], false, p_.clusters, atoms);
    cache_index_.set(atoms.word, static_cast<uint32_t>(r));
    for (uint32_t g = 0; g < kNumStaticGroups; ++g) {
      const size_t at = r * kNumStaticGroups + g;
      group_scores(p_.weights, static_cast<FeatureGroup>(g), atoms, &cache_[at * stride_]);
      if (first) group_scores(p_.first_pass, static_cast<FeatureGroup>(g), atoms, &first_cache_[at * first_stride_]);
    }
  }
}

void Tagger::predict(std::span<const std::string_view> words, std::vector<uint32_t>& labels) const {
  thread_local std::vector<TokenAtoms> atoms;
  thread_local std::vector<const float*> rows;  // per token: its kNumStaticGroups vectors
  thread_local std::vector<float> scratch;      // vectors of words outside the cache
  thread_local std::vector<float> scores;
  thread_local std::vector<const float*> first_rows;  // first-pass vectors per token
  thread_local std::vector<float> first_scratch;
  thread_local std::vector<uint32_t> first_labels;
  const size_t n = words.size();
  const size_t num_labels = p_.labels.size();
  labels.assign(n, 0);
  if (n == 0 || num_labels == 0) return;
  atoms.resize(n);
  rows.resize(n);
  const size_t row_size = kNumStaticGroups * stride_;
  const bool first = has_first_pass();
  const size_t first_row_size = first ? kNumStaticGroups * first_stride_ : 0;
  thread_local RecentWords recent;
  recent.bind(instance_id_, row_size, first_row_size);
  first_rows.resize(n);
  // Three passes over the words, each starting the cache misses the next one
  // waits for (the vocabulary index, then each word's atoms and rows), so that
  // a sentence's misses overlap instead of coming one word at a time.
  thread_local std::vector<uint64_t> keys;
  thread_local std::vector<uint32_t> cached_row;
  keys.resize(n);
  cached_row.resize(n);
  for (size_t i = 0; i < n; ++i) {
    keys[i] = learn::hash_string(words[i]);
    cache_index_.prefetch(keys[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    cached_row[i] = cache_index_.get(keys[i]);
    if (cached_row[i] != learn::U64Map::kMissing) __builtin_prefetch(&cache_atoms_[cached_row[i]]);
  }
  size_t uncached = 0;
  for (size_t i = 0; i < n; ++i) {
    // Cached words reuse their atoms: no suffix hashing or cluster lookup.
    const uint64_t key = keys[i];
    const uint32_t r = cached_row[i];
    if (r != learn::U64Map::kMissing) {
      atoms[i] = cache_atoms_[r];
      rows[i] = &cache_[r * row_size];
      first_rows[i] = first ? &first_cache_[r * first_row_size] : nullptr;
      // The rows are read only after the whole sentence is looked up: ask
      // for them now, so their cache misses overlap instead of queueing.
      for (size_t f = 0; f < row_size; f += 16) __builtin_prefetch(rows[i] + f);
      for (size_t f = 0; f < first_row_size; f += 16) __builtin_prefetch(first_rows[i] + f);
    } else if (const uint32_t slot = recent.find(key); slot != learn::U64Map::kMissing) {
      atoms[i] = recent.atoms(slot);
      rows[i] = recent.row(slot);
      first_rows[i] = first ? recent.first_row(slot) : nullptr;
    } else {
      compute_atoms(words[i], i == 0, p_.clusters, atoms[i]);
      rows[i] = nullptr;
      ++uncached;
    }
    atoms[i].sentence_start = i == 0;
  }
  mark_title_case(std::span<TokenAtoms>(atoms.data(), n));
  // Words met for the first time: their group vectors, once per word (each
  // is read at up to five positions), kept for their next sentences.
  scratch.assign(uncached * row_size, 0.0f);
  first_scratch.assign(uncached * first_row_size, 0.0f);
  for (size_t i = 0, u = 0; i < n; ++i) {
    if (rows[i] != nullptr) continue;
    float* row = &scratch[u * row_size];
    for (uint32_t g = 0; g < kNumStaticGroups; ++g)
      group_scores(p_.weights, static_cast<FeatureGroup>(g), atoms[i], row + g * stride_);
    rows[i] = row;
    if (first) {
      float* first_row = &first_scratch[u * first_row_size];
      for (uint32_t g = 0; g < kNumStaticGroups; ++g)
        group_scores(p_.first_pass, static_cast<FeatureGroup>(g), atoms[i], first_row + g * first_stride_);
      first_rows[i] = first_row;
    }
    ++u;
  }
  auto vec_of = [&](const std::vector<float>& boundary, const std::vector<const float*>& table, size_t stride,
                    ptrdiff_t j, uint32_t group) -> const float* {
    if (j < 0) return &boundary[group * stride];
    if (static_cast<size_t>(j) >= n) return &boundary[(kNumStaticGroups + group) * stride];
    return table[static_cast<size_t>(j)] + group * stride;
  };
  auto vec = [&](ptrdiff_t j, uint32_t group) { return vec_of(boundary_, rows, stride_, j, group); };
  scores.resize(stride_);
  // First pass: UPOS from static scores only, every word independent of the others.
  if (first) {
    first_labels.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
      uint32_t label = p_.tag_dictionary.get(atoms[i].word);
      if (label < num_labels) {
        label = upos_class_[label];
      } else {
        const ptrdiff_t p = static_cast<ptrdiff_t>(i);
        auto v = [&](ptrdiff_t j, uint32_t g) { return vec_of(first_boundary_, first_rows, first_stride_, j, g); };
        const float *a = v(p, kGroupWord), *b = v(p - 1, kGroupLeft1), *c = v(p + 1, kGroupRight1);
        const float *d = v(p - 2, kGroupLeft2), *e = v(p + 2, kGroupRight2);
        float* s = scores.data();
        for (size_t l = 0; l < first_stride_; ++l) s[l] = a[l] + b[l] + c[l] + d[l] + e[l];
        label = argmax(std::span<const float>(s, num_upos_));
      }
      first_labels[i] = label;
    }
  }
  learn::FeatureId features[kMaxTagFeatures];
  uint32_t prev1 = kStartTag, prev2 = kStartTag;
  for (size_t i = 0; i < n; ++i) {
    uint32_t label = p_.tag_dictionary.get(atoms[i].word);
    if (label >= num_labels) {
      const ptrdiff_t p = static_cast<ptrdiff_t>(i);
      const float* a = vec(p, kGroupWord);
      const float* b = vec(p - 1, kGroupLeft1);
      const float* c = vec(p + 1, kGroupRight1);
      const float* d = vec(p - 2, kGroupLeft2);
      const float* e = vec(p + 2, kGroupRight2);
      const float* f = &prev1_[(prev1 == kStartTag ? num_labels : prev1) * stride_];
      float* s = scores.data();
      for (size_t l = 0; l < stride_; ++l) s[l] = a[l] + b[l] + c[l] + d[l] + e[l] + f[l];
      size_t k = dynamic_features(atoms, i, prev1, prev2, features, false);
      if (first) k += first_pass_features(first_labels, atoms, i, prev1, features + k);
      p_.weights.score(std::span<const learn::FeatureId>(features, k), std::span<float>(s, num_labels));
      label = argmax(std::span<const float>(s, num_labels));
      if (aux_label_[label] && !is_auxiliary_participle(words[i])) {
        // An auxiliary participle is one of a closed few: the best label of
        // another class.
        for (size_t l = 0; l < num_labels; ++l)
          if (aux_label_[l]) s[l] = -std::numeric_limits<float>::infinity();
        label = argmax(std::span<const float>(s, num_labels));
      }
    }
    labels[i] = label;
    prev2 = prev1;
    prev1 = label;
  }
  // Only now: adding may empty `recent`, whose rows the loops above read.
  for (size_t i = 0, u = 0; i < n && u < uncached; ++i) {
    if (rows[i] != &scratch[u * row_size]) continue;
    if (recent.find(atoms[i].word) == learn::U64Map::kMissing)
      recent.add(atoms[i].word, atoms[i], rows[i], first ? first_rows[i] : nullptr);
    ++u;
  }
}

void Tagger::tag(Document& doc, uint32_t first, uint32_t last) const {
  if (first >= last || last > doc.tokens.size()) return;
  thread_local std::vector<std::string_view> words;
  words.clear();
  for (uint32_t t = first; t < last; ++t) words.push_back(doc.token_text(doc.tokens[t]));
  tag(doc, first, last, words);
}

void Tagger::tag(Document& doc, uint32_t first, uint32_t last, std::span<const std::string_view> words) const {
  if (first >= last || last > doc.tokens.size() || words.size() != last - first) return;
  thread_local std::vector<uint32_t> labels;
  thread_local LemmaCache lemmas;
  predict(words, labels);
  for (uint32_t t = first; t < last; ++t) {
    Token& tok = doc.tokens[t];
    const uint32_t label = labels[t - first];
    const std::string_view word = words[t - first];
    const TagLabel& l = p_.labels[label];
    tok.xpos = l.xpos;
    tok.upos = l.upos;
    const size_t slot = LemmaCache::slot_of(word, label);
    if (const std::string* lemma = lemmas.find(slot, instance_id_, label, word)) {
      tok.lemma = *lemma;
    } else {
      p_.lemmatizer.lemmatize(word, xpos_hashes_[label], tok.lemma);
      lemmas.put(slot, instance_id_, label, word, tok.lemma);
    }
  }
}

void Tagger::tag_document(Document& doc) const {
  if (doc.sentences.empty()) {
    tag(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
    return;
  }
  for (const Sentence& s : doc.sentences) tag(doc, s.first_token, s.last_token);
}

}  // namespace chronicle::tag
