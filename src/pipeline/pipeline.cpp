// Wires the stages together in DESIGN.md order; owns no algorithms.
#include "chronicle/pipeline.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <sstream>

#include "text/utf8_repair.h"
#include "tokenize/tokenizer.h"
#include "segment/sentence_splitter.h"
#include "social/posts.h"
#include "social/twitter_text.h"
#include "io/model_file.h"
#include "parse/parser.h"
#include "tag/tagger.h"


namespace chronicle {

namespace {

constexpr Stage kAllStages[] = {Stage::kText, Stage::kTokenize, Stage::kSegment,
                                Stage::kSocial, Stage::kTag, Stage::kParse};
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
  }
  return Stage::kText;
}

// The parser's model file inside a models directory (the tagger's is
// tag::kDefaultModelFile).
constexpr const char* kParserModelFile = "en-ewt-parser.chm";

bool is_model_stage(Stage s) { return s == Stage::kTag || s == Stage::kParse; }

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
                    "unknown stage '" + name + "' (known: text, tokenize, segment, social, tag, parse)");
    }
  }
  if (stages.empty()) return Status(StatusCode::kInvalidArgument, "empty stage list");
  return stages;
}

struct Pipeline::Impl {
  bool run[kStageCount] = {};
  std::optional<tag::Tagger> tagger;
  std::optional<parse::Parser> parser;
  std::vector<std::pair<std::string, std::string>> models;
  std::vector<io::MetaList> provenance;

  void add_model(const char* stage, const std::string& path, const io::ModelFile& file) {
    models.emplace_back(stage, model_version(path, file.producer_version()));
    auto meta = file.meta();
    provenance.push_back(meta.ok() ? std::move(*meta) : io::MetaList{});
  }

  Status load_tagger(const std::string& path) {
    auto file = io::ModelFile::read(path);
    if (!file.ok()) return file.status();
    auto tagger_or = tag::Tagger::from_file(*file);
    if (!tagger_or.ok()) return tagger_or.status();
    tagger.emplace(std::move(*tagger_or));
    add_model("tagger", path, *file);
    return Status::ok_status();
  }

  Status load_parser(const std::string& path) {
    auto file = io::ModelFile::read(path);
    if (!file.ok()) return file.status();
    auto parser_or = parse::Parser::from_file(*file);
    if (!parser_or.ok()) return parser_or.status();
    // The parser reads the tagger's tags: refuse a pair trained on different tagsets.
    std::vector<std::string> upos, xpos;
    for (const auto& label : tagger->labels()) {
      upos.push_back(label.upos);
      xpos.push_back(label.xpos);
    }
    for (auto* v : {&upos, &xpos}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    CHRONICLE_RETURN_IF_ERROR(parser_or->check_tagset(parse::tagset_hash(upos, xpos)));
    parser.emplace(std::move(*parser_or));
    add_model("parser", path, *file);
    return Status::ok_status();
  }
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::load(const PipelineOptions& options) {
  auto pipeline = std::unique_ptr<Pipeline>(new Pipeline());
  Impl& impl = *pipeline->impl_;
  bool* run = impl.run;
  const std::string dir = options.models_dir.empty() ? tag::default_models_dir() : options.models_dir;
  const std::string tagger_path = dir + "/" + tag::kDefaultModelFile;
  const std::string parser_path = dir + "/" + kParserModelFile;
  std::error_code ec;
  if (options.stages.empty()) {
    // Every stage this build can run: the model stages when their models are there.
    for (Stage s : kAllStages) run[static_cast<size_t>(s)] = !is_model_stage(s);
    if (std::filesystem::exists(tagger_path, ec)) {
      run[static_cast<size_t>(Stage::kTag)] = true;
      if (std::filesystem::exists(parser_path, ec)) run[static_cast<size_t>(Stage::kParse)] = true;
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
  run[static_cast<size_t>(Stage::kText)] = true;  // later stages and writers need valid UTF-8
  if (run[static_cast<size_t>(Stage::kTag)]) CHRONICLE_RETURN_IF_ERROR(impl.load_tagger(tagger_path));
  if (run[static_cast<size_t>(Stage::kParse)]) CHRONICLE_RETURN_IF_ERROR(impl.load_parser(parser_path));
  return pipeline;
}

const std::vector<std::pair<std::string, std::string>>& Pipeline::models() const { return impl_->models; }

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
  return Status::ok_status();
}

}  // namespace chronicle
