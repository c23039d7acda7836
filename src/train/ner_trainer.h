// Training of the NER tagger (ner/ner_tagger.h): the same greedy loop as
// Ner::predict (predicted history, masked invalid moves) with a perceptron
// update after every wrong label, sentence order shuffled per epoch with a
// fixed seed, the best epoch on the dev sets kept (early stopping).
//
// Corpora come with their own tag sets; map_corpus_type() maps them onto
// chronicle's types (GMB: per PERSON, org ORG, geo GPE, gpe NORP, art/eve/nat
// MISC, tim dropped; UNER/CoNLL: PER PERSON, ORG ORG, LOC GPE, MISC MISC).
// LOC and FAC are not learned (no corpus here labels them apart): the
// tagger's type refinement derives them. XPOS features come from the given
// POS tagger run on the training words, as at run time.
//
// Thread safety: one thread; uses only its arguments.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "chronicle/status.h"
#include "eval/ner_corpus_eval.h"
#include "eval/ner_data.h"
#include "eval/ner_eval.h"
#include "ner/ner_tagger.h"
#include "tag/tagger.h"

namespace chronicle::train {

struct NerTrainOptions {
  int max_epochs = 12;
  int patience = 3;
  uint64_t seed = 1;
  std::string clusters_path;  // Brown clusters, path<TAB>word<TAB>count
  int cluster_min_count = 3;
  std::string web_clusters_path;  // optional second set (web text), same format
  std::string geonames_dir;   // cities15000.txt, admin1CodesASCII.txt, countryInfo.txt
  std::string iso_3166_path;  // Debian iso-codes iso_3166-1.json
  // PETRARCH2 folder (Phoenix.{Countries,International,MilNonState}.actors.txt):
  // actors with dated codes are people, the rest of International and
  // MilNonState organisations (see add_cameo_actors).
  std::string cameo_dir;
  // Every Nth training sentence is added again in capitals, so all-caps
  // headlines are not out of domain (0: none).
  int uppercase_every = 20;
  // Every Nth training sentence is added again in lowercase (chat and search
  // text writes names so: "taco bell in tampa"); 0: none.
  int lowercase_every = 0;
  // Document-level feature (ner/name_history.h): the type a word's earlier
  // name had in the document. Without it the model learns no weight for it.
  bool name_history = true;
  float prune_below = 0.0f;
  // Person spans lose their leading titles (eval/ner_conventions.h) in the
  // training and dev corpora, so GMB and UNER agree.
  bool strip_titles = true;
  std::function<void(const std::string&)> log;
};

// chronicle type for a corpus type, "" when the corpus type is not an entity.
std::string map_corpus_type(const std::string& type);

// Builds the gazetteer from GeoNames and ISO 3166 (either may be empty).
Result<ner::Gazetteer> build_gazetteer(const std::string& geonames_dir, const std::string& iso_3166_path);

// Adds the actor names of PETRARCH2 dictionaries to `g`: a primary phrase
// with a date-restricted code ("BARACK_OBAMA [USAGOV 010120-090120]") and
// its synonyms are a person (kGazPerson), synonyms starting with a title
// ("MR_OBAMA") left out; other entries of the International and MilNonState
// files are organisations (kGazOrg). Countries' places are GeoNames' job.
Status add_cameo_actors(const std::string& cameo_dir, ner::Gazetteer& g);

Result<ner::Ner> train_ner(const std::vector<eval::NerCorpus>& train, const std::vector<eval::NerCorpus>& dev,
                           const tag::Tagger& tagger, const NerTrainOptions& options);

// Reads the corpora (GMB CSV: its train part for training, its dev part
// for dev), trains and writes the model with provenance in META.
Status train_ner_file(const std::vector<std::string>& train_paths, const std::vector<std::string>& dev_paths,
                      const std::string& tagger_path, const std::string& output_path, const NerTrainOptions& options);

}  // namespace chronicle::train
