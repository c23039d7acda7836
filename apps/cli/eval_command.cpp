// `chronicle eval --conllu GOLD.conllu [--models DIR]`: CoNLL 2018 scores of
// chronicle on a treebank, twice: from the raw text (chronicle's tokenizer and
// splitter on the text rebuilt as DESIGN.md §6 says) and from the gold
// tokenization. Scoring is library code (src/eval); this file only wires it.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "eval_events.h"
#include "eval_mentions.h"
#include "eval_quotes.h"
#include "conllu/conllu.h"
#include "eval/conllu_eval.h"
#include "eval/gold_tokens.h"
#include "eval/ner_conventions.h"
#include "eval/ner_corpus_eval.h"
#include "ner/ner_tagger.h"
#include "eval/timeml_eval.h"
#include "chronicle/pipeline.h"
#include "segment/sentence_splitter.h"
#include "parse/parser.h"
#include "tag/tagger.h"
#include "tokenize/tokenizer.h"

namespace chronicle::cli {

namespace {

struct EvalArgs {
  std::string conllu;
  std::string ner_file;
  std::string ner_model;  // overrides <models>/en-ner.chm
  std::string part = "dev";
  std::string types;      // "PER,ORG,LOC": score only these coarse types
  std::string models;
  std::string tagger;  // overrides <models>/en-ewt-tagger.chm
  std::string parser;  // overrides <models>/en-ewt-parser.chm (run when present)
  std::string timeml;  // directory of TimeML .tml files (searched recursively)
  bool strip_titles = false;  // --strip-titles: GMB gold normalised (eval/ner_conventions.h)
  std::string diff;    // --diff FILE: per-expression differences for error analysis
};

int fail(const Status& st) {
  std::cerr << "error: " << st.to_string() << "\n";
  return 1;
}

// CPU time of this thread: on a shared machine wall time measures the load,
// not chronicle.
double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// TempEval-3 scoring: each .tml file's text is annotated with its DCT as the
// document date by the default pipeline (time stage, tagger when present).
int run_timeml_eval(const EvalArgs& args) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(args.timeml, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".tml") files.push_back(it->path().string());
  }
  if (ec) return fail(Status(StatusCode::kNotFound, "cannot read directory " + args.timeml + ": " + ec.message()));
  if (files.empty()) return fail(Status(StatusCode::kNotFound, "no .tml files under " + args.timeml));
  std::sort(files.begin(), files.end());
  PipelineOptions po;
  po.models_dir = args.models;
  auto pipeline = Pipeline::load(po);
  if (!pipeline.ok()) return fail(pipeline.status());
  eval::TimexCounts counts;
  std::vector<std::string> diff;
  std::vector<std::string>* diff_ptr = args.diff.empty() ? nullptr : &diff;
  uint64_t bytes = 0;
  double seconds = 0;
  for (const std::string& f : files) {
    auto gold = eval::read_timeml(f);
    if (!gold.ok()) return fail(gold.status());
    Document doc;
    doc.id = gold->id;
    doc.text = gold->text;
    doc.meta.date = gold->dct;
    doc.meta.date_source = "input";
    doc.meta.source = f;
    const double t0 = thread_seconds();
    Status st = (*pipeline)->annotate(doc);
    seconds += thread_seconds() - t0;
    if (!st.ok()) return fail(st);
    bytes += doc.text.size();
    std::vector<eval::Timex> system;
    for (const TimeExpr& t : doc.times) system.push_back({t.start, t.end, t.type, t.value});
    if (diff_ptr) diff.push_back("# " + f + " DCT " + gold->dct);
    eval::score_timexes(doc.text, gold->timexes, system, counts, diff_ptr);
  }
  if (diff_ptr) {
    std::ofstream out(args.diff);
    for (const auto& line : diff) out << line << "\n";
    if (!out) return fail(Status(StatusCode::kInternal, "cannot write " + args.diff));
  }
  std::cout << "gold: " << args.timeml << " (" << files.size() << " files)\n" << eval::format_timex_scores(counts);
  char buf[160];
  std::snprintf(buf, sizeof buf, "speed (one thread, CPU time, whole pipeline): %.2f MB/s\n",
                bytes / 1e6 / std::max(seconds, 1e-9));
  std::cout << buf;
  return 0;
}

