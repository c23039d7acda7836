#include "chronicle/annotate.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace chronicle {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  Status status;
  AnnotateStats stats;
  std::string output;
  std::vector<AnnotateReport> reports;
};

RunResult run(const Pipeline& pipeline, const AnnotateOptions& options) {
  RunResult r;
  AnnotateSinks sinks;
  sinks.write = [&](std::string_view s) {
    r.output.append(s);
    return Status::ok_status();
  };
  sinks.report = [&](const AnnotateReport& rep) { r.reports.push_back(rep); };
  auto result = annotate_corpus(pipeline, options, sinks);
  if (result.ok()) {
    r.stats = *result;
  } else {
    r.status = result.status();
  }
  return r;
}

class AnnotateCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "chronicle_ac_XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
    auto p = Pipeline::load({});
    ASSERT_TRUE(p.ok());
    pipeline_ = std::move(*p);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string write(const std::string& rel, const std::string& content) {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  fs::path dir_;
  std::unique_ptr<Pipeline> pipeline_;
};

TEST_F(AnnotateCorpus, OutputIsIdenticalForEveryThreadCount) {
  std::string jsonl;
  for (int i = 0; i < 300; ++i) {
    // Uneven sizes so workers finish out of order.
    std::string text = "Story " + std::to_string(i) + " begins here.";
    for (int k = 0; k < (i * 37) % 50; ++k) text += " More words #tag" + std::to_string(k) + " follow.";
    jsonl += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
    if (i % 50 == 7) jsonl += "{broken\n";
  }
  AnnotateOptions opts;
  opts.inputs = {write("c.jsonl", jsonl), write("x/one.txt", "A text file.\n")};
  opts.tokens = true;
  const RunResult one = run(*pipeline_, opts);
  ASSERT_TRUE(one.status.ok()) << one.status.to_string();
  EXPECT_EQ(one.stats.documents, 307u);
  EXPECT_EQ(one.stats.failed, 6u);
  for (unsigned threads : {2u, 4u, 7u}) {
    opts.threads = threads;
    const RunResult many = run(*pipeline_, opts);
    ASSERT_TRUE(many.status.ok());
    EXPECT_EQ(many.output, one.output) << threads << " threads";
    EXPECT_EQ(many.stats.tokens, one.stats.tokens);
    ASSERT_EQ(many.reports.size(), one.reports.size());
    for (size_t i = 0; i < many.reports.size(); ++i) EXPECT_EQ(many.reports[i].where, one.reports[i].where);
  }
}

TEST_F(AnnotateCorpus, FailuresAreReportedInOrderAndRunGoesOn) {
  AnnotateOptions opts;
  opts.inputs = {write("f.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\nnot json\n{\"id\":\"c\",\"text\":\"Three.\"}\n")};
  const RunResult r = run(*pipeline_, opts);
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.stats.documents, 3u);
  EXPECT_EQ(r.stats.failed, 1u);
  ASSERT_EQ(r.reports.size(), 1u);
  EXPECT_TRUE(r.reports[0].failure);
  EXPECT_EQ(r.reports[0].where, (dir_ / "f.jsonl").string() + ":2");
  EXPECT_EQ(r.reports[0].note.code, "malformed_jsonl");
  EXPECT_NE(r.output.find("\"id\":\"c\""), std::string::npos);
}

TEST_F(AnnotateCorpus, ConlluNeedsSegmentation) {
  PipelineOptions po;
  po.stages = {Stage::kTokenize};
  auto p = Pipeline::load(po);
  ASSERT_TRUE(p.ok());
  AnnotateOptions opts;
  opts.inputs = {write("a.txt", "x")};
  opts.format = OutputFormat::kConllu;
  EXPECT_EQ(check_annotate_options(**p, opts).code(), StatusCode::kInvalidArgument);
}

TEST_F(AnnotateCorpus, OptionChecks) {
  AnnotateOptions opts;
  EXPECT_EQ(check_annotate_options(*pipeline_, opts).code(), StatusCode::kInvalidArgument) << "no inputs";
  opts.inputs = {write("a.txt", "x")};
  EXPECT_TRUE(check_annotate_options(*pipeline_, opts).ok());
  opts.date = "2019-02-29";
  EXPECT_EQ(check_annotate_options(*pipeline_, opts).code(), StatusCode::kInvalidArgument);
  opts.date = "2020-02-29";
  EXPECT_TRUE(check_annotate_options(*pipeline_, opts).ok());
  opts.timezone = "-04:00";
  EXPECT_EQ(check_annotate_options(*pipeline_, opts).code(), StatusCode::kInvalidArgument);
  opts.timezone = "America/New_York";
  opts.inputs.push_back((dir_ / "missing.txt").string());
  const Status st = check_annotate_options(*pipeline_, opts);
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_NE(st.to_string().find("missing.txt"), std::string::npos);
}

TEST_F(AnnotateCorpus, WriteFailureStopsTheRun) {
  AnnotateOptions opts;
  std::string jsonl;
  for (int i = 0; i < 100; ++i) jsonl += "{\"text\":\"Doc " + std::to_string(i) + ".\"}\n";
  opts.inputs = {write("many.jsonl", jsonl)};
  for (unsigned threads : {1u, 3u}) {
    opts.threads = threads;
    int writes = 0;
    AnnotateSinks sinks;
    sinks.write = [&](std::string_view) {
      return ++writes == 5 ? Status(StatusCode::kIoError, "disk full", "out") : Status::ok_status();
    };
    auto result = annotate_corpus(*pipeline_, opts, sinks);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), StatusCode::kIoError);
    EXPECT_EQ(writes, 5);
  }
}

}  // namespace
}  // namespace chronicle
