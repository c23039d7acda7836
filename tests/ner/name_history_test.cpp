// The document-level history feature (ner/name_history.h) and the
// lowercase-sentence context, on invented sentences.
#include "ner/name_history.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace chronicle::ner {
namespace {

std::vector<NerAtoms> atoms_of(const std::vector<std::string_view>& forms) {
  std::vector<NerAtoms> atoms(forms.size());
  sentence_atoms(forms, std::vector<std::string_view>(forms.size(), "NNP"), {}, Gazetteer(), atoms);
  return atoms;
}

TEST(NameHistory, AWordKeepsTheTypeOfItsEarlierNameInTheDocument) {
  NameHistory history;
  auto first = atoms_of({"Ines", "Varga", "met", "Orlen", "."});
  history.fill(first);
  for (const auto& a : first) EXPECT_EQ(a.history, 0u);  // nothing seen yet
  // B-PERSON L-PERSON O U-ORG O (types: 0 PERSON, 1 ORG).
  history.add(first, std::vector<uint32_t>{1, 3, 0, 8, 0});
  auto later = atoms_of({"VARGA", "SAYS", "ORLEN", "MET", "targets"});
  history.fill(later);
  EXPECT_EQ(later[0].history, 1u);  // PERSON + 1, matched case-insensitively
  EXPECT_EQ(later[2].history, 2u);  // ORG + 1
  EXPECT_EQ(later[3].history, 0u);  // "met" was outside every name
  history.clear();                  // a new document
  history.fill(later);
  EXPECT_EQ(later[0].history, 0u);
}

TEST(NameHistory, OnlyTheLastSentencesCount) {
  NameHistory history;
  auto named = atoms_of({"Varga", "spoke"});
  history.add(named, std::vector<uint32_t>{4, 0});  // U-PERSON
  auto filler = atoms_of({"nothing", "here"});
  for (uint32_t k = 1; k < kHistorySentences; ++k) history.add(filler, std::vector<uint32_t>{0, 0});
  auto probe = atoms_of({"Varga", "again"});
  history.fill(probe);
  EXPECT_EQ(probe[0].history, 1u);  // kHistorySentences back: still in the window
  history.add(filler, std::vector<uint32_t>{0, 0});
  history.fill(probe);
  EXPECT_EQ(probe[0].history, 0u);  // one more: forgotten
}

TEST(NameHistory, AtomsOfANewSentenceStartWithoutHistory) {
  std::vector<NerAtoms> atoms(2);
  atoms[0].history = atoms[1].history = 3;  // left over from a reused buffer
  const std::vector<std::string_view> forms = {"Varga", "spoke"};
  sentence_atoms(forms, std::vector<std::string_view>(2, "NN"), {}, Gazetteer(), atoms);
  EXPECT_EQ(atoms[0].history, 0u);
  EXPECT_EQ(atoms[1].history, 0u);
}

TEST(NerFeatures, SentencesWithoutCapitalsAreMarked) {
  // Only "I" and the first word may carry a capital in a lowercase sentence.
  EXPECT_TRUE(atoms_of({"where", "can", "I", "get", "pizza", "in", "brenmouth"})[0].lowercase_sentence);
  EXPECT_TRUE(atoms_of({"Where", "can", "i", "get", "pizza", "in", "brenmouth"})[3].lowercase_sentence);
  EXPECT_FALSE(atoms_of({"where", "can", "I", "get", "pizza", "in", "Brenmouth"})[0].lowercase_sentence);
  EXPECT_FALSE(atoms_of({"ok", "then"})[0].lowercase_sentence);  // too short to tell
}

}  // namespace
}  // namespace chronicle::ner
