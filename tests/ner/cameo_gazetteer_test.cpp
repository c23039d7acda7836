// CAMEO actor names as gazetteer phrases (train::add_cameo_actors), on
// invented dictionary files written to a scratch folder.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "train/ner_trainer.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

uint32_t kinds(const ner::Gazetteer& g, std::vector<std::string_view> words) { return g.lookup(words); }

TEST(CameoGazetteer, DatedActorsArePeopleOthersOrganisations) {
  const fs::path dir = fs::temp_directory_path() / ("chronicle-cameo-" + std::to_string(getpid()));
  fs::create_directories(dir);
  auto write = [&](const char* name, const char* text) { std::ofstream(dir / name) << text; };
  write("Phoenix.Countries.actors.txt",
        "OSTRAVIA_  [OSV]\n+OSTRAVIAN_\nLENA_MARSH_  # invented\n\t[OSVGOV 100101-151231]\n+MRS._MARSH_\n+MARSH_\n");
  write("Phoenix.International.actors.txt", "HARBOUR_TRUST_  [NGO]\n+HARBOUR_FUND_\nOMAR_HADDAD_\n\t[IGOUNO >120101]\n");
  write("Phoenix.MilNonState.actors.txt", "RIVER_FRONT_  [REB]\n");
  ner::Gazetteer g;
  ASSERT_TRUE(train::add_cameo_actors(dir.string(), g).ok());
  EXPECT_EQ(kinds(g, {"lena", "marsh"}), ner::kGazPerson);
  EXPECT_EQ(kinds(g, {"marsh"}), ner::kGazPerson);
  EXPECT_EQ(kinds(g, {"mrs.", "marsh"}), 0u);  // a title synonym is left out
  EXPECT_EQ(kinds(g, {"omar", "haddad"}), ner::kGazPerson);
  EXPECT_EQ(kinds(g, {"harbour", "fund"}), ner::kGazOrg);
  EXPECT_EQ(kinds(g, {"river", "front"}), ner::kGazOrg);
  EXPECT_EQ(kinds(g, {"ostravia"}), 0u);  // places come from GeoNames
  fs::remove_all(dir);
  EXPECT_FALSE(train::add_cameo_actors(dir.string(), g).ok());  // missing files are an error
}

}  // namespace
}  // namespace chronicle
