// Memory stays flat: annotating a generated 100 MB JSONL corpus with
// tokenize+segment on 2 threads keeps the peak RSS of `chronicle` far below
// the corpus size (DESIGN.md §5: stream, never load a corpus whole).
#include <sys/resource.h>

#include "cli_test_util.h"

namespace chronicle::cli_test {
namespace {

using MemoryCli = CliTest;

TEST_F(MemoryCli, PeakRssStaysFlatOn100MbJsonl) {
#if defined(CHRONICLE_SANITIZE)
  GTEST_SKIP() << "sanitizer builds inflate memory; measured in release builds only";
#endif
  const fs::path corpus = dir_ / "corpus.jsonl";
  {
    std::ofstream out(corpus, std::ios::binary);
    const std::string sentence =
        "The delegation arrived in the capital on Monday, officials said, and talks went on late into the night. ";
    std::string text;
    while (text.size() < 4000) text += sentence;
    uint64_t written = 0;
    for (int i = 0; written < 100ull * 1000 * 1000; ++i) {
      std::string line = "{\"id\":\"doc" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
      out << line;
      written += line.size();
    }
  }
  // RUSAGE_CHILDREN reports the largest peak RSS among waited-for
  // descendants; this test process starts no other big child.
  const auto r = run("annotate " + quote(corpus.string()) + " --stages tokenize,segment -j 2 -o /dev/null --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  struct rusage usage {};
  ASSERT_EQ(getrusage(RUSAGE_CHILDREN, &usage), 0);
  const long peak_mb = usage.ru_maxrss / 1024;  // ru_maxrss is in KiB on Linux
  RecordProperty("peak_rss_mb", static_cast<int>(peak_mb));
  EXPECT_LT(peak_mb, 200) << "peak RSS " << peak_mb << " MB for a 100 MB corpus";
  std::cerr << "[ memory   ] peak RSS " << peak_mb << " MB for a 100 MB corpus\n";
}

}  // namespace
}  // namespace chronicle::cli_test
