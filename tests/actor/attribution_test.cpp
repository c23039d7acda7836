// The closing attribution of wire copy ("..., a Foreign Ministry spokesman
// said."): which mentions close their sentence as its speaker. Invented text.
#include "actor/attribution.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace chronicle;

namespace {

// One sentence, tokens split at spaces (punctuation written apart).
Document sentence_of(const std::string& text) {
  Document doc;
  doc.text = text;
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = std::min(text.find(' ', at), text.size());
    Token t;
    t.start = static_cast<uint32_t>(at);
    t.end = static_cast<uint32_t>(end);
    doc.tokens.push_back(t);
    at = end + 1;
  }
  return doc;
}

// The token index of the first token that reads `word`.
size_t index_of(const Document& doc, std::string_view word) {
  for (size_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.token_text(doc.tokens[i]) == word) return i;
  return doc.tokens.size();
}

}  // namespace

TEST(Attribution, ASpokesmanAfterACommaClosesTheSentence) {
  const Document doc = sentence_of("Gondor will lend Arnor 50 mln dlrs , a Foreign Ministry spokesman said .");
  EXPECT_TRUE(actor::closes_an_attribution(doc, index_of(doc, "Foreign"), index_of(doc, "Ministry")));
}

TEST(Attribution, AnOfficialAtABodyWithItsAcronymClosesTheSentence) {
  const Document doc = sentence_of("Gondor will invest in Arnor , an official at the Trade Ministry ( GTM ) said .");
  EXPECT_TRUE(actor::closes_an_attribution(doc, index_of(doc, "Trade"), index_of(doc, "Ministry")));
}

TEST(Attribution, ABodyAsTheSubjectIsNoAttribution) {
  // No comma before the body: it opens its own clause.
  const Document doc = sentence_of("The Foreign Ministry said Gondor would lend Arnor 50 mln dlrs .");
  EXPECT_FALSE(actor::closes_an_attribution(doc, index_of(doc, "Foreign"), index_of(doc, "Ministry")));
}

TEST(Attribution, ABodyInAnotherClauseIsNoAttribution) {
  // A comma after the body starts another clause before the verb.
  const Document doc =
      sentence_of("Gondor will lend Arnor money , the Foreign Ministry , which Elmford heads , said .");
  EXPECT_FALSE(actor::closes_an_attribution(doc, index_of(doc, "Foreign"), index_of(doc, "Ministry")));
}

TEST(Attribution, AVerbOfAnotherSentenceIsNoAttribution) {
  Document doc = sentence_of("Gondor met Arnor , the Foreign Ministry . Officials said so .");
  for (size_t i = index_of(doc, "Officials"); i < doc.tokens.size(); ++i) doc.tokens[i].sentence = 1;
  EXPECT_FALSE(actor::closes_an_attribution(doc, index_of(doc, "Foreign"), index_of(doc, "Ministry")));
}
