// Bad input end to end (issue 9 item 7): a corpus directory mixing good
// documents with a truncated .warc.gz, a WARC record with a wrong length, a
// 50 MB HTML page, a 200 MB JSONL line and entries that cannot be read. Each
// bad one is reported with its place, the run goes on and every good
// document is written, in input order.
#include <simdjson.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli_test_util.h"
#include "io/warc_test_util.h"

namespace chronicle::cli_test {
namespace {

using warc_test::Packing;
using warc_test::Record;

struct Line {
  std::string id;
  std::string text;
  std::string first_error;
};

std::vector<Line> parse_lines(const std::string& jsonl) {
  std::vector<Line> out;
  simdjson::dom::parser parser;
  size_t pos = 0;
  while (pos < jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string::npos) nl = jsonl.size();
    simdjson::dom::element e;
    const std::string line = jsonl.substr(pos, nl - pos);
    pos = nl + 1;
    if (parser.parse(line).get(e)) {
      ADD_FAILURE() << "not JSON: " << line.substr(0, 200);
      continue;
    }
    Line l;
    l.id = std::string(std::string_view(e["id"]));
    std::string_view text;
    if (!e["text"].get(text)) l.text = std::string(text.substr(0, 200));
    simdjson::dom::array errors;
    if (!e["errors"].get(errors) && errors.size() > 0) {
      l.first_error = std::string(std::string_view(errors.at(0)["code"]));
    }
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<Record> pages(int n) {
  std::vector<Record> r;
  for (int i = 1; i <= n; ++i) {
    const std::string s = std::to_string(i);
    r.push_back({"response", "https://w.example/" + s, "application/http; msgtype=response",
                 warc_test::http_response("200 OK", "Content-Type: text/html\r\n",
                                          "<html><body><p>Crawled story " + s + " text.</p></body></html>"),
                 "urn:uuid:w" + s});
  }
  return r;
}

using BadInputCli = CliTest;

TEST_F(BadInputCli, EveryBadInputIsReportedAndTheRunGoesOn) {
  write("corpus/01-first.txt", "The first document is fine.");
  const std::string cut = warc_test::warc_file(pages(3), Packing::kGzipPerRecord);
  write("corpus/02-cut.warc.gz", cut.substr(0, cut.size() - 50));
  auto records = pages(3);
  records[1].length_delta = 40;
  write("corpus/03-wrong-length.warc", warc_test::warc_file(records, Packing::kPlain));
  {
    // 50 MB page: a big inline script (as pages with embedded data carry)
    // around a long article.
    std::ofstream big(dir_ / "corpus/04-big.html", std::ios::binary);
    big << "<html><head><title>Big page</title><script>var data = \"";
    const std::string blob(1 << 20, 'Q');
    for (int i = 0; i < 40; ++i) big << blob;
    big << "\";</script></head><body><article>";
    const std::string para = "<p>A paragraph of the very long article, repeated to make the page large.</p>\n";
    while (big.tellp() < (50ll << 20)) big << para;
    big << "</article></body></html>";
  }
  {
    // 200 MB JSONL line between two good ones.
    std::ofstream jsonl(dir_ / "corpus/05-huge.jsonl", std::ios::binary);
    jsonl << "{\"id\":\"before\",\"text\":\"Before the huge line.\"}\n{\"id\":\"huge\",\"text\":\"";
    const std::string chunk(1 << 20, 'z');
    for (int i = 0; i < 200; ++i) jsonl << chunk;
    jsonl << "\"}\n{\"id\":\"after\",\"text\":\"After the huge line.\"}\n";
  }
  ASSERT_EQ(symlink((dir_ / "nowhere.txt").c_str(), (dir_ / "corpus/06-dangling.txt").c_str()), 0);
  ASSERT_EQ(mkfifo((dir_ / "corpus/07-pipe.html").c_str(), 0644), 0);
  write("corpus/08-last.html", "<html><body><article><p>The last document is fine too.</p></article></body></html>");

  const std::string out = (dir_ / "out.jsonl").string();
  const auto r = run("annotate " + quote((dir_ / "corpus").string()) + " --stages tokenize,segment -j 2 -o " + quote(out));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto lines = parse_lines(read_file(out));
  std::vector<std::string> ids;
  for (const Line& l : lines) ids.push_back(l.id);
  const std::vector<std::string> want = {"01-first", "urn:uuid:w1", "urn:uuid:w2", "02-cut:3", "urn:uuid:w1", "03-wrong-length:2",
                                         "urn:uuid:w3", "04-big", "before", "05-huge:2", "after", "06-dangling", "07-pipe",
                                         "08-last"};
  ASSERT_EQ(ids, want) << r.err;
  EXPECT_EQ(lines[0].text, "");  // --text not asked
  EXPECT_EQ(lines[3].first_error, "malformed_warc");
  EXPECT_EQ(lines[5].first_error, "malformed_warc");
  EXPECT_EQ(lines[7].first_error, "");  // the 50 MB page is read
  EXPECT_EQ(lines[9].first_error, "too_large");
  EXPECT_EQ(lines[10].first_error, "");
  EXPECT_EQ(lines[11].first_error, "read_error");
  EXPECT_EQ(lines[12].first_error, "read_error");
  EXPECT_EQ(lines[13].first_error, "");
  // Each report names the place.
  for (const char* place : {"02-cut.warc.gz:record 3", "truncated gzip", "03-wrong-length.warc:record 2 (byte ",
                                   "Content-Length", "05-huge.jsonl:2", "06-dangling.txt: dangling symbolic link",
                                   "07-pipe.html: not a regular file"}) {
    EXPECT_NE(r.err.find(place), std::string::npos) << place << " not in:\n" << r.err;
  }
}

TEST_F(BadInputCli, BigPageTextIsExtracted) {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 2000; ++i) html += "<p>Paragraph number " + std::to_string(i) + " of the story.</p>";
  html += "</article></body></html>";
  write("page.html", html);
  const auto r = run("annotate " + quote((dir_ / "page.html").string()) + " --stages tokenize,segment --text");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Paragraph number 1999 of the story."), std::string::npos);
  EXPECT_NE(r.out.find("of the story.\\n\\nParagraph number 1 "), std::string::npos);
}

TEST_F(BadInputCli, UnreadableFileIsReported) {
  if (geteuid() == 0) {
    GTEST_SKIP() << "running as root, which can read a chmod 000 file; the dangling-symlink and FIFO cases "
                    "in EveryBadInputIsReportedAndTheRunGoesOn cover unreadable entries";
  }
  write("dir/a.txt", "Readable.");
  const std::string locked = write("dir/b.html", "<p>Locked.</p>");
  ASSERT_EQ(chmod(locked.c_str(), 0), 0);
  const auto r = run("annotate " + quote((dir_ / "dir").string()) + " --stages tokenize");
  chmod(locked.c_str(), 0644);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("b.html: cannot open: Permission denied"), std::string::npos) << r.err;
}

TEST_F(BadInputCli, HtmlMetadataReachesTheOutput) {
  write("story.html",
        "<html><head><meta property=\"og:title\" content=\"Pier reopens\"><meta name=\"author\" content=\"Jo Park\">"
        "<meta property=\"article:published_time\" content=\"2018-05-31T09:00:00-04:00\">"
        "<link rel=\"canonical\" href=\"https://paper.example/pier\"></head>"
        "<body><nav>Menu</nav><article><p>The pier reopened.</p><p>Crowds came.</p></article></body></html>");
  const auto r = run("annotate " + quote((dir_ / "story.html").string()) + " --stages tokenize,segment --date 2000-01-01");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(r.out).get(e)) << r.out;
  EXPECT_EQ(std::string_view(e["meta"]["title"]), "Pier reopens");
  EXPECT_EQ(std::string_view(e["meta"]["author"]), "Jo Park");
  EXPECT_EQ(std::string_view(e["meta"]["url"]), "https://paper.example/pier");
  EXPECT_EQ(std::string_view(e["meta"]["date"]), "2018-05-31");
  EXPECT_EQ(std::string_view(e["meta"]["date_source"]), "input");
  EXPECT_EQ(e["paragraphs"].get_array().size(), 2u);
}

}  // namespace
}  // namespace chronicle::cli_test
