#include "train/tagger_trainer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "io/crc32.h"
#include "io/model_writer.h"
#include "tag/first_pass.h"
#include "train/lemmatizer_trainer.h"

namespace chronicle::train {

namespace {

std::string label_name(const conllu::Word& w) { return w.xpos + "|" + w.upos; }

struct TrainSentence {
  std::vector<tag::TokenAtoms> atoms;
  std::vector<uint32_t> gold;
  std::vector<uint32_t> first;  // first-pass labels (jackknifed), when used
};

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

Status load_clusters(const std::string& path, int min_count, tag::WordClusters& out) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, "cannot open cluster file", path);
  std::string line;
  int64_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos)
      return Status(StatusCode::kParseError, "expected path<TAB>word<TAB>count", path + ":" + std::to_string(lineno));
    long count = std::strtol(line.c_str() + t2 + 1, nullptr, 10);
    if (count < min_count) continue;
    out.add(std::string_view(line).substr(t1 + 1, t2 - t1 - 1), std::string_view(line).substr(0, t1));
  }
  return {};
}

}  // namespace

TaggingScores evaluate_tagger(const tag::Tagger& tagger, const conllu::Treebank& treebank) {
  TaggingScores s;
  int64_t upos = 0, xpos = 0, lemma = 0;
  std::vector<std::string_view> words;
  std::vector<uint32_t> labels;
  std::string lem;
  for (const auto& sent : treebank.sentences) {
    words.clear();
    for (const auto& w : sent.words) words.push_back(w.form);
    tagger.predict(words, labels);
    for (size_t i = 0; i < sent.words.size(); ++i) {
      const tag::TagLabel& l = tagger.labels()[labels[i]];
      upos += l.upos == sent.words[i].upos;
      xpos += l.xpos == sent.words[i].xpos;
      tagger.lemmatizer().lemmatize(words[i], l.xpos, lem);
      lemma += lem == sent.words[i].lemma;
      ++s.words;
    }
  }
  if (s.words) {
    s.upos = 100.0 * upos / s.words;
    s.xpos = 100.0 * xpos / s.words;
    s.lemma = 100.0 * lemma / s.words;
  }
  return s;
}

