// Title normalisation of person spans (eval/ner_conventions.h) on invented sentences.
#include <gtest/gtest.h>

#include "eval/ner_conventions.h"

namespace chronicle::eval {
namespace {

NerSentence sentence(std::vector<std::string> forms, std::vector<std::string> tags) {
  return NerSentence{std::move(forms), std::move(tags)};
}

TEST(NerConventions, TitlesLeaveThePersonSpan) {
  auto s = sentence({"Transport", "Minister", "Ola", "Brenn", "met", "Mr.", "Tovey", "."},
                    {"B-per", "I-per", "I-per", "I-per", "O", "B-per", "I-per", "O"});
  EXPECT_EQ(strip_person_titles(s), 2);
  EXPECT_EQ(s.tags, (std::vector<std::string>{"O", "O", "B-per", "I-per", "O", "O", "B-per", "O"}));
}

TEST(NerConventions, TitleOnlySpanBecomesOAndOtherTypesStay) {
  auto s = sentence({"the", "Prime", "Minister", "of", "General", "Motors"},
                    {"O", "B-per", "I-per", "O", "B-org", "I-org"});
  EXPECT_EQ(strip_person_titles(s), 1);
  EXPECT_EQ(s.tags, (std::vector<std::string>{"O", "O", "O", "O", "B-org", "I-org"}));
}

TEST(NerConventions, NamesWithoutTitlesAreUntouched) {
  auto s = sentence({"Ola", "Brenn", "spoke"}, {"B-PER", "I-PER", "O"});
  EXPECT_EQ(strip_person_titles(s), 0);
  EXPECT_EQ(s.tags, (std::vector<std::string>{"B-PER", "I-PER", "O"}));
  EXPECT_TRUE(is_person_title("GEN."));
  EXPECT_FALSE(is_person_title("Brenn"));
}

}  // namespace
}  // namespace chronicle::eval
