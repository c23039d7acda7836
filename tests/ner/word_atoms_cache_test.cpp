// The NER's per-thread word atoms cache gives the atoms compute_atoms gives,
// at the first sight of a word and after, at any position, and forgets a
// model's atoms when bound to another.
#include "ner/word_atoms_cache.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

namespace chronicle {
namespace {

bool same_atoms(const tag::TokenAtoms& a, const tag::TokenAtoms& b) {
  return a.word == b.word && a.lower == b.lower && std::memcmp(a.prefix, b.prefix, sizeof a.prefix) == 0 &&
         std::memcmp(a.suffix, b.suffix, sizeof a.suffix) == 0 && a.shape == b.shape &&
         std::memcmp(a.cluster, b.cluster, sizeof a.cluster) == 0 && a.flags == b.flags &&
         a.sentence_start == b.sentence_start;
}

std::vector<tag::WordClusters> invented_clusters(const char* path_of_brenmouth) {
  std::vector<tag::WordClusters> sets(2);
  sets[0].add("Brenmouth", path_of_brenmouth);
  sets[0].add("varga", "0111");
  sets[1].add("brenmouth", "10");
  return sets;
}

TEST(WordAtomsCache, GivesTheComputedAtomsAtEveryPosition) {
  const auto clusters = invented_clusters("0110101");
  ner::WordAtomsCache cache;
  cache.bind(1);
  const std::vector<std::string> words = {"Brenmouth", "VARGA", "varga", "Brenmouth", "the", "caf\xc3\xa9", "",
                                          "the", "12-3", "VARGA"};
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < words.size(); ++i) {
      const bool start = (i + round) % 3 == 0;
      tag::TokenAtoms expected, got;
      tag::compute_atoms(words[i], start, clusters, expected);
      cache.atoms(words[i], start, clusters, got);
      EXPECT_TRUE(same_atoms(expected, got)) << words[i] << " at " << i << " round " << round;
    }
  }
}

TEST(WordAtomsCache, GivesASentencesAtomsPastItsCapacity) {
  const auto clusters = invented_clusters("0110101");
  ner::WordAtomsCache cache;
  cache.bind(1);
  // Repeated and new words in one sentence, then a sentence of more new
  // words than the cache holds (it empties itself half way through).
  std::vector<std::string> store = {"Brenmouth", "varga", "Brenmouth", "zelt", "zelt", "VARGA"};
  for (size_t k = 0; k < ner::WordAtomsCache::kCapacity + 10; ++k) store.push_back("w" + std::to_string(k));
  store.push_back("Brenmouth");
  for (size_t first_sentence : {size_t{6}, store.size()}) {
    std::vector<std::string_view> forms(store.begin(), store.begin() + static_cast<long>(first_sentence));
    std::vector<tag::TokenAtoms> got(forms.size());
    cache.sentence_atoms(forms, clusters, got);
    for (size_t i = 0; i < forms.size(); ++i) {
      tag::TokenAtoms expected;
      tag::compute_atoms(forms[i], i == 0, clusters, expected);
      ASSERT_TRUE(same_atoms(expected, got[i])) << forms[i] << " at " << i;
    }
  }
}

TEST(WordAtomsCache, ForgetsTheAtomsOfAnotherOwner) {
  const auto first = invented_clusters("0110101");
  const auto second = invented_clusters("1110");
  ner::WordAtomsCache cache;
  tag::TokenAtoms from_first, from_second, expected;
  cache.bind(1);
  cache.atoms("Brenmouth", false, first, from_first);
  cache.bind(2);
  cache.atoms("Brenmouth", false, second, from_second);
  tag::compute_atoms("Brenmouth", false, second, expected);
  EXPECT_TRUE(same_atoms(expected, from_second));
  EXPECT_NE(from_first.cluster[0][3], from_second.cluster[0][3]);
}

}  // namespace
}  // namespace chronicle
