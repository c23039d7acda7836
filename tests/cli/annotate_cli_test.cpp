// Runs the built `chronicle annotate` on temporary inputs.
#include <simdjson.h>

#include <algorithm>

#include "cli_test_util.h"

namespace chronicle::cli_test {
namespace {

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

std::vector<std::string> ids_of(const std::string& jsonl) {
  std::vector<std::string> ids;
  simdjson::dom::parser parser;
  for (const auto& line : lines(jsonl)) {
    simdjson::dom::element e;
    EXPECT_EQ(parser.parse(line).get(e), simdjson::SUCCESS) << line;
    ids.emplace_back(std::string_view(e["id"]));
  }
  return ids;
}

using AnnotateCli = CliTest;

TEST_F(AnnotateCli, TextFileToJsonlExitsZero) {
  const std::string in = write("brief.txt", "The council met on Tuesday. It voted 7-2.\n");
  const auto r = run("annotate " + quote(in) + " --date 2023-04-05 --tz Europe/Dublin");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(lines(r.out).size(), 1u) << r.out;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(r.out).get(doc), simdjson::SUCCESS);
  EXPECT_EQ(std::string_view(doc["schema"]), "chronicle.document/1");
  EXPECT_EQ(std::string_view(doc["id"]), "brief");
  EXPECT_EQ(std::string_view(doc["meta"]["date"]), "2023-04-05");
  EXPECT_EQ(std::string_view(doc["meta"]["date_source"]), "cli");
  EXPECT_EQ(std::string_view(doc["meta"]["timezone"]), "Europe/Dublin");
  EXPECT_EQ(doc["sentences"].get_array().size(), 2u);
  EXPECT_EQ(doc["tokens"].error(), simdjson::NO_SUCH_FIELD) << "tokens only with --tokens";
  EXPECT_NE(r.err.find("annotate: 1 documents"), std::string::npos) << r.err;
}

TEST_F(AnnotateCli, MalformedJsonlLineIsReportedAndOthersAreWritten) {
  const std::string in = write("feed.jsonl",
                               "{\"id\":\"one\",\"text\":\"First.\"}\n"
                               "{\"id\":\"two\",\"text\":\n"
                               "{\"id\":\"three\",\"text\":\"Third.\"}\n");
  const auto r = run("annotate " + quote(in));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error: " + in + ":2: "), std::string::npos) << r.err;
  EXPECT_EQ(ids_of(r.out), (std::vector<std::string>{"one", "feed:2", "three"}));
  EXPECT_NE(r.err.find("1 with errors"), std::string::npos) << r.err;
}

TEST_F(AnnotateCli, UsageErrorsExitTwo) {
  const std::string in = write("a.txt", "Text.");
  auto r = run("annotate " + quote(in) + " --no-such-flag");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--no-such-flag"), std::string::npos) << r.err;
  const std::string missing = (dir_ / "missing.txt").string();
  r = run("annotate " + quote(in) + " " + quote(missing));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(missing), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << "nothing is written before the inputs are checked";
  r = run("annotate " + quote(in) + " --stages tokenize,bogus");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bogus"), std::string::npos);
  r = run("annotate " + quote(in) + " --format xml");
  EXPECT_EQ(r.exit_code, 2);
  r = run("annotate " + quote(in) + " --date 31/05/2018");
  EXPECT_EQ(r.exit_code, 2);
  r = run("annotate " + quote(in) + " --max-doc-bytes lots");
  EXPECT_EQ(r.exit_code, 2);
  r = run("annotate");
  EXPECT_EQ(r.exit_code, 2);
}

TEST_F(AnnotateCli, DirectoryIdsAndThreadCountsGiveIdenticalOutput) {
  for (int i = 0; i < 40; ++i) {
    std::string text = "Report number " + std::to_string(i) + ".";
    for (int k = 0; k < (i * 13) % 30; ++k) text += " The minister said more on day " + std::to_string(k) + ".";
    write("corpus/" + std::string(i % 2 ? "b" : "a") + "/doc" + std::to_string(100 + i) + ".txt", text);
  }
  write("corpus/readme.md", "not an input");
  const std::string dir = (dir_ / "corpus").string();
  const auto one = run("annotate " + quote(dir) + " --tokens -j 1");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const auto ids = ids_of(one.out);
  ASSERT_EQ(ids.size(), 40u);
  EXPECT_EQ(ids.front(), "a/doc100");
  EXPECT_EQ(ids.back(), "b/doc139");
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  const auto four = run("annotate " + quote(dir) + " --tokens -j 4");
  ASSERT_EQ(four.exit_code, 0);
  EXPECT_EQ(four.out, one.out);
}

TEST_F(AnnotateCli, StdinTextAndJsonl) {
  const std::string txt = write("in.txt", "Read from standard input.");
  auto r = run("annotate -", txt);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ids_of(r.out), (std::vector<std::string>{"stdin"}));
  const std::string jl = write("in.jsonl", "{\"id\":\"s1\",\"text\":\"A.\"}\n{\"id\":\"s2\",\"text\":\"B.\"}\n");
  r = run("annotate -", jl);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ids_of(r.out), (std::vector<std::string>{"s1", "s2"}));
  r = run("annotate - --input-format txt", jl);
  EXPECT_EQ(ids_of(r.out), (std::vector<std::string>{"stdin"}));
}

