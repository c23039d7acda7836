#include <gtest/gtest.h>

#include <random>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle {
namespace {

// Reference: count lead bytes before `byte`.
uint32_t slow_codepoints(const std::string& s, uint32_t byte) {
  uint32_t cp = 0;
  for (uint32_t i = 0; i < byte; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++cp;
  return cp;
}

TEST(CodepointIndex, AsciiIsIdentity) {
  CodepointIndex idx("hello world");
  EXPECT_EQ(idx(0), 0u);
  EXPECT_EQ(idx(5), 5u);
  EXPECT_EQ(idx(11), 11u);
}

TEST(CodepointIndex, MultiByteCharacters) {
  std::string s = "“Hi” — café 😀!";
  CodepointIndex idx(s);
  EXPECT_EQ(idx(3), 1u);                          // after the opening curly quote
  EXPECT_EQ(idx(static_cast<uint32_t>(s.size())), 14u);  // 14 code points
}

TEST(CodepointIndex, MatchesReferenceOnRandomText) {
  std::mt19937 rng(7);
  const char* pieces[] = {"a", "é", "€", "😀", " ", "\n", "z"};
  for (int round = 0; round < 50; ++round) {
    std::string s;
    int n = rng() % 400;
    for (int i = 0; i < n; ++i) s += pieces[rng() % 7];
    CodepointIndex idx(s);
    for (uint32_t b = 0; b <= s.size(); ++b) {
      if (b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) continue;
      ASSERT_EQ(idx(b), slow_codepoints(s, b)) << "byte " << b << " of round " << round;
    }
  }
}

TEST(Status, ToStringNamesPlace) {
  Status st(StatusCode::kParseError, "expected an object", "corpus.jsonl:17", 4);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.to_string(), "corpus.jsonl:17: expected an object (at offset 4)");
  Result<int> r(st);
  EXPECT_FALSE(r.ok());
  Result<int> v(3);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, 3);
}

}  // namespace
}  // namespace chronicle
