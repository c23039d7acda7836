// Wires the stages together in DESIGN.md order; owns no algorithms.
#include "chronicle/pipeline.h"

#include <cstdint>
#include <sstream>

#include "text/utf8_repair.h"
#include "tokenize/tokenizer.h"
#include "segment/sentence_splitter.h"
#include "social/posts.h"
#include "social/twitter_text.h"


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

// Stages this build can run. The tagger and parser come with their models.
bool available(Stage s) { return s != Stage::kTag && s != Stage::kParse; }

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
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::load(const PipelineOptions& options) {
  auto pipeline = std::unique_ptr<Pipeline>(new Pipeline());
  bool* run = pipeline->impl_->run;
  if (options.stages.empty()) {
    for (Stage s : kAllStages) run[static_cast<size_t>(s)] = available(s);
  } else {
    for (Stage s : options.stages) {
      if (!available(s)) {
        return Status(StatusCode::kUnsupported,
                      std::string("stage '") + stage_name(s) + "' is not available in this build yet");
      }
      // A stage pulls in everything it reads.
      for (Stage t = s;; t = prerequisite(t)) {
        run[static_cast<size_t>(t)] = true;
        if (t == Stage::kText) break;
      }
    }
  }
  run[static_cast<size_t>(Stage::kText)] = true;  // later stages and writers need valid UTF-8
  return pipeline;
}

bool Pipeline::runs(Stage stage) const { return impl_->run[static_cast<size_t>(stage)]; }

Status Pipeline::annotate(Document& doc) const {
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
  // tag, parse: the tagger and parser stages (with their models, loaded in
  // Pipeline::load) run here, in that order, once they exist.
  return Status::ok_status();
}

}  // namespace chronicle
