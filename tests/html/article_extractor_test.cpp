// Extraction over the invented test pages in tests/data/html: each NAME.html
// has NAME.expected.json with the metadata, the exact paragraphs and strings
// (boilerplate) that must not appear in the text.
#include "html/article_extractor.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace chronicle::html {
namespace {

namespace fs = std::filesystem;

const fs::path kPages = fs::path(CHRONICLE_SOURCE_DIR) / "tests" / "data" / "html";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= text.size() && !text.empty()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  return out;
}

std::vector<fs::path> pages() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(kPages)) {
    if (e.path().extension() == ".html") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ArticleExtractor, AtLeastTwentyPages) { EXPECT_GE(pages().size(), 20u); }

struct Expected {
  std::string title, date, author, url;
  std::vector<std::string> paragraphs, absent;
};

// Reads NAME.expected.json; "" or what is wrong with it.
std::string read_expected(const fs::path& path, Expected& out) {
  simdjson::dom::parser parser;
  simdjson::padded_string json = simdjson::padded_string(slurp(path));
  simdjson::dom::element root;
  if (parser.parse(json).get(root)) return "not JSON";
  for (auto [key, target] : {std::pair<const char*, std::string*>{"title", &out.title}, {"date", &out.date},
                             {"author", &out.author}, {"url", &out.url}}) {
    std::string_view v;
    if (root[key].get(v)) return std::string("missing string ") + key;
    target->assign(v);
  }
  for (auto [key, target] : {std::pair<const char*, std::vector<std::string>*>{"paragraphs", &out.paragraphs},
                             {"absent", &out.absent}}) {
    simdjson::dom::array arr;
    if (root[key].get(arr)) return std::string("missing array ") + key;
    for (simdjson::dom::element e : arr) {
      std::string_view v;
      if (e.get(v)) return std::string("non-string in ") + key;
      target->emplace_back(v);
    }
  }
  return {};
}

TEST(ArticleExtractor, EveryPageGivesItsExpectedTextAndMetadata) {
  for (const fs::path& page : pages()) {
    SCOPED_TRACE(page.filename().string());
    fs::path expected_path = page;
    expected_path.replace_extension(".expected.json");
    Expected want;
    const std::string problem = read_expected(expected_path, want);
    ASSERT_EQ(problem, "") << expected_path;

    const HtmlArticle article = extract_article(slurp(page), {});
    EXPECT_EQ(article.meta.title, want.title);
    EXPECT_EQ(article.meta.date, want.date);
    EXPECT_EQ(article.meta.author, want.author);
    EXPECT_EQ(article.meta.url, want.url);
    EXPECT_EQ(split_paragraphs(article.text), want.paragraphs) << article.text;
    for (const std::string& s : want.absent) {
      EXPECT_EQ(article.text.find(s), std::string::npos) << "boilerplate '" << s << "' kept in:\n" << article.text;
    }
    EXPECT_EQ(article.notes.size(), 0u);
  }
}

TEST(ArticleExtractor, HeaderCharsetOverridesMetaButNotTheByteOrderMark) {
  // Latin-1 bytes in a page that claims UTF-8: the HTTP header says otherwise.
  const std::string page = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xE9 du port</p></body></html>";
  HtmlOptions options;
  options.charset = "iso-8859-1";
  EXPECT_EQ(extract_article(page, options).text, "Café du port");
  const std::string bom = "\xEF\xBB\xBF<p>Caf\xC3\xA9</p>";
  EXPECT_EQ(extract_article(bom, options).text, "Café");
}

TEST(ArticleExtractor, UndeclaredNonUtf8IsReadAsWindows1252) {
  EXPECT_EQ(extract_article("<p>\x93Yes,\x94 she said.</p>", {}).text, "“Yes,” she said.");
}

TEST(ArticleExtractor, UnknownCharsetIsNotedAndTextKept) {
  const HtmlArticle a = extract_article("<meta charset=\"x-made-up-9\"><p>Plain words.</p>", {});
  EXPECT_EQ(a.text, "Plain words.");
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_NE(a.notes[0].find("x-made-up-9"), std::string::npos);
}

TEST(ArticleExtractor, RelativeCanonicalIsResolvedAgainstTheBaseUrl) {
  HtmlOptions options;
  options.base_url = "https://paper.example/a/b?x=1";
  const HtmlArticle a = extract_article("<link rel=canonical href=\"/news/story-1\"><p>Text.</p>", options);
  EXPECT_EQ(a.meta.url, "https://paper.example/news/story-1");
}

TEST(ArticleExtractor, NotHtmlAndEmptyInputGiveDefinedOutput) {
  EXPECT_EQ(extract_article("", {}).text, "");
  EXPECT_EQ(extract_article("just words, no tags", {}).text, "just words, no tags");
  const std::string binary("\x00\x01\x02<p>\xFF\xFE", 8);
  const HtmlArticle a = extract_article(binary, {});
  EXPECT_TRUE(a.meta.title.empty());
}

TEST(ArticleExtractor, BrokenJsonLdDoesNotHideOtherMetadata) {
  const HtmlArticle a = extract_article(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
      "<meta property=\"og:title\" content=\"T\"><meta name=\"author\" content=\"A B\"><p>x</p>",
      {});
  EXPECT_EQ(a.meta.title, "T");
  EXPECT_EQ(a.meta.author, "A B");
}

TEST(NormaliseDate, CommonForms) {
  EXPECT_EQ(normalise_date("2018-05-31T09:05:00-04:00"), "2018-05-31");
  EXPECT_EQ(normalise_date("2018/05/31"), "2018-05-31");
  EXPECT_EQ(normalise_date("20180531"), "2018-05-31");
  EXPECT_EQ(normalise_date("May 31, 2018"), "2018-05-31");
  EXPECT_EQ(normalise_date("31 May 2018"), "2018-05-31");
  EXPECT_EQ(normalise_date("Thu, 31 May 2018 14:05:00 GMT"), "2018-05-31");
  EXPECT_EQ(normalise_date("September 3, 2019 at 5pm"), "2019-09-03");
  EXPECT_EQ(normalise_date("2019-02-29"), "");
  EXPECT_EQ(normalise_date("yesterday"), "");
  EXPECT_EQ(normalise_date(""), "");
}

}  // namespace
}  // namespace chronicle::html
