// Wires the stages together in DESIGN.md order; owns no algorithms.
#include "chronicle/pipeline.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <future>
#include <optional>
#include <sstream>

#include "pipeline/cased_text.h"
#include "text/capitals_case.h"
#include "text/utf8_repair.h"
#include "tokenize/tokenizer.h"
#include "segment/sentence_splitter.h"
#include "social/posts.h"
#include "social/twitter_text.h"
#include "io/model_file.h"
#include "parse/parser.h"
#include "tag/tagger.h"
#include "ner/capitals_names.h"
#include "ner/ner_tagger.h"
#include "entity/entity_resolver.h"
#include "actor/actor_resources.h"
#include "actor/actor_stage.h"
#include "event/dateline_party.h"
#include "event/event_coder.h"
#include "time/time_stage.h"
#include "quote/quote_stage.h"


namespace chronicle {

namespace {

constexpr Stage kAllStages[] = {Stage::kText, Stage::kTokenize, Stage::kSegment,
                                Stage::kSocial, Stage::kTag, Stage::kParse, Stage::kNer, Stage::kTime,
                                Stage::kEntity, Stage::kQuote, Stage::kActor, Stage::kEvent};
constexpr size_t kStageCount = sizeof(kAllStages) / sizeof(kAllStages[0]);

// What each stage reads.
Stage prerequisite(Stage s) {
  switch (s) {
    case Stage::kText: return Stage::kText;
    case Stage::kTokenize: return Stage::kText;
    case Stage::kSegment: return Stage::kTokenize;
    case Stage::kSocial: return Stage::kSegment;  // posts are paragraphs above a signature
    case Stage::kTag: return Stage::kSegment;
    case Stage::kParse: return Stage::kTag;
    case Stage::kNer: return Stage::kTag;  // XPOS features
    case Stage::kEntity: return Stage::kNer;  // and social (signatures, handles): see load()
    case Stage::kActor: return Stage::kEntity;  // codes entities, geocodes places
    case Stage::kEvent: return Stage::kActor;  // and the parse: see load()
    case Stage::kTime: return Stage::kSocial;  // post signature dates can anchor the document
    case Stage::kQuote: return Stage::kSocial;  // posts give their author; tags and parse help when they run
  }
  return Stage::kText;
}

// The parser's model file inside a models directory (the tagger's is
// tag::kDefaultModelFile).
constexpr const char* kParserModelFile = "en-ewt-parser.chm";

bool is_model_stage(Stage s) {
  return s == Stage::kTag || s == Stage::kParse || s == Stage::kNer || s == Stage::kEntity;
}

// "en-ewt-tagger.chm" made by chronicle 0.1.0 -> "en-ewt-tagger-0.1.0".
std::string model_version(const std::string& path, uint32_t producer_version) {
  return std::filesystem::path(path).stem().string() + "-" + io::decode_version(producer_version);
}

bool is_blank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

}  // namespace

const char* stage_name(Stage stage) {
  switch (stage) {
    case Stage::kText: return "text";
    case Stage::kTokenize: return "tokenize";
    case Stage::kSegment: return "segment";
    case Stage::kSocial: return "social";
    case Stage::kTag: return "tag";
    case Stage::kParse: return "parse";
    case Stage::kNer: return "ner";
    case Stage::kEntity: return "entity";
    case Stage::kActor: return "actor";
    case Stage::kEvent: return "event";
    case Stage::kTime: return "time";
    case Stage::kQuote: return "quote";
  }
  return "?";
}

Result<std::vector<Stage>> parse_stage_list(const std::string& list) {
  std::vector<Stage> stages;
  std::stringstream in(list);
  std::string name;
  while (std::getline(in, name, ',')) {
    // Trim spaces so "tokenize, segment" works.
    const auto b = name.find_first_not_of(' ');
    const auto e = name.find_last_not_of(' ');
    name = b == std::string::npos ? std::string() : name.substr(b, e - b + 1);
    if (name.empty()) return Status(StatusCode::kInvalidArgument, "empty stage name in stage list '" + list + "'");
    bool found = false;
    for (Stage s : kAllStages) {
      if (name == stage_name(s)) {
        stages.push_back(s);
        found = true;
      }
    }
    if (!found) {
      return Status(StatusCode::kInvalidArgument,
                    "unknown stage '" + name + "' (known: text, tokenize, segment, social, tag, parse, ner, time, entity, quote, actor, event)");
    }
  }
  if (stages.empty()) return Status(StatusCode::kInvalidArgument, "empty stage list");
  return stages;
}

// A model read from its file on a loader thread, with what the pipeline
// reports about it.
template <typename Model>
struct LoadedModel {
  Status status;
  std::optional<Model> model;
  std::string version;
  io::MetaList meta;
};

template <typename Model>
LoadedModel<Model> load_model_file(const std::string& path) {
  LoadedModel<Model> out;
  auto file = io::ModelFile::read(path);
  if (!file.ok()) {
    out.status = file.status();
    return out;
  }
  auto model = Model::from_file(*file);
  if (!model.ok()) {
    out.status = model.status();
    return out;
  }
  out.model.emplace(std::move(*model));
  out.version = model_version(path, file->producer_version());
  auto meta = file->meta();
  if (meta.ok()) out.meta = std::move(*meta);
  return out;
}

// Starts loading `path` on its own thread when `wanted`.
template <typename Model>
std::future<LoadedModel<Model>> start_loading(bool wanted, const std::string& path) {
  if (!wanted) return {};
  return std::async(std::launch::async, load_model_file<Model>, path);
}

// Waits for a load started by start_loading and moves its model into `slot`.
template <typename Model>
Status finish_loading(std::future<LoadedModel<Model>>& job, std::optional<Model>& slot, std::string& version,
                      io::MetaList& meta) {
  if (!job.valid()) return {};
  LoadedModel<Model> loaded = job.get();
  if (!loaded.status.ok()) return loaded.status;
  slot = std::move(loaded.model);
  version = std::move(loaded.version);
  meta = std::move(loaded.meta);
  return {};
}

struct Pipeline::Impl {
  bool run[kStageCount] = {};
  std::optional<tag::Tagger> tagger;
  std::optional<parse::Parser> parser;
  std::optional<ner::Ner> ner;
  std::vector<std::pair<std::string, std::string>> models;
  std::optional<actor::ActorResources> actors;
  // The usual case of words, for capitals lines (made when the tagger loads).
  std::optional<text::CaseLexicon> case_lexicon;
  std::vector<Status> warnings;
  std::vector<io::MetaList> provenance;
  bool petrarch_conventions = false;

