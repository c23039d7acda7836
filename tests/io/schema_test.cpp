// Validates the JSON writer's output against docs/schema/chronicle.document-1.schema.json
// with python3-jsonschema (tests/io/validate_documents.py), and checks that the
// schema rejects what it must.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <random>

#include "chronicle/pipeline.h"
#include "io/json_writer.h"

namespace chronicle::io {
namespace {

namespace fs = std::filesystem;

const std::string kSchema = std::string(CHRONICLE_SOURCE_DIR) + "/docs/schema/chronicle.document-1.schema.json";
const std::string kValidator = std::string(CHRONICLE_SOURCE_DIR) + "/tests/io/validate_documents.py";

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "/usr/bin/python3 not found";
    std::string tmpl = (fs::temp_directory_path() / "chronicle_schema_XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  // Exit status of the validator on `content`; skips when jsonschema is missing.
  int validate(const std::string& content, const std::string& name = "docs.jsonl") {
    const fs::path file = dir_ / name;
    std::ofstream(file, std::ios::binary) << content;
    const std::string cmd = "/usr/bin/python3 '" + kValidator + "' '" + kSchema + "' '" + file.string() + "' 2>'" +
                            (dir_ / "err.txt").string() + "'";
    const int status = std::system(cmd.c_str());
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(dir_ / "err.txt");
    last_err_.assign(std::istreambuf_iterator<char>(err), {});
    return code;
  }
  fs::path dir_;
  std::string last_err_;
};

Document tagged_document() {
  Document doc;
  doc.id = "tagged";
  doc.text = "\xC2\xBB" "Yes,\xC2\xAB she said. #Vote @ana http://x.test\n\xE2\x80\x94 Ana (@ana) May 2, 2021";
  doc.meta.date = "2021-05-02";
  doc.meta.date_source = "input";
  doc.meta.url = "https://news.test/a";
  doc.meta.title = "A \"title\"";
  auto tok = [&](uint32_t s, uint32_t e, TokenKind k, const char* upos, int32_t head) {
    Token t;
    t.start = s, t.end = e, t.kind = k, t.upos = upos, t.head = head, t.xpos = "X", t.lemma = "l", t.deprel = "dep";
    return t;
  };
  doc.tokens = {tok(0, 2, TokenKind::kPunct, "PUNCT", 1), tok(2, 5, TokenKind::kWord, "INTJ", -1),
                tok(5, 6, TokenKind::kPunct, "PUNCT", 1)};
  doc.paragraphs = {{0, 43}, {44, static_cast<uint32_t>(doc.text.size())}};
  doc.sentences = {{0, 43, 0, 0, 3}};
  doc.hashtags.push_back({19, 24, "Vote"});
  doc.mentions.push_back({25, 29, "ana"});
  doc.urls.push_back({30, 43});
  Post post;
  post.start = 0, post.end = 43;
  post.signature_start = 44, post.signature_end = static_cast<uint32_t>(doc.text.size());
  post.author = "Ana", post.handle = "ana", post.date = "2021-05-02";
  post.hashtags = {"Vote"}, post.mentions = {"ana"}, post.urls = {"http://x.test"};
  doc.posts.push_back(post);
  doc.errors.push_back({"invalid_utf8", "1 invalid UTF-8 sequence(s) replaced by U+FFFD", 3});
  return doc;
}

TEST_F(SchemaTest, WriterOutputValidates) {
  std::string out;
  JsonWriterOptions all;
  all.include_text = all.include_tokens = true;
  all.layers = {true, true, true};
  all.models = {{"tagger", "test-0"}};
  append_document_json(tagged_document(), all, out);
  // No layers, no text: the shape of an error record.
  Document failed;
  failed.id = "feed:3";
  failed.errors.push_back({"malformed_jsonl", "feed.jsonl:3: malformed JSON", -1});
  append_document_json(failed, JsonWriterOptions{}, out);
  // Random texts through the real pipeline.
  auto pipeline = Pipeline::load({});
  ASSERT_TRUE(pipeline.ok());
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {"Word", " ", "\n\n", ". ", "#tag", "@who", "http://a.test/x", "\xE2\x80\x9C",
                                           "don't", "\xF0\x9F\x98\x80", "\xFF", "\xE2\x80\xA8", "Mr.", "\t", "\"", "3.5"};
  for (int i = 0; i < 200; ++i) {
    Document doc;
    doc.id = "random-" + std::to_string(i);
    for (size_t n = rng() % 40; n > 0; --n) doc.text += pieces[rng() % pieces.size()];
    ASSERT_TRUE((*pipeline)->annotate(doc).ok());
    append_document_json(doc, all, out);
  }
  EXPECT_EQ(validate(out), 0) << last_err_;
  if (HasFatalFailure() || IsSkipped()) return;
  // Pretty output validates as well.
  JsonWriterOptions pretty = all;
  pretty.pretty = true;
  std::string pretty_out;
  append_document_json(tagged_document(), pretty, pretty_out);
  append_document_json(tagged_document(), pretty, pretty_out);
  EXPECT_EQ(validate(pretty_out, "pretty.json"), 0) << last_err_;
}

// Later layers (entities, times, quotes, events) as the schema describes them;
// the content is invented for this test.
const char* kLaterLayers = R"({"schema":"chronicle.document/1","id":"later",
 "meta":{"date":"2022-03-04","date_source":"dateline","timezone":"Europe/Rome","chronicle":"0.1.0"},
 "text":"Rome: Minister Bianchi said on Friday \"we will meet\" at 10am (9am GMT).",
 "entities":[{"id":"E1","type":"PERSON","name":"Bianchi","key":"bianchi|ITAGOV",
   "actor":{"code":"ITAGOV","country":"ITA","role":"GOV","source":"dictionary"},"handles":[],"ambiguous":false,
   "mentions":[{"start":15,"end":22,"text":"Bianchi","kind":"name","tokens":[2]}]},
  {"id":"E2","type":"GPE","name":"Rome","geo":{"lat":41.9,"lon":12.5,"country":"IT","admin1":"07","geonameid":1,"feature":"PPLC"},
   "mentions":[{"start":0,"end":4,"text":"Rome","kind":"name"}]}],
 "times":[{"start":31,"end":37,"text":"Friday","type":"DATE","value":"2022-03-04"},
  {"start":56,"end":60,"text":"10am","type":"TIME","value":"2022-03-04T10:00","utc_offset":"+01:00","same_as":2},
  {"start":62,"end":65,"text":"9am","type":"TIME","value":"2022-03-04T09:00","utc_offset":"+00:00","same_as":1}],
 "quotes":[{"start":39,"end":51,"text":"we will meet","kind":"direct","speaker":"E1","speaker_text":"Minister Bianchi","cue":"said","continues":null}],
 "events":[{"id":"V1","cameo":"036","cameo_name":"Express intent to meet or negotiate","root_code":"03",
   "plover":{"type":"AGREE","mode":""},"quad_class":1,"goldstein":4.0,"source":{"entity":"E1","actor":"ITAGOV"},
   "target":{},"date":"2022-03-04","date_source":"document","location":"E2","mood":"intended","sentence":0,
   "trigger":{"start":47,"end":51,"text":"meet"},"confidence":0.7}],
 "errors":[]})";

