// Training of the arc-hybrid parser (STYLE.md §6): the same greedy loop as
// Parser, with move costs from the dynamic oracle (arc_hybrid.h). The first
// epoch follows the oracle; later epochs follow the model's own prediction
// with probability `explore` so that it learns to recover from its mistakes
// (Goldberg & Nivre 2012). Non-projective gold trees are lifted
// (projectivize.h) before training. After each epoch the averaged model is
// scored on the dev set; the best epoch is kept and training stops after
// `patience` epochs without improvement.
//
// Thread safety: train_parser() uses only its arguments; one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "chronicle/status.h"
#include "conllu/conllu.h"
#include "parse/parser.h"
#include "train/tagger_trainer.h"

namespace chronicle::train {

struct ParserTrainOptions {
  int max_epochs = 15;
  int patience = 3;            // epochs without a better dev LAS before stopping
  int explore_from_epoch = 2;  // 1-based; earlier epochs follow the oracle
  double explore = 0.9;        // chance of following a wrong predicted move
  uint64_t seed = 1;           // shuffling and exploration
  // Decorated labels rarer than this are replaced by their base label (the
  // token is still lifted, it just cannot be moved back).
  int min_lift_label_count = 5;
  float prune_below = 0.0f;  // drop averaged weights smaller than this
  io::MetaList meta;          // provenance stored in the model
  // The tagset the parser pairs with (sorted UPOS and XPOS); empty: the tags
  // of the training data.
  std::vector<std::string> upos_tags, xpos_tags;
  // Progress lines ("epoch 3: train ... dev UAS ... LAS ..."); may be empty.
  std::function<void(const std::string&)> log;
};

struct AttachmentScores {
  double uas = 0;  // percent of words with the right head
  double las = 0;  // ... and the right label
  int64_t words = 0;
};

// Gold-tokenized attachment scores of `parser` on `treebank`, using the
// treebank's UPOS/XPOS as input tags (punctuation included, full labels).
AttachmentScores evaluate_parser(const parse::Parser& parser, const conllu::Treebank& treebank);

// requires: every train sentence has heads and deprels (one root).
Result<parse::ParserModel> train_parser(const conllu::Treebank& train, const conllu::Treebank& dev,
                                        const ParserTrainOptions& options);

// The share of arcs in `treebank` that the arc-hybrid system cannot build
// (non-projective), in percent, and of sentences with at least one.
struct Projectivity {
  int64_t arcs = 0, nonprojective_arcs = 0;
  int64_t sentences = 0, nonprojective_sentences = 0;
};
Projectivity measure_projectivity(const conllu::Treebank& treebank);

// Replaces the UPOS/XPOS of every word by `tagger`'s prediction.
void retag(const tag::Tagger& tagger, conllu::Treebank& treebank);
// The sorted UPOS and XPOS inventories of a tagger's labels (for tagset_hash).
void tagger_tagset(const tag::Tagger& tagger, std::vector<std::string>& upos, std::vector<std::string>& xpos);

struct ParserFileOptions {
  ParserTrainOptions parser;
  // Tagger whose predicted tags the dev set is parsed with, and whose tagset
  // the parser is paired with. Empty: gold tags throughout.
  std::string tagger_path;
  // > 1: train the parser on jackknifed tags, each of this many folds tagged
  // by a tagger trained on the others (with `tagger_options`), so training
  // tags are as noisy as the ones the parser will see. 0: gold training tags.
  int jackknife_folds = 0;
  TaggerTrainOptions tagger_options;
  // Non-empty: also write the training treebank with the tags the parser
  // trains on (jackknifed or gold) here, so experiments can skip jackknifing.
  std::string save_train_path;
};

// Reads the treebanks, trains and writes the model with provenance in META
// (data file names, sizes and CRC-32s, settings, dev scores). Several
// training files are read as one treebank, in the order given.
Status train_parser_file(const std::vector<std::string>& train_paths, const std::string& dev_path,
                         const std::string& output_path, const ParserFileOptions& options);

}  // namespace chronicle::train
