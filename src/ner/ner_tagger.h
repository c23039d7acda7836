// Named-entity recogniser (DESIGN.md §1 "ner"): a greedy left-to-right
// averaged perceptron over BILOU labels (O, then B/I/L/U for each type),
// with moves that would break a span masked out, over word, affix, shape,
// Brown-cluster, XPOS and gazetteer features (ner/ner_features.h).
//
// After tagging a document, two document-level passes run:
// - consistency: every occurrence of the same name (same lowercase tokens)
//   takes the type most of its occurrences got, counting occurrences in
//   ordinary sentences twice those in headline-case or all-caps ones; and a
//   capitalised repeat of a multi-word name the model missed is added;
// - type refinement: a GPE whose last word names a natural feature
//   ("Peninsula", "Sea") becomes LOC, and a capitalised such word right
//   after a name joins it ("Korean" + "Peninsula"); a name holding a word
//   for a building or site ("Base", "Airport") becomes FAC; a compass word
//   tagged apart from the NORP after it joins it ("North" + "Korean"); a
//   non-person name ending in a surname the document gives a person ("State
//   Mike Pompeo" beside "Mr Pompeo") becomes PERSON; time-zone abbreviations
//   and names ending in a job title ("National Security Adviser") are dropped,
//   the capitalised words right after such a title becoming its holder, a
//   PERSON ("National Security Adviser John Bolton").
//
// Model file (docs/model-format.md, kind "ner"): sections NTYP, WGTS, CLUS
// (optional), CLS2 (optional, only with CLUS), GAZT. Trained by train/ner_trainer.h.
//
// Thread safety: a loaded Ner is immutable; its methods are const and may
// run concurrently (scratch is thread-local).
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
#include "ner/gazetteer.h"
#include "ner/ner_features.h"
#include "tag/tag_features.h"

namespace chronicle::ner {

inline constexpr const char* kDefaultModelFile = "en-ner.chm";

// Label l: 0 is O; for type t, 1 + 4t is B, 2 + 4t I, 3 + 4t L, 4 + 4t U.
inline uint32_t label_type(uint32_t l) { return (l - 1) / 4; }
inline char label_prefix(uint32_t l) { return l == 0 ? 'O' : "BILU"[(l - 1) % 4]; }
// Whether no span is open after label `l` (kNoLabel: the sentence start).
inline bool label_outside(uint32_t l) { return l == kNoLabel || l == 0 || label_prefix(l) == 'L' || label_prefix(l) == 'U'; }
// Whether label `l` may follow `prev` (kNoLabel at the start); at the last
// token of a sentence only labels that close every span are allowed.
inline bool label_allowed(uint32_t prev, uint32_t l, bool last) {
  const bool inside = prev != kNoLabel && prev != 0 && (label_prefix(prev) == 'B' || label_prefix(prev) == 'I');
  if (inside) {
    if (l == 0 || label_type(l) != label_type(prev)) return false;
    const char p = label_prefix(l);
    return p == 'L' || (p == 'I' && !last);
  }
  if (l == 0) return true;
  const char p = label_prefix(l);
  return p == 'U' || (p == 'B' && !last);
}

class Ner {
 public:
  struct Parts {
    std::vector<std::string> types;  // PERSON, ORG, ...
    learn::Perceptron weights;       // 1 + 4 * types.size() classes
    std::vector<tag::WordClusters> clusters;  // news set (CLUS), then optionally a web set (CLS2)
    Gazetteer gazetteer;
  };

  Ner() = default;
  explicit Ner(Parts parts);

  static Result<Ner> load(const std::string& path);
  static Result<Ner> from_file(const io::ModelFile& file);
  Status add_to(io::ModelWriter& writer) const;

  uint32_t num_labels() const { return 1 + 4 * static_cast<uint32_t>(p_.types.size()); }
  // "O", "B-PERSON", ...
  std::string label_name(uint32_t l) const;
  const Parts& parts() const { return p_; }

  // Atoms of one sentence (see ner_features.h).
  void atoms(std::span<const std::string_view> forms, std::span<const std::string_view> xpos,
             std::vector<NerAtoms>& out) const;
  // BILOU label ids for one sentence's atoms (always a well-formed sequence).
  void predict(std::span<const NerAtoms> atoms, std::vector<uint32_t>& labels) const;

  // Fills doc.names from doc.tokens and doc.sentences (the tokens' xpos when
  // the tagger ran), then applies the document-level passes above.
  void recognize(Document& doc) const;

 private:
  Parts p_;
  // Process-unique, so the thread-local WordAtomsCache never serves one
  // model's atoms to another (0 for a default-constructed, empty model).
  uint64_t instance_id_ = 0;
};

// Trims the edges of names the model found (exposed for tests): a name
// never starts or ends on a punctuation token ("Harald ." is "Harald"), and
// one that holds a capitalised word does not end on a lowercase one
// ("Tromsø today" is "Tromsø"). A name left with no word is dropped. A
// person's name grows over glued hyphens to capitalised words ("Anne-Marie
// Leclerc"); other names do not ("US-German").
void trim_names(const Document& doc, std::vector<NameMention>& names);

// The document-level passes of recognize(), on names already found
// (exposed for tests): consistency and type refinement. With a gazetteer, a
// one-word ORG or NORP that is a country or city name becomes GPE.
void harmonize_names(const Document& doc, std::vector<NameMention>& names, const Gazetteer* gazetteer = nullptr);

}  // namespace chronicle::ner
