#include "text/utf8_repair.h"

#include <gtest/gtest.h>

#include <random>

namespace chronicle::text {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

bool is_valid_utf8(const std::string& s) {
  std::vector<ErrorNote> notes;
  // A valid string without NUL passes through untouched and without notes.
  return repair_utf8(s, notes) == s && notes.empty();
}

TEST(Utf8Repair, ValidTextIsUnchangedWithoutNotes) {
  std::vector<ErrorNote> notes;
  const std::string s = "Plain ASCII, caf\xC3\xA9, \xE2\x80\x94 dash, emoji \xF0\x9F\x98\x80.\r\n";
  EXPECT_EQ(repair_utf8(s, notes), s);
  EXPECT_TRUE(notes.empty());
}

TEST(Utf8Repair, EmptyInput) {
  std::vector<ErrorNote> notes;
  EXPECT_EQ(repair_utf8("", notes), "");
  EXPECT_TRUE(notes.empty());
}

TEST(Utf8Repair, LeadingBomIsDropped) {
  std::vector<ErrorNote> notes;
  EXPECT_EQ(repair_utf8("\xEF\xBB\xBFHello", notes), "Hello");
  EXPECT_TRUE(notes.empty());
  // Only a leading BOM: one in the middle is a (valid) ZWNBSP and stays.
  EXPECT_EQ(repair_utf8("a\xEF\xBB\xBF", notes), "a\xEF\xBB\xBF");
}

TEST(Utf8Repair, InvalidBytesBecomeReplacementWithNote) {
  std::vector<ErrorNote> notes;
  // A valid multi-byte sequence is present, so this is broken UTF-8, not cp1252.
  const std::string out = repair_utf8("caf\xC3\xA9 \xFF ok", notes);
  EXPECT_EQ(out, "caf\xC3\xA9 " + kFffd + " ok");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].code, "invalid_utf8");
  EXPECT_EQ(notes[0].offset, 6);  // byte offset in the returned text
  EXPECT_NE(notes[0].message.find("1 invalid"), std::string::npos);
}

TEST(Utf8Repair, MaximalSubparts) {
  std::vector<ErrorNote> notes;
  const std::string ok = "\xC3\xA9";
  // Truncated 3-byte sequence E2 80 followed by ASCII: one U+FFFD for "E2 80".
  EXPECT_EQ(repair_utf8(ok + "\xE2\x80x", notes), ok + kFffd + "x");
  // Surrogate ED A0 80: ED cannot be followed by A0, so each byte is its own subpart.
  notes.clear();
  EXPECT_EQ(repair_utf8(ok + "\xED\xA0\x80", notes), ok + kFffd + kFffd + kFffd);
  // Overlong C0 AF: two replacements.
  notes.clear();
  EXPECT_EQ(repair_utf8(ok + "\xC0\xAF", notes), ok + kFffd + kFffd);
  // F4 90 (above U+10FFFF): F4 then 90 both invalid.
  notes.clear();
  EXPECT_EQ(repair_utf8(ok + "\xF4\x90\x80\x80", notes), ok + kFffd + kFffd + kFffd + kFffd);
  // Truncated 4-byte sequence at the end: one replacement.
  notes.clear();
  EXPECT_EQ(repair_utf8(ok + "\xF0\x9F\x98", notes), ok + kFffd);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].message.find("1 invalid"), std::string::npos);
}

TEST(Utf8Repair, Windows1252WhenNoMultibyteSequence) {
  std::vector<ErrorNote> notes;
  // "It\x92s \x93quoted\x94 \x96 caf\xE9" written by a Windows editor.
  const std::string out = repair_utf8("It\x92s \x93quoted\x94 \x96 caf\xE9", notes);
  EXPECT_EQ(out, "It\xE2\x80\x99s \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].code, "decoded_cp1252");
  EXPECT_EQ(notes[0].offset, 2);
}

TEST(Utf8Repair, Windows1252UndefinedBytes) {
  std::vector<ErrorNote> notes;
  EXPECT_EQ(repair_utf8("a\x81" "b", notes), "a" + kFffd + "b");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].code, "decoded_cp1252");
}

TEST(Utf8Repair, NulBytes) {
  std::vector<ErrorNote> notes;
  const std::string in("a\0b\0", 4);
  EXPECT_EQ(repair_utf8(in, notes), "a" + kFffd + "b" + kFffd);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].code, "nul_bytes");
  EXPECT_EQ(notes[0].offset, 1);
  // NUL plus cp1252.
  notes.clear();
  EXPECT_EQ(repair_utf8(std::string("\0\xE9", 2), notes), kFffd + "\xC3\xA9");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].code, "decoded_cp1252");
  EXPECT_EQ(notes[1].code, "nul_bytes");
}

TEST(Utf8Repair, LongAsciiWithLateInvalidByte) {
  std::vector<ErrorNote> notes;
  std::string in(1000, 'x');
  in += "\xC3\xA9";
  in += std::string(37, 'y');
  in += "\x80";
  const std::string out = repair_utf8(in, notes);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].code, "invalid_utf8");
  EXPECT_EQ(notes[0].offset, 1039);
  EXPECT_EQ(out.substr(1039), kFffd);
}

TEST(Utf8Repair, RandomBytesAlwaysGiveValidUtf8) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 2000; ++round) {
    std::string in(rng() % 64, '\0');
    for (char& c : in) c = static_cast<char>(rng() % 256);
    std::vector<ErrorNote> notes;
    const std::string out = repair_utf8(in, notes);
    EXPECT_TRUE(is_valid_utf8(out)) << "round " << round;
    EXPECT_EQ(out.find('\0'), std::string::npos);
    for (const auto& n : notes) {
      EXPECT_GE(n.offset, 0);
      EXPECT_LE(static_cast<size_t>(n.offset), out.size());
    }
    // Repair is idempotent.
    std::vector<ErrorNote> again;
    EXPECT_EQ(repair_utf8(out, again), out);
    EXPECT_TRUE(again.empty());
  }
}

}  // namespace
}  // namespace chronicle::text
