// `chronicle train tagger|parser ...`: parses options and calls the training
// library (src/train). Each model kind is one subcommand of `train`; a new
// kind adds an add_train_<kind>() function and one call in add_train_command.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "train/ner_trainer.h"
#include "train/parser_trainer.h"
#include "train/tagger_trainer.h"

namespace chronicle::cli {

namespace {

void add_train_tagger(CLI::App& train, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  struct Args {
    std::vector<std::string> train;
    std::string dev, output;
    chronicle::train::TaggerTrainOptions options;
  };
  auto args = std::make_shared<Args>();
  CLI::App* sub = train.add_subcommand("tagger", "Train the POS tagger and lemmatizer from CoNLL-U");
  sub->add_option("--train", args->train, "training treebank(s), CoNLL-U")->required()->check(CLI::ExistingFile);
  sub->add_option("--dev", args->dev, "development treebank for early stopping")->required()->check(CLI::ExistingFile);
  sub->add_option("-o,--output", args->output, "model file to write (.chm)")->required();
  sub->add_option("--epochs", args->options.max_epochs, "maximum epochs")->capture_default_str();
  sub->add_option("--patience", args->options.patience, "stop after this many epochs without dev gain")
      ->capture_default_str();
  sub->add_option("--seed", args->options.seed, "shuffling seed")->capture_default_str();
  sub->add_option("--clusters", args->options.clusters_paths,
                  "Brown clusters, path<TAB>word<TAB>count (plain text); up to two files")
      ->check(CLI::ExistingFile);
  sub->add_option("--vocabulary", args->options.vocabulary_size, "frequent words whose scores are precomputed")
      ->capture_default_str();
  sub->add_option("--cluster-min-count", args->options.cluster_min_count, "skip rarer cluster words")
      ->capture_default_str();
  sub->add_option("--tagdict-min-count", args->options.tag_dictionary_min_count,
                  "words this frequent and unambiguous are tagged by lookup")
      ->capture_default_str();
  sub->add_option("--prune", args->options.prune_below, "drop averaged weights smaller than this")
      ->capture_default_str();
  sub->add_option("--first-pass-folds", args->options.first_pass_folds,
                  "add a first pass over static features whose right-context labels the main pass reads, "
                  "jackknifed over this many folds (0: one pass)")
      ->capture_default_str();
  runners.emplace_back(sub, [args] {
    args->options.log = [](const std::string& line) { std::cerr << line << "\n"; };
    Status st = chronicle::train::train_tagger_file(args->train, args->dev, args->output, args->options);
    if (!st.ok()) {
      std::cerr << "error: " << st.to_string() << "\n";
      return 1;
    }
    std::cerr << "wrote " << args->output << "\n";
    return 0;
  });
}

void add_train_parser(CLI::App& train, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  struct Args {
    std::vector<std::string> train;
    std::string dev, output;
    chronicle::train::ParserFileOptions options;
  };
  auto args = std::make_shared<Args>();
  auto& o = args->options;
  CLI::App* sub = train.add_subcommand("parser", "Train the dependency parser from CoNLL-U");
  sub->add_option("--train", args->train, "training treebank(s), CoNLL-U")->required()->check(CLI::ExistingFile);
  sub->add_option("--dev", args->dev, "development treebank for early stopping")->required()->check(CLI::ExistingFile);
  sub->add_option("-o,--output", args->output, "model file to write (.chm)")->required();
  sub->add_option("--tagger", o.tagger_path, "tagger model: parse dev with its tags and pair with its tagset")
      ->check(CLI::ExistingFile);
  sub->add_option("--save-train-tags", o.save_train_path,
                  "also write the training treebank with the tags the parser trains on (CoNLL-U)");
  sub->add_option("--jackknife", o.jackknife_folds, "train on tags jackknifed over this many folds (needs --tagger)")
      ->capture_default_str();
  sub->add_option("--tagger-epochs", o.tagger_options.max_epochs, "maximum epochs of each jackknife tagger")
      ->capture_default_str();
  sub->add_option("--tagger-clusters", o.tagger_options.clusters_paths, "Brown clusters for the jackknife taggers");
  sub->add_option("--tagger-first-pass-folds", o.tagger_options.first_pass_folds,
                  "first-pass folds of the jackknife taggers (as train tagger --first-pass-folds)")
      ->capture_default_str();
  sub->add_option("--epochs", o.parser.max_epochs, "maximum epochs")->capture_default_str();
  sub->add_option("--patience", o.parser.patience, "stop after this many epochs without dev gain")
      ->capture_default_str();
  sub->add_option("--seed", o.parser.seed, "shuffling and exploration seed")->capture_default_str();
  sub->add_option("--explore", o.parser.explore, "chance of following a wrong predicted move")->capture_default_str();
  sub->add_option("--prune", o.parser.prune_below, "drop averaged weights smaller than this")->capture_default_str();
  runners.emplace_back(sub, [args] {
    args->options.parser.log = [](const std::string& line) { std::cerr << line << "\n"; };
    Status st = chronicle::train::train_parser_file(args->train, args->dev, args->output, args->options);
    if (!st.ok()) {
      std::cerr << "error: " << st.to_string() << "\n";
      return 1;
    }
    std::cerr << "wrote " << args->output << "\n";
    return 0;
  });
}

void add_train_ner(CLI::App& train, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  struct Args {
    std::vector<std::string> train, dev;
    std::string tagger, output;
    chronicle::train::NerTrainOptions options;
  };
  auto args = std::make_shared<Args>();
  auto& o = args->options;
  CLI::App* sub = train.add_subcommand("ner", "Train the named-entity tagger from IOB2/CoNLL files or GMB's CSV");
  sub->add_option("--train", args->train, "training corpora (GMB CSV: its first nine tenths)")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--dev", args->dev, "dev corpora for early stopping (GMB CSV: its last tenth)")
      ->check(CLI::ExistingFile);
  sub->add_option("--tagger", args->tagger, "POS tagger whose XPOS become features")->required()->check(CLI::ExistingFile);
  sub->add_option("-o,--output", args->output, "model file to write (.chm)")->required();
  sub->add_option("--clusters", o.clusters_path, "Brown clusters, path<TAB>word<TAB>count (plain text)")
      ->check(CLI::ExistingFile);
  sub->add_option("--web-clusters", o.web_clusters_path, "second Brown cluster set for web text (with --clusters)")
      ->check(CLI::ExistingFile);
  sub->add_option("--cluster-min-count", o.cluster_min_count, "skip rarer cluster words")->capture_default_str();
  sub->add_option("--geonames", o.geonames_dir, "GeoNames folder (cities15000, admin1CodesASCII, countryInfo)")
      ->check(CLI::ExistingDirectory);
  sub->add_option("--iso-3166", o.iso_3166_path, "iso-codes iso_3166-1.json")->check(CLI::ExistingFile);
  sub->add_option("--cameo", o.cameo_dir, "PETRARCH2 folder: actor names as person and organisation gazetteer")
      ->check(CLI::ExistingDirectory);
  sub->add_option("--epochs", o.max_epochs, "maximum epochs")->capture_default_str();
  sub->add_option("--patience", o.patience, "stop after this many epochs without dev gain")->capture_default_str();
  sub->add_option("--seed", o.seed, "shuffling seed")->capture_default_str();
  sub->add_option("--uppercase-every", o.uppercase_every, "add every Nth sentence again in capitals (0: none)")
      ->capture_default_str();
  sub->add_option("--lowercase-every", o.lowercase_every, "add every Nth sentence again in lowercase (0: none)")
      ->capture_default_str();
  sub->add_option("--prune", o.prune_below, "drop averaged weights smaller than this")->capture_default_str();
  sub->add_flag("!--no-name-history", o.name_history, "leave out the document-level feature (a word's earlier name type)");
  sub->add_flag("!--keep-titles", o.strip_titles, "keep titles inside person spans as the corpus has them (GMB)");
  runners.emplace_back(sub, [args] {
    args->options.log = [](const std::string& line) { std::cerr << line << "\n"; };
    Status st = chronicle::train::train_ner_file(args->train, args->dev, args->tagger, args->output, args->options);
    if (!st.ok()) {
      std::cerr << "error: " << st.to_string() << "\n";
      return 1;
    }
    std::cerr << "wrote " << args->output << "\n";
    return 0;
  });
}

}  // namespace

void add_train_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  CLI::App* train = app.add_subcommand("train", "Train a model from annotated data");
  train->require_subcommand(1);
  add_train_tagger(*train, runners);
  add_train_parser(*train, runners);
  add_train_ner(*train, runners);
}

}  // namespace chronicle::cli
