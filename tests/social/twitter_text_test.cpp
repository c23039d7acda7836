#include "social/twitter_text.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace chronicle::social {
namespace {

using V = std::vector<std::string>;

V tags(std::string_view t) {
  V out;
  for (const Hashtag& h : extract_hashtags(t)) out.push_back(h.tag);
  return out;
}
V handles(std::string_view t) {
  V out;
  for (const Mention& m : extract_mentions(t)) out.push_back(m.handle);
  return out;
}
V urls(std::string_view t) {
  V out;
  for (const Url& u : extract_urls(t)) out.emplace_back(t.substr(u.start, u.end - u.start));
  return out;
}

TEST(Hashtags, Basics) {
  EXPECT_EQ(tags("Vote #Leave or #remain2016 today"), (V{"Leave", "remain2016"}));
  EXPECT_EQ(tags("#1stPlace but not #2024"), (V{"1stPlace"}));
  EXPECT_EQ(tags("a#b c&#d"), V{});                  // letters or & before '#'
  EXPECT_EQ(tags("(#in) [#brackets]"), (V{"in", "brackets"}));
  EXPECT_EQ(tags("#tag#other"), V{});                // followed by another '#'
  EXPECT_EQ(tags("#under_score_ ok"), (V{"under_score_"}));
}

TEST(Hashtags, NonLatinScriptsAndOffsets) {
  EXPECT_EQ(tags("Привет #мир"), (V{"мир"}));
  EXPECT_EQ(tags("今日は#東京タワー。"), V{});        // a letter right before '#'
  EXPECT_EQ(tags("今日は #東京タワー。"), (V{"東京タワー"}));
  EXPECT_EQ(tags("#caf\u00e9 #na\u0308ive"), (V{"caf\u00e9", "na\u0308ive"}));
  std::string t = "Go \u00e9 #\u00e9t\u00e9";
  auto h = extract_hashtags(t);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].start, 6u);  // bytes: "Go " 3 + "é" 2 + " " 1
  EXPECT_EQ(h[0].end, t.size());
}

TEST(Hashtags, NotInsideUrls) {
  EXPECT_EQ(tags("read example.com/#section and #this"), (V{"this"}));
}

TEST(Mentions, Basics) {
  EXPECT_EQ(handles("thanks @alice_b and @Bob99!"), (V{"alice_b", "Bob99"}));
  EXPECT_EQ(handles("write to me@example.org"), V{});  // e-mail, not a mention
  EXPECT_EQ(handles("@a@b"), V{});
  EXPECT_EQ(handles("@owner/some-list"), V{});         // a list, not a plain mention
  EXPECT_EQ(handles("RT @news: big day"), (V{"news"}));
  EXPECT_EQ(handles("@jos\u00e9"), V{});               // runs into an accented letter
  EXPECT_EQ(handles("@abcdefghijklmnopqrst"), (V{"abcdefghijklmnopqrst"}));  // 20 characters
  auto m = extract_mentions("hi @zed.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].start, 3u);
  EXPECT_EQ(m[0].end, 7u);
}

TEST(Urls, WithScheme) {
  EXPECT_EQ(urls("see https://www.example.com/a/b?x=1&y=2."), (V{"https://www.example.com/a/b?x=1&y=2"}));
  EXPECT_EQ(urls("(http://en.example.org/wiki/Thing_(band))"), (V{"http://en.example.org/wiki/Thing_(band)"}));
  EXPECT_EQ(urls("http://example.com:8080/x, then"), (V{"http://example.com:8080/x"}));
  EXPECT_EQ(urls("http://nodot and http://bad.tldxyz"), V{});
}

TEST(Urls, WithoutScheme) {
  EXPECT_EQ(urls("photo: pic.twitter.com/QfeAL0 ok"), (V{"pic.twitter.com/QfeAL0"}));
  EXPECT_EQ(urls("visit example.co.uk/path?q=1!"), (V{"example.co.uk/path?q=1"}));
  EXPECT_EQ(urls("bbc.co.uk, gov.uk and archive.tar.gz"), (V{"bbc.co.uk", "gov.uk"}));
  EXPECT_EQ(urls("mail bob@example.com now"), V{});     // no URL inside e-mails
  EXPECT_EQ(urls("price $ticker.com"), V{});
}

TEST(Matchers, ForTheTokenizer) {
  std::string t = "x #tag @user pic.twitter.com/abc.";
  EXPECT_EQ(match_hashtag(t, 2), 4u);
  EXPECT_EQ(match_mention(t, 7), 5u);
  EXPECT_EQ(match_url(t, 13), std::string("pic.twitter.com/abc").size());
  EXPECT_EQ(match_hashtag(t, 0), 0u);
  EXPECT_EQ(match_url(t, 14), 0u);  // a letter before: no URL can start there
  EXPECT_EQ(match_url(t, t.size()), 0u);
}

TEST(Extractors, AdversarialInputStaysFast) {
  // long dotted or hyphenated runs must not make the URL scan quadratic
  for (const char* unit : {"a.", "ab.c", "x.co", "a-b.", "\u65e5\u672c.", "http://a.", "#a", "@a", "a.co/"}) {
    std::string text;
    while (text.size() < (1u << 19)) text += unit;
    auto t0 = std::chrono::steady_clock::now();
    extract_urls(text);
    extract_hashtags(text);
    extract_mentions(text);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(s, 5.0) << unit;
  }
}

}  // namespace
}  // namespace chronicle::social
