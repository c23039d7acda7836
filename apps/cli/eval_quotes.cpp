// Wires the pipeline to the quote scorer (src/eval/quote_eval); no scoring here.
#include "eval_quotes.h"

#include <time.h>

#include <fstream>
#include <iostream>

#include "chronicle/pipeline.h"
#include "eval/quote_eval.h"
#include "gold_articles.h"

namespace chronicle::cli {

namespace {

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int run_quote_eval(const QuoteEvalArgs& args) {
  if (args.split != "dev" && args.split != "test" && args.split != "all") {
    std::cerr << "error: --split must be dev, test or all, not '" << args.split << "'\n";
    return 2;
  }
  auto gold = eval::read_quote_gold(args.gold);
  if (!gold.ok()) {
    std::cerr << "error: " << gold.status().to_string() << "\n";
    return 1;
  }
  PipelineOptions options;
  options.models_dir = args.models;
  if (!args.stages.empty()) {
    auto stages = parse_stage_list(args.stages);
    if (!stages.ok()) {
      std::cerr << "error: " << stages.status().to_string() << "\n";
      return 2;
    }
    options.stages = *stages;
  }
  auto pipeline = Pipeline::load(options);
  if (!pipeline.ok()) {
    std::cerr << "error: " << pipeline.status().to_string() << "\n";
    return 1;
  }
  if (!(*pipeline)->runs(Stage::kQuote)) {
    std::cerr << "error: the stage list does not include 'quote'\n";
    return 2;
  }
  eval::QuoteScores total;
  size_t articles = 0;
  double seconds = 0;
  for (const auto& article : gold->articles) {
    if (args.split != "all" && article.split != args.split) continue;
    const std::string path = gold->root + "/" + article.doc;
    auto read = read_gold_article(path, article.doc, "", args.gold);
    if (!read.ok()) {
      std::cerr << "error: " << read.status().to_string() << " (is ../shared/corpora/bbc there?)\n";
      return 1;
    }
    Document& doc = *read;
    const double t0 = thread_seconds();
    Status st = (*pipeline)->annotate(doc);
    seconds += thread_seconds() - t0;
    if (!st.ok()) {
      std::cerr << "error: " << path << ": " << st.to_string() << "\n";
      return 1;
    }
    eval::QuoteScores one;
    eval::score_quotes(article, doc, one, gold->reported);
    if (args.per_doc) {
      std::cout << article.doc << "\texact " << one.exact.correct << "/" << one.exact.gold << "/" << one.exact.system
                << "\tspeaker " << one.speaker_correct << "/" << one.speaker_matched << "\tkind " << one.kind_correct
                << "/" << one.kind_matched << "\n";
    }
    total.add(one);
    ++articles;
  }
  std::cout << "gold: " << args.gold << " (split " << args.split << ", " << articles << " articles)\n";
  std::cout << "stages: " << (args.stages.empty() ? std::string("all available") : args.stages) << "\n\n";
  std::cout << eval::format_quote_scores(total);
  std::cout << "pipeline CPU time: " << seconds << " s\n";
  if (!args.errors.empty()) {
    std::ofstream out(args.errors);
    if (!out) {
      std::cerr << "error: cannot write " << args.errors << "\n";
      return 1;
    }
    out << "# doc\tstart\tend\twhat\tgold\tsystem (code points)\n";
    for (const std::string& line : total.errors) out << line << "\n";
  }
  return 0;
}

}  // namespace chronicle::cli
