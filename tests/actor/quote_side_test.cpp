// Which side of a quotation's edge two points of a sentence are on, and a
// name that opens a quote. Invented text.
#include "actor/quote_side.h"

#include <gtest/gtest.h>

#include <string>

using chronicle::actor::across_a_quote;
using chronicle::actor::opens_a_quote;

namespace {
uint32_t at(const std::string& text, const std::string& word) { return static_cast<uint32_t>(text.find(word)); }
}  // namespace

TEST(QuoteSide, ACountryInsideAQuoteIsAcrossFromTheSpeaker) {
  const std::string t = "\"Arnor must pay,\" Harriet Vane told the Gondor Assembly.";
  EXPECT_TRUE(across_a_quote(t, at(t, "Arnor"), at(t, "Assembly")));
  EXPECT_FALSE(across_a_quote(t, at(t, "Harriet"), at(t, "Assembly")));
}

TEST(QuoteSide, TypographicQuotesCountToo) {
  const std::string t = "\xE2\x80\x9C" "Arnor must pay,\xE2\x80\x9D Harriet Vane told the Assembly.";
  EXPECT_TRUE(across_a_quote(t, at(t, "Arnor"), at(t, "Assembly")));
}

TEST(QuoteSide, AWholeQuoteBetweenIsNoEdge) {
  const std::string t = "Arnor said \"no\" to the Assembly.";
  EXPECT_FALSE(across_a_quote(t, at(t, "Arnor"), at(t, "Assembly")));
}

TEST(QuoteSide, ANameOpeningTheQuoteIsItsSubject) {
  const std::string t = "\"The Gondor team will not pay,\" a spokesman said. \"Gondor will.\" \"Then Arnor.\"";
  EXPECT_TRUE(opens_a_quote(t, at(t, "Gondor team")));
  EXPECT_TRUE(opens_a_quote(t, at(t, "Gondor will")));
  EXPECT_FALSE(opens_a_quote(t, at(t, "Arnor")));
}
