// Wires the pipeline to the place and actor scorers (src/eval/mention_eval);
// no scoring here.
#include "eval_mentions.h"

#include <fstream>
#include <iostream>

#include "actor/actor_resources.h"
#include "chronicle/pipeline.h"
#include "eval/mention_eval.h"
#include "geo/gazetteer.h"
#include "gold_articles.h"

namespace chronicle::cli {

namespace {

int fail(const Status& st) {
  std::cerr << "error: " << st.to_string() << "\n";
  return 1;
}

Result<eval::GoldPoints> gold_points(const std::string& data_dir) {
  const std::string path = (data_dir.empty() ? actor::default_data_dir() : data_dir) + "/" + actor::kGazetteerFile;
  auto gaz = geo::Gazetteer::read(path);
  if (!gaz.ok()) return gaz.status();
  eval::GoldPoints points;
  for (uint32_t i = 0; i < gaz->size(); ++i) {
    const geo::Place p = gaz->place(i);
    points.emplace(p.geonameid, std::make_pair(p.lat, p.lon));
  }
  return points;
}

}  // namespace

int run_mention_eval(const MentionEvalArgs& args) {
  if (args.split != "dev" && args.split != "test" && args.split != "all") {
    std::cerr << "error: --split must be dev, test or all, not '" << args.split << "'\n";
    return 2;
  }
  const bool geo = !args.geo_gold.empty();
  const std::string& path = geo ? args.geo_gold : args.actor_gold;
  auto gold = eval::read_mention_gold(path);
  if (!gold.ok()) return fail(gold.status());
  eval::GoldPoints points;
  if (geo) {
    auto p = gold_points(args.data);
    if (!p.ok()) return fail(p.status());
    points = std::move(*p);
  }
  PipelineOptions options;
  options.models_dir = args.models;
  options.data_dir = args.data;
  auto pipeline = Pipeline::load(options);
  if (!pipeline.ok()) return fail(pipeline.status());
  if (!(*pipeline)->runs(Stage::kActor)) {
    std::cerr << "error: the actor stage does not run (is data/ built? see docs/dictionaries.md)\n";
    return 1;
  }
  eval::GeoScores geo_total;
  eval::ActorScores actor_total;
  size_t articles = 0;
  for (const auto& article : gold->articles) {
    if (args.split != "all" && article.split != args.split) continue;
    const std::string file = gold->root + "/" + article.doc;
    auto read = read_gold_article(file, article.doc, gold->date, path);
    if (!read.ok()) {
      std::cerr << "error: " << read.status().to_string() << " (is ../shared/corpora/bbc there?)\n";
      return 1;
    }
    Document& doc = *read;
    Status st = (*pipeline)->annotate(doc);
    if (!st.ok()) return fail(Status(st.code(), st.message(), file));
    if (geo) eval::score_geo(article, doc, points, geo_total);
    else eval::score_actors(article, doc, actor_total);
    ++articles;
  }
  std::cout << "gold: " << path << " (split " << args.split << ", " << articles << " articles"
            << (gold->date.empty() ? std::string() : ", document date " + gold->date) << ")\n";
  std::cout << (geo ? eval::format_geo_scores(geo_total) : eval::format_actor_scores(actor_total));
  if (!args.errors.empty()) {
    std::ofstream out(args.errors);
    if (!out) return fail(Status(StatusCode::kNotFound, "cannot write the error list", args.errors));
    for (const auto& e : geo ? geo_total.errors : actor_total.errors) {
      out << e.doc << "\t" << e.start << "\t" << e.end << "\t" << e.text << "\tgold " << e.gold << "\tsystem "
          << e.system;
      if (e.km >= 0) out << "\t" << static_cast<long>(e.km) << " km";
      out << "\n";
    }
  }
  return 0;
}

}  // namespace chronicle::cli
