#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "ner/gazetteer.h"

namespace chronicle::ner {
namespace {

// Position codes of GazetteerHit: 1 B, 2 I, 3 L, 4 U.
std::vector<int> positions(const std::vector<GazetteerHit>& hits) {
  std::vector<int> out;
  for (const auto& h : hits) out.push_back(h.position);
  return out;
}

TEST(Gazetteer, LongestPhraseFromEachStartAndKindsOfThatPhrase) {
  Gazetteer g;
  g.add("Port Veldt", 1);
  g.add("port veldt stock exchange", 2);
  g.add("veldt", 4);
  g.add("Port Veldt", 8);  // a second kind for the same phrase
  const std::vector<std::string_view> words = {"the",  "port",  "veldt", "stock", "exchange", "and",
                                               "port", "veldt", "city",  "veldt", "port"};
  std::vector<GazetteerHit> hits(words.size());
  g.match(words, hits);
  EXPECT_EQ(positions(hits), (std::vector<int>{0, 1, 2, 2, 3, 0, 1, 3, 0, 4, 0}));
  EXPECT_EQ(hits[1].kinds, 2u);
  EXPECT_EQ(hits[6].kinds, 9u);
  EXPECT_EQ(hits[9].kinds, 4u);
}

TEST(Gazetteer, APhraseWhosePrefixesAreNotPhrases) {
  Gazetteer g;
  g.add("upper rill vale", 16);
  std::vector<std::string_view> words = {"upper", "rill", "vale"};
  std::vector<GazetteerHit> hits(words.size());
  g.match(words, hits);
  EXPECT_EQ(positions(hits), (std::vector<int>{1, 2, 3}));
  // Cut short by the end of the sentence or another word: no match.
  words = {"upper", "rill"};
  hits.assign(words.size(), {});
  g.match(words, hits);
  EXPECT_EQ(positions(hits), (std::vector<int>{0, 0}));
  words = {"upper", "rill", "valley", "upper", "rill", "vale"};
  hits.assign(words.size(), {});
  g.match(words, hits);
  EXPECT_EQ(positions(hits), (std::vector<int>{0, 0, 0, 1, 2, 3}));
}

TEST(Gazetteer, PhrasesUpToTheLongestAllowed) {
  Gazetteer g;
  std::string eight, nine;
  std::vector<std::string_view> words;
  static const char* kWords[] = {"w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9"};
  for (int i = 0; i < 9; ++i) {
    if (i < 8) eight += std::string(i ? " " : "") + kWords[i];
    nine += std::string(i ? " " : "") + kWords[i];
    words.push_back(kWords[i]);
  }
  g.add(nine, 1);  // longer than kMaxPhraseTokens: not added
  g.add(eight, 2);
  std::vector<GazetteerHit> hits(words.size());
  g.match(words, hits);
  EXPECT_EQ(positions(hits), (std::vector<int>{1, 2, 2, 2, 2, 2, 2, 3, 0}));
  EXPECT_EQ(hits[0].kinds, 2u);
  const std::vector<std::string_view> empty;
  std::vector<GazetteerHit> none;
  g.match(empty, none);  // an empty sentence is fine
}

}  // namespace
}  // namespace chronicle::ner
