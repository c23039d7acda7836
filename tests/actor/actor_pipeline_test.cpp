// The actor stage inside Pipeline: missing data is a located error, user
// dictionaries' bad lines become warnings and the run goes on.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "actor/actor_resources.h"
#include "actor/actor_stage.h"
#include "chronicle/pipeline.h"

using namespace chronicle;

TEST(ActorPipeline, MissingDataNamesTheFile) {
  PipelineOptions o;
  o.stages = {Stage::kActor};
  o.data_dir = "/nonexistent/chronicle-data";
  auto p = Pipeline::load(o);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound);
  EXPECT_NE(p.status().to_string().find("/nonexistent/chronicle-data/cameo-actors.chd"), std::string::npos)
      << p.status().to_string();
  EXPECT_STREQ(stage_name(Stage::kActor), "actor");
  auto list = parse_stage_list("tokenize,actor");
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->back(), Stage::kActor);
}

TEST(ActorPipeline, UserDictionaryWarningsAndNoDefaults) {
  const std::string path = ::testing::TempDir() + "/user.actors.txt";
  {
    std::ofstream out(path);
    out << "ZUBROWKA_ [ZUB]\nBROKEN [ZUB 2001-]\nGUSTAVE_H_ [ZUBGOV]\n";
  }
  PipelineOptions o;
  o.stages = {Stage::kActor};
  o.actor_files = {path};
  o.no_default_dictionaries = true;
  auto p = Pipeline::load(o);
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  ASSERT_EQ((*p)->warnings().size(), 1u);
  EXPECT_EQ((*p)->warnings()[0].where(), path + ":2");
  // The stage itself, on entities given by hand (inside the pipeline the
  // entity stage would make its own).
  actor::ActorResourceOptions ao;
  ao.actor_files = {path};
  ao.no_default_dictionaries = true;
  auto res = actor::ActorResources::load(ao);
  ASSERT_TRUE(res.ok()) << res.status().to_string();
  Document doc;
  doc.text = "Gustave H went to Zubrowka.";
  doc.meta.date = "1932-01-01";
  doc.entities.push_back(Entity{"E1", "PERSON", "Gustave H", "", {}, false, {}, {}, false, {{0, 9, "name", {}}}});
  actor::annotate_actors(*res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "ZUBGOV");
  // Only the user file: a shipped entry is not there.
  doc.entities.push_back(Entity{"E2", "PERSON", "Sergey Lavrov", "", {}, false, {}, {}, false, {}});
  actor::annotate_actors(*res, doc);
  EXPECT_EQ(doc.entities[1].actor.code, "");
}
