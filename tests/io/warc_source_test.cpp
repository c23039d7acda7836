// WARC input through DocumentSource: generated files (no crawl data), plain
// and gzipped, with good and corrupt records.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "io/document_source.h"
#include "io/warc_reader.h"
#include "warc_test_util.h"

namespace chronicle::io {
namespace {

namespace fs = std::filesystem;
using warc_test::Packing;
using warc_test::Record;

class WarcSource : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "chronicle_warc_XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::vector<Document> read_all(const std::string& path, uint64_t max = 64ull << 20) {
    SourceOptions options;
    options.max_doc_bytes = max;
    auto source = DocumentSource::open({path}, options);
    EXPECT_TRUE(source.ok());
    std::vector<Document> docs;
    Document doc;
    while (source.ok() && (*source)->next(doc)) docs.push_back(doc);
    return docs;
  }
  fs::path dir_;
};

std::string page(const std::string& title, const std::string& body, const std::string& extra_head = "") {
  return "<html><head><title>" + title + "</title>" + extra_head + "</head><body><nav><a href=/>Home</a></nav><article>" + body +
         "</article><footer>Footer text</footer></body></html>";
}

// A small crawl: warcinfo, request, three HTML responses (one chunked and in
// Latin-1 declared only in the HTTP header), an image, a redirect and a
// resource record.
std::vector<Record> crawl() {
  std::vector<Record> r;
  r.push_back({"warcinfo", "", "application/warc-fields", "software: test-generator\r\nformat: WARC File Format 1.0\r\n", "urn:uuid:info"});
  r.push_back({"request", "https://a.example/one", "application/http; msgtype=request",
               "GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n", "urn:uuid:req1"});
  r.push_back({"response", "https://a.example/one", "application/http; msgtype=response",
               warc_test::http_response("200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                                        page("Harbour reopens", "<p>The harbour reopened on Friday after dredging.</p>",
                                             "<meta property=\"article:published_time\" content=\"2018-05-30T22:00:00Z\">")),
               "urn:uuid:r1"});
  std::string body = page("Caf\xE9 closes", "<p>The caf\xE9 on the square closed its doors.</p>",
                          "<link rel=\"canonical\" href=\"/food/cafe-closes\">");
  std::string chunked;
  for (size_t i = 0; i < body.size(); i += 40) {
    const std::string part = body.substr(i, 40);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", part.size());
    chunked += std::string(size) + "\r\n" + part + "\r\n";
  }
  chunked += "0\r\n\r\n";
  r.push_back({"response", "https://b.example/2018/cafe?utm=1", "application/http; msgtype=response",
               warc_test::http_response("200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\n", chunked),
               "urn:uuid:r2"});
  r.push_back({"response", "https://a.example/logo.png", "application/http; msgtype=response",
               warc_test::http_response("200 OK", "Content-Type: image/png\r\n", std::string("\x89PNG\r\n\x1a\n\0\0", 10)), "urn:uuid:img"});
  r.push_back({"response", "https://a.example/old", "application/http; msgtype=response",
               warc_test::http_response("301 Moved Permanently", "Location: /new\r\nContent-Type: text/html\r\n", "<a href=/new>moved</a>"),
               "urn:uuid:redirect"});
  r.push_back({"resource", "https://c.example/notes.html", "text/html",
               page("Notes", "<p>Council notes for the week of June 1.</p>"), "urn:uuid:res"});
  return r;
}

void expect_crawl(const std::vector<Document>& docs) {
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "urn:uuid:r1");
  EXPECT_EQ(docs[0].text, "The harbour reopened on Friday after dredging.");
  EXPECT_EQ(docs[0].meta.title, "Harbour reopens");
  EXPECT_EQ(docs[0].meta.url, "https://a.example/one");
  EXPECT_EQ(docs[0].meta.date, "2018-05-30");  // the page's own date beats the capture date
  EXPECT_EQ(docs[0].meta.date_source, "input");
  EXPECT_TRUE(docs[0].errors.empty());
  EXPECT_EQ(docs[1].id, "urn:uuid:r2");
  EXPECT_EQ(docs[1].text, "The café on the square closed its doors.");
  EXPECT_EQ(docs[1].meta.title, "Café closes");
  EXPECT_EQ(docs[1].meta.url, "https://b.example/food/cafe-closes");
  EXPECT_EQ(docs[1].meta.date, "2018-06-01");  // WARC-Date stands in
  EXPECT_NE(docs[1].meta.source.find(":record 4"), std::string::npos) << docs[1].meta.source;
  EXPECT_EQ(docs[2].id, "urn:uuid:res");
  EXPECT_EQ(docs[2].text, "Council notes for the week of June 1.");
}

TEST_F(WarcSource, PlainWarc) { expect_crawl(read_all(write("crawl.warc", warc_test::warc_file(crawl(), Packing::kPlain)))); }

TEST_F(WarcSource, GzipMemberPerRecord) {
  expect_crawl(read_all(write("crawl.warc.gz", warc_test::warc_file(crawl(), Packing::kGzipPerRecord))));
}

TEST_F(WarcSource, GzipSingleMember) {
  expect_crawl(read_all(write("crawl.warc.gz", warc_test::warc_file(crawl(), Packing::kGzipOneMember))));
}

std::vector<Record> three_pages() {
  std::vector<Record> r;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    r.push_back({"response", "https://p.example/" + n, "application/http; msgtype=response",
                 warc_test::http_response("200 OK", "Content-Type: text/html\r\n",
                                          page("Story " + n, "<p>Paragraph of story number " + n + ".</p>")),
                 "urn:uuid:p" + n});
  }
  return r;
}

