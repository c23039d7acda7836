#include "io/document_source.h"
#include "io/iso_date.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace chronicle::io {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "chronicle_src_XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  fs::path write(const std::string& rel, const std::string& content) const {
    fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::vector<Document> read_all(const std::vector<std::string>& inputs, SourceOptions options = {}) {
  auto source = DocumentSource::open(inputs, options);
  EXPECT_TRUE(source.ok()) << source.status().to_string();
  std::vector<Document> docs;
  if (!source.ok()) return docs;
  Document doc;
  while ((*source)->next(doc)) docs.push_back(doc);
  return docs;
}

TEST(DocumentSource, TextFileIdIsItsStem) {
  TempDir dir;
  const auto p = dir.write("story.one.txt", "Some text.");
  SourceOptions opts;
  opts.default_date = "2020-02-02";
  opts.default_timezone = "Asia/Tokyo";
  auto docs = read_all({p.string()}, opts);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "story.one");
  EXPECT_EQ(docs[0].text, "Some text.");
  EXPECT_EQ(docs[0].meta.date, "2020-02-02");
  EXPECT_EQ(docs[0].meta.date_source, "cli");
  EXPECT_EQ(docs[0].meta.timezone, "Asia/Tokyo");
  EXPECT_TRUE(docs[0].errors.empty());
}

TEST(DocumentSource, DirectoryIsWalkedRecursivelyInSortedOrder) {
  TempDir dir;
  dir.write("b.txt", "B");
  dir.write("a/z.txt", "AZ");
  dir.write("a/c.txt", "AC");
  dir.write("notes.md", "skipped: not .txt or .jsonl");
  dir.write(".hidden.txt", "skipped: hidden");
  dir.write("c.jsonl", "{\"id\":\"j1\",\"text\":\"J1\"}\n{\"text\":\"J2\"}\n");
  auto docs = read_all({dir.path().string()});
  std::vector<std::string> ids;
  for (const auto& d : docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a/c", "a/z", "b", "j1", "c:2"}));
  EXPECT_EQ(docs[0].text, "AC");
  EXPECT_EQ(docs[4].meta.source, (dir.path() / "c.jsonl").string() + ":2");
}

TEST(DocumentSource, JsonlFieldsAndErrors) {
  TempDir dir;
  const auto p = dir.write("feed.jsonl",
                           "{\"id\":\"a\",\"text\":\"Alpha\",\"date\":\"2019-01-01\",\"url\":\"http://x.test/a\",\"title\":\"T\"}\n"
                           "{\"id\":\"b\",\"text\":\"Beta\"\n"  // malformed
                           "\n"                                  // blank: skipped
                           "[1,2]\n"                             // not an object
                           "{\"id\":7,\"text\":\"Seven\",\"extra\":{\"x\":1}}\n"
                           "{\"id\":\"nt\"}\n"                   // no text
                           "{\"id\":\"last\",\"text\":\"no newline at the end\"}");
  SourceOptions opts;
  opts.default_date = "2000-01-01";
  auto docs = read_all({p.string()}, opts);
  ASSERT_EQ(docs.size(), 6u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].meta.date, "2019-01-01");
  EXPECT_EQ(docs[0].meta.date_source, "input");
  EXPECT_EQ(docs[0].meta.url, "http://x.test/a");
  EXPECT_EQ(docs[0].meta.title, "T");
  ASSERT_EQ(docs[1].errors.size(), 1u);
  EXPECT_EQ(docs[1].errors[0].code, "malformed_jsonl");
  EXPECT_EQ(docs[1].errors[0].message.rfind(p.string() + ":2: ", 0), 0u) << docs[1].errors[0].message;
  EXPECT_EQ(docs[1].id, "feed:2");
  EXPECT_EQ(docs[2].errors[0].code, "malformed_jsonl");
  EXPECT_NE(docs[2].errors[0].message.find(":4: "), std::string::npos);
  EXPECT_EQ(docs[2].id, "feed:4");
  EXPECT_EQ(docs[3].id, "7");
  EXPECT_EQ(docs[3].text, "Seven");
  EXPECT_EQ(docs[3].meta.date_source, "cli");
  EXPECT_EQ(docs[4].errors[0].code, "malformed_jsonl");
  EXPECT_NE(docs[4].errors[0].message.find("missing field \"text\""), std::string::npos);
  EXPECT_EQ(docs[5].id, "last");
  EXPECT_EQ(docs[5].text, "no newline at the end");
}

