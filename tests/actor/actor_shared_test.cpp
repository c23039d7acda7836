// The actor stage on the real dictionaries and gazetteer: the PETRARCH2 files
// in ../shared parse with only their known bad lines, and the shipped data/
// codes and places the shared example's actors (entities are built here from
// the names in the text, as the entity stage will give them).
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "actor/actor_resources.h"
#include "actor/actor_stage.h"
#include "rules/actor_dictionary.h"
#include "rules/agent_dictionary.h"
#include "rules/verb_dictionary.h"
#include "segment/sentence_splitter.h"
#include "tokenize/tokenizer.h"

using namespace chronicle;

namespace {

const std::string kShared = CHRONICLE_SHARED_DIR;
const std::string kPetrarch = kShared + "/corpora/cameo/petrarch2/";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool have(const std::string& path) { return std::ifstream(path).good(); }

double km(double lat1, double lon1, double lat2, double lon2) {
  const double r = 6371.0, d = M_PI / 180;
  const double a = std::sin((lat2 - lat1) * d / 2), b = std::sin((lon2 - lon1) * d / 2);
  return 2 * r * std::asin(std::sqrt(a * a + std::cos(lat1 * d) * std::cos(lat2 * d) * b * b));
}

}  // namespace

TEST(PetrarchDictionaries, ParseWithOnlyTheirKnownBadLines) {
  if (!have(kPetrarch + "Phoenix.agents.txt")) GTEST_SKIP() << "../shared/corpora/cameo/petrarch2 not found";
  std::vector<rules::DictEntry> actors;
  rules::DictionaryErrors errors;
  rules::parse_actor_dictionary(slurp(kPetrarch + "Phoenix.Countries.actors.txt"), "Phoenix.Countries.actors.txt",
                                actors, errors);
  EXPECT_GT(actors.size(), 25000u);
  bool lavrov = false;
  for (const auto& e : actors) {
    if (e.phrase != "SERGEY LAVROV") continue;
    lavrov = true;
    ASSERT_EQ(e.codes.size(), 2u);
    EXPECT_EQ(e.codes[0].from, 19940922u);
    EXPECT_EQ(e.codes[0].to, 20040712u);
    EXPECT_EQ(e.codes[1].from, 20040309u);
  }
  EXPECT_TRUE(lavrov);
  // Agents: the upstream typo "[~ENV}" and a phrase without code are reported at their lines.
  const std::string agents_text = slurp(kPetrarch + "Phoenix.agents.txt");
  std::vector<rules::DictEntry> agents;
  rules::DictionaryErrors agent_errors;
  rules::parse_agent_dictionary(agents_text, "Phoenix.agents.txt", agents, agent_errors);
  EXPECT_GT(agents.size(), 3000u);
  size_t line = 1;
  for (size_t p = 0; p < agents_text.find("DEPARMENT_OF_ENVIRONMENT [~ENV}"); ++p) line += agents_text[p] == '\n';
  bool found = false;
  for (const auto& e : agent_errors.errors) {
    if (e.where() == "Phoenix.agents.txt:" + std::to_string(line)) {
      found = true;
      EXPECT_EQ(e.message(), "agent has no [CODE]: 'DEPARMENT_OF_ENVIRONMENT [~ENV}'");
    }
  }
  EXPECT_TRUE(found);
  EXPECT_LT(agent_errors.errors.size(), 10u);
  rules::VerbDictionary verbs;
  rules::DictionaryErrors verb_errors;
  rules::parse_verb_dictionary(slurp(kPetrarch + "CAMEO.2.0.txt"), "CAMEO.2.0.txt", verbs, verb_errors);
  size_t patterns = 0;
  for (const auto& b : verbs.verbs) patterns += b.patterns.size();
  EXPECT_GT(verbs.verbs.size(), 390u);  // 397 blocks in the file
  EXPECT_GT(patterns, 4500u);
  EXPECT_LT(verb_errors.errors.size(), 60u);
  EXPECT_GE(verbs.block_of("SAID"), 0);
}

