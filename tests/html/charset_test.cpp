#include "html/charset.h"

#include <gtest/gtest.h>

namespace chronicle::html {
namespace {

TEST(Charset, FromContentType) {
  EXPECT_EQ(charset_from_content_type("text/html; charset=UTF-8"), "utf-8");
  EXPECT_EQ(charset_from_content_type("text/html;charset=\"ISO-8859-1\""), "windows-1252");
  EXPECT_EQ(charset_from_content_type("text/html"), "");
}

TEST(Charset, SniffsMetaTagsAndByteOrderMarks) {
  EXPECT_EQ(sniff_charset("<html><head><meta charset='Shift_JIS'>"), "shift_jis");
  EXPECT_EQ(sniff_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"), "koi8-r");
  EXPECT_EQ(sniff_charset("\xEF\xBB\xBF<meta charset=latin1>"), "utf-8");
  EXPECT_EQ(sniff_charset("<meta name=\"description\" content=\"no charset here\">"), "");
}

TEST(Charset, ConvertsToUtf8) {
  std::string out;
  EXPECT_EQ(to_utf8("\xC0\xE9t\xE9", "windows-1252", out), "");
  EXPECT_EQ(out, "Àété");
  EXPECT_EQ(to_utf8("\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r", out), "");
  EXPECT_EQ(out, "Привет");
  EXPECT_EQ(to_utf8("\xEF\xBB\xBFok", "", out), "");
  EXPECT_EQ(out, "ok");
}

TEST(Charset, BadBytesBecomeReplacementCharacters) {
  std::string out;
  // 0x81 is unassigned in windows-1252.
  const std::string note = to_utf8("a\x81z", "windows-1252", out);
  EXPECT_EQ(out, "a\xEF\xBF\xBDz");
  EXPECT_NE(note.find("1 bytes"), std::string::npos);
}

}  // namespace
}  // namespace chronicle::html