TEST(DocumentSource, InvalidUtf8InsideJsonlIsRepaired) {
  TempDir dir;
  const auto p = dir.write("bad.jsonl", "{\"id\":\"u\",\"text\":\"caf\xE9 \xC3\xA9\"}\n");
  auto docs = read_all({p.string()});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "caf\xEF\xBF\xBD \xC3\xA9");
  ASSERT_EQ(docs[0].errors.size(), 1u);
  EXPECT_EQ(docs[0].errors[0].code, "invalid_utf8");
}

TEST(DocumentSource, TooLargeDocumentsBecomeErrorRecords) {
  TempDir dir;
  const auto big = dir.write("big.txt", std::string(5000, 'x'));
  const auto small = dir.write("small.txt", "ok");
  const auto jl = dir.write("l.jsonl", "{\"id\":\"huge\",\"text\":\"" + std::string(9000, 'y') + "\"}\n{\"id\":\"fine\",\"text\":\"z\"}\n");
  SourceOptions opts;
  opts.max_doc_bytes = 1000;
  auto docs = read_all({big.string(), small.string(), jl.string()}, opts);
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].errors.at(0).code, "too_large");
  EXPECT_TRUE(docs[0].text.empty());
  EXPECT_EQ(docs[1].text, "ok");
  EXPECT_EQ(docs[2].errors.at(0).code, "too_large");
  EXPECT_EQ(docs[2].id, "l:1");
  EXPECT_EQ(docs[3].id, "fine");
}

TEST(DocumentSource, MissingInputIsNotFound) {
  auto source = DocumentSource::open({"/nonexistent/chronicle/input.txt"}, {});
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(source.status().where(), "/nonexistent/chronicle/input.txt");
}

TEST(DocumentSource, StdinSniffsJsonlOrText) {
  for (int mode = 0; mode < 3; ++mode) {
    std::FILE* f = std::tmpfile();
    const char* content = mode == 0 ? "\n  {\"id\":\"s\",\"text\":\"x\"}\n{oops\n" : "  Plain text {not json}";
    std::fputs(content, f);
    std::rewind(f);
    SourceOptions opts;
    opts.stdin_file = f;
    if (mode == 2) opts.stdin_format = InputFormat::kJsonl;
    auto docs = read_all({"-"}, opts);
    std::fclose(f);
    if (mode == 0) {
      ASSERT_EQ(docs.size(), 2u);
      EXPECT_EQ(docs[0].id, "s");
      EXPECT_EQ(docs[1].errors.at(0).code, "malformed_jsonl");
      EXPECT_EQ(docs[1].errors.at(0).message.rfind("<stdin>:3: ", 0), 0u) << docs[1].errors[0].message;
    } else if (mode == 1) {
      ASSERT_EQ(docs.size(), 1u);
      EXPECT_EQ(docs[0].id, "stdin");
      EXPECT_EQ(docs[0].text, "  Plain text {not json}") << "leading whitespace kept";
    } else {
      ASSERT_EQ(docs.size(), 1u);
      EXPECT_EQ(docs[0].errors.at(0).code, "malformed_jsonl") << "forced JSONL";
    }
  }
}

}  // namespace
}  // namespace chronicle::io

namespace chronicle::io {
namespace {

TEST(IsoDate, ValidatesAndTruncates) {
  EXPECT_TRUE(is_iso_date("2020-02-29"));
  EXPECT_FALSE(is_iso_date("2019-02-29"));
  EXPECT_FALSE(is_iso_date("2019-13-01"));
  EXPECT_FALSE(is_iso_date("2019-1-01"));
  EXPECT_EQ(leading_iso_date("2018-05-31T09:05:00Z"), "2018-05-31");
  EXPECT_EQ(leading_iso_date("2018-05-31 09:05"), "2018-05-31");
  EXPECT_EQ(leading_iso_date("2018-05-31x"), "");
  EXPECT_EQ(leading_iso_date("May 31, 2018"), "");
}

TEST(DocumentSource, InputDatesAreNormalisedOrNoted) {
  std::FILE* f = std::tmpfile();
  std::fputs("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2018-05-31T09:05:00Z\"}\n"
             "{\"id\":\"b\",\"text\":\"x\",\"date\":\"last Tuesday\"}\n",
             f);
  std::rewind(f);
  SourceOptions opts;
  opts.stdin_file = f;
  opts.default_date = "2000-01-01";
  auto docs = read_all({"-"}, opts);
  std::fclose(f);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].meta.date, "2018-05-31");
  EXPECT_EQ(docs[0].meta.date_source, "input");
  EXPECT_EQ(docs[1].meta.date, "2000-01-01");
  EXPECT_EQ(docs[1].meta.date_source, "cli");
  ASSERT_EQ(docs[1].errors.size(), 1u);
  EXPECT_EQ(docs[1].errors[0].code, "invalid_date");
}

}  // namespace
}  // namespace chronicle::io
