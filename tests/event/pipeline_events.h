// A test fixture for event tests through the whole pipeline with the
// shipped models and dictionaries: the pipeline is loaded once per suite,
// and documents are read as of 2005-01-01, the BBC corpus's year.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "chronicle/pipeline.h"

namespace chronicle {

class PipelineEvents : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.stages = {Stage::kEvent};
    auto pipeline = Pipeline::load(options);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().to_string();
    pipeline_ = std::move(*pipeline).release();
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
  }

  // Annotates `text` read as of 2005-01-01.
  static Document annotate(const std::string& text) {
    Document doc;
    doc.id = "audit";
    doc.text = text;
    doc.meta.date = "2005-01-01";
    doc.meta.date_source = "cli";
    // A pipeline that failed to load fails every test here, not just the first.
    if (pipeline_ == nullptr) {
      ADD_FAILURE() << "the pipeline did not load";
      return doc;
    }
    EXPECT_TRUE(pipeline_->annotate(doc).ok());
    return doc;
  }

  static std::string name(const Document& doc, const std::string& id) {
    for (const Entity& e : doc.entities)
      if (e.id == id) return e.name;
    return "?";
  }

  // One line an event: "010 Smith -> The Times asserted".
  static std::string listing(const Document& doc) {
    std::string out;
    for (const Event& v : doc.events)
      out += v.cameo + " " + name(doc, v.source.entity) + " -> " + name(doc, v.target.entity) + " " + v.mood + "\n";
    return out;
  }

  // How many events of `doc` have code `code` and a source named `source`.
  static int count(const Document& doc, const std::string& code, const std::string& source) {
    int n = 0;
    for (const Event& v : doc.events) n += v.cameo == code && name(doc, v.source.entity) == source;
    return n;
  }

  // How many events of `doc` go from the entity named `a` to the one named `b`.
  static int between(const Document& doc, const std::string& a, const std::string& b) {
    int n = 0;
    for (const Event& v : doc.events) n += name(doc, v.source.entity) == a && name(doc, v.target.entity) == b;
    return n;
  }

  // How many events of `doc` the sentence reports as done.
  static int asserted(const Document& doc) {
    int n = 0;
    for (const Event& v : doc.events) n += v.mood == "asserted";
    return n;
  }

  inline static Pipeline* pipeline_ = nullptr;
};

}  // namespace chronicle