TEST_F(AnnotateCli, OutputFileQuietAndStages) {
  const std::string in = write("s.txt", "Short text #news here.");
  const std::string out = (dir_ / "out.jsonl").string();
  auto r = run("annotate " + quote(in) + " -o " + quote(out) + " --quiet --stages tokenize --text");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.empty());
  EXPECT_TRUE(r.err.empty()) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  const std::string written = read_file(out);
  ASSERT_EQ(parser.parse(written).get(doc), simdjson::SUCCESS) << written;
  EXPECT_EQ(std::string_view(doc["text"]), "Short text #news here.");
  EXPECT_EQ(doc["sentences"].error(), simdjson::NO_SUCH_FIELD) << "segment did not run";
  EXPECT_EQ(doc["hashtags"].error(), simdjson::NO_SUCH_FIELD) << "social did not run";
}

TEST_F(AnnotateCli, PrettyJsonAndConllu) {
  const std::string in = write("p.txt", "We don't stop. Never.");
  auto r = run("annotate " + quote(in) + " --format json");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_GT(lines(r.out).size(), 5u);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  EXPECT_EQ(parser.parse(r.out).get(doc), simdjson::SUCCESS);
  r = run("annotate " + quote(in) + " --format conllu --stages tokenize");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("# newdoc id = p\n# newpar\n# sent_id = p-1\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("# sent_id = p-2\n"), std::string::npos) << r.out;
}

TEST_F(AnnotateCli, TooLargeAndBinaryInputs) {
  const std::string big = write("big.txt", std::string(3000, 'a'));
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  const std::string bin = write("garbage.txt", garbage);
  const std::string empty = write("empty.txt", "");
  auto r = run("annotate " + quote(big) + " " + quote(bin) + " " + quote(empty) + " --max-doc-bytes 2K");
  EXPECT_EQ(r.exit_code, 1) << "the too-large document is an error";
  EXPECT_EQ(ids_of(r.out), (std::vector<std::string>{"big", "garbage", "empty"}));
  EXPECT_NE(r.out.find("\"too_large\""), std::string::npos);
  EXPECT_NE(r.out.find("\"empty_document\""), std::string::npos);
  EXPECT_NE(r.err.find("error: " + big), std::string::npos) << r.err;
  // Garbage alone is repaired, not an error.
  r = run("annotate " + quote(bin));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(AnnotateCli, OutputOfAMixedCorpusValidatesAgainstTheSchema) {
  if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "/usr/bin/python3 not found";
  write("mixed/a.txt", "Officials met in Geneva on Friday. \xE2\x80\x9CWe agreed,\xE2\x80\x9D one said. #talks @envoy");
  write("mixed/b.txt", std::string("bad \xFF bytes \xC3\xA9 and a NUL \0 here", 31));
  write("mixed/c.jsonl", "{\"id\":\"j\",\"text\":\"A post.\\n\\n\\u2014 Someone (@someone) May 1, 2020\"}\nnot json\n");
  write("mixed/d.txt", "");
  write("mixed/e.html",
        "<html><head><meta name=\"author\" content=\"Ada Byline\"><meta property=\"og:title\" content=\"A page\">"
        "<meta property=\"article:published_time\" content=\"2020-05-01\"></head><body><p>Page text.</p></body></html>");
  const std::string out = (dir_ / "mixed.jsonl").string();
  const auto r = run("annotate " + quote((dir_ / "mixed").string()) + " --tokens --text -j 3 -o " + quote(out));
  EXPECT_EQ(r.exit_code, 1) << r.err;  // the malformed line
  const std::string schema = std::string(CHRONICLE_SOURCE_DIR) + "/docs/schema/chronicle.document-1.schema.json";
  const std::string validator = std::string(CHRONICLE_SOURCE_DIR) + "/tests/io/validate_documents.py";
  const int status = std::system(("/usr/bin/python3 " + quote(validator) + " " + quote(schema) + " " + quote(out)).c_str());
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 77) GTEST_SKIP() << "python3-jsonschema not installed";
  EXPECT_EQ(code, 0) << read_file(out);
}


// GDELT formats from the CLI: one GKG line per document (27 fields), no event
// lines for documents without events, and no line for a failed document.
TEST_F(AnnotateCli, GdeltFormats) {
  const std::string feed = write("feed.jsonl",
                                 "{\"id\":\"a\",\"text\":\"Talks began in Oslo.\",\"date\":\"2021-04-05\"}\n"
                                 "{\"id\":\n"
                                 "{\"id\":\"c\",\"text\":\"See https://youtu.be/q1 now.\",\"url\":\"https://n.test/c\"}\n");
  auto r = run("annotate " + quote(feed) + " --format gkg -j 2");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  ASSERT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;
  const std::string first = r.out.substr(0, r.out.find('\n'));
  EXPECT_EQ(std::count(first.begin(), first.end(), '\t'), 26) << first;
  EXPECT_EQ(first.rfind("20210405000000-", 0), 0u) << first;
  EXPECT_NE(r.out.find("\t1\tn.test\thttps://n.test/c\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("https://youtu.be/q1;"), std::string::npos) << r.out;
  r = run("annotate " + quote(feed) + " --format gdelt-events");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  r = run("annotate " + quote(feed) + " --format gdelt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("gdelt-events, gkg, timeml"), std::string::npos) << r.err;
}

// --petrarch-conventions codes as PETRARCH2 writes (the validation suite's
// conventions): role words naming no actor are its anonymous agent ---GOV,
// a party news coding leaves out.
TEST_F(AnnotateCli, PetrarchConventionsAddTheAnonymousAgent) {
  const std::string in = write("pc.txt", "France and the government condemned Germany on Monday.\n");
  auto sources = [&](const std::string& flags) {
    const auto r = run("annotate " + quote(in) + " --date 2005-02-15 -q " + flags);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    EXPECT_EQ(parser.parse(r.out).get(doc), simdjson::SUCCESS) << r.out;
    std::vector<std::string> out;
    for (simdjson::dom::element e : doc["events"].get_array()) {
      std::string_view source;
      if (e["source"]["actor"].get(source) == simdjson::SUCCESS) out.emplace_back(source);
    }
    return out;
  };
  EXPECT_EQ(sources(""), std::vector<std::string>{"FRA"});
  EXPECT_EQ(sources("--petrarch-conventions"), (std::vector<std::string>{"FRA", "---GOV"}));
}

}  // namespace
}  // namespace chronicle::cli_test
