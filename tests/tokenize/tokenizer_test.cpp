#include "tokenize/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chronicle::tokenize {
namespace {

std::vector<std::string> toks(std::string_view text) {
  std::vector<Token> t;
  tokenize(text, t);
  std::vector<std::string> out;
  for (const Token& k : t) out.emplace_back(text.substr(k.start, k.end - k.start));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, Basic) {
  EXPECT_EQ(toks("The cat sat."), (V{"The", "cat", "sat", "."}));
  EXPECT_EQ(toks("  Hello,world!  "), (V{"Hello", ",", "world", "!"}));
  EXPECT_EQ(toks(""), V{});
  EXPECT_EQ(toks(" \n\t "), V{});
}

}  // namespace
}  // namespace chronicle::tokenize
