// Property test: for random and adversarial texts, every span the pipeline and
// the JSON writer produce is in range, ordered, and its `text` equals the
// code-point slice of the document text.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <random>

#include "chronicle/pipeline.h"
#include "io/json_writer.h"

namespace chronicle {
namespace {

// Pieces that stress tokenizer, splitter, social scanners and the repair.
const std::vector<std::string> kPieces = {
    "word", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", "!", "?", "...", ",", "\"", "'", "(", ")",
    "Mr.", "U.S.", "don't", "I'm", "#tag", "#", "@user", "@", "http://example.test/a?b=c", "www.example.test",
    "pic.twitter.com/abc", "me@example.test", "3.14", "1,000", "$5", "9.05am", "\xE2\x80\x9C", "\xE2\x80\x9D",
    "\xE2\x80\x94", "caf\xC3\xA9", "\xF0\x9F\x98\x80", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "\xE2\x80\xA8", "\xC2\xA0",
    "\xE4\xB8\xAD\xE6\x96\x87", "\xFF", "\xC3", "\xED\xA0\x80", std::string("\0", 1), "\x01", "\\", "{", "}",
    "\xE2\x80\x94 Some One (@someone) May 1, 2020", "#\xC3\xA9t\xC3\xA9", "A", "Z", "a.b"};

std::string random_text(std::mt19937& rng) {
  std::string s;
  const size_t n = rng() % 60;
  for (size_t i = 0; i < n; ++i) {
    if (rng() % 10 == 0) {
      s.push_back(static_cast<char>(rng() % 256));
    } else {
      s += kPieces[rng() % kPieces.size()];
    }
  }
  return s;
}

// Code points of a valid UTF-8 string, one string per code point.
std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> cps;
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    cps.push_back(s.substr(i, n));
    i += n;
  }
  return cps;
}

void check_span(simdjson::dom::element span, const std::vector<std::string>& cps, const std::string& context) {
  const int64_t start = span["start"].get_int64().value();
  const int64_t end = span["end"].get_int64().value();
  ASSERT_LE(0, start) << context;
  ASSERT_LE(start, end) << context;
  ASSERT_LE(end, static_cast<int64_t>(cps.size())) << context;
  std::string slice;
  for (int64_t i = start; i < end; ++i) slice += cps[i];
  EXPECT_EQ(std::string(span["text"].get_string().value()), slice) << context;
}

TEST(SpanProperty, RandomTextsGiveConsistentSpans) {
  auto pipeline = Pipeline::load({});
  ASSERT_TRUE(pipeline.ok());
  io::JsonWriterOptions opts;
  opts.include_text = true;
  opts.include_tokens = true;
  opts.layers = {true, true, true};
  simdjson::dom::parser parser;
  std::mt19937 rng(20240601);
  for (int round = 0; round < 1500; ++round) {
    Document doc;
    doc.id = std::to_string(round);
    doc.id.insert(0, "r");
    doc.text = random_text(rng);
    const std::string input = doc.text;
    ASSERT_TRUE((*pipeline)->annotate(doc).ok());
    // Byte-level invariants on the Document itself.
    uint32_t prev_end = 0;
    for (const Token& t : doc.tokens) {
      ASSERT_LE(prev_end, t.start);
      ASSERT_LT(t.start, t.end);
      ASSERT_LE(t.end, doc.text.size());
      prev_end = t.end;
    }
    std::string json;
    io::append_document_json(doc, opts, json);
    simdjson::dom::element root;
    const std::string context = "round " + std::to_string(round) + " input: " + input;
    ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << context;
    const std::string text(root["text"].get_string().value());
    const auto cps = code_points(text);
    for (const char* layer : {"paragraphs", "sentences", "tokens", "hashtags", "mentions", "urls", "posts"}) {
      int64_t last_start = -1;
      for (simdjson::dom::element span : root[layer].get_array()) {
        check_span(span, cps, context + " layer " + layer);
        const int64_t start = span["start"].get_int64().value();
        EXPECT_LE(last_start, start) << context << " layer " << layer << " is not sorted";
        last_start = start;
      }
    }
    for (simdjson::dom::element sentence : root["sentences"].get_array()) {
      EXPECT_LT(sentence["paragraph"].get_int64().value(), static_cast<int64_t>(root["paragraphs"].get_array().size()));
    }
    for (simdjson::dom::element e : root["errors"].get_array()) {
      int64_t offset;
      if (e["offset"].get(offset) == simdjson::SUCCESS) {
        EXPECT_LE(offset, static_cast<int64_t>(cps.size()));
      }
    }
  }
}

}  // namespace
}  // namespace chronicle
