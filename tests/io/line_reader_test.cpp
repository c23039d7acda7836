#include "io/line_reader.h"

#include <gtest/gtest.h>

namespace chronicle::io {
namespace {

std::FILE* file_with(const std::string& content) {
  std::FILE* f = std::tmpfile();
  std::fwrite(content.data(), 1, content.size(), f);
  std::rewind(f);
  return f;
}

TEST(LineReader, LinesNumbersAndLastLineWithoutNewline) {
  std::FILE* f = file_with("one\r\n\ntwo\nthree");
  LineReader r(f, 100);
  std::string line;
  bool truncated, error;
  std::vector<std::pair<std::string, uint64_t>> got;
  while (r.next(line, truncated, error)) got.emplace_back(line, r.line_number());
  std::fclose(f);
  const std::vector<std::pair<std::string, uint64_t>> want = {{"one\r", 1}, {"", 2}, {"two", 3}, {"three", 4}};
  EXPECT_EQ(got, want);
}

TEST(LineReader, LongLinesAreTruncatedAcrossBufferRefills) {
  std::string big(200000, 'a');
  std::FILE* f = file_with(big + "\nshort\n");
  LineReader r(f, 1000);
  std::string line;
  bool truncated, error;
  ASSERT_TRUE(r.next(line, truncated, error));
  EXPECT_TRUE(truncated);
  EXPECT_EQ(line.size(), 1000u);
  ASSERT_TRUE(r.next(line, truncated, error));
  EXPECT_FALSE(truncated);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(r.line_number(), 2u);
  EXPECT_FALSE(r.next(line, truncated, error));
  std::fclose(f);
}

}  // namespace
}  // namespace chronicle::io
