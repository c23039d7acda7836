// Place and actor scoring (src/eval/mention_eval) on invented articles and
// gold files written by the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "eval/mention_eval.h"

namespace chronicle::eval {
namespace {

std::string write_gold(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / "chronicle_mention_eval_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path) << text;
  return path;
}

Entity entity(const std::string& id, const std::string& type, const std::string& name, uint32_t start, uint32_t end) {
  Entity e;
  e.id = id;
  e.type = type;
  e.name = name;
  e.mentions.push_back(EntityMention{start, end, "name", {}});
  return e;
}

TEST(MentionGold, ReadsHeadersRowsAndSplits) {
  const auto path = write_gold("ok.tsv",
                               "# root: articles\n# date: 2005-02-15\n# doc\tstart\tend\tlabel\tsplit\n"
                               "a/1.txt\t0\t4\t100\tdev\na/1.txt\t10\t14\t-\tdev\na/2.txt\t3\t5\tGBRGOV\ttest\n");
  auto gold = read_mention_gold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  EXPECT_EQ(gold->date, "2005-02-15");
  EXPECT_EQ(gold->root, (std::filesystem::path(path).parent_path() / "articles").string());
  ASSERT_EQ(gold->articles.size(), 2u);
  EXPECT_EQ(gold->articles[0].mentions.size(), 2u);
  EXPECT_EQ(gold->articles[1].split, "test");
  EXPECT_EQ(gold->articles[1].mentions[0].label, "GBRGOV");
}

TEST(MentionGold, BadRowsNameFileAndLine) {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"# root: x\na.txt\t0\t4\t100\n", "expected 5 tab-separated columns"},
      {"# root: x\na.txt\t4\t4\t100\tdev\n", "bad offsets"},
      {"# root: x\na.txt\t0\t4\t100\ttrain\n", "split must be dev or test"},
      {"# root: x\na.txt\t0\t4\t100\tdev\na.txt\t5\t6\t100\ttest\n", "in both splits"},
      {"# root: x\na.txt\t0\t4\t1\tdev\nb.txt\t0\t4\t1\tdev\na.txt\t5\t6\t1\tdev\n", "are not together"},
      {"a.txt\t0\t4\t100\tdev\n", "no '# root: DIR' line"},
  };
  for (const auto& c : cases) {
    auto gold = read_mention_gold(write_gold("bad.tsv", c.text));
    ASSERT_FALSE(gold.ok()) << c.text;
    EXPECT_NE(gold.status().to_string().find(c.message), std::string::npos) << gold.status().to_string();
    EXPECT_NE(gold.status().to_string().find("bad.tsv"), std::string::npos);
  }
  EXPECT_FALSE(read_mention_gold("/nonexistent/gold.tsv").ok());
}

TEST(MentionEval, GreatCircle) {
  EXPECT_NEAR(great_circle_km(51.5074, -0.1278, 48.8566, 2.3522), 344.0, 2.0);  // London-Paris
  EXPECT_NEAR(great_circle_km(10, 20, 10, 20), 0.0, 1e-9);
}

TEST(MentionEval, GeoScoresDistanceIdAndRecall) {
  Document doc;
  // Code points differ from bytes after the accented letter.
  doc.text = "Tromsø and Fredville and Springfield met Atlantis.";
  const uint32_t fred = static_cast<uint32_t>(doc.text.find("Fredville"));
  const uint32_t spring = static_cast<uint32_t>(doc.text.find("Springfield"));
  Entity a = entity("E1", "GPE", "Fredville", fred, fred + 9);
  a.has_geo = true;
  a.geo = GeoPoint{10.0, 20.0, "FD", "01", 1, "PPLC"};
  Entity b = entity("E2", "GPE", "Springfield", spring, spring + 11);
  b.has_geo = true;
  b.geo = GeoPoint{41.0, 31.0, "FD", "02", 7, "PPL"};  // the wrong Springfield
  doc.entities = {a, b};
  MentionArticle gold{"x.txt", "dev",
                      {{11, 20, "1"},      // Fredville, exact
                       {25, 36, "8"},      // Springfield: gold is id 8, 1,200 km away
                       {0, 6, "-"},        // not scored
                       {41, 49, "9"}}};    // Atlantis: no entity
  GoldPoints points{{1, {10.0, 20.0}}, {7, {41.0, 31.0}}, {8, {51.0, 41.0}}, {9, {0, 0}}};
  GeoScores s;
  score_geo(gold, doc, points, s);
  EXPECT_EQ(s.gold, 3u);
  EXPECT_EQ(s.unscored, 1u);
  EXPECT_EQ(s.geocoded, 2u);
  EXPECT_EQ(s.exact_id, 1u);
  EXPECT_EQ(s.within_161, 1u);
  ASSERT_EQ(s.errors.size(), 2u);
  EXPECT_EQ(s.errors[0].text, "Springfield");
  EXPECT_GT(s.errors[0].km, 1000);
  EXPECT_EQ(s.errors[1].system, "(missed)");
  EXPECT_NE(format_geo_scores(s).find("accuracy@161km: 33.33% (1)"), std::string::npos);
}

TEST(MentionEval, ActorScoresExactCountryAndRecall) {
  Document doc;
  doc.text = "Mr Blair met Mr Howard and the Tories and Ms Smith.";
  Entity blair = entity("E1", "PERSON", "Blair", 0, 8);
  blair.actor.code = "GBRGOV";
  Entity howard = entity("E2", "PERSON", "Howard", 13, 22);
  howard.actor.code = "GBRGOV";  // gold says GBROPP: country right, code wrong
  Entity tories = entity("E3", "ORG", "Tories", 31, 37);  // no code
  doc.entities = {blair, howard, tories};
  MentionArticle gold{"x.txt", "dev", {{0, 8, "GBRGOV"}, {13, 22, "GBROPP"}, {31, 37, "GBROPP"}, {42, 50, "GBRBUS"}}};
  ActorScores s;
  score_actors(gold, doc, s);
  EXPECT_EQ(s.gold, 4u);
  EXPECT_EQ(s.coded, 2u);
  EXPECT_EQ(s.exact, 1u);
  EXPECT_EQ(s.country, 2u);
  ASSERT_EQ(s.errors.size(), 3u);
  EXPECT_EQ(s.errors[1].system, "(no code: ORG Tories)");
  EXPECT_EQ(s.errors[2].system, "(missed)");
}

TEST(MentionEval, NameInsideAnotherEntitysDescriptionIsTheNamesEntity) {
  Document doc;
  doc.text = "Mr Blair, a friend of the EU, spoke.";
  Entity blair = entity("E1", "PERSON", "Blair", 0, 8);
  blair.actor.code = "GBRGOV";
  blair.mentions.push_back({10, 28, "description", {}});  // "a friend of the EU"
  Entity eu = entity("E2", "ORG", "EU", 26, 28);
  eu.actor.code = "IGOEUREEC";
  doc.entities = {blair, eu};
  MentionArticle gold{"x.txt", "dev", {{26, 28, "IGOEUREEC"}}};
  ActorScores s;
  score_actors(gold, doc, s);
  EXPECT_EQ(s.exact, 1u);
}

}  // namespace
}  // namespace chronicle::eval