TEST_F(SchemaTest, LaterLayersValidate) {
  std::string doc = kLaterLayers;
  std::replace(doc.begin(), doc.end(), '\n', ' ');
  EXPECT_EQ(validate(doc + "\n"), 0) << last_err_;
}

// The writer's own output of the later layers, built from the same invented
// document, validates too and keeps offsets, nulls and links as the schema says.
TEST_F(SchemaTest, WriterLaterLayersValidate) {
  Document doc;
  doc.id = "later";
  doc.text = "Rome: Minister Bianchi said on Friday \"we will meet\" at 10am (9am GMT).";
  doc.meta.date = "2022-03-04";
  doc.meta.date_source = "cli";  // the schema makes date_source a dependency of date
  Entity person;
  person.id = "E1", person.type = "PERSON", person.name = "Bianchi", person.key = "bianchi|ITAGOV";
  person.actor = {"ITAGOV", "ITA", "GOV", "dictionary"};
  person.mentions.push_back({15, 22, "name", {2}});
  Entity place;
  place.id = "E2", place.type = "GPE", place.name = "Rome", place.has_geo = true;
  place.geo = {41.9, 12.5, "IT", "07", 3169070, "PPLC"};
  place.mentions.push_back({0, 4, "name", {}});
  doc.entities = {person, place};
  doc.times = {{31, 37, "DATE", "2022-03-04", "", -1, ""},
               {56, 60, "TIME", "2022-03-04T10:00", "+01:00", 2, ""},
               {62, 69, "TIME", "2022-03-04T09:00", "+00:00", 1, ""}};
  doc.quotes = {{39, 51, "direct", "E1", "Minister Bianchi", "said", -1}, {39, 51, "scare", "", "", "", 0}};
  Event event;
  event.id = "V1", event.cameo = "036", event.root_code = "03", event.plover_type = "AGREE";
  event.quad_class = 1, event.has_goldstein = true, event.goldstein = 4.0;
  event.source = {"E1", "ITAGOV"};
  event.date = "2022-03-04", event.date_source = "document", event.location = "E2", event.mood = "intended";
  event.sentence = 0, event.trigger_start = 47, event.trigger_end = 51, event.confidence = 0.7;
  doc.events = {event};
  JsonWriterOptions all;
  all.include_text = true;
  all.layers.entities = all.layers.times = all.layers.quotes = all.layers.events = true;
  std::string out;
  append_document_json(doc, all, out);
  EXPECT_NE(out.find(R"("speaker":"E1","speaker_text":"Minister Bianchi","cue":"said","continues":null)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("kind":"scare","speaker":null,"continues":0)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("text":"9am GMT","type":"TIME","value":"2022-03-04T09:00","utc_offset":"+00:00","same_as":1)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("trigger":{"start":47,"end":51,"text":"meet"})"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("target":{})"), std::string::npos) << out;
  EXPECT_EQ(out.find("\"handles\""), std::string::npos) << "empty handle lists are omitted";
  EXPECT_EQ(validate(out), 0) << last_err_;
  // Layers a run did not compute stay out.
  std::string bare;
  append_document_json(doc, JsonWriterOptions{}, bare);
  EXPECT_EQ(bare.find("\"entities\""), std::string::npos);
  EXPECT_EQ(bare.find("\"events\""), std::string::npos);
}

TEST_F(SchemaTest, RejectsBrokenDocuments) {
  std::string good;
  JsonWriterOptions all;
  all.include_text = all.include_tokens = true;
  all.layers = {true, true, true};
  append_document_json(tagged_document(), all, good);
  ASSERT_EQ(validate(good), 0) << last_err_;
  if (IsSkipped()) return;
  auto mutated = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    const size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return s.replace(at, from.size(), to);
  };
  EXPECT_EQ(validate(mutated("\"schema\":\"chronicle.document/1\"", "\"schema\":\"chronicle.document/2\"")), 1);
  EXPECT_EQ(validate(mutated("\"kind\":\"punct\"", "\"kind\":\"punctuation\"")), 1);
  EXPECT_EQ(validate(mutated("\"errors\":[", "\"extra\":1,\"errors\":[")), 1) << "unknown top-level field";
  EXPECT_EQ(validate(mutated("\"tag\":\"Vote\"", "\"tag\":\"Vote\",\"x\":1")), 1) << "unknown span field";
  EXPECT_EQ(validate(mutated("\"text\":\"#Vote\"", "\"text\":\"#Votes\"")), 1) << "span text differs from the slice";
  EXPECT_EQ(validate(mutated("\"date\":\"2021-05-02\",\"date_source\"", "\"date\":\"May 2\",\"date_source\"")), 1);
}

TEST_F(SchemaTest, GoldenFilesValidate) {
  std::string all;
  for (const auto& e : fs::directory_iterator(fs::path(CHRONICLE_SOURCE_DIR) / "tests" / "golden")) {
    if (e.path().extension() != ".json") continue;
    std::ifstream in(e.path(), std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(validate(all, "golden.json"), 0) << last_err_;
}

}  // namespace
}  // namespace chronicle::io
