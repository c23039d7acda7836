// annotate_buffer: one in-memory document (what the HTTP server sends it),
// read exactly as a corpus record, with a deadline. Invented text only.
#include "chronicle/annotate_buffer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

std::unique_ptr<Pipeline> segmenting_pipeline() {
  PipelineOptions opts;
  opts.stages = {Stage::kSegment, Stage::kSocial};
  auto p = Pipeline::load(opts);
  EXPECT_TRUE(p.ok()) << p.status().to_string();
  return std::move(*p);
}

BufferOptions buffer_options() {
  BufferOptions o;
  o.name = "request body";
  o.format = OutputFormat::kJsonl;
  return o;
}

TEST(AnnotateBuffer, TextGetsTheGivenIdAndDefaults) {
  auto p = segmenting_pipeline();
  BufferOptions o = buffer_options();
  o.id = "talks";
  o.date = "2024-06-01";
  o.timezone = "Europe/Oslo";
  o.text = true;
  auto r = annotate_buffer(*p, "Talks resumed in Oslo. Both sides were hopeful.", o);
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_NE(r->output.find(R"("id":"talks")"), std::string::npos) << r->output;
  EXPECT_NE(r->output.find(R"("date":"2024-06-01","date_source":"cli","timezone":"Europe/Oslo")"), std::string::npos)
      << r->output;
  EXPECT_NE(r->output.find(R"("text":"Talks resumed in Oslo. Both sides were hopeful.")"), std::string::npos);
  EXPECT_EQ(r->output.back(), '\n');
  EXPECT_TRUE(r->notes.empty());
}

TEST(AnnotateBuffer, JsonObjectOverSeveralLines) {
  auto p = segmenting_pipeline();
  BufferOptions o = buffer_options();
  o.date = "2000-01-01";  // the input's own date wins
  auto r = annotate_buffer(*p, "\n  {\"id\": \"j7\",\r\n \"date\": \"2024-11-05\",\n \"text\": \"Line one.\\nLine two.\"}\n", o);
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_NE(r->output.find(R"("id":"j7")"), std::string::npos) << r->output;
  EXPECT_NE(r->output.find(R"("date":"2024-11-05","date_source":"input")"), std::string::npos) << r->output;
}

TEST(AnnotateBuffer, MalformedJsonNamesTheInputOnce) {
  auto p = segmenting_pipeline();
  auto r = annotate_buffer(*p, "{\"text\": 5}", buffer_options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kParseError);
  EXPECT_EQ(r.status().to_string(), "request body: field \"text\" must be a string");
  auto two = annotate_buffer(*p, "{\"text\": \"a\"}\n{\"text\": \"b\"}", buffer_options());
  EXPECT_EQ(two.status().code(), StatusCode::kParseError);
}

TEST(AnnotateBuffer, LimitsAndOptions) {
  auto p = segmenting_pipeline();
  BufferOptions o = buffer_options();
  o.max_doc_bytes = 10;
  EXPECT_EQ(annotate_buffer(*p, "Eleven bytes", o).status().code(), StatusCode::kTooLarge);
  BufferOptions bad = buffer_options();
  bad.date = "yesterday";
  EXPECT_EQ(annotate_buffer(*p, "x", bad).status().code(), StatusCode::kInvalidArgument);
  auto empty = annotate_buffer(*p, "", buffer_options());
  ASSERT_TRUE(empty.ok()) << empty.status().to_string();
  ASSERT_EQ(empty->notes.size(), 1u);
  EXPECT_EQ(empty->notes[0].code, "empty_document");
}

TEST(AnnotateBuffer, PassedDeadlineStopsTheWork) {
  auto p = segmenting_pipeline();
  BufferOptions o = buffer_options();
  o.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  auto r = annotate_buffer(*p, "Talks resumed in Oslo.", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDeadlineExceeded);
  EXPECT_NE(r.status().to_string().find("request body"), std::string::npos);
  // A deadline far away changes nothing.
  o.deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
  auto timed = annotate_buffer(*p, "Talks resumed in Oslo.", o);
  auto untimed = annotate_buffer(*p, "Talks resumed in Oslo.", buffer_options());
  ASSERT_TRUE(timed.ok() && untimed.ok());
  EXPECT_EQ(timed->output, untimed->output);
}

}  // namespace
}  // namespace chronicle
