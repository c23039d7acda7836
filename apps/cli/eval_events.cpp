// Wires the pipeline to the event scorers (src/eval/event_eval,
// src/eval/event_gold); no scoring here.
#include "eval_events.h"

#include <algorithm>
#include <iostream>
#include <map>

#include "chronicle/pipeline.h"
#include "eval/event_eval.h"
#include "eval/event_gold.h"
#include "gold_articles.h"

namespace chronicle::cli {

namespace {

int fail(const Status& st) {
  std::cerr << "error: " << st.to_string() << "\n";
  return 1;
}

std::vector<eval::EventTriple> triples_of(const Document& doc) {
  std::vector<eval::EventTriple> out;
  // PETRARCH writes only coded dyads: an event with an uncoded party is not
  // one of its triples.
  for (const Event& e : doc.events)
    if (!e.source.actor.empty() && !e.target.actor.empty()) out.push_back({e.source.actor, e.target.actor, e.cameo});
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

int run_petrarch_eval(const EventEvalArgs& args) {
  auto v = eval::read_petrarch_validation(args.gold);
  if (!v.ok()) return fail(v.status());
  PipelineOptions po;
  po.models_dir = args.models;
  po.data_dir = args.data;
  // PETRARCH runs a validation file with its own dictionaries only: the
  // invented actors (ARN, GON) and test verbs must not meet the shipped ones.
  po.no_default_dictionaries = true;
  po.petrarch_conventions = true;
  if (!v->actors.empty()) po.actor_files.push_back(v->actors);
  if (!v->agents.empty()) po.agent_files.push_back(v->agents);
  if (!v->verbs.empty()) po.verb_files.push_back(v->verbs);
  if (!v->discards.empty()) po.discard_files.push_back(v->discards);
  auto pipeline = Pipeline::load(po);
  if (!pipeline.ok()) return fail(pipeline.status());
  for (const Status& w : (*pipeline)->warnings()) std::cerr << "warning: " << w.message() << "\n";
  if (!(*pipeline)->runs(Stage::kEvent))
    return fail(Status(StatusCode::kNotFound, "the event stage cannot run: it needs the parser model in the models directory"));
  eval::EventScores scores;
  for (const eval::EventRecord& r : v->records) {
    Document doc;
    doc.id = r.id;
    doc.text = r.text;
    doc.meta.date = r.date;
    if (!r.date.empty()) doc.meta.date_source = "input";
    Status st = (*pipeline)->annotate(doc);
    if (!st.ok()) return fail(Status(st.code(), args.gold + ":" + std::to_string(r.line) + ": record '" + r.id + "': " + st.message()));
    const std::vector<eval::EventTriple> got = triples_of(doc);
    const bool pass = eval::score_event_record(r, got, scores);
    if (!r.active) continue;
    if (args.per_record || (args.failures && !pass)) {
      std::cout << (pass ? "PASS " : "FAIL ") << r.id << " [" << r.category << "] expected "
                << (r.error.empty() ? eval::format_triples(r.expected) : "- (error " + r.error + ")") << " got "
                << eval::format_triples(got) << "\n";
    }
  }
  if (args.per_record || args.failures) std::cout << "\n";
  std::cout << "gold: " << args.gold << " (" << v->records.size() << " records; dictionaries: " << v->verbs << ", "
            << v->actors << ", " << v->agents << ", " << v->discards << ")\n\n"
            << eval::format_event_scores(scores);
  return 0;
}

// The project's gold sentences: each article is annotated once, whole, by
// the default pipeline with the shipped dictionaries.
int run_gold_eval(const EventEvalArgs& args) {
  auto gold = eval::read_event_gold(args.gold);
  if (!gold.ok()) return fail(gold.status());
  PipelineOptions po;
  po.models_dir = args.models;
  po.data_dir = args.data;
  auto pipeline = Pipeline::load(po);
  if (!pipeline.ok()) return fail(pipeline.status());
  if (!(*pipeline)->runs(Stage::kEvent))
    return fail(Status(StatusCode::kNotFound, "the event stage cannot run: it needs the parser model and data/"));
  std::map<std::string, Document> docs;
  eval::EventGoldScores scores;
  std::vector<std::string> listing;
  for (const eval::GoldEventSentence& s : gold->sentences) {
    auto it = docs.find(s.doc);
    if (it == docs.end()) {
      const std::string path = gold->root + "/" + s.doc;
      auto doc = read_gold_article(path, s.doc, gold->date, args.gold);
      if (!doc.ok()) return fail(doc.status());
      Status st = (*pipeline)->annotate(*doc);
      if (!st.ok()) return fail(Status(st.code(), path + ": " + st.message()));
      it = docs.emplace(s.doc, std::move(*doc)).first;
    }
    eval::score_event_sentence(s, it->second, scores, args.per_record || args.failures ? &listing : nullptr);
  }
  for (const std::string& line : listing)
    if (args.per_record || !line.starts_with("RIGHT")) std::cout << line << "\n";
  if (!listing.empty()) std::cout << "\n";
  std::cout << "gold: " << args.gold << " (" << docs.size() << " articles)\n\n" << eval::format_event_gold_scores(scores);
  return 0;
}

}  // namespace

int run_event_eval(const EventEvalArgs& args) {
  if (args.gold.ends_with(".xml")) return run_petrarch_eval(args);
  if (args.gold.ends_with(".tsv")) return run_gold_eval(args);
  std::cerr << "error: " << args.gold << ": --events reads a PETRARCH validation file (.xml) or an event gold set (.tsv)\n";
  return 2;
}

}  // namespace chronicle::cli
