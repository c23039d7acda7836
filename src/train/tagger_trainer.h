// Training of the POS tagger (tag/tagger.h): the same greedy left-to-right
// loop as Tagger::predict, with a perceptron update after every scored word.
// Sentence order is shuffled per epoch with a fixed seed (own Fisher-Yates
// over mt19937, so the order is the same on every platform). After each
// epoch the averaged model is scored on the dev set; the best epoch is kept
// and training stops after `patience` epochs without improvement.
//
// Thread safety: train_tagger() uses only its arguments; one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "chronicle/status.h"
#include "conllu/conllu.h"
#include "io/model_file.h"
#include "tag/tagger.h"

namespace chronicle::train {

struct TaggerTrainOptions {
  int max_epochs = 15;
  int patience = 3;  // epochs without a better dev score before stopping
  uint64_t seed = 1;
  // Words seen at least this often with one label in at least this share of
  // occurrences are tagged by lookup, without scoring.
  int tag_dictionary_min_count = 20;
  double tag_dictionary_min_share = 0.995;
  // Brown clusters (at most two sets), Liang's wcluster format
  // "path<TAB>word<TAB>count" (plain text); words rarer than the minimum count
  // are left out.
  std::vector<std::string> clusters_paths;
  int cluster_min_count = 5;
  // The most frequent training words whose score vectors the runtime
  // precomputes (speed only).
  size_t vocabulary_size = 5000;
  float prune_below = 0.0f;  // drop averaged weights smaller than this
  // >= 2: add a first pass over static features (tag/first_pass.h) whose
  // labels the main pass reads; the main model trains on labels from first
  // passes jackknifed over this many contiguous folds. 0: one pass.
  int first_pass_folds = 0;
  // Progress lines ("epoch 3: ... dev UPOS ..."); may be empty.
  std::function<void(const std::string&)> log;
};

struct TaggingScores {
  double upos = 0, xpos = 0, lemma = 0;  // percent of words
  int64_t words = 0;
};

// Gold-tokenized accuracy of `tagger` on `treebank`.
TaggingScores evaluate_tagger(const tag::Tagger& tagger, const conllu::Treebank& treebank);

Result<tag::Tagger> train_tagger(const conllu::Treebank& train, const conllu::Treebank& dev,
                                 const TaggerTrainOptions& options);

// Reads the treebanks, trains, and writes the model with provenance in META
// (data file names, sizes and CRC-32s, settings, dev scores).
// Several training files are read as one treebank, in the order given.
Status train_tagger_file(const std::vector<std::string>& train_paths, const std::string& dev_path,
                         const std::string& output_path, const TaggerTrainOptions& options);

}  // namespace chronicle::train