Result<tag::Tagger> train_tagger(const conllu::Treebank& train, const conllu::Treebank& dev,
                                 const TaggerTrainOptions& options) {
  auto log = [&](const std::string& m) {
    if (options.log) options.log(m);
  };
  tag::Tagger::Parts parts;
  // Labels in sorted order so ids do not depend on sentence order.
  std::map<std::string, uint32_t> label_ids;
  std::map<std::string, tag::TagLabel> label_parts;
  for (const auto& s : train.sentences)
    for (const auto& w : s.words) label_parts.emplace(label_name(w), tag::TagLabel{w.xpos, w.upos});
  for (auto& [name, l] : label_parts) {
    label_ids.emplace(name, static_cast<uint32_t>(parts.labels.size()));
    parts.labels.push_back(l);
  }
  if (parts.labels.empty()) return Status(StatusCode::kInvalidArgument, "training treebank has no words", train.name);
  if (parts.labels.size() >= tag::kStartTag)
    return Status(StatusCode::kInvalidArgument, "too many distinct XPOS|UPOS labels", train.name);

  // Tag dictionary.
  std::map<std::string, std::map<uint32_t, int>> form_counts;
  for (const auto& s : train.sentences)
    for (const auto& w : s.words) ++form_counts[w.form][label_ids[label_name(w)]];
  for (const auto& [form, c] : form_counts) {
    int total = 0, best = 0;
    uint32_t best_label = 0;
    for (auto [l, n] : c) {
      total += n;
      if (n > best) best = n, best_label = l;
    }
    if (total >= options.tag_dictionary_min_count && best >= options.tag_dictionary_min_share * total)
      parts.tag_dictionary.set(learn::hash_string(form), best_label);
  }

  if (options.clusters_paths.size() > tag::kMaxClusterSets)
    return Status(StatusCode::kInvalidArgument, "at most " + std::to_string(tag::kMaxClusterSets) + " cluster files");
  std::string cluster_counts;
  for (const std::string& path : options.clusters_paths) {
    parts.clusters.emplace_back();
    CHRONICLE_RETURN_IF_ERROR(load_clusters(path, options.cluster_min_count, parts.clusters.back()));
    cluster_counts += " " + std::to_string(parts.clusters.back().num_words());
  }
  // Vocabulary for the runtime cache: most frequent forms, ties by form.
  {
    std::vector<std::pair<int, std::string>> freq;
    for (const auto& [form, c] : form_counts) {
      int total = 0;
      for (auto [l, n] : c) total += n;
      freq.emplace_back(-total, form);
    }
    std::sort(freq.begin(), freq.end());
    for (size_t i = 0; i < freq.size() && i < options.vocabulary_size; ++i) parts.vocabulary.push_back(freq[i].second);
  }
  log("tagger: " + std::to_string(parts.labels.size()) + " labels, " + std::to_string(parts.tag_dictionary.size()) +
      " tag-dictionary words, " + std::to_string(parts.vocabulary.size()) + " cached words, cluster words:" +
      (cluster_counts.empty() ? " none" : cluster_counts));

  parts.lemmatizer = train_lemmatizer(train);
  log("lemmatizer: " + std::to_string(parts.lemmatizer.num_rules()) + " suffix rules, " +
      std::to_string(parts.lemmatizer.num_exceptions()) + " exceptions");

  std::vector<TrainSentence> data;
  data.reserve(train.sentences.size());
  for (const auto& s : train.sentences) {
    TrainSentence ts;
    ts.atoms.resize(s.words.size());
    for (size_t i = 0; i < s.words.size(); ++i) {
      tag::compute_atoms(s.words[i].form, i == 0, parts.clusters, ts.atoms[i]);
      ts.gold.push_back(label_ids[label_name(s.words[i])]);
    }
    tag::mark_title_case(ts.atoms);
    data.push_back(std::move(ts));
  }

  const uint32_t num_labels = static_cast<uint32_t>(parts.labels.size());
  std::vector<uint32_t> upos_class;  // label -> first-pass class
  const uint32_t num_upos = tag::Tagger::upos_classes(parts.labels, upos_class);
  // The first pass's labels for one sentence, as the runtime computes them.
  auto first_pass_labels = [&](const learn::Perceptron& m, const TrainSentence& s, std::vector<uint32_t>& out) {
    learn::FeatureId f[tag::kMaxTagFeatures];
    std::vector<float> sc(num_upos);
    out.assign(s.atoms.size(), 0);
    for (size_t i = 0; i < s.atoms.size(); ++i) {
      const uint32_t dict = parts.tag_dictionary.get(s.atoms[i].word);
      if (dict < num_labels) {
        out[i] = upos_class[dict];
        continue;
      }
      std::fill(sc.begin(), sc.end(), 0.0f);
      m.score(std::span<const learn::FeatureId>(f, tag::static_features(s.atoms, i, f)), sc);
      out[i] = tag::argmax(sc);
    }
  };
  // Dev sentences for scoring first passes (gold UPOS class per word, or
  // kStartTag for a UPOS training never had).
  std::vector<TrainSentence> dev_data;
  if (options.first_pass_folds >= 2) {
    std::map<std::string, uint32_t> class_of_upos;
    for (size_t l = 0; l < parts.labels.size(); ++l) class_of_upos[parts.labels[l].upos] = upos_class[l];
    for (const auto& s : dev.sentences) {
      TrainSentence ts;
      ts.atoms.resize(s.words.size());
      for (size_t i = 0; i < s.words.size(); ++i) {
        tag::compute_atoms(s.words[i].form, i == 0, parts.clusters, ts.atoms[i]);
        auto it = class_of_upos.find(s.words[i].upos);
        ts.gold.push_back(it == class_of_upos.end() ? tag::kStartTag : it->second);
      }
      tag::mark_title_case(ts.atoms);
      dev_data.push_back(std::move(ts));
    }
  }

  // One training run over the sentences `subset` of `data`: the averaged
  // weights of the best epoch on dev. static_only: the first pass
  // (tag/first_pass.h), UPOS classes over static features, scored by dev
  // UPOS; otherwise the main model (reading data[].first when with_first),
  // scored by dev UPOS + XPOS of a tagger made of `base` with the weights.
  auto train_run = [&](const std::vector<size_t>& subset, bool static_only, bool with_first,
                       const tag::Tagger::Parts& base, const std::string& name) -> learn::Perceptron {
    const uint32_t classes = static_only ? num_upos : num_labels;
    learn::Perceptron model(classes);
    std::vector<size_t> order = subset;
    std::mt19937_64 rng(options.seed);
    std::vector<float> scores(classes);
    learn::FeatureId features[tag::kMaxTagFeatures + tag::kMaxFirstPassFeatures];
    std::vector<uint32_t> guesses;

    learn::Perceptron best;
    double best_score = -1;
    int best_epoch = 0;
    for (int epoch = 1; epoch <= options.max_epochs; ++epoch) {
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      int64_t correct = 0, total = 0;
      for (size_t idx : order) {
        const TrainSentence& s = data[idx];
        uint32_t prev1 = tag::kStartTag, prev2 = tag::kStartTag;
        for (size_t i = 0; i < s.atoms.size(); ++i) {
          const uint32_t gold = static_only ? upos_class[s.gold[i]] : s.gold[i];
          uint32_t guess = parts.tag_dictionary.get(s.atoms[i].word);
          if (guess < num_labels) {
            if (static_only) guess = upos_class[guess];
          } else {
            size_t k = static_only ? tag::static_features(s.atoms, i, features)
                                   : tag::extract_features(s.atoms, i, prev1, prev2, features);
            if (with_first) k += tag::first_pass_features(s.first, s.atoms, i, prev1, features + k);
            std::fill(scores.begin(), scores.end(), 0.0f);
            std::span<const learn::FeatureId> fs(features, k);
            model.score(fs, scores);
            guess = tag::argmax(scores);
            model.update(fs, gold, guess);
            model.tick();
          }
          correct += guess == gold;
          ++total;
          prev2 = prev1;
          prev1 = guess;
        }
      }
      learn::Perceptron averaged = model;
      averaged.average(options.prune_below);
      std::string scores_text;
      double score = 0;
      if (static_only) {
        int64_t right = 0, words = 0;
        for (const TrainSentence& s : dev_data) {
          first_pass_labels(averaged, s, guesses);
          for (size_t i = 0; i < guesses.size(); ++i) right += guesses[i] == s.gold[i];
          words += static_cast<int64_t>(guesses.size());
        }
        score = 100.0 * static_cast<double>(right) / static_cast<double>(std::max<int64_t>(1, words));
        scores_text = "dev UPOS " + fmt("%.2f", score);
      } else {
        tag::Tagger::Parts snapshot = base;
        snapshot.weights = averaged;
        TaggingScores d = evaluate_tagger(tag::Tagger(std::move(snapshot)), dev);
        score = d.upos + d.xpos;
        scores_text = "dev UPOS " + fmt("%.2f", d.upos) + " XPOS " + fmt("%.2f", d.xpos) + " lemma " +
                      fmt("%.2f", d.lemma);
      }
      log(name + "epoch " + std::to_string(epoch) + ": train acc " +
          fmt("%.2f", 100.0 * correct / std::max<int64_t>(1, total)) + ", " + scores_text + ", " +
          std::to_string(averaged.num_features()) + " features" + (score > best_score ? " (best)" : ""));
      if (score > best_score) {
        best_score = score;
        best_epoch = epoch;
        best = std::move(averaged);
      } else if (epoch - best_epoch >= options.patience) {
        log(name + "stopping: no dev improvement for " + std::to_string(options.patience) +
            " epochs; keeping epoch " + std::to_string(best_epoch));
        break;
      }
    }
    return best;
  };

  std::vector<size_t> all(data.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  if (options.first_pass_folds >= 2) {
    // The main model learns from first-pass labels as noisy as at run time:
    // each contiguous fold is labelled by a first pass trained on the others.
    const size_t k_folds = static_cast<size_t>(options.first_pass_folds);
    auto fold_of = [&](size_t i) { return i * k_folds / std::max<size_t>(1, data.size()); };
    int64_t first_right = 0, first_total = 0;
    for (size_t k = 0; k < k_folds; ++k) {
      std::vector<size_t> rest;
      for (size_t i : all)
        if (fold_of(i) != k) rest.push_back(i);
      const learn::Perceptron fold_model =
          train_run(rest, true, false, parts, "first pass, fold " + std::to_string(k + 1) + ": ");
      for (size_t i : all) {
        if (fold_of(i) != k) continue;
        first_pass_labels(fold_model, data[i], data[i].first);
        for (size_t w = 0; w < data[i].first.size(); ++w) first_right += data[i].first[w] == upos_class[data[i].gold[w]];
        first_total += static_cast<int64_t>(data[i].first.size());
      }
    }
    log("first pass: jackknifed train UPOS " + fmt("%.2f", 100.0 * first_right / std::max<int64_t>(1, first_total)) +
        "% right");
    parts.first_pass = train_run(all, true, false, parts, "first pass: ");
  }
  const bool two_pass = options.first_pass_folds >= 2;
  tag::Tagger::Parts final_parts = parts;
  final_parts.weights = train_run(all, false, two_pass, parts, two_pass ? "main pass: " : "");
  return tag::Tagger(std::move(final_parts));
}

namespace {

Result<std::string> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open file", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

std::string hex32(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", v);
  return buf;
}

}  // namespace

Status train_tagger_file(const std::vector<std::string>& train_paths, const std::string& dev_path,
                         const std::string& output_path, const TaggerTrainOptions& options) {
  if (train_paths.empty()) return Status(StatusCode::kInvalidArgument, "no training file given");
  if (options.max_epochs < 1) return Status(StatusCode::kInvalidArgument, "max_epochs must be at least 1");
  auto base = [](const std::string& p) {
    size_t slash = p.find_last_of('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
  };
  conllu::Treebank train;
  std::string train_names, train_sizes, train_crcs;
  for (const std::string& path : train_paths) {
    auto text = read_all(path);
    if (!text.ok()) return text.status();
    auto tb = conllu::parse(*text, path);
    if (!tb.ok()) return tb.status();
    if (train.name.empty()) train.name = path;
    for (auto& s : tb->sentences) train.sentences.push_back(std::move(s));
    const char* sep = train_names.empty() ? "" : ",";
    train_names += sep + base(path);
    train_sizes += sep + std::to_string(text->size());
    train_crcs += sep + hex32(io::crc32(*text));
  }
  auto dev_text = read_all(dev_path);
  if (!dev_text.ok()) return dev_text.status();
  auto dev = conllu::parse(*dev_text, dev_path);
  if (!dev.ok()) return dev.status();
  auto tagger = train_tagger(train, *dev, options);
  if (!tagger.ok()) return tagger.status();
  TaggingScores d = evaluate_tagger(*tagger, *dev);

  io::ModelWriter writer(io::ModelKind::kTagger);
  writer.set_meta("train_data", train_names);
  writer.set_meta("train_data_bytes", train_sizes);
  writer.set_meta("train_data_crc32", train_crcs);
  writer.set_meta("dev_data", base(dev_path));
  writer.set_meta("dev_data_bytes", std::to_string(dev_text->size()));
  writer.set_meta("dev_data_crc32", hex32(io::crc32(*dev_text)));
  if (!options.clusters_paths.empty()) {
    std::string names, crcs;
    for (const std::string& path : options.clusters_paths) {
      auto c = read_all(path);
      if (!c.ok()) return c.status();
      const char* sep = names.empty() ? "" : ",";
      names += sep + base(path);
      crcs += sep + hex32(io::crc32(*c));
    }
    writer.set_meta("clusters", names);
    writer.set_meta("clusters_crc32", crcs);
    writer.set_meta("cluster_min_count", std::to_string(options.cluster_min_count));
  }
  writer.set_meta("settings", "max_epochs=" + std::to_string(options.max_epochs) +
                                  " patience=" + std::to_string(options.patience) +
                                  " seed=" + std::to_string(options.seed) +
                                  " tag_dictionary_min_count=" + std::to_string(options.tag_dictionary_min_count) +
                                  " tag_dictionary_min_share=" + fmt("%g", options.tag_dictionary_min_share) +
                                  " prune_below=" + fmt("%g", options.prune_below) +
                                  " vocabulary_size=" + std::to_string(options.vocabulary_size) +
                                  " first_pass_folds=" + std::to_string(options.first_pass_folds));
  writer.set_meta("dev_scores", "UPOS " + fmt("%.2f", d.upos) + " XPOS " + fmt("%.2f", d.xpos) + " lemma " +
                                    fmt("%.2f", d.lemma) + " (gold tokenization, " + std::to_string(d.words) +
                                    " words)");
  CHRONICLE_RETURN_IF_ERROR(tagger->add_to(writer));
  return writer.write_file(output_path);
}

}  // namespace chronicle::train
