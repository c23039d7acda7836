#include "chronicle/pipeline.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

std::unique_ptr<Pipeline> load(std::vector<Stage> stages) {
  PipelineOptions opts;
  opts.stages = std::move(stages);
  auto p = Pipeline::load(opts);
  EXPECT_TRUE(p.ok()) << p.status().to_string();
  return p.ok() ? std::move(*p) : nullptr;
}

TEST(StageList, ParsesKnownNames) {
  auto s = parse_stage_list("tokenize, segment");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*s, (std::vector<Stage>{Stage::kTokenize, Stage::kSegment}));
  EXPECT_STREQ(stage_name(Stage::kSocial), "social");
}

TEST(StageList, RejectsUnknownAndEmptyNames) {
  auto s = parse_stage_list("tokenize,frobnicate");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("frobnicate"), std::string::npos);
  EXPECT_FALSE(parse_stage_list("").ok());
  EXPECT_FALSE(parse_stage_list("tokenize,,segment").ok());
}

TEST(Pipeline, StagesPullInWhatTheyRead) {
  auto p = load({Stage::kSocial});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->runs(Stage::kText));
  EXPECT_TRUE(p->runs(Stage::kTokenize));
  EXPECT_TRUE(p->runs(Stage::kSegment));
  EXPECT_TRUE(p->runs(Stage::kSocial));
  EXPECT_FALSE(p->runs(Stage::kTag));
  auto t = load({Stage::kTokenize});
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->runs(Stage::kText));
  EXPECT_FALSE(t->runs(Stage::kSegment));
}

TEST(Pipeline, DefaultRunsEveryAvailableStage) {
  auto p = load({});
  ASSERT_TRUE(p);
  for (Stage s : {Stage::kText, Stage::kTokenize, Stage::kSegment, Stage::kSocial}) EXPECT_TRUE(p->runs(s));
  // Without model files the model stages are left out, not failed.
  PipelineOptions opts;
  opts.models_dir = "/nonexistent/chronicle-models";
  auto bare = Pipeline::load(opts);
  ASSERT_TRUE(bare.ok()) << bare.status().to_string();
  EXPECT_FALSE((*bare)->runs(Stage::kTag));
  EXPECT_FALSE((*bare)->runs(Stage::kParse));
  EXPECT_TRUE((*bare)->models().empty());
}

TEST(Pipeline, TextOnlyRepairsAndAddsNothingElse) {
  auto p = load({Stage::kText});
  ASSERT_TRUE(p);
  Document doc;
  doc.text = std::string("bad \xFF byte \xC3\xA9", 13);
  ASSERT_TRUE(p->annotate(doc).ok());
  EXPECT_EQ(doc.text, "bad \xEF\xBF\xBD byte \xC3\xA9");
  EXPECT_TRUE(doc.tokens.empty());
  ASSERT_EQ(doc.errors.size(), 1u);
  EXPECT_EQ(doc.errors[0].code, "invalid_utf8");
}

TEST(Pipeline, EmptyDocumentGetsANote) {
  auto p = load({});
  ASSERT_TRUE(p);
  for (const char* text : {"", " \n\t\r\n"}) {
    Document doc;
    doc.text = text;
    ASSERT_TRUE(p->annotate(doc).ok());
    ASSERT_EQ(doc.errors.size(), 1u) << '"' << text << '"';
    EXPECT_EQ(doc.errors[0].code, "empty_document");
    EXPECT_TRUE(doc.tokens.empty());
    EXPECT_TRUE(doc.sentences.empty());
  }
}

TEST(Pipeline, FullRunFillsLayers) {
  auto p = load({});
  ASSERT_TRUE(p);
  Document doc;
  doc.text = "The mayor spoke on Monday. Residents cheered #CityHall and @newsdesk.\n\nA second paragraph.";
  ASSERT_TRUE(p->annotate(doc).ok());
  EXPECT_GT(doc.tokens.size(), 10u);
  EXPECT_GE(doc.sentences.size(), 2u);
  EXPECT_GE(doc.paragraphs.size(), 2u);
  ASSERT_EQ(doc.hashtags.size(), 1u);
  EXPECT_EQ(doc.hashtags[0].tag, "CityHall");
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.mentions[0].handle, "newsdesk");
  EXPECT_TRUE(doc.errors.empty());
}

TEST(Pipeline, ModelStageWithoutItsModelIsRefused) {
  PipelineOptions opts;
  opts.stages = {Stage::kParse};
  opts.models_dir = "/nonexistent/chronicle-models";
  auto p = Pipeline::load(opts);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound) << p.status().to_string();
  EXPECT_NE(p.status().to_string().find("en-ewt-tagger.chm"), std::string::npos) << "parse pulls in tag";
}

}  // namespace
}  // namespace chronicle
