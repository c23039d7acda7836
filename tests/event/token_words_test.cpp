// TokenWords gives each token the words actor::dictionary_words gives its
// text: one word, none for punctuation, several for a token with spaces.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actor/actor_coder.h"
#include "event/token_words.h"

namespace chronicle::event {
namespace {

Document doc_of(const std::vector<std::string>& tokens) {
  Document doc;
  for (const std::string& w : tokens) {
    Token t;
    t.start = static_cast<uint32_t>(doc.text.size());
    doc.text += w;
    t.end = static_cast<uint32_t>(doc.text.size());
    doc.text += '|';
    doc.tokens.push_back(t);
  }
  return doc;
}

TEST(TokenWords, EachTokenHasItsDictionaryWords) {
  const std::vector<std::string> tokens = {"Ministry's", ",", "U.S.", "Minas Tirith", "\"Gondor\"", "ran."};
  const Document doc = doc_of(tokens);
  const TokenWords words(doc);
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    std::vector<std::string> got;
    words.append(k, k + 1, got);
    EXPECT_EQ(got, actor::dictionary_words(tokens[k])) << tokens[k];
  }
  std::vector<std::string> all;
  words.append(0, static_cast<uint32_t>(tokens.size()), all);
  EXPECT_EQ(all, (std::vector<std::string>{"MINISTRY", "U.S.", "MINAS", "TIRITH", "GONDOR", "RAN"}));
}

}  // namespace
}  // namespace chronicle::event