  void add_model(const char* stage, std::string version, io::MetaList meta) {
    models.emplace_back(stage, std::move(version));
    provenance.push_back(std::move(meta));
  }

  // The parser reads the tagger's tags: refuse a pair trained on different tagsets.
  Status check_parser_tagset() const {
    std::vector<std::string> upos, xpos;
    for (const auto& label : tagger->labels()) {
      upos.push_back(label.upos);
      xpos.push_back(label.xpos);
    }
    for (auto* v : {&upos, &xpos}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    return parser->check_tagset(parse::tagset_hash(upos, xpos));
  }
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::load(const PipelineOptions& options) {
  auto pipeline = std::unique_ptr<Pipeline>(new Pipeline());
  Impl& impl = *pipeline->impl_;
  impl.petrarch_conventions = options.petrarch_conventions;
  bool* run = impl.run;
  const std::string dir = options.models_dir.empty() ? tag::default_models_dir() : options.models_dir;
  const std::string tagger_path = dir + "/" + tag::kDefaultModelFile;
  const std::string parser_path = dir + "/" + kParserModelFile;
  const std::string ner_path = dir + "/" + ner::kDefaultModelFile;
  std::error_code ec;
  if (options.stages.empty()) {
    // Every stage this build can run: the model stages when their models are there.
    for (Stage s : kAllStages) run[static_cast<size_t>(s)] = !is_model_stage(s);
    if (std::filesystem::exists(tagger_path, ec)) {
      run[static_cast<size_t>(Stage::kTag)] = true;
      if (std::filesystem::exists(parser_path, ec)) run[static_cast<size_t>(Stage::kParse)] = true;
      if (std::filesystem::exists(ner_path, ec))
        run[static_cast<size_t>(Stage::kNer)] = run[static_cast<size_t>(Stage::kEntity)] = true;
    }
  } else {
    for (Stage s : options.stages) {
      // A stage pulls in everything it reads.
      for (Stage t = s;; t = prerequisite(t)) {
        run[static_cast<size_t>(t)] = true;
        if (t == Stage::kText) break;
      }
    }
  }
  // The event coder reads the parse as well as the actor codes; by default it
  // runs when both of them do.
  if (run[static_cast<size_t>(Stage::kEvent)]) {
    if (options.stages.empty()) {
      run[static_cast<size_t>(Stage::kEvent)] = run[static_cast<size_t>(Stage::kParse)];
    } else {
      run[static_cast<size_t>(Stage::kParse)] = run[static_cast<size_t>(Stage::kTag)] = true;
      run[static_cast<size_t>(Stage::kTime)] = true;  // an event's date is a time expression of its clause
    }
  }
  // The entity stage also reads the posts and handles of the social stage.
  if (run[static_cast<size_t>(Stage::kEntity)]) run[static_cast<size_t>(Stage::kSocial)] = true;
  run[static_cast<size_t>(Stage::kText)] = true;  // later stages and writers need valid UTF-8
  // The models load on threads of their own while the dictionaries load
  // here: loading is most of a short run's time, and the loads are
  // independent until the parser's tagset check.
  auto tagger_job = start_loading<tag::Tagger>(run[static_cast<size_t>(Stage::kTag)], tagger_path);
  auto parser_job = start_loading<parse::Parser>(run[static_cast<size_t>(Stage::kParse)], parser_path);
  auto ner_job = start_loading<ner::Ner>(run[static_cast<size_t>(Stage::kNer)], ner_path);
  Status actor_status;
  {
    actor::ActorResourceOptions ao{options.data_dir, options.actor_files, options.agent_files,
                                   options.verb_files, options.discard_files, options.no_default_dictionaries};
    const std::string data_dir = ao.data_dir.empty() ? actor::default_data_dir() : ao.data_dir;
    const bool asked = !options.actor_files.empty() || !options.agent_files.empty() ||
                       !options.verb_files.empty() || !options.discard_files.empty();
    // By default the stage runs when its data is there; named or given
    // dictionaries, missing data is an error naming the file.
    if (options.stages.empty() && !asked &&
        !std::filesystem::exists(data_dir + "/" + actor::kGazetteerFile, ec))
      run[static_cast<size_t>(Stage::kActor)] = false;
    if (asked) run[static_cast<size_t>(Stage::kActor)] = true;
    if (run[static_cast<size_t>(Stage::kActor)]) {
      auto res = actor::ActorResources::load(ao);
      if (res.ok()) {
        impl.warnings = res->warnings;
        impl.actors.emplace(std::move(*res));
      } else {
        actor_status = res.status();
      }
    }
  }
  // Errors in the order the stages run: a bad tagger is named before a bad parser.
  std::string version;
  io::MetaList meta;
  CHRONICLE_RETURN_IF_ERROR(finish_loading(tagger_job, impl.tagger, version, meta));
  if (impl.tagger) impl.add_model("tagger", std::move(version), std::move(meta));
  CHRONICLE_RETURN_IF_ERROR(finish_loading(parser_job, impl.parser, version, meta));
  if (impl.parser) {
    CHRONICLE_RETURN_IF_ERROR(impl.check_parser_tagset());
    impl.add_model("parser", std::move(version), std::move(meta));
  }
  CHRONICLE_RETURN_IF_ERROR(finish_loading(ner_job, impl.ner, version, meta));
  if (impl.ner) impl.add_model("ner", std::move(version), std::move(meta));
  if (impl.tagger) {
    // The NER's first cluster set is news text (RCV1): its forms keep their case.
    const tag::WordClusters* news =
        impl.ner && !impl.ner->parts().clusters.empty() ? &impl.ner->parts().clusters[0] : nullptr;
    text::CaseLexicon::HasForm has;
    // lookup(form, form) matches the exact form only (no lowercase fallback).
    if (news) has = [news](std::string_view form) { return news->lookup(form, form) != tag::WordClusters::kNone; };
    text::CaseLexicon::IsName is_name;
    if (impl.ner) {
      const ner::Gazetteer* gazetteer = &impl.ner->parts().gazetteer;
      is_name = [gazetteer](std::span<const std::string_view> words) { return gazetteer->lookup(words) != 0; };
    }
    impl.case_lexicon.emplace(impl.tagger->parts().vocabulary, std::move(has), std::move(is_name));
  }
  CHRONICLE_RETURN_IF_ERROR(actor_status);
  if (!impl.actors) run[static_cast<size_t>(Stage::kEvent)] = false;  // the verb dictionary comes with them
  return pipeline;
}

const std::vector<std::pair<std::string, std::string>>& Pipeline::models() const { return impl_->models; }

const std::vector<Status>& Pipeline::warnings() const { return impl_->warnings; }
const std::vector<std::vector<std::pair<std::string, std::string>>>& Pipeline::model_provenance() const {
  return impl_->provenance;
}

bool Pipeline::runs(Stage stage) const { return impl_->run[static_cast<size_t>(stage)]; }

Status Pipeline::annotate(Document& doc) const { return annotate(doc, std::chrono::steady_clock::time_point::max()); }

Status Pipeline::annotate(Document& doc, std::chrono::steady_clock::time_point deadline) const {
  const bool timed = deadline != std::chrono::steady_clock::time_point::max();
  auto expired = [&] { return timed && std::chrono::steady_clock::now() >= deadline; };
  auto late = [&](const char* where) {
    return Status(StatusCode::kDeadlineExceeded, std::string("time limit reached ") + where, doc.id);
  };
  // text: valid UTF-8 for everything after.
  std::string repaired = text::repair_utf8(doc.text, doc.errors);
  doc.text = std::move(repaired);
  if (doc.text.size() > UINT32_MAX) {
    return Status(StatusCode::kTooLarge, "text exceeds 4 GiB after UTF-8 repair", doc.id);
  }
  if (is_blank(doc.text)) {
    doc.errors.push_back({"empty_document", "the document has no text", -1});
  }

  if (runs(Stage::kTokenize)) {
    doc.tokens.clear();
    tokenize::tokenize(doc.text, doc.tokens);
  }
  if (runs(Stage::kSegment)) {
    doc.paragraphs.clear();
    doc.sentences.clear();
    segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  }
  if (runs(Stage::kSocial)) {
    doc.hashtags = social::extract_hashtags(doc.text);
    doc.mentions = social::extract_mentions(doc.text);
    doc.urls = social::extract_urls(doc.text);
    doc.posts.clear();
    social::extract_posts(doc);
  }
  if (expired()) return late("after segmentation");
  // Capitals lines are read in their usual case by the stages that read case.
  const bool capitals = text::mark_capitals(doc);
  CasedText cased(doc, impl_->case_lexicon && capitals ? text::recase_capitals(doc, *impl_->case_lexicon) : std::string());
  if (impl_->tagger) {
    if (!timed || doc.sentences.empty()) {
      impl_->tagger->tag_document(doc);
    } else {
      for (const Sentence& s : doc.sentences) {
        if (expired()) return late("while tagging");
        impl_->tagger->tag(doc, s.first_token, s.last_token);
      }
    }
  }
  if (impl_->parser) {
    for (const Sentence& s : doc.sentences) {
      if (expired()) return late("while parsing");
      impl_->parser->parse(doc, s);
    }
  }
  if (impl_->ner) impl_->ner->recognize(doc);
  cased.restore();
  if (impl_->ner) ner::add_capitals_names(doc);  // reads capitals in the document's own text
  // After tag/parse: tense comes from the tags when there are any.
  if (runs(Stage::kTime)) timex::annotate_times(doc);
  if (runs(Stage::kEntity)) entity::resolve_entities(doc);
  if (runs(Stage::kQuote)) quote::annotate_quotes(doc);
  if (impl_->actors) actor::annotate_actors(*impl_->actors, doc);
  if (runs(Stage::kEvent) && impl_->actors) {
    event::code_events(impl_->actors->verbs, doc, &impl_->actors->dictionaries, impl_->petrarch_conventions);
    event::drop_dateline_parties(doc);
  }
  return Status::ok_status();
}

}  // namespace chronicle
