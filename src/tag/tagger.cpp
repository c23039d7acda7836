#include "tag/tagger.h"

#include <algorithm>

#include "io/byte_io.h"

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
    if (!p.clusters.read(r, error)) return file.section_error("CLUS", error);
    if (!r.at_end()) return file.section_error("CLUS", "has trailing bytes");
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
    p_.clusters.write(w);
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("CLUS", std::move(w).bytes()));
  }
  return {};
}

void Tagger::predict(std::span<const std::string_view> words, std::vector<uint32_t>& labels) const {
  thread_local std::vector<TokenAtoms> atoms;
  thread_local std::vector<float> scores;
  const size_t n = words.size();
  labels.assign(n, 0);
  if (n == 0 || p_.labels.empty()) return;
  atoms.resize(n);
  const WordClusters* clusters = p_.clusters.empty() ? nullptr : &p_.clusters;
  for (size_t i = 0; i < n; ++i) compute_atoms(words[i], i == 0, clusters, atoms[i]);
  scores.resize(p_.labels.size());
  learn::FeatureId features[kMaxTagFeatures];
  uint32_t prev1 = kStartTag, prev2 = kStartTag;
  for (size_t i = 0; i < n; ++i) {
    uint32_t label = p_.tag_dictionary.get(atoms[i].word);
    if (label >= p_.labels.size()) {
      size_t k = extract_features(atoms, i, prev1, prev2, features);
      std::fill(scores.begin(), scores.end(), 0.0f);
      p_.weights.score(std::span<const learn::FeatureId>(features, k), scores);
      label = argmax(scores);
    }
    labels[i] = label;
    prev2 = prev1;
    prev1 = label;
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
  predict(words, labels);
  for (uint32_t t = first; t < last; ++t) {
    Token& tok = doc.tokens[t];
    const TagLabel& l = p_.labels[labels[t - first]];
    tok.xpos = l.xpos;
    tok.upos = l.upos;
    p_.lemmatizer.lemmatize(words[t - first], l.xpos, tok.lemma);
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
