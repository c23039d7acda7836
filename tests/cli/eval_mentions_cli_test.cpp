// `chronicle eval --geo` and `--actors-gold` end to end on an invented
// article and gold files: the scores, the error list and bad input.
#include "cli_test_util.h"

using namespace chronicle::cli_test;

class EvalMentionsCli : public CliTest {};

TEST_F(EvalMentionsCli, ScoresPlacesAndActorsAndListsErrors) {
  // Code points: "Ms Ruiz" 0-7, "Paris" 18-23, "France" 27-33, "Atlantis" 46-54.
  write("articles/a/1.txt", "Ms Ruiz flew from Paris to France and then to Atlantis.\n");
  const std::string geo = write("geo.tsv",
                                "# root: articles\n"
                                "a/1.txt\t18\t23\t2988507\tdev\n"
                                "a/1.txt\t27\t33\t3017382\tdev\n"
                                "a/1.txt\t46\t54\t-\tdev\n");
  auto r = run("eval --geo " + quote(geo) + " --errors " + quote((dir_ / "err.tsv").string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("scored gold mentions: 2 (1 more with '-' not scored)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("accuracy@161km: 100.00% (2)"), std::string::npos) << r.out;
  EXPECT_EQ(read_file(dir_ / "err.tsv"), "");
  // The test split is empty here; a missing article is an error naming it.
  r = run("eval --geo " + quote(geo) + " --gold-split test");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("0 articles"), std::string::npos) << r.out;
  const std::string missing = write("missing.tsv", "# root: articles\na/2.txt\t0\t4\t1\tdev\n");
  r = run("eval --geo " + quote(missing));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a/2.txt"), std::string::npos) << r.err;
  const std::string actors = write("actors.tsv",
                                   "# root: articles\n# date: 2005-02-15\n"
                                   "a/1.txt\t27\t33\tFRA\tdev\n"
                                   "a/1.txt\t0\t7\tESPGOV\tdev\n");
  r = run("eval --actors-gold " + quote(actors) + " --errors " + quote((dir_ / "aerr.tsv").string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("gold mentions: 2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("document date 2005-02-15"), std::string::npos) << r.out;
  EXPECT_NE(read_file(dir_ / "aerr.tsv").find("Ms Ruiz\tgold ESPGOV"), std::string::npos);
  r = run("eval --actors-gold " + quote(actors) + " --gold-split none");
  EXPECT_EQ(r.exit_code, 2);
  const std::string bad = write("bad.tsv", "# root: articles\na/1.txt\t0\t4\n");
  r = run("eval --geo " + quote(bad));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.tsv:2"), std::string::npos) << r.err;
}

// --data names the dictionaries and gazetteer the scores use, as with
// --events: a copy of the build's data/ scores the same, and a directory
// without them is an error that says the actor stage cannot run.
TEST_F(EvalMentionsCli, DataOptionChoosesTheDictionaries) {
  write("articles/a/1.txt", "Ms Ruiz flew from Paris to France and then to Atlantis.\n");
  const std::string actors = write("actors.tsv",
                                   "# root: articles\n# date: 2005-02-15\n"
                                   "a/1.txt\t27\t33\tFRA\tdev\n");
  const std::string data = std::string(CHRONICLE_SOURCE_DIR) + "/data";
  auto r = run("eval --actors-gold " + quote(actors) + " --data " + quote(data));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("exact-code accuracy: 100.00% (1)"), std::string::npos) << r.out;
  const std::string empty = (dir_ / "no-data").string();
  std::filesystem::create_directories(empty);
  r = run("eval --actors-gold " + quote(actors) + " --data " + quote(empty));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.err.find("actor stage does not run"), std::string::npos) << r.err;
  const std::string geo = write("geo.tsv", "# root: articles\na/1.txt\t27\t33\t3017382\tdev\n");
  r = run("eval --geo " + quote(geo) + " --data " + quote(empty));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.err.find("no-data"), std::string::npos) << r.err;
}