TEST(SummitExample, ActorsAndPlaces) {
  const std::string example = kShared + "/examples/summit-letter.txt";
  if (!have(example)) GTEST_SKIP() << "../shared/examples/summit-letter.txt not found";
  auto res = actor::ActorResources::load({});
  ASSERT_TRUE(res.ok()) << res.status().to_string();
  Document doc;
  doc.id = "summit-letter";
  doc.text = slurp(example);
  doc.meta.date = "2018-05-31";
  tokenize::tokenize(doc.text, doc.tokens);
  segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  // Entities as the entity stage will give them: every occurrence of the names.
  struct Spec { const char* id; const char* type; const char* name; std::vector<const char*> surfaces; };
  const std::vector<Spec> specs = {
      {"E1", "PERSON", "Donald Trump", {"Donald Trump", "Mr Trump"}},
      {"E2", "PERSON", "Mike Pompeo", {"Mike Pompeo", "Mr Pompeo"}},
      {"E3", "PERSON", "John Bolton", {"John Bolton"}},
      {"E4", "PERSON", "Mark Lambert", {"Mark Lambert"}},
      {"E5", "PERSON", "Kim Jong Un", {"Kim Jong Un"}},
      {"E6", "PERSON", "Kim Yong Chol", {"Kim Yong Chol"}},
      {"E7", "PERSON", "Sergey Lavrov", {"Sergey Lavrov"}},
      {"E8", "ORG", "CIA", {"CIA"}},
      {"E9", "GPE", "Washington", {"Washington"}},
      {"E10", "GPE", "Singapore", {"Singapore"}},
      {"E11", "GPE", "Texas", {"Texas"}},
      {"E12", "GPE", "North Korea", {"North Korea"}},
  };
  for (const auto& s : specs) {
    Entity e;
    e.id = s.id;
    e.type = s.type;
    e.name = s.name;
    for (const char* surface : s.surfaces) {
      for (size_t at = doc.text.find(surface); at != std::string::npos; at = doc.text.find(surface, at + 1)) {
        // Whole words only ("North Korean" is not "North Korea").
        const size_t end = at + std::strlen(surface);
        if (end < doc.text.size() && std::isalpha(static_cast<unsigned char>(doc.text[end]))) continue;
        e.mentions.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(end), "name", {}});
      }
    }
    ASSERT_FALSE(e.mentions.empty()) << s.name;
    doc.entities.push_back(std::move(e));
  }
  actor::annotate_actors(*res, doc);
  auto code = [&](size_t i) { return doc.entities[i].actor.code; };
  for (const auto& e : doc.entities) {  // shown by ctest -V
    std::printf("%-14s %-6s %-10s %-16s", e.name.c_str(), e.type.c_str(), e.actor.code.c_str(), e.actor.source.c_str());
    if (e.has_geo) std::printf(" %.4f %.4f %s %s %lld", e.geo.lat, e.geo.lon, e.geo.country.c_str(), e.geo.feature.c_str(),
                               static_cast<long long>(e.geo.geonameid));
    std::printf("\n");
  }
  EXPECT_EQ(code(0), "USAGOV");
  EXPECT_EQ(code(1), "USAGOV");
  // Bolton's 2005-2006 dictionary dates have expired: the stated role
  // (National Security Adviser, Phoenix ~GOVMIL) and the entry's country.
  EXPECT_EQ(code(2).substr(0, 6), "USAGOV") << code(2);
  EXPECT_EQ(doc.entities[2].actor.source, "role");
  EXPECT_EQ(code(3), "USAGOV");  // "the head of the State Department's Korea desk"
  EXPECT_EQ(code(4), "PRKGOV");
  EXPECT_EQ(code(5).substr(0, 3), "PRK") << code(5);
  EXPECT_EQ(code(6), "RUSGOV");
  EXPECT_EQ(code(7), "USASPY");
  EXPECT_EQ(code(11), "PRK");
  EXPECT_EQ(doc.entities[1].key, "mike pompeo|USAGOV");
  // Places: GeoNames Washington DC (4140963) and Singapore; Texas as the
  // population-weighted centroid of its cities, which lies in east Texas.
  const Entity& wash = doc.entities[8];
  ASSERT_TRUE(wash.has_geo);
  EXPECT_EQ(wash.geo.geonameid, 4140963);
  EXPECT_EQ(wash.geo.feature, "PPLC");
  EXPECT_LT(km(wash.geo.lat, wash.geo.lon, 38.895, -77.036), 5.0);
  const Entity& sg = doc.entities[9];
  ASSERT_TRUE(sg.has_geo);
  EXPECT_EQ(sg.geo.country, "SG");
  EXPECT_LT(km(sg.geo.lat, sg.geo.lon, 1.29, 103.85), 30.0);
  const Entity& tx = doc.entities[10];
  ASSERT_TRUE(tx.has_geo);
  EXPECT_EQ(tx.geo.feature, "ADM1");
  EXPECT_EQ(tx.geo.country, "US");
  EXPECT_EQ(tx.geo.admin1, "TX");
  EXPECT_LT(km(tx.geo.lat, tx.geo.lon, 31.25, -99.25), 400.0);  // GeoNames' point for Texas
  const Entity& nk = doc.entities[11];
  ASSERT_TRUE(nk.has_geo);
  EXPECT_EQ(nk.geo.feature, "PCLI");
  EXPECT_EQ(nk.geo.country, "KP");
}
