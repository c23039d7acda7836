// The single-document API must write the same bytes as a corpus run, so the
// Python bindings and the CLI agree.
#include "chronicle/single_document.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chronicle/annotate.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

// The default stages (tagger and parser too, when their models are there), or
// only the model-free ones, which load at once.
std::unique_ptr<Pipeline> load_pipeline(bool full = true) {
  PipelineOptions options;
  if (!full) options.stages = {Stage::kSocial};
  auto p = Pipeline::load(options);
  EXPECT_TRUE(p.ok()) << p.status().to_string();
  return p.ok() ? std::move(*p) : nullptr;
}

TEST(SingleDocument, SameBytesAsCorpusRun) {
  auto pipeline = load_pipeline();
  ASSERT_TRUE(pipeline);
  std::string tmpl = (fs::temp_directory_path() / "chronicle_sd_XXXXXX").string();
  const fs::path dir = mkdtemp(tmpl.data());
  const std::string jsonl = (dir / "feed.jsonl").string();
  std::ofstream(jsonl) << R"({"id":"a","text":"The mayor of Lakeview said on Monday that the ferry will run again.","date":"2021-03-04"})" "\n"
                       << R"({"id":"b","text":"Caf\u00e9 owners met #LakeviewFerry fans. \u2014 Ana Ruiz (@anaruiz) March 3, 2021","timezone":"Europe/Madrid","title":"T"})" "\n"
                       << R"({"id":"c","text":"Nothing dated here.","date":"sometime"})" "\n";
  AnnotateOptions options;
  options.inputs = {jsonl};
  options.date = "2021-03-05";
  options.timezone = "America/Chicago";
  options.tokens = options.text = true;
  std::string corpus;
  AnnotateSinks sinks;
  sinks.write = [&](std::string_view s) {
    corpus.append(s);
    return Status::ok_status();
  };
  ASSERT_TRUE(annotate_corpus(*pipeline, options, sinks).ok());

  const DocumentDefaults defaults{options.date, options.timezone};
  ASSERT_TRUE(check_document_defaults(defaults).ok());
  DocumentInput a{"a", "The mayor of Lakeview said on Monday that the ferry will run again.", "2021-03-04", "", "", "",
                  jsonl + ":1"};
  DocumentInput b{"b", "Caf\u00e9 owners met #LakeviewFerry fans. \u2014 Ana Ruiz (@anaruiz) March 3, 2021", "",
                  "Europe/Madrid", "", "T", jsonl + ":2"};
  DocumentInput c{"c", "Nothing dated here.", "sometime", "", "", "", jsonl + ":3"};
  std::string single;
  for (auto& input : {a, b, c}) {
    Document doc = make_document(input, defaults);
    annotate_document(*pipeline, doc);
    single += document_json(*pipeline, doc, {false, true, true});
  }
  EXPECT_EQ(single, corpus);
  fs::remove_all(dir);
}

TEST(SingleDocument, DatesAndNotes) {
  Document doc = make_document({"x", "text", "2020-02-29T10:00:00Z", "", "", "", "<test>"}, {"2021-01-01", "UTC"});
  EXPECT_EQ(doc.meta.date, "2020-02-29");
  EXPECT_EQ(doc.meta.date_source, "input");
  EXPECT_EQ(doc.meta.timezone, "UTC");
  doc = make_document({"x", "text", "", "", "", "", "<test>"}, {"2021-01-01", ""});
  EXPECT_EQ(doc.meta.date_source, "cli");
  doc = make_document({"x", "text", "next week", "", "", "", "item 7"}, {});
  EXPECT_TRUE(doc.meta.date.empty());
  ASSERT_EQ(doc.errors.size(), 1u);
  EXPECT_EQ(doc.errors[0].code, "invalid_date");
  EXPECT_NE(doc.errors[0].message.find("item 7"), std::string::npos);
}

TEST(SingleDocument, BadDefaultsNameTheValue) {
  Status st = check_document_defaults({"2019-02-29", ""});
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("2019-02-29"), std::string::npos);
  st = check_document_defaults({"", "-04:00"});
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("-04:00"), std::string::npos);
}

TEST(SingleDocument, FailedInputKeepsNoLayers) {
  auto pipeline = load_pipeline(false);
  ASSERT_TRUE(pipeline);
  Document doc = make_document({"big", "some text", "", "", "", "", "<test>"}, {});
  doc.errors.push_back({"too_large", "<test>: too large", -1});
  annotate_document(*pipeline, doc);
  EXPECT_TRUE(doc.tokens.empty());
  const std::string json = document_json(*pipeline, doc, {});
  EXPECT_EQ(json.find("\"sentences\""), std::string::npos);
  EXPECT_NE(json.find("too_large"), std::string::npos);
}

}  // namespace
}  // namespace chronicle