void expect_error_between(const std::vector<Document>& docs, const std::string& code, const std::string& words) {
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].text, "Paragraph of story number 1.");
  ASSERT_EQ(docs[1].errors.size(), 1u);
  EXPECT_EQ(docs[1].errors[0].code, code);
  EXPECT_NE(docs[1].errors[0].message.find(words), std::string::npos) << docs[1].errors[0].message;
  EXPECT_NE(docs[1].errors[0].message.find("record 2 (byte "), std::string::npos) << docs[1].errors[0].message;
  EXPECT_TRUE(docs[1].text.empty());
  EXPECT_EQ(docs[2].text, "Paragraph of story number 3.");
}

TEST_F(WarcSource, ContentLengthTooLongIsReportedAndTheNextRecordRead) {
  for (Packing packing : {Packing::kPlain, Packing::kGzipPerRecord, Packing::kGzipOneMember}) {
    auto records = three_pages();
    records[1].length_delta = 25;
    const auto docs = read_all(write("long.warc.gz", warc_test::warc_file(records, packing)));
    expect_error_between(docs, "malformed_warc", "Content-Length");
  }
}

TEST_F(WarcSource, ContentLengthTooShortIsReportedAndTheNextRecordRead) {
  for (Packing packing : {Packing::kPlain, Packing::kGzipPerRecord}) {
    auto records = three_pages();
    records[1].length_delta = -30;
    const auto docs = read_all(write("short.warc", warc_test::warc_file(records, packing)));
    expect_error_between(docs, "malformed_warc", "Content-Length");
  }
}

TEST_F(WarcSource, BadHeaderLineIsReported) {
  auto records = three_pages();
  std::string file;
  for (size_t i = 0; i < records.size(); ++i) {
    std::string s = warc_test::serialize(records[i]);
    if (i == 1) s.replace(s.find("WARC-Type:"), 10, "WARC-Type ");  // no colon
    file += s;
  }
  expect_error_between(read_all(write("badheader.warc", file)), "malformed_warc", "bad record header line");
}

TEST_F(WarcSource, CorruptGzipMemberIsSkipped) {
  auto records = three_pages();
  std::string file;
  for (size_t i = 0; i < records.size(); ++i) {
    std::string member = warc_test::gzip(warc_test::serialize(records[i]));
    if (i == 1) {
      for (size_t k = 12; k < member.size() - 10; k += 7) member[k] = static_cast<char>(member[k] ^ 0x5A);
    }
    file += member;
  }
  const auto docs = read_all(write("damaged.warc.gz", file));
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].text, "Paragraph of story number 1.");
  ASSERT_EQ(docs[1].errors.size(), 1u);
  EXPECT_EQ(docs[1].errors[0].code, "malformed_warc");
  EXPECT_NE(docs[1].errors[0].message.find("gzip"), std::string::npos) << docs[1].errors[0].message;
  EXPECT_NE(docs[1].errors[0].message.find("damaged.warc.gz:record 2"), std::string::npos) << docs[1].errors[0].message;
  EXPECT_EQ(docs[2].text, "Paragraph of story number 3.");
}

TEST_F(WarcSource, TruncatedGzipKeepsWhatCameBefore) {
  for (Packing packing : {Packing::kGzipPerRecord, Packing::kGzipOneMember}) {
    const std::string full = warc_test::warc_file(three_pages(), packing);
    // 20 bytes: the 8-byte gzip trailer and the end of the last record's data.
    const auto docs = read_all(write("cut.warc.gz", full.substr(0, full.size() - 20)));
    ASSERT_EQ(docs.size(), 3u);
    const Document& last = docs.back();
    ASSERT_EQ(last.errors.size(), 1u);
    EXPECT_EQ(last.errors[0].code, "malformed_warc");
    EXPECT_NE(last.errors[0].message.find("truncated gzip"), std::string::npos) << last.errors[0].message;
    EXPECT_EQ(docs[0].text, "Paragraph of story number 1.");
    EXPECT_EQ(docs[1].text, "Paragraph of story number 2.");
  }
}

TEST_F(WarcSource, TooLargeRecordIsSkippedWithoutReadingItWhole) {
  auto records = three_pages();
  records[1].block = warc_test::http_response("200 OK", "Content-Type: text/html\r\n", std::string(300000, 'x'));
  const auto docs = read_all(write("big.warc", warc_test::warc_file(records, Packing::kPlain)), 100000);
  expect_error_between(docs, "too_large", "larger than the limit");
}

TEST_F(WarcSource, GarbageIsNotAWarc) {
  const auto docs = read_all(write("junk.warc", "this is not a WARC file\nat all\n"));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].errors.at(0).code, "malformed_warc");
  EXPECT_NE(docs[0].errors[0].message.find("version line"), std::string::npos);
}

TEST_F(WarcSource, DirectoryWalkReadsWarcGzFiles) {
  fs::create_directories(dir_ / "corpus");
  write("corpus/b.warc.gz", warc_test::warc_file(three_pages(), Packing::kGzipPerRecord));
  write("corpus/a.html", page("A", "<p>Page a.</p>"));
  const auto docs = read_all((dir_ / "corpus").string());
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].text, "Page a.");
  EXPECT_EQ(docs[1].id, "urn:uuid:p1");
}

}  // namespace
}  // namespace chronicle::io
