// Corpus runs into SQLite through the real binary: a run killed with SIGKILL
// in the middle of a batch and then resumed gives the same database, row for
// row, as an uninterrupted run; shards merged (and JSONL shards interleaved)
// give the single run; the progress bar appears on a terminal only.
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "cli/cli_test_util.h"
#include "store/sqlite_dump.h"

namespace chronicle::cli_test {
namespace {

using store_test::dump;
using store_test::scalar;

constexpr int kDocuments = 2000;

// An invented wire story; the numbers vary names, places, lengths and posts.
std::string story(int i) {
  static const char* people[] = {"Anna Kowal", "Ravi Sandhu", "Mei Tanaka", "Tom Okafor", "Lena Brandt"};
  static const char* places[] = {"Ruritania", "Elbonia", "Freedonia", "Latveria", "Genovia"};
  const std::string who = people[i % 5], other = people[(i / 5) % 5];
  const std::string where = places[i % 5], there = places[(i / 3) % 5];
  std::string text = "The minister of " + where + ", " + who + ", will visit " + there + " on Monday to discuss trade. ";
  text += "\"We want an agreement before winter,\" " + who + " told reporters in the capital. ";
  if (i % 3 == 0) text += other + " said talks with " + where + " had gone well, but gave no date.\n\n";
  if (i % 4 == 1) {
    text += "Talks went well in " + there + " today. #Trade" + std::to_string(i % 7) + "\n— " + who + " (@handle" +
            std::to_string(i % 11) + ") May " + std::to_string(1 + i % 28) + ", 2021\n\n";
  }
  for (int k = 0; k < i % 4; ++k) text += "Officials met for " + std::to_string(k + 2) + " hours. ";
  return text;
}

std::string corpus_line(int i) {
  // Every 401st line is broken: its document becomes an error record.
  if (i % 401 == 400) return "{\"id\": \"doc-" + std::to_string(i) + "\", \"text\": 42}";
  std::string line = "{\"id\": \"doc-" + std::to_string(i) + "\", \"date\": \"2021-05-" +
                     (i % 28 < 9 ? "0" : "") + std::to_string(1 + i % 28) + "\", \"text\": \"";
  for (char c : story(i)) {
    if (c == '"') line += "\\\"";
    else if (c == '\n') line += "\\n";
    else line += c;
  }
  return line + "\"}";
}

class SqliteCorpus : public CliTest {
 protected:
  // The corpus and its uninterrupted run are made once for the whole suite.
  static void SetUpTestSuite() {
    std::string tmpl = (fs::temp_directory_path() / "chronicle_sqlcorpus_XXXXXX").string();
    suite_dir_ = mkdtemp(tmpl.data());
    std::ofstream out(suite_dir_ / "corpus.jsonl", std::ios::binary);
    for (int i = 0; i < kDocuments; ++i) out << corpus_line(i) << "\n";
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(suite_dir_, ec);
  }

  static std::string corpus() { return (suite_dir_ / "corpus.jsonl").string(); }

  // The single uninterrupted -j1 run, into suite_dir_/full.db.
  std::string full_db() {
    const std::string db = (suite_dir_ / "full.db").string();
    if (!fs::exists(db)) {
      const CommandResult r = run("annotate " + quote(corpus()) + " -o " + quote(db) + " -q");
      EXPECT_EQ(r.exit_code, 1) << r.err;  // the broken lines fail
      EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents"), std::to_string(kDocuments));
    }
    return db;
  }

