#include "social/posts.h"

#include <gtest/gtest.h>

#include <string>

#include "social/twitter_text.h"

namespace chronicle::social {
namespace {

Document make_doc(const std::string& text) {
  Document d;
  d.text = text;
  d.hashtags = extract_hashtags(d.text);
  d.mentions = extract_mentions(d.text);
  d.urls = extract_urls(d.text);
  extract_posts(d);
  return d;
}

std::string body(const Document& d, const Post& p) { return std::string(d.span_text(p.start, p.end)); }
std::string signature(const Document& d, const Post& p) {
  return std::string(d.span_text(p.signature_start, p.signature_end));
}

TEST(Posts, WireStyleOneLineBodyAboveSignature) {
  // One paragraph per line, no blank lines: the body is the line above.
  const std::string text =
      "The harbour master posted an update on Tuesday.\n"
      "Ferries resume at noon. Thanks to the crews! #harbour @portauthority pic.twitter.com/Ab12Cd\n"
      "\xE2\x80\x94 Harbour Master (@harbourmaster_1) March 5, 2019\n"
      "Passengers welcomed the news.\n";
  Document d = make_doc(text);
  ASSERT_EQ(d.posts.size(), 1u);
  const Post& p = d.posts[0];
  EXPECT_EQ(p.platform, "twitter");
  EXPECT_EQ(p.author, "Harbour Master");
  EXPECT_EQ(p.handle, "harbourmaster_1");
  EXPECT_EQ(p.date, "2019-03-05");
  EXPECT_EQ(body(d, p), "Ferries resume at noon. Thanks to the crews! #harbour @portauthority pic.twitter.com/Ab12Cd");
  EXPECT_EQ(signature(d, p), "\xE2\x80\x94 Harbour Master (@harbourmaster_1) March 5, 2019");
  EXPECT_EQ(p.hashtags, std::vector<std::string>{"harbour"});
  EXPECT_EQ(p.mentions, std::vector<std::string>{"portauthority"});
  EXPECT_EQ(p.urls, std::vector<std::string>{"pic.twitter.com/Ab12Cd"});
}

TEST(Posts, BlankLineSeparatedBlockIsTheBody) {
  const std::string text =
      "Officials reacted online.\n"
      "\n"
      "Line one of the post\n"
      "line two #Vote2020\n"
      "-- Mara Quist (@mquist) 7 November 2020\n"
      "\n"
      "More reaction followed.";
  Document d = make_doc(text);
  ASSERT_EQ(d.posts.size(), 1u);
  EXPECT_EQ(body(d, d.posts[0]), "Line one of the post\nline two #Vote2020");
  EXPECT_EQ(d.posts[0].date, "2020-11-07");
  EXPECT_EQ(d.posts[0].author, "Mara Quist");
  EXPECT_EQ(d.posts[0].hashtags, std::vector<std::string>{"Vote2020"});
}

TEST(Posts, SignatureOnTheBodyLine) {
  const std::string text = "Early start today at the docks \xE2\x80\x94 Jo Brandt (@jobrandt) Sept. 9, 2017";
  Document d = make_doc(text);
  ASSERT_EQ(d.posts.size(), 1u);
  EXPECT_EQ(body(d, d.posts[0]), "Early start today at the docks");
  EXPECT_EQ(d.posts[0].date, "2017-09-09");
  EXPECT_EQ(d.posts[0].author, "Jo Brandt");
}

TEST(Posts, HyphenDashAndAbbreviatedMonth) {
  const std::string text = "We are open late tonight.\n- The Corner Shop (@corner_shop) Dec 24, 2021\n";
  Document d = make_doc(text);
  ASSERT_EQ(d.posts.size(), 1u);
  EXPECT_EQ(d.posts[0].author, "The Corner Shop");
  EXPECT_EQ(d.posts[0].date, "2021-12-24");
  EXPECT_EQ(body(d, d.posts[0]), "We are open late tonight.");
}

TEST(Posts, LongBlockKeepsOnlyTheNearestLine) {
  std::string text = "\n";
  for (int i = 0; i < 6; ++i) text += "Paragraph " + std::to_string(i) + " of the story.\n";
  text += "Tweet text here\n\xE2\x80\x94 Sam Ode (@samode) January 2, 2022";
  Document d = make_doc(text);
  ASSERT_EQ(d.posts.size(), 1u);
  EXPECT_EQ(body(d, d.posts[0]), "Tweet text here");
}

TEST(Posts, NotASignature) {
  // A handle in brackets inside prose, a dash without a date followed by
  // more text, and a signature with nothing above it.
  Document d = make_doc(
      "The agency (@agency) said nothing.\n"
      "Reply - Lee (@lee) said more\n"
      "\xE2\x80\x94 Nobody (@nobody) May 1, 2020 and more");
  EXPECT_TRUE(d.posts.empty());
  Document d2 = make_doc("\xE2\x80\x94 Alone (@alone) May 1, 2020");
  EXPECT_TRUE(d2.posts.empty());
}

TEST(Posts, TwoPostsInOneArticle) {
  const std::string text =
      "First post body\n"
      "\xE2\x80\x94 A One (@a_one) April 1, 2018\n"
      "Story text between the posts.\n"
      "Second post body\n"
      "\xE2\x80\x94 B Two (@b_two) 2 April 2018\n";
  Document d = make_doc(text);
  ASSERT_EQ(d.posts.size(), 2u);
  EXPECT_EQ(body(d, d.posts[0]), "First post body");
  EXPECT_EQ(body(d, d.posts[1]), "Second post body");
  EXPECT_EQ(d.posts[1].handle, "b_two");
  EXPECT_EQ(d.posts[1].date, "2018-04-02");
}

}  // namespace
}  // namespace chronicle::social
