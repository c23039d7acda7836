// Parser: the greedy arc-hybrid dependency parser (DESIGN.md §1, STYLE.md §6).
//
// requires: the sentence's tokens carry UPOS/XPOS (from the tagger the model
// was trained against; see check_tagset()).
// ensures: parse() writes every token's head (document token index, -1 for the
// one root) and UD deprel; the result is always a tree, non-projective arcs
// restored from the pseudo-projective label decoration.
// Thread safety: a loaded Parser is immutable; parse() is const and may run
// on many threads at once (per-call scratch only).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"
#include "io/model_file.h"
#include "learn/perceptron.h"
#include "parse/arc_hybrid.h"
#include "parse/dense_scorer.h"
#include "parse/parse_features.h"
#include "parse/parse_state.h"

namespace chronicle::parse {

// Everything a trained parser consists of; the trainer fills it, the model
// file stores it.
struct ParserModel {
  learn::Perceptron moves;   // kNumMoves classes
  learn::Perceptron labels;  // label_names.size() classes
  // Label ids; decorated (lifted) labels contain kLiftSeparator.
  std::vector<std::string> label_names;
  // Sorted tag inventories seen in training, and their hash (tagset_hash()).
  std::vector<std::string> upos_tags;
  std::vector<std::string> xpos_tags;
  // Provenance for the META section (training data, settings); the writer
  // adds producer, git describe and date.
  io::MetaList meta;
};

// Hash of a tag inventory (sorted UPOS, then sorted XPOS); a tagger and a
// parser fit together when their hashes agree.
uint64_t tagset_hash(const std::vector<std::string>& upos, const std::vector<std::string>& xpos);

// One sentence's words and tags, in order.
struct ParseInput {
  std::vector<std::string_view> words;
  std::vector<std::string_view> upos;
  std::vector<std::string_view> xpos;
};

// Sentence-local result: heads 0..n-1 or -1 for the root.
struct ParseOutput {
  std::vector<int32_t> heads;
  std::vector<std::string> labels;
};

// One move of the step-through debug API.
struct ParseStep {
  ParseState before;                       // the state the move was chosen in
  // Move scores less SHIFT's (the fast move scorer keeps only differences
  // of 16-bit weights; see dense_scorer.h), so scores[kShift] is 0.
  std::array<float, kNumMoves> scores{};
  std::array<bool, kNumMoves> valid{};
  uint8_t move = kShift;
  std::string label;  // for LEFT/RIGHT
  float label_score = 0;
};

class Parser {
 public:
  Parser() = default;
  explicit Parser(ParserModel model);

  static Result<Parser> load(const std::string& path);
  // From a model file already read (the pipeline reads it once for its
  // provenance and hands it over).
  static Result<Parser> from_file(const io::ModelFile& file);
  // Writes the model file (used by the trainer and the tests).
  Status save(const std::string& path) const;

  void parse(Document& doc, const Sentence& sentence) const;
  // Same, reading the words from `forms` (one per token of the sentence)
  // instead of the token text: for gold-tokenized evaluation, where a word of
  // a multiword token ("n't" of "don't") is not a slice of the text.
  void parse(Document& doc, const Sentence& sentence, std::span<const std::string_view> forms) const;
  ParseOutput parse(const ParseInput& input) const;
  // The moves parse() makes on `input`, with their scores.
  std::vector<ParseStep> trace(const ParseInput& input) const;

  // Refuses a tagger whose tagset differs from the one the parser learnt.
  Status check_tagset(uint64_t tagger_tagset_hash) const;
  uint64_t tagset() const { return tagset_hash_; }
  int32_t root_label() const { return root_label_; }

  // A parser loaded from a file keeps its move weights only in the fast
  // scorer and in their file encoding (which save() writes back), so its
  // model().moves is empty: building that index too cost a third of the load.
  const ParserModel& model() const { return model_; }

 private:
  // From a model file: `moves` was built from `move_encoding`, the PMOV
  // section, and model.moves is left empty.
  Parser(ParserModel model, DenseScorer moves, std::string move_encoding);
  void init_labels();
  // Runs the greedy loop on `atoms` (size n + 1); `steps` may be null.
  void run(const std::vector<TokenAtoms>& atoms, ParseState& state, std::vector<ParseStep>* steps) const;
  void finish(const ParseState& state, ParseOutput& out) const;

  ParserModel model_;
  // Fast read-only copy of the move perceptron used by parse(). The label
  // perceptron is scored as it is: a dense row of ~70 label weights per
  // feature would be a 40 MB table that evicts the move table from the cache
  // (labels are chosen once per word, moves twice).
  DenseScorer move_scorer_;
  std::string move_encoding_;  // set only for a parser loaded from a file
  uint64_t tagset_hash_ = 0;
  bool has_decorated_labels_ = false;
  int32_t root_label_ = -1;  // id of "root", -1 when the model has none
};

// Move and label choice shared with the trainer: the best valid move
// (ties go to the lowest id) and the best label. The root arc always carries
// `root_label` and no other arc does (when root_label >= 0).
int best_valid_move(const ParseState& state, const std::array<float, kNumMoves>& scores);
uint16_t choose_label(const float* scores, size_t count, int32_t root_label, bool head_is_root);

}  // namespace chronicle::parse
