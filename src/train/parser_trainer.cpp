#include "train/parser_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "io/crc32.h"

#include "parse/arc_hybrid.h"
#include "parse/parse_features.h"
#include "parse/projectivize.h"

namespace chronicle::train {
namespace {

using parse::kMoves;
using parse::kNumMoves;

// A training sentence ready for the oracle: lifted gold tree in state
// numbering and the token atoms.
struct Example {
  std::vector<parse::TokenAtoms> atoms;
  parse::GoldTree gold;
};

parse::ParseInput input_of(const conllu::Sentence& s) {
  parse::ParseInput in;
  for (const auto& w : s.words) {
    in.words.push_back(w.form);
    in.upos.push_back(w.upos);
    in.xpos.push_back(w.xpos);
  }
  return in;
}

// Sentence-local heads (-1 root) and labels; false when a head is missing.
bool gold_of(const conllu::Sentence& s, std::vector<int32_t>& heads, std::vector<std::string>& labels) {
  heads.clear();
  labels.clear();
  int roots = 0;
  for (const auto& w : s.words) {
    if (w.head == conllu::kNoHead) return false;
    heads.push_back(w.head - 1);
    labels.push_back(w.deprel);
    roots += w.head == 0;
  }
  return roots == 1;
}

std::string format(const char* fmt, double a, double b, double c, double d) {
  char buf[256];
  std::snprintf(buf, sizeof buf, fmt, a, b, c, d);
  return buf;
}

}  // namespace

AttachmentScores evaluate_parser(const parse::Parser& parser, const conllu::Treebank& treebank) {
  int64_t words = 0, heads = 0, labelled = 0;
  for (const auto& s : treebank.sentences) {
    const parse::ParseOutput out = parser.parse(input_of(s));
    for (size_t i = 0; i < s.words.size(); ++i) {
      const auto& w = s.words[i];
      if (w.head == conllu::kNoHead) continue;
      ++words;
      if (out.heads[i] == w.head - 1) {
        ++heads;
        labelled += out.labels[i] == w.deprel;
      }
    }
  }
  AttachmentScores scores;
  scores.words = words;
  if (words > 0) {
    scores.uas = 100.0 * static_cast<double>(heads) / static_cast<double>(words);
    scores.las = 100.0 * static_cast<double>(labelled) / static_cast<double>(words);
  }
  return scores;
}

Projectivity measure_projectivity(const conllu::Treebank& treebank) {
  Projectivity p;
  std::vector<int32_t> heads;
  std::vector<std::string> labels;
  for (const auto& s : treebank.sentences) {
    if (!gold_of(s, heads, labels)) continue;
    const int bad = parse::count_nonprojective_arcs(heads);
    p.arcs += static_cast<int64_t>(heads.size());
    p.nonprojective_arcs += bad;
    ++p.sentences;
    p.nonprojective_sentences += bad > 0;
  }
  return p;
}

Result<parse::ParserModel> train_parser(const conllu::Treebank& train, const conllu::Treebank& dev,
                                        const ParserTrainOptions& options) {
  auto log = [&](const std::string& line) {
    if (options.log) options.log(line);
  };

  // Lift every tree, count labels, collect the tagset.
  std::vector<std::vector<int32_t>> lifted_heads;
  std::vector<std::vector<std::string>> lifted_labels;
  std::vector<const conllu::Sentence*> used;
  std::map<std::string, int> label_counts;
  std::set<std::string> upos_set, xpos_set;
  int64_t lifts = 0, skipped = 0;
  for (const auto& s : train.sentences) {
    std::vector<int32_t> heads;
    std::vector<std::string> labels;
    if (!gold_of(s, heads, labels)) {
      ++skipped;
      continue;
    }
    lifts += parse::projectivize(heads, labels);
    for (const auto& l : labels) ++label_counts[l];
    for (const auto& w : s.words) {
      upos_set.insert(w.upos);
      xpos_set.insert(w.xpos);
    }
    lifted_heads.push_back(std::move(heads));
    lifted_labels.push_back(std::move(labels));
    used.push_back(&s);
  }
  if (used.empty())
    return Status(StatusCode::kInvalidArgument, "no training sentence has a complete tree with one root", train.name);

  parse::ParserModel model;
  std::map<std::string, uint16_t> label_ids;
  for (const auto& [label, count] : label_counts) {
    const bool decorated = label.find(parse::kLiftSeparator) != std::string::npos;
    if (decorated && count < options.min_lift_label_count) continue;
    label_ids.emplace(label, static_cast<uint16_t>(model.label_names.size()));
    model.label_names.push_back(label);
  }
  if (model.label_names.size() >= 0xFFFF) return Status(StatusCode::kTooLarge, "too many labels", train.name);
  model.upos_tags.assign(upos_set.begin(), upos_set.end());
  model.xpos_tags.assign(xpos_set.begin(), xpos_set.end());
  if (!options.upos_tags.empty() || !options.xpos_tags.empty()) {
    model.upos_tags = options.upos_tags;
    model.xpos_tags = options.xpos_tags;
  }
  model.meta = options.meta;
  int32_t root_label = -1;
  if (auto it = label_ids.find("root"); it != label_ids.end()) root_label = it->second;

  std::vector<Example> examples(used.size());
  for (size_t i = 0; i < used.size(); ++i) {
    const parse::ParseInput in = input_of(*used[i]);
    parse::make_token_atoms(in.words, in.upos, in.xpos, examples[i].atoms);
    const int32_t n = static_cast<int32_t>(in.words.size());
    auto& gold = examples[i].gold;
    for (int32_t d = 0; d < n; ++d) {
      const int32_t h = lifted_heads[i][static_cast<size_t>(d)];
      gold.head.push_back(h < 0 ? n : h);
      const std::string& l = lifted_labels[i][static_cast<size_t>(d)];
      auto it = label_ids.find(l);
      if (it == label_ids.end()) it = label_ids.find(std::string(parse::base_label(l)));
      gold.label.push_back(it == label_ids.end() ? 0 : it->second);
    }
  }
  lifted_heads.clear();
  lifted_labels.clear();
  const auto proj = measure_projectivity(train);
  log("parser: " + std::to_string(examples.size()) + " training sentences (" + std::to_string(skipped) +
      " skipped), " + std::to_string(model.label_names.size()) + " labels, " + std::to_string(lifts) +
      " lifts; non-projective arcs " + std::to_string(proj.nonprojective_arcs) + "/" + std::to_string(proj.arcs));

  const uint32_t num_labels = static_cast<uint32_t>(model.label_names.size());
  learn::Perceptron moves(kNumMoves), labels(num_labels);
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;

  std::array<learn::FeatureId, parse::kMaxMoveFeatures> feats;
  std::array<learn::FeatureId, parse::kMaxLabelFeatures> label_feats;
  std::vector<float> label_scores(num_labels);
  parse::ParseState st;

  parse::ParserModel best;
  double best_las = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.max_epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    std::shuffle(order.begin(), order.end(), rng);
    const bool explore = epoch >= options.explore_from_epoch;
    int64_t move_total = 0, move_right = 0;
    for (size_t idx : order) {
      const Example& ex = examples[idx];
      st.reset(static_cast<int32_t>(ex.gold.head.size()));
      while (!st.terminal()) {
        const size_t nf = parse::move_features(st, ex.atoms, feats.data());
        const std::span<const learn::FeatureId> fs(feats.data(), nf);
        std::array<float, kNumMoves> scores{};
        moves.score(fs, scores);
        const int guess = parse::best_valid_move(st, scores);
        // The best-scoring zero-cost move is the update target.
        int target = -1;
        std::array<int, kNumMoves> costs{};
        for (int m = 0; m < kNumMoves; ++m) {
          if (!kMoves[m].is_valid(st)) continue;
          costs[m] = kMoves[m].cost(st, ex.gold, parse::kAnyLabel);
          if (costs[m] == 0 && (target < 0 || scores[m] > scores[target])) target = m;
        }
        if (target < 0) target = guess;  // cannot happen on projective gold; stay total
        ++move_total;
        move_right += costs[guess] == 0;
        if (costs[guess] > 0) moves.update(fs, static_cast<uint32_t>(target), static_cast<uint32_t>(guess));
        moves.tick();
        const int follow = (costs[guess] == 0 || (explore && coin(rng) < options.explore)) ? guess : target;

        uint16_t label = 0;
        if (follow != parse::kShift) {
          const int32_t dep = st.s(0);
          const int32_t head = follow == parse::kLeft ? st.b0 : st.s(1);
          const size_t nl = parse::label_features(st, ex.atoms, head, dep, label_feats.data());
          const std::span<const learn::FeatureId> ls(label_feats.data(), nl);
          std::fill(label_scores.begin(), label_scores.end(), 0.0f);
          labels.score(ls, label_scores);
          label = parse::choose_label(label_scores.data(), num_labels, root_label, head == st.n);
          if (ex.gold.head[static_cast<size_t>(dep)] == head) {
            const uint16_t truth = ex.gold.label[static_cast<size_t>(dep)];
            if (label != truth) labels.update(ls, truth, label);
            labels.tick();
            if (!explore) label = truth;
          }
        }
        kMoves[follow].apply(st, label);
      }
    }

    // Score the averaged weights on dev without ending training.
    parse::ParserModel candidate;
    candidate.moves = moves;
    candidate.labels = labels;
    candidate.moves.average(options.prune_below);
    candidate.labels.average(options.prune_below);
    candidate.label_names = model.label_names;
    candidate.upos_tags = model.upos_tags;
    candidate.xpos_tags = model.xpos_tags;
    candidate.meta = model.meta;
    AttachmentScores dev_scores;
    if (!dev.sentences.empty()) dev_scores = evaluate_parser(parse::Parser(candidate), dev);
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    log("parser epoch " + std::to_string(epoch) +
        format(": train move accuracy %.2f%%, dev UAS %.2f LAS %.2f (%.1f s)",
               100.0 * static_cast<double>(move_right) / static_cast<double>(std::max<int64_t>(1, move_total)),
               dev_scores.uas, dev_scores.las, secs));
    const double las = dev.sentences.empty() ? static_cast<double>(epoch) : dev_scores.las;
    if (las > best_las) {
      best_las = las;
      best_epoch = epoch;
      best = std::move(candidate);
    } else if (epoch - best_epoch >= options.patience) {
      log("parser: no better dev LAS for " + std::to_string(options.patience) + " epochs, stopping");
      break;
    }
  }
  log("parser: keeping epoch " + std::to_string(best_epoch) + format(" (dev LAS %.2f)", best_las, 0, 0, 0));
  return best;
}