int run_eval(const EvalArgs& args) {
  if (!args.timeml.empty()) return run_timeml_eval(args);
  if (args.conllu.empty()) return fail(Status(StatusCode::kInvalidArgument, "eval needs --conllu FILE, --ner FILE or --timeml DIR"));
  auto gold = conllu::read_file(args.conllu);
  if (!gold.ok()) return fail(gold.status());
  auto raw = conllu::rebuild_text(*gold);
  if (!raw.ok()) return fail(raw.status());

  const std::string models = args.models.empty() ? tag::default_models_dir() : args.models;
  const std::string tagger_path = args.tagger.empty() ? models + "/" + tag::kDefaultModelFile : args.tagger;
  auto tagger = tag::Tagger::load(tagger_path);
  if (!tagger.ok()) return fail(tagger.status());
  const std::string parser_path = args.parser.empty() ? models + "/en-ewt-parser.chm" : args.parser;
  std::optional<parse::Parser> parser;
  if (!args.parser.empty() || std::filesystem::exists(parser_path)) {
    auto loaded = parse::Parser::load(parser_path);
    if (!loaded.ok()) return fail(loaded.status());
    std::set<std::string> upos, xpos;
    for (const auto& l : tagger->labels()) {
      upos.insert(l.upos);
      xpos.insert(l.xpos);
    }
    Status paired = loaded->check_tagset(parse::tagset_hash({upos.begin(), upos.end()}, {xpos.begin(), xpos.end()}));
    if (!paired.ok()) return fail(paired);
    parser = std::move(*loaded);
  }

  // From raw text.
  Document doc;
  doc.text = raw->text;
  double t0 = thread_seconds();
  tokenize::tokenize(doc.text, doc.tokens);
  segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  const double seg_s = thread_seconds() - t0;
  t0 = thread_seconds();
  tagger->tag_document(doc);
  const double tag_s = thread_seconds() - t0;
  t0 = thread_seconds();
  if (parser)
    for (const Sentence& s : doc.sentences) parser->parse(doc, s);
  const double parse_s = thread_seconds() - t0;
  auto raw_scores = eval::evaluate(*gold, doc);
  if (!raw_scores.ok()) return fail(raw_scores.status());

  // From gold tokenization.
  std::vector<std::string_view> forms;
  Document gdoc = eval::gold_tokenized_document(*gold, *raw, forms);
  t0 = thread_seconds();
  for (const Sentence& s : gdoc.sentences)
    tagger->tag(gdoc, s.first_token, s.last_token,
                std::span<const std::string_view>(forms).subspan(s.first_token, s.last_token - s.first_token));
  const double gold_tag_s = thread_seconds() - t0;
  t0 = thread_seconds();
  if (parser)
    for (const Sentence& s : gdoc.sentences)
      parser->parse(gdoc, s,
                    std::span<const std::string_view>(forms).subspan(s.first_token, s.last_token - s.first_token));
  const double gold_parse_s = thread_seconds() - t0;
  auto gold_scores = eval::evaluate(*gold, gdoc);
  if (!gold_scores.ok()) return fail(gold_scores.status());

  std::cout << "gold: " << args.conllu << "\ntagger: " << tagger_path << "\n"
            << "parser: " << (parser ? parser_path : std::string("not run (UAS/LAS count as wrong)")) << "\n\n";
  std::cout << "From raw text (chronicle tokenizer, splitter, tagger, parser):\n" << eval::format_scores(*raw_scores) << "\n";
  std::cout << "From gold tokenization:\n" << eval::format_scores(*gold_scores) << "\n";
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "speed (one thread, CPU time): tokenize+segment %.1f MB/s; tagger+lemmatizer %.0f tokens/s (raw), %.0f "
                "tokens/s (gold tokens)\n",
                doc.text.size() / 1e6 / std::max(seg_s, 1e-9), doc.tokens.size() / std::max(tag_s, 1e-9),
                gdoc.tokens.size() / std::max(gold_tag_s, 1e-9));
  std::cout << buf;
  if (parser) {
    std::snprintf(buf, sizeof buf,
                  "speed (one thread, CPU time): parser %.0f tokens/s, tagger+parser %.0f tokens/s (raw); parser %.0f "
                  "tokens/s, tagger+parser %.0f tokens/s (gold tokens)\n",
                  doc.tokens.size() / std::max(parse_s, 1e-9), doc.tokens.size() / std::max(tag_s + parse_s, 1e-9),
                  gdoc.tokens.size() / std::max(gold_parse_s, 1e-9),
                  gdoc.tokens.size() / std::max(gold_tag_s + gold_parse_s, 1e-9));
    std::cout << buf;
  }
  return 0;
}

