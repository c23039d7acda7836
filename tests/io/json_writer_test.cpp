#include "io/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "io/json_out.h"

namespace chronicle::io {
namespace {

std::string escaped(std::string_view s) {
  std::string out;
  append_json_string(s, out);
  return out;
}

TEST(JsonString, Escapes) {
  EXPECT_EQ(escaped("plain"), "\"plain\"");
  EXPECT_EQ(escaped("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(escaped("l1\nl2\r\t\b\f"), "\"l1\\nl2\\r\\t\\b\\f\"");
  EXPECT_EQ(escaped(std::string("\x01\x1f\0", 3)), "\"\\u0001\\u001f\\u0000\"");
  EXPECT_EQ(escaped("x\xE2\x80\xA8y\xE2\x80\xA9z"), "\"x\\u2028y\\u2029z\"");
  // Other characters starting with E2 pass through untouched.
  EXPECT_EQ(escaped("\xE2\x80\x94\xE2\x80\x9C"), "\"\xE2\x80\x94\xE2\x80\x9C\"");
  EXPECT_EQ(escaped("\x7f caf\xC3\xA9"), "\"\x7f caf\xC3\xA9\"");
}

TEST(JsonString, InvalidUtf8BecomesReplacementCharacters) {
  // A stage may cut a string inside a code point (a lemma rule, say); the
  // output must stay valid JSON.
  EXPECT_EQ(escaped("\xF0\x9F\x98"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(escaped("a\xFF" "b"), "\"a\xEF\xBF\xBD" "b\"");
  EXPECT_EQ(escaped("\xE2\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(escaped("\xF0\x9F\x98\x80 \xE2\x80\x94\xE2\x80\xA8"), "\"\xF0\x9F\x98\x80 \xE2\x80\x94\\u2028\"");
}

TEST(JsonOut, CompactAndPretty) {
  std::string compact, pretty;
  for (int mode = 0; mode < 2; ++mode) {
    std::string& out = mode ? pretty : compact;
    JsonOut j(out, mode == 1);
    j.begin_object();
    j.field("a", int64_t{1});
    j.key("list");
    j.begin_array();
    j.begin_object(true);
    j.field("s", "x");
    j.field("b", true);
    j.end_object();
    j.end_array();
    j.key("empty");
    j.begin_array();
    j.end_array();
    j.key("n");
    j.null();
    j.end_object();
  }
  EXPECT_EQ(compact, R"({"a":1,"list":[{"s":"x","b":true}],"empty":[],"n":null})");
  EXPECT_EQ(pretty, "{\n  \"a\": 1,\n  \"list\": [\n    {\"s\": \"x\", \"b\": true}\n  ],\n  \"empty\": [],\n  \"n\": null\n}");
}

// "Zoë said: “yes” #Go @bob" with byte offsets of each piece.
Document sample_document() {
  Document doc;
  doc.id = "doc\"1";
  doc.text = "Zo\xC3\xAB said: \xE2\x80\x9Cyes\xE2\x80\x9D #Go @bob\nNext line.";
  doc.meta.date = "2024-03-01";
  doc.meta.date_source = "cli";
  doc.meta.timezone = "Europe/Paris";
  doc.paragraphs.push_back({0, static_cast<uint32_t>(doc.text.size())});
  doc.sentences.push_back({0, 29, 0, 0, 3});
  doc.sentences.push_back({30, static_cast<uint32_t>(doc.text.size()), 0, 3, 4});
  Token zoe;
  zoe.start = 0, zoe.end = 4, zoe.kind = TokenKind::kWord;
  Token said;
  said.start = 5, said.end = 9;
  said.space_after = false;
  said.upos = "VERB";
  said.head = -1;
  Token colon;
  colon.start = 9, colon.end = 10, colon.kind = TokenKind::kPunct;
  Token next;
  next.start = 30, next.end = 34, next.sentence = 1;
  doc.tokens = {zoe, said, colon, next};
  doc.hashtags.push_back({21, 24, "Go"});
  doc.mentions.push_back({25, 29, "bob"});
  doc.errors.push_back({"invalid_utf8", "1 invalid UTF-8 sequence(s) replaced by U+FFFD", 11});
  return doc;
}

simdjson::dom::element parse(simdjson::dom::parser& parser, const std::string& json) {
  simdjson::dom::element e;
  auto err = parser.parse(json).get(e);
  EXPECT_EQ(err, simdjson::SUCCESS) << json;
  return e;
}

TEST(JsonWriter, CodepointOffsetsAndSpanText) {
  const Document doc = sample_document();
  JsonWriterOptions opts;
  opts.include_tokens = true;
  opts.include_text = true;
  opts.layers = {true, true, true};
  std::string out;
  append_document_json(doc, opts, out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "compact output is one line";

  simdjson::dom::parser parser;
  auto root = parse(parser, out);
  EXPECT_EQ(std::string_view(root["schema"]), "chronicle.document/1");
  EXPECT_EQ(std::string_view(root["id"]), "doc\"1");
  EXPECT_EQ(std::string_view(root["meta"]["date"]), "2024-03-01");
  EXPECT_EQ(std::string_view(root["meta"]["chronicle"]), chronicle_version());
  EXPECT_EQ(std::string_view(root["text"]), doc.text);
  // "Zoë" is 3 code points, 4 bytes.
  auto t0 = root["tokens"].at(0);
  EXPECT_EQ(int64_t(t0["start"]), 0);
  EXPECT_EQ(int64_t(t0["end"]), 3);
  EXPECT_EQ(std::string_view(t0["text"]), "Zo\xC3\xAB");
  auto t1 = root["tokens"].at(1);
  EXPECT_EQ(int64_t(t1["start"]), 4);
  EXPECT_EQ(bool(t1["space_after"]), false);
  EXPECT_EQ(std::string_view(t1["upos"]), "VERB");
  EXPECT_EQ(int64_t(t1["head"]), -1);
  EXPECT_EQ(t0["head"].error(), simdjson::NO_SUCH_FIELD) << "unparsed tokens carry no head";
  EXPECT_EQ(t0["lemma"].error(), simdjson::NO_SUCH_FIELD);
  EXPECT_EQ(std::string_view(root["tokens"].at(2)["kind"]), "punct");
  EXPECT_EQ(int64_t(root["tokens"].at(3)["sentence"]), 1);
  // '#Go' starts after "Zoë said: “yes” " = 16 code points (21 bytes).
  auto h = root["hashtags"].at(0);
  EXPECT_EQ(int64_t(h["start"]), 16);
  EXPECT_EQ(int64_t(h["end"]), 19);
  EXPECT_EQ(std::string_view(h["text"]), "#Go");
  EXPECT_EQ(std::string_view(h["tag"]), "Go");
  EXPECT_EQ(std::string_view(root["mentions"].at(0)["handle"]), "bob");
  EXPECT_EQ(int64_t(root["sentences"].at(1)["start"]), 25);
  EXPECT_EQ(std::string_view(root["sentences"].at(1)["text"]), "Next line.");
  EXPECT_EQ(int64_t(root["errors"].at(0)["offset"]), 10);
  EXPECT_EQ(root["urls"].get_array().size(), 0u) << "computed but empty layers are []";
  EXPECT_EQ(root["posts"].get_array().size(), 0u);
}

TEST(JsonWriter, OmitsLayersNotComputed) {
  const Document doc = sample_document();
  JsonWriterOptions opts;  // nothing computed, no --tokens, no --text
  std::string out;
  append_document_json(doc, opts, out);
  simdjson::dom::parser parser;
  auto root = parse(parser, out);
  for (const char* key : {"text", "paragraphs", "sentences", "tokens", "hashtags", "mentions", "urls", "posts"}) {
    EXPECT_EQ(root[key].error(), simdjson::NO_SUCH_FIELD) << key;
  }
  EXPECT_EQ(root["errors"].get_array().size(), 1u) << "errors are always written";
  // Tokens computed but not asked for: still omitted.
  opts.layers.tokens = true;
  out.clear();
  append_document_json(doc, opts, out);
  EXPECT_EQ(parse(parser, out)["tokens"].error(), simdjson::NO_SUCH_FIELD);
}

TEST(JsonWriter, PrettyParsesToTheSameDocument) {
  const Document doc = sample_document();
  JsonWriterOptions opts;
  opts.include_tokens = true;
  opts.layers = {true, true, true};
  std::string compact, pretty;
  append_document_json(doc, opts, compact);
  opts.pretty = true;
  append_document_json(doc, opts, pretty);
  EXPECT_GT(std::count(pretty.begin(), pretty.end(), '\n'), 10);
  simdjson::dom::parser p1, p2;
  EXPECT_EQ(simdjson::minify(parse(p1, compact)), simdjson::minify(parse(p2, pretty)));
}

TEST(JsonWriter, OutOfRangeSpansAreClamped) {
  Document doc;
  doc.id = "x";
  doc.text = "ab\xC3\xA9";
  doc.urls.push_back({3, 99});  // starts inside 'é', ends past the text
  JsonWriterOptions opts;
  opts.layers.social = true;
  std::string out;
  append_document_json(doc, opts, out);
  simdjson::dom::parser parser;
  auto u = parse(parser, out)["urls"].at(0);
  EXPECT_EQ(int64_t(u["start"]), 2);
  EXPECT_EQ(int64_t(u["end"]), 3);
  EXPECT_EQ(std::string_view(u["text"]), "\xC3\xA9");
}

TEST(JsonWriter, PostsAndModels) {
  Document doc;
  doc.id = "p";
  doc.text = "Body #Tag\n\xE2\x80\x94 Some One (@someone) May 1, 2020";
  Post post;
  post.start = 0, post.end = 9;
  post.signature_start = 10, post.signature_end = static_cast<uint32_t>(doc.text.size());
  post.author = "Some One";
  post.handle = "someone";
  post.date = "2020-05-01";
  post.hashtags = {"Tag"};
  doc.posts.push_back(post);
  JsonWriterOptions opts;
  opts.layers.social = true;
  opts.models = {{"tagger", "en-1"}};
  std::string out;
  append_document_json(doc, opts, out);
  simdjson::dom::parser parser;
  auto root = parse(parser, out);
  EXPECT_EQ(std::string_view(root["meta"]["models"]["tagger"]), "en-1");
  auto p = root["posts"].at(0);
  EXPECT_EQ(std::string_view(p["platform"]), "twitter");
  EXPECT_EQ(std::string_view(p["text"]), "Body #Tag");
  EXPECT_EQ(int64_t(p["signature"]["start"]), 10);
  EXPECT_EQ(std::string_view(p["hashtags"].at(0)), "Tag");
  EXPECT_EQ(p["mentions"].get_array().size(), 0u);
}

}  // namespace
}  // namespace chronicle::io
