// `chronicle data check` and `annotate --actors`: bad dictionary lines are
// reported as file:line: message and never stop the run.
#include "cli_test_util.h"

using namespace chronicle::cli_test;

class DataCli : public CliTest {};

TEST_F(DataCli, CheckReportsEveryBadLine) {
  const std::string actors = write("my.actors.txt", "ZUBROWKA_ [ZUB]\nBROKEN [ZUB 2001-]\nNOCODE\n");
  const std::string agents = write("my.agents.txt", "CONCIERGE [~HTL]\nLOBBY_BOY [HTL]\n");
  auto r = run("data check --actors " + quote(actors) + " --agents " + quote(agents));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("warning: " + actors + ":2: bad date range"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("warning: " + actors + ":3: actor has no code: 'NOCODE'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("warning: " + agents + ":2: agent code needs '~'"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find(actors + ": actors, 1 entries, 2 lines skipped"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(agents + ": agents, 2 entries, 1 lines skipped"), std::string::npos) << r.out;  // CONCIERGE(S)
  EXPECT_EQ(run("data check --actors " + quote((dir_ / "missing.txt").string())).exit_code, 1);
}

TEST_F(DataCli, AnnotateWithUserDictionaryWarnsAndGoesOn) {
  const std::string actors = write("my.actors.txt", "ZUBROWKA_ [ZUB]\nBROKEN [ZUB 2001-]\n");
  const std::string doc = write("doc.txt", "The hotel in Zubrowka opened.\n");
  auto r = run("annotate " + quote(doc) + " --no-default-dictionaries --actors " + quote(actors));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning: " + actors + ":2: bad date range"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"id\""), std::string::npos);
  r = run("annotate " + quote(doc) + " --actors " + quote((dir_ / "missing.txt").string()));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
}
