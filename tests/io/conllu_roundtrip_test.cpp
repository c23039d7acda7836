// The CoNLL-U writer's output reads back with the project's CoNLL-U reader, and
// each sentence's "# text" is exactly its surface tokens joined as SpaceAfter
// says (the check UD's validate.py makes), for random texts through the real
// pipeline.
#include <gtest/gtest.h>

#include <random>

#include "chronicle/pipeline.h"
#include "conllu/conllu.h"
#include "io/conllu_writer.h"

namespace chronicle::io {
namespace {

TEST(ConlluRoundTrip, RandomDocumentsParseAndTextMatchesTokens) {
  auto pipeline = Pipeline::load({});
  ASSERT_TRUE(pipeline.ok());
  const std::vector<std::string> pieces = {"Word", " ", "  ", "\n", "\n\n", "\r\n", ". ", "? ", "don't", "I'm",
                                           "#tag", "@who", "http://a.test/x", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                           "\xF0\x9F\x98\x80", "\xC2\xA0", "\t", "\"", "3.5", "Mr.", "U.S.", "-",
                                           "can't", "Google's", "\xE2\x80\x94", "\\", "|", "#"};
  std::mt19937 rng(99);
  std::string all;
  size_t sentences = 0;
  for (int i = 0; i < 400; ++i) {
    Document doc;
    doc.id = std::to_string(i);
    doc.id.insert(0, "d");
    for (size_t n = rng() % 50; n > 0; --n) doc.text += pieces[rng() % pieces.size()];
    ASSERT_TRUE((*pipeline)->annotate(doc).ok());
    for (const auto& s : doc.sentences) sentences += s.last_token > s.first_token ? 1 : 0;
    append_document_conllu(doc, all);
  }
  auto treebank = conllu::parse(all, "roundtrip.conllu");
  ASSERT_TRUE(treebank.ok()) << treebank.status().to_string();
  EXPECT_EQ(treebank->sentences.size(), sentences);
  for (const auto& s : treebank->sentences) {
    ASSERT_TRUE(s.has_text) << "line " << s.line;
    EXPECT_FALSE(s.sent_id.empty()) << "line " << s.line;
    std::string joined;
    const auto tokens = conllu::surface_tokens(s);
    for (size_t i = 0; i < tokens.size(); ++i) {
      joined += tokens[i].form;
      if (tokens[i].space_after && i + 1 < tokens.size()) joined += ' ';
    }
    EXPECT_EQ(joined, s.text) << "line " << s.line;
  }
  EXPECT_TRUE(conllu::rebuild_text(*treebank).ok());
}

}  // namespace
}  // namespace chronicle::io