void retag(const tag::Tagger& tagger, conllu::Treebank& treebank) {
  std::vector<std::string_view> forms;
  std::vector<uint32_t> labels;
  for (auto& s : treebank.sentences) {
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    tagger.predict(forms, labels);
    for (size_t i = 0; i < s.words.size() && i < labels.size(); ++i) {
      s.words[i].upos = tagger.labels()[labels[i]].upos;
      s.words[i].xpos = tagger.labels()[labels[i]].xpos;
    }
  }
}

void tagger_tagset(const tag::Tagger& tagger, std::vector<std::string>& upos, std::vector<std::string>& xpos) {
  std::set<std::string> u, x;
  for (const auto& l : tagger.labels()) {
    u.insert(l.upos);
    x.insert(l.xpos);
  }
  upos.assign(u.begin(), u.end());
  xpos.assign(x.begin(), x.end());
}

namespace {

Result<std::string> read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "read failed", path);
  return ss.str();
}

std::string hex(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", v);
  return buf;
}

std::string base_name(const std::string& p) {
  const size_t slash = p.find_last_of('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

}  // namespace

Status train_parser_file(const std::vector<std::string>& train_paths, const std::string& dev_path,
                         const std::string& output_path, const ParserFileOptions& file_options) {
  if (train_paths.empty()) return Status(StatusCode::kInvalidArgument, "no training file given");
  ParserTrainOptions options = file_options.parser;
  auto log = [&](const std::string& line) {
    if (options.log) options.log(line);
  };
  conllu::Treebank train;
  std::string names, sizes, crcs;
  for (const std::string& path : train_paths) {
    auto text = read_whole(path);
    if (!text.ok()) return text.status();
    auto tb = conllu::parse(*text, path);
    if (!tb.ok()) return tb.status();
    if (train.name.empty()) train.name = path;
    for (auto& s : tb->sentences) train.sentences.push_back(std::move(s));
    const char* sep = names.empty() ? "" : ",";
    // Appended in two steps: `const char* + std::string` trips GCC 12's
    // -Wrestrict false positive.
    names.append(sep).append(base_name(path));
    sizes.append(sep).append(std::to_string(text->size()));
    crcs.append(sep).append(hex(io::crc32(*text)));
  }
  auto dev_text = read_whole(dev_path);
  if (!dev_text.ok()) return dev_text.status();
  auto dev = conllu::parse(*dev_text, dev_path);
  if (!dev.ok()) return dev.status();

  std::string tagging = "gold";
  if (!file_options.tagger_path.empty()) {
    auto tagger = tag::Tagger::load(file_options.tagger_path);
    if (!tagger.ok()) return tagger.status();
    tagger_tagset(*tagger, options.upos_tags, options.xpos_tags);
    tagging = "dev: predicted by " + base_name(file_options.tagger_path);
    if (file_options.jackknife_folds > 1) {
      // Fold k is the k-th contiguous block of sentences, so a document's
      // neighbouring sentences are not in the fold tagger's training data
      // (interleaved folds leaked them and made the training tags cleaner
      // than run-time tags). Its tags come from a tagger that never saw it;
      // that tagger early-stops on the gold-tagged dev set.
      const int k_folds = file_options.jackknife_folds;
      const size_t total = train.sentences.size();
      auto fold_of = [&](size_t i) {
        return static_cast<int>(i * static_cast<size_t>(k_folds) / std::max<size_t>(1, total));
      };
      conllu::Treebank tagged = train;
      int64_t words = 0, upos_right = 0, xpos_right = 0;
      for (int k = 0; k < k_folds; ++k) {
        conllu::Treebank rest, fold;
        rest.name = fold.name = train.name;
        for (size_t i = 0; i < total; ++i) (fold_of(i) == k ? fold : rest).sentences.push_back(train.sentences[i]);
        TaggerTrainOptions tagger_options = file_options.tagger_options;
        tagger_options.log = nullptr;
        auto fold_tagger = train_tagger(rest, *dev, tagger_options);
        if (!fold_tagger.ok()) return fold_tagger.status();
        retag(*fold_tagger, fold);
        for (size_t i = 0, j = 0; i < total; ++i)
          if (fold_of(i) == k) {
            const auto& gold_words = train.sentences[i].words;
            const auto& new_words = fold.sentences[j].words;
            for (size_t w = 0; w < gold_words.size() && w < new_words.size(); ++w) {
              ++words;
              upos_right += gold_words[w].upos == new_words[w].upos;
              xpos_right += gold_words[w].xpos == new_words[w].xpos;
            }
            tagged.sentences[i] = std::move(fold.sentences[j++]);
          }
        log("parser: jackknife fold " + std::to_string(k + 1) + "/" + std::to_string(k_folds) + " tagged");
      }
      train = std::move(tagged);
      log(format("parser: jackknifed train tags UPOS %.2f XPOS %.2f", 100.0 * static_cast<double>(upos_right) /
                                                                         static_cast<double>(std::max<int64_t>(1, words)),
                 100.0 * static_cast<double>(xpos_right) / static_cast<double>(std::max<int64_t>(1, words)), 0, 0));
      tagging += "; train: jackknifed, " + std::to_string(k_folds) + " contiguous folds";
    } else {
      tagging += "; train: gold";
    }
    retag(*tagger, *dev);
  }

  if (!file_options.save_train_path.empty()) {
    std::ofstream out(file_options.save_train_path, std::ios::binary);
    out << conllu::format_words(train);
    if (!out) return Status(StatusCode::kIoError, "cannot write", file_options.save_train_path);
  }

  options.meta = {{"train_data", names},       {"train_data_bytes", sizes},
                  {"train_data_crc32", crcs},  {"dev_data", base_name(dev_path)},
                  {"dev_data_bytes", std::to_string(dev_text->size())},
                  {"dev_data_crc32", hex(io::crc32(*dev_text))},
                  {"tags", tagging}};
  auto model = train_parser(train, *dev, options);
  if (!model.ok()) return model.status();
  parse::Parser parser(std::move(*model));
  const AttachmentScores d = evaluate_parser(parser, *dev);
  char settings[256];
  std::snprintf(settings, sizeof settings,
                "max_epochs=%d patience=%d explore_from_epoch=%d explore=%g seed=%llu min_lift_label_count=%d "
                "prune_below=%g",
                options.max_epochs, options.patience, options.explore_from_epoch, options.explore,
                static_cast<unsigned long long>(options.seed), options.min_lift_label_count,
                static_cast<double>(options.prune_below));
  char scores[160];
  std::snprintf(scores, sizeof scores, "UAS %.2f LAS %.2f (gold tokenization, %s tags, %lld words)", d.uas, d.las,
                file_options.tagger_path.empty() ? "gold" : "predicted", static_cast<long long>(d.words));
  parse::ParserModel final_model = parser.model();
  final_model.meta.emplace_back("settings", settings);
  final_model.meta.emplace_back("dev_scores", scores);
  log(std::string("parser: dev ") + scores);
  return parse::Parser(std::move(final_model)).save(output_path);
}

}  // namespace chronicle::train