int run_eval_ner(const EvalArgs& args) {
  eval::NerPart part = eval::NerPart::kAll;
  if (args.part == "dev") part = eval::NerPart::kDev;
  else if (args.part == "train") part = eval::NerPart::kTrain;
  else if (args.part != "all") return fail(Status(StatusCode::kInvalidArgument, "--part must be all, train or dev"));
  auto gold = eval::read_ner_file(args.ner_file, part);
  if (!gold.ok()) return fail(gold.status());
  int stripped = -1;
  if (args.strip_titles) stripped = eval::strip_person_titles(*gold);
  const std::string models = args.models.empty() ? tag::default_models_dir() : args.models;
  const std::string tagger_path = args.tagger.empty() ? models + "/" + tag::kDefaultModelFile : args.tagger;
  const std::string ner_path = args.ner_model.empty() ? models + "/" + ner::kDefaultModelFile : args.ner_model;
  auto tagger = tag::Tagger::load(tagger_path);
  if (!tagger.ok()) return fail(tagger.status());
  auto ner = ner::Ner::load(ner_path);
  if (!ner.ok()) return fail(ner.status());
  std::set<std::string> types;
  std::stringstream ts(args.types);
  for (std::string t; std::getline(ts, t, ',');)
    if (!t.empty()) types.insert(t);
  std::vector<std::vector<std::string>> predicted;
  auto run = eval::evaluate_ner(*ner, *tagger, *gold, types, args.diff.empty() ? nullptr : &predicted);
  if (!args.diff.empty()) {
    // One "form gold predicted" line per token, a blank line between sentences.
    std::ofstream out(args.diff);
    if (!out) return fail(Status(StatusCode::kIoError, "cannot write", args.diff));
    for (size_t i = 0; i < predicted.size(); ++i) {
      const auto& s = gold->sentences[i];
      for (size_t k = 0; k < s.forms.size(); ++k) out << s.forms[k] << '\t' << s.tags[k] << '\t' << predicted[i][k] << '\n';
      out << '\n';
    }
  }
  std::cout << "gold: " << args.ner_file << " (" << gold->sentences.size() << " sentences, " << run.tokens
            << " tokens; GMB CSV part: " << args.part << ")"
            << (stripped >= 0 ? "\ngold person spans with titles taken out: " + std::to_string(stripped) : std::string())
            << "\ntagger: " << tagger_path << "\nner: " << ner_path
            << "\n\nSpan-exact scores, types mapped to PER/ORG/LOC/MISC"
            << (types.empty() ? std::string() : " (scored: " + args.types + ")") << ":\n"
            << run.scorer.format();
  char buf[160];
  std::snprintf(buf, sizeof buf, "speed (one thread, CPU time): tagger+ner %.0f tokens/s\n",
                run.tokens / std::max(run.seconds, 1e-9));
  std::cout << buf;
  return 0;
}

}  // namespace

