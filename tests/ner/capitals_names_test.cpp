#include "ner/capitals_names.h"

#include <gtest/gtest.h>

#include "segment/sentence_splitter.h"
#include "text/capitals_case.h"
#include "tokenize/tokenizer.h"

namespace chronicle::ner {
namespace {

Document make(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize::tokenize(doc.text, doc.tokens);
  segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  text::mark_capitals(doc);
  return doc;
}

// A name over the tokens that spell `words` from byte `from` on.
NameMention name_at(const Document& doc, size_t from, const std::string& words, const std::string& type) {
  const uint32_t start = static_cast<uint32_t>(doc.text.find(words, from));
  const uint32_t end = start + static_cast<uint32_t>(words.size());
  NameMention m{start, end, 0, 0, type};
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].start == start) m.first_token = t;
    if (doc.tokens[t].end == end) m.last_token = t + 1;
  }
  return m;
}

TEST(CapitalsNames, HeadlineWordsTheBodyNamesBecomeNames) {
  const std::string text =
      "GONDOR TOWER WARNS ARNOR - VANE\n\n"
      "The Gondor Tower said on Monday that Arnor must pay, Harriet Vane told reporters.";
  Document doc = make(text);
  const size_t body = text.find("The ");
  doc.names = {name_at(doc, body, "Gondor Tower", "ORG"), name_at(doc, body, "Arnor", "GPE"),
               name_at(doc, body, "Harriet Vane", "PERSON")};
  add_capitals_names(doc);
  ASSERT_EQ(doc.names.size(), 6u);
  // In text order: the headline's three first, each with its body name's type.
  EXPECT_EQ(doc.span_text(doc.names[0].start, doc.names[0].end), "GONDOR TOWER");
  EXPECT_EQ(doc.names[0].type, "ORG");
  EXPECT_EQ(doc.span_text(doc.names[1].start, doc.names[1].end), "ARNOR");
  EXPECT_EQ(doc.names[1].type, "GPE");
  // A bare surname of a body person.
  EXPECT_EQ(doc.span_text(doc.names[2].start, doc.names[2].end), "VANE");
  EXPECT_EQ(doc.names[2].type, "PERSON");
  EXPECT_EQ(doc.span_text(doc.names[3].start, doc.names[3].end), "Gondor Tower");
}

TEST(CapitalsNames, CoveredWordsAndOrdinarySentencesAreLeftAlone) {
  const std::string text = "ARNOR WARNS GONDOR\n\nArnor warned Gondor on Monday. Later Arnor spoke again.";
  Document doc = make(text);
  const size_t body = text.find("Arnor warned");
  doc.names = {name_at(doc, 0, "ARNOR WARNS", "ORG"), name_at(doc, body, "Arnor", "GPE"),
               name_at(doc, body, "Gondor", "GPE")};
  add_capitals_names(doc);
  // GONDOR is added; ARNOR is inside a name already; the body's second
  // "Arnor" is no capitals sentence.
  ASSERT_EQ(doc.names.size(), 4u);
  EXPECT_EQ(doc.span_text(doc.names[1].start, doc.names[1].end), "GONDOR");
  EXPECT_EQ(doc.names[1].type, "GPE");
}

}  // namespace
}  // namespace chronicle::ner