  static fs::path suite_dir_;
};

fs::path SqliteCorpus::suite_dir_;

TEST_F(SqliteCorpus, TheDatabaseHoldsEveryDocumentAndErrorRecord) {
  const std::string db = full_db();
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents WHERE failed = 1"), "4");
  EXPECT_EQ(scalar(db, "SELECT group_concat(id) FROM (SELECT id FROM documents WHERE failed ORDER BY doc)"),
            "doc-400,doc-801,doc-1202,doc-1603");
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM errors WHERE code = 'malformed_jsonl'"), "4");
  EXPECT_EQ(scalar(db, "SELECT min(doc) || '-' || max(doc) FROM documents"), "0-1999");
  EXPECT_EQ(scalar(db, "SELECT source FROM documents WHERE doc = 17"), corpus() + ":18");
  EXPECT_EQ(scalar(db, "SELECT date FROM documents WHERE id = 'doc-30'"), "2021-05-03");
  // The social stage's posts and hashtags arrive in their tables.
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM posts"), "499");
  EXPECT_EQ(scalar(db, "SELECT handle || ' ' || date FROM posts WHERE doc = 1"), "handle1 2021-05-02");
  EXPECT_GT(std::stoi(scalar(db, "SELECT count(*) FROM social WHERE kind = 'hashtag'")), 400);
  EXPECT_GT(std::stoi(scalar(db, "SELECT sum(tokens) FROM documents")), 50000);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM sentences WHERE doc NOT IN (SELECT doc FROM documents)"), "0");
}

TEST_F(SqliteCorpus, KilledHalfwayAndResumedEqualsTheUninterruptedRun) {
  const std::string full = full_db();
  // The killed run reads the corpus through a FIFO at the corpus's own path
  // (documents.source names it), fed only its first 1000 lines: it commits
  // three batches of 256 and is killed inside the fourth.
  const fs::path feed_dir = dir_ / "feed";
  fs::create_directories(feed_dir);
  const std::string input = (feed_dir / "corpus.jsonl").string();
  ASSERT_EQ(mkfifo(input.c_str(), 0600), 0);
  const std::string db = (dir_ / "killed.db").string();
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, STDERR_FILENO);
    const std::string bin = chronicle_binary();
    execl(bin.c_str(), bin.c_str(), "annotate", input.c_str(), "-o", db.c_str(), "-j", "2", "-q",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  {
    std::ofstream feed(input, std::ios::binary);
    for (int i = 0; i < 1000; ++i) feed << corpus_line(i) << "\n";
    feed.flush();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(300);
    while (scalar(db, "SELECT count(*) FROM documents") != "768" && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_EQ(scalar(db, "SELECT count(*) FROM documents"), "768");
    // Let it work on the fourth batch, then kill it before the FIFO closes
    // (end of input would let it commit).
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));
  }
  // Consistent: only whole committed batches, no orphan rows.
  EXPECT_EQ(scalar(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(scalar(db, "SELECT count(*) || ' ' || max(doc) FROM documents"), "768 767");
  for (const char* table : {"sentences", "posts", "social", "errors"}) {
    EXPECT_EQ(scalar(db, std::string("SELECT count(*) FROM ") + table + " WHERE doc > 767"), "0") << table;
  }
  fs::remove(input);
  fs::copy_file(corpus(), input);
  const std::string full_input_db = (dir_ / "full-same-path.db").string();

  const CommandResult refused = run("annotate " + quote(input) + " -o " + quote(db));
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("already holds 768 documents: give --resume"), std::string::npos) << refused.err;

  const CommandResult resumed = run("annotate " + quote(input) + " -o " + quote(db) + " --resume");
  EXPECT_EQ(resumed.exit_code, 1) << resumed.err;
  EXPECT_NE(resumed.err.find("annotate: 1232 documents, 3 with errors"), std::string::npos) << resumed.err;
  EXPECT_NE(resumed.err.find("768 skipped"), std::string::npos) << resumed.err;

  // The uninterrupted run over the same path, to compare every row.
  const CommandResult whole = run("annotate " + quote(input) + " -o " + quote(full_input_db) + " -q");
  EXPECT_EQ(whole.exit_code, 1) << whole.err;
  const std::string a = dump(db), b = dump(full_input_db);
  EXPECT_EQ(a.size(), b.size());
  EXPECT_TRUE(a == b) << "the resumed database differs from the uninterrupted run";
  EXPECT_GT(std::count(a.begin(), a.end(), '\n'), 10000);

  // Resuming a finished database adds nothing.
  const CommandResult again = run("annotate " + quote(input) + " -o " + quote(db) + " --resume");
  EXPECT_NE(again.err.find("annotate: 0 documents"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("2000 skipped"), std::string::npos) << again.err;
  EXPECT_TRUE(dump(db) == b);
}

TEST_F(SqliteCorpus, ResumingAnotherInputStops) {
  const std::string db = (dir_ / "x.db").string();
  const std::string small = write("small.jsonl", corpus_line(0) + "\n" + corpus_line(1) + "\n");
  ASSERT_EQ(run("annotate " + quote(small) + " -o " + quote(db) + " -q").exit_code, 0);
  const std::string other = write("other.jsonl", corpus_line(5) + "\n" + corpus_line(6) + "\n" + corpus_line(7) + "\n");
  const CommandResult r = run("annotate " + quote(other) + " -o " + quote(db) + " --resume -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot resume: input position 0 holds id 'doc-5' but the database has 'doc-0'"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(scalar(db, "SELECT group_concat(id) FROM documents"), "doc-0,doc-1");
}

TEST_F(SqliteCorpus, MergedShardsEqualTheSingleRun) {
  const std::string full = full_db();
  std::string shards;
  for (int s = 0; s < 3; ++s) {
    const std::string db = (dir_ / ("shard" + std::to_string(s) + ".db")).string();
    const CommandResult r = run("annotate " + quote(corpus()) + " --format sqlite -o " + quote(db) + " --shard " +
                                std::to_string(s) + "/3 -j 2");
    EXPECT_LE(r.exit_code, 1) << r.err;
    const int n = std::stoi(scalar(db, "SELECT count(*) FROM documents"));
    EXPECT_GT(n, 500);
    EXPECT_LT(n, 840);
    EXPECT_NE(r.err.find(std::to_string(kDocuments - n) + " skipped"), std::string::npos) << r.err;
    shards += " " + quote(db);
  }
  const std::string merged = (dir_ / "all.db").string();
  const CommandResult m = run("merge" + shards + " -o " + quote(merged));
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_TRUE(dump(merged) == dump(full)) << "merged shards differ from the single run";
  EXPECT_EQ(scalar(merged, "SELECT value FROM meta WHERE key = 'shard'"), "0/1");

  const CommandResult twice = run("merge" + shards + " -o " + quote(merged));
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_NE(twice.err.find("the output exists"), std::string::npos) << twice.err;
}

TEST_F(SqliteCorpus, JsonlShardsInterleaveToTheSingleRun) {
  const std::string stages = " --stages tokenize,segment,social -q";
  const CommandResult all = run("annotate " + quote(corpus()) + stages);
  std::vector<std::string> single;
  std::istringstream in(all.out);
  for (std::string line; std::getline(in, line);) single.push_back(line);
  ASSERT_EQ(single.size(), static_cast<size_t>(kDocuments));
  std::vector<std::vector<std::string>> parts(4);
  for (int s = 0; s < 4; ++s) {
    const CommandResult r = run("annotate " + quote(corpus()) + stages + " --shard " + std::to_string(s) + "/4");
    std::istringstream part(r.out);
    for (std::string line; std::getline(part, line);) parts[s].push_back(line);
  }
  // Each line of the single run is the next line of exactly one shard.
  std::vector<size_t> next(4, 0);
  for (const std::string& line : single) {
    int found = 0;
    for (int s = 0; s < 4; ++s) {
      if (next[s] < parts[s].size() && parts[s][next[s]] == line) {
        ++next[s];
        ++found;
      }
    }
    ASSERT_EQ(found, 1) << line.substr(0, 80);
  }
  for (int s = 0; s < 4; ++s) EXPECT_EQ(next[s], parts[s].size());
}

// Runs the binary with stderr on a pseudo-terminal; returns what it printed there.
std::string run_on_terminal(const std::vector<std::string>& args) {
  int master = -1;
  const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
  if (child < 0) return "forkpty failed";
  if (child == 0) {
    std::vector<char*> argv;
    const std::string bin = chronicle_binary();
    argv.push_back(const_cast<char*>(bin.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  std::string out;
  char buf[4096];
  for (;;) {
    const ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child has closed the terminal
    out.append(buf, static_cast<size_t>(n));
  }
  int status = 0;
  waitpid(child, &status, 0);
  close(master);
  return out;
}

TEST_F(SqliteCorpus, ProgressBarOnATerminalOnly) {
  const std::string db = (dir_ / "p.db").string();
  const std::string shown = run_on_terminal({"annotate", corpus(), "-o", db});
  EXPECT_NE(shown.find("\r\033[K["), std::string::npos) << shown;
  EXPECT_NE(shown.find("% "), std::string::npos);
  EXPECT_NE(shown.find(" docs "), std::string::npos);
  EXPECT_NE(shown.find(" ETA "), std::string::npos);
  EXPECT_NE(shown.find("annotate: 2000 documents, 4 with errors"), std::string::npos) << shown;
  EXPECT_NE(shown.find(" events, "), std::string::npos);

  fs::remove(db);
  const std::string quiet = run_on_terminal({"annotate", corpus(), "-o", db, "--quiet"});
  EXPECT_EQ(quiet.find(" ETA "), std::string::npos) << quiet;
  EXPECT_EQ(quiet.find("annotate: "), std::string::npos) << quiet;
  EXPECT_NE(quiet.find("error: "), std::string::npos);  // failures are still reported

  // Not a terminal: no progress line, the summary only.
  fs::remove(db);
  const CommandResult piped = run("annotate " + quote(corpus()) + " -o " + quote(db));
  EXPECT_EQ(piped.err.find(" ETA "), std::string::npos);
  EXPECT_NE(piped.err.find("annotate: 2000 documents"), std::string::npos);
}

TEST_F(SqliteCorpus, UsageErrors) {
  const std::string in = write("a.txt", "A short story about nothing.");
  CommandResult r = run("annotate " + quote(in) + " --format sqlite");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("sqlite output needs a database file"), std::string::npos) << r.err;
  r = run("annotate " + quote(in) + " --resume -o " + quote((dir_ / "a.jsonl").string()));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--resume needs sqlite output"), std::string::npos) << r.err;
  r = run("annotate " + quote(in) + " --shard 3/3");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--shard must be I/N"), std::string::npos) << r.err;
  // --format wins over the .db name.
  r = run("annotate " + quote(in) + " --format jsonl -o " + quote((dir_ / "plain.db").string()));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(dir_ / "plain.db").rfind("{\"schema\":\"chronicle.document/1\"", 0), 0u);
  r = run("merge " + quote((dir_ / "none.db").string()) + " -o " + quote((dir_ / "m.db").string()));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("none.db: no such file"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace chronicle::cli_test
