// The prototype article ../shared/examples/summit-letter.txt (read at run
// time; its text is never copied here) through the full pipeline with the
// shipped models: the eight people, the places and the two organisations
// come out as entities, with their mentions merged as a careful reader
// would merge them. Mentions are located by finding their words in the text
// at run time; only those words appear below.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

const std::filesystem::path kExample =
    std::filesystem::path(CHRONICLE_SHARED_DIR) / "examples" / "summit-letter.txt";

class SummitEntities : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kExample))
      GTEST_SKIP() << "../shared not found at " << kExample << ": shared-corpus test skipped";
    if (!std::filesystem::exists(std::string(CHRONICLE_SOURCE_DIR) + "/models/en-ner.chm"))
      GTEST_SKIP() << "models/en-ner.chm not built";
    std::ifstream in(kExample, std::ios::binary);
    doc_.id = "summit-letter";
    doc_.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    PipelineOptions options;
    options.stages = {Stage::kEntity};
    auto pipeline = Pipeline::load(options);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().to_string();
    ASSERT_TRUE((*pipeline)->annotate(doc_).ok());
  }

  // Byte offsets of every occurrence of `words` (as a whole word).
  std::vector<size_t> occurrences(const std::string& words) const {
    std::vector<size_t> out;
    for (size_t at = doc_.text.find(words); at != std::string::npos; at = doc_.text.find(words, at + 1)) {
      const size_t end = at + words.size();
      auto letter = [&](size_t i) {
        const unsigned char c = static_cast<unsigned char>(doc_.text[i]);
        return std::isalnum(c) != 0;
      };
      if ((at > 0 && letter(at - 1)) || (end < doc_.text.size() && letter(end))) continue;
      out.push_back(at);
    }
    return out;
  }

  // The entity with the shortest mention covering [at, at + size), or
  // nullptr ("North Korea" inside a description of Andrew Kim is North Korea).
  const Entity* entity_at(size_t at, size_t size) const {
    const Entity* best = nullptr;
    uint32_t best_size = UINT32_MAX;
    for (const auto& e : doc_.entities)
      for (const auto& m : e.mentions)
        if (m.start <= at && at + size <= m.end && m.end - m.start < best_size) best = &e, best_size = m.end - m.start;
    return best;
  }

  const Entity* named(const std::string& name) const {
    for (const auto& e : doc_.entities)
      if (e.name == name) return &e;
    return nullptr;
  }

  // Every occurrence of each of `words` (skipping occurrences inside a longer
  // phrase in `skip_inside`) is a mention of the entity called `name`.
  void expect_entity(const std::string& name, const std::string& type, const std::vector<std::string>& words,
                     const std::vector<std::string>& skip_inside = {}) {
    const Entity* e = named(name);
    ASSERT_NE(e, nullptr) << "no entity named " << name;
    EXPECT_EQ(e->type, type) << name;
    for (const std::string& w : words) {
      const auto occ = occurrences(w);
      EXPECT_FALSE(occ.empty()) << w;
      for (size_t at : occ) {
        bool skipped = false;
        for (const std::string& longer : skip_inside)
          for (size_t l : occurrences(longer)) skipped = skipped || (l <= at && at + w.size() <= l + longer.size());
        if (skipped) continue;
        const Entity* got = entity_at(at, w.size());
        EXPECT_EQ(got, e) << "'" << w << "' at byte " << at << " should be a mention of " << name << ", is "
                          << (got ? got->name : std::string("none"));
      }
    }
  }

  Document doc_;
};

TEST_F(SummitEntities, EightPeopleWithTheirMentionsMerged) {
  expect_entity("Donald Trump", "PERSON", {"Donald Trump", "Mr Trump", "Donald J. Trump", "@realDonaldTrump", "@POTUS"});
  expect_entity("Kim Jong Un", "PERSON", {"Kim Jong Un", "Mr Kim", "Chairman Kim"});
  expect_entity("Mike Pompeo", "PERSON", {"Mike Pompeo", "Secretary Pompeo", "@SecPompeo", "Mr Pompeo"});
  expect_entity("Kim Yong Chol", "PERSON", {"Kim Yong Chol"});
  expect_entity("John Bolton", "PERSON", {"John Bolton"});
  expect_entity("Andrew Kim", "PERSON", {"Andrew Kim"});
  expect_entity("Mark Lambert", "PERSON", {"Mark Lambert"});
  expect_entity("Sergey Lavrov", "PERSON", {"Sergey Lavrov"});
  // Three people share the surname Kim: "Mr Kim" goes to the leader, flagged.
  EXPECT_TRUE(named("Kim Jong Un")->ambiguous);
  EXPECT_NE(named("Kim Yong Chol"), named("Andrew Kim"));
  // The people are eight distinct entities.
  int people = 0;
  for (const auto& e : doc_.entities) people += e.type == "PERSON";
  EXPECT_EQ(people, 8);
}

TEST_F(SummitEntities, DescriptionsTiedToTheirPeople) {
  // "The US secretary of state, who spoke to Mr Trump ..." after "US Secretary of State Mike Pompeo".
  const auto occ = occurrences("The US secretary of state");
  ASSERT_EQ(occ.size(), 1u);
  EXPECT_EQ(entity_at(occ[0], 25), named("Mike Pompeo"));
  // Apposition: "Andrew Kim, the head of a CIA unit ...".
  const auto head = occurrences("the head of a CIA unit");
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(entity_at(head[0], 10), named("Andrew Kim"));
}

TEST_F(SummitEntities, PlacesAndOrganisations) {
  expect_entity("Washington", "GPE", {"Washington"});
  expect_entity("Singapore", "GPE", {"Singapore"});
  expect_entity("Texas", "GPE", {"Texas"});
  expect_entity("North Korea", "GPE", {"North Korea"}, {"#NorthKorea"});
  expect_entity("US", "GPE", {"US"}, {"The US secretary of state", "US Secretary of State"});
  expect_entity("Korean Peninsula", "LOC", {"Korean Peninsula"});
  expect_entity("Joint Base Andrews", "FAC", {"Joint Base Andrews"});
  expect_entity("CIA", "ORG", {"CIA"});
  expect_entity("State Department", "ORG", {"State Department"});
}

TEST_F(SummitEntities, PostAuthorsAreEntities) {
  ASSERT_EQ(doc_.posts.size(), 2u);
  EXPECT_EQ(doc_.posts[0].author_entity, named("Mike Pompeo")->id);
  EXPECT_EQ(doc_.posts[1].author_entity, named("Donald Trump")->id);
  EXPECT_EQ(named("Mike Pompeo")->handles, (std::vector<std::string>{"SecPompeo"}));
}

}  // namespace
}  // namespace chronicle
