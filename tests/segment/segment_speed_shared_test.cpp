// Throughput of tokenize + segment per BBC article (DESIGN.md §5 budget:
// >= 50 MB/s together). Prints the figures and asserts nothing about speed:
// benchmarks are tracked, not pass/fail; it checks only that every article
// gets sentences.
#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "segment/sentence_splitter.h"
#include "tokenize/tokenizer.h"

namespace chronicle {
namespace {

double thread_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

TEST(SegmentSpeed, BbcArticles) {
  const std::filesystem::path dir = std::filesystem::path(CHRONICLE_SHARED_DIR) / "corpora" / "bbc";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "../shared not found at " << CHRONICLE_SHARED_DIR;
  std::vector<std::string> docs;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    docs.push_back(ss.str());
    bytes += docs.back().size();
  }
  ASSERT_FALSE(docs.empty());
  std::vector<Token> tokens;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  double tokenize_s = 0, segment_s = 0;
  size_t token_count = 0;
  for (const std::string& d : docs) {
    tokens.clear();
    paragraphs.clear();
    sentences.clear();
    const double t0 = thread_seconds();
    tokenize::tokenize(d, tokens);
    const double t1 = thread_seconds();
    segment::segment(d, tokens, paragraphs, sentences);
    const double t2 = thread_seconds();
    tokenize_s += t1 - t0;
    segment_s += t2 - t1;
    token_count += tokens.size();
    if (!tokens.empty()) ASSERT_FALSE(sentences.empty());
  }
  const double mb = double(bytes) / 1e6;
  std::printf("BBC: %zu articles, %.1f MB, %zu tokens (CPU time, one thread)\n", docs.size(), mb, token_count);
  std::printf("  tokenize %.1f MB/s, segment %.1f MB/s (%.1f ns/token), tokenize+segment %.1f MB/s\n",
              mb / tokenize_s, mb / segment_s, segment_s / double(token_count) * 1e9, mb / (tokenize_s + segment_s));
  RecordProperty("tokenize_segment_mb_per_s", std::to_string(mb / (tokenize_s + segment_s)));
}

}  // namespace
}  // namespace chronicle