void add_eval_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  auto args = std::make_shared<EvalArgs>();
  auto quotes = std::make_shared<QuoteEvalArgs>();
  auto events = std::make_shared<EventEvalArgs>();
  auto mentions = std::make_shared<MentionEvalArgs>();
  CLI::App* sub = app.add_subcommand("eval", "Score chronicle against gold annotations");
  sub->add_option("--conllu", args->conllu, "gold CoNLL-U treebank: CoNLL 2018 metrics")
      ->check(CLI::ExistingFile);
  sub->add_option("--ner", args->ner_file, "gold NER file (IOB2/CoNLL, or GMB's CSV): span-exact F1")
      ->check(CLI::ExistingFile);
  sub->add_option("--ner-model", args->ner_model, "NER model file (default: <models>/en-ner.chm)");
  sub->add_option("--part", args->part, "part of a GMB CSV to score: all, train or dev (its last tenth)")
      ->capture_default_str();
  sub->add_flag("--strip-titles", args->strip_titles,
                "with --ner: take titles out of gold person spans first (GMB's \"Mr. Bush\" -> \"Bush\")");
  sub->add_option("--types", args->types, "score only these coarse types, e.g. PER,ORG,LOC");
  sub->add_option("--timeml", args->timeml, "directory of TimeML files: TempEval-3 TIMEX3 scores")
      ->check(CLI::ExistingDirectory);
  sub->add_option("--diff", args->diff, "with --timeml: write missed, spurious and mis-valued expressions to FILE; with --ner: form, gold and predicted tag per token");
  auto* quote_gold = sub->add_option("--quotes", quotes->gold, "quotes gold file (eval/quotes/bbc-quotes.tsv): span F1, speaker accuracy")
                         ->check(CLI::ExistingFile);
  sub->add_option("--split", quotes->split, "with --quotes: dev, test or all (default all)")->needs(quote_gold);
  sub->add_option("--stages", quotes->stages, "with --quotes: stage list (default every stage; e.g. quote for no tagger/parser)")
      ->needs(quote_gold);
  sub->add_flag("--per-doc", quotes->per_doc, "with --quotes: one line of counts per article")->needs(quote_gold);
  auto* event_gold = sub->add_option("--events", events->gold,
                                     "PETRARCH validation file (.xml): per-category pass rates, triple precision/recall; or an event gold set (.tsv, eval/events): precision/recall")
                         ->check(CLI::ExistingFile);
  sub->add_option("--data", events->data,
                  "with --events, --geo, --actors-gold: compiled dictionaries and gazetteer (default: the build's data/)");
  sub->add_flag("--per-record", events->per_record, "with --events: one line per record with its verdict")->needs(event_gold);
  sub->add_flag("--failures", events->failures, "with --events: one line per failing record")->needs(event_gold);
  sub->add_option("--geo", mentions->geo_gold, "places gold file (eval/geo/bbc-places.tsv): accuracy@161km")
                       ->check(CLI::ExistingFile);
  sub->add_option("--actors-gold", mentions->actor_gold,
                  "actor gold file (eval/actors/bbc-actors.tsv): exact-code accuracy")
      ->check(CLI::ExistingFile);
  sub->add_option("--gold-split", mentions->split, "with --geo/--actors-gold: dev (default), test or all");
  sub->add_option("--errors", mentions->errors, "with --geo/--actors-gold: write the wrong mentions to FILE; with --quotes: the wrong speakers, kinds and spans");
  sub->add_option("--models", args->models, "models directory (default: the build's models/)");
  sub->add_option("--tagger", args->tagger, "tagger model file (default: <models>/en-ewt-tagger.chm)");
  sub->add_option("--parser", args->parser, "parser model file (default: <models>/en-ewt-parser.chm when present)");
  runners.emplace_back(sub, [args, quotes, events, mentions] {
    const int modes = !args->conllu.empty() + !args->ner_file.empty() + !args->timeml.empty() + !quotes->gold.empty() +
                      !events->gold.empty() + !mentions->geo_gold.empty() + !mentions->actor_gold.empty();
    if (modes != 1) {
      std::cerr << "error: eval needs one of --conllu GOLD, --ner GOLD, --timeml DIR, --quotes GOLD, --events GOLD, "
                   "--geo GOLD, --actors-gold GOLD\n";
      return 2;
    }
    if (!events->gold.empty()) {
      events->models = args->models;
      return run_event_eval(*events);
    }
    if (!mentions->geo_gold.empty() || !mentions->actor_gold.empty()) {
      mentions->models = args->models;
      mentions->data = events->data;
      return run_mention_eval(*mentions);
    }
    if (!quotes->gold.empty()) {
      quotes->models = args->models;
      quotes->errors = mentions->errors;
      return run_quote_eval(*quotes);
    }
    if (!args->ner_file.empty()) return run_eval_ner(*args);
    return run_eval(*args);  // --conllu or --timeml
  });
}

}  // namespace chronicle::cli
