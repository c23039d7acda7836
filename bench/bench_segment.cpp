// Tokenize + segment throughput on a folder of .txt articles (the BBC corpus in
// ../shared/corpora/bbc), on one core. Not a test: prints figures for
// BENCHMARKS.md. Usage: bench_segment DIR [ROUNDS]
//
// Each file is repaired (text stage), tokenized and segmented, as `chronicle
// annotate --stages tokenize,segment` does, without I/O or JSON. Reports the
// median of ROUNDS passes in MB/s and in whitespace-separated input tokens/s
// (DESIGN.md §5 defines tokens/s that way so tools compare).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "segment/sentence_splitter.h"
#include "text/utf8_repair.h"
#include "tokenize/tokenizer.h"

namespace {

size_t count_whitespace_tokens(const std::string& s) {
  size_t n = 0;
  bool in_token = false;
  for (unsigned char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_token) ++n;
    in_token = !space;
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_segment DIR [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1]))
    if (e.is_regular_file() && e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> docs;
  size_t bytes = 0, ws_tokens = 0;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    docs.emplace_back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += docs.back().size();
    ws_tokens += count_whitespace_tokens(docs.back());
  }
  std::vector<double> seconds;
  size_t tokens = 0, sentences = 0;
  for (int r = 0; r < rounds; ++r) {
    tokens = sentences = 0;
    auto t0 = std::chrono::steady_clock::now();
    std::vector<chronicle::Token> toks;
    std::vector<chronicle::Paragraph> paras;
    std::vector<chronicle::Sentence> sents;
    std::vector<chronicle::ErrorNote> notes;
    for (const auto& d : docs) {
      toks.clear();
      paras.clear();
      sents.clear();
      notes.clear();
      std::string text = chronicle::text::repair_utf8(d, notes);
      chronicle::tokenize::tokenize(text, toks);
      chronicle::segment::segment(text, toks, paras, sents);
      tokens += toks.size();
      sentences += sents.size();
    }
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(seconds.begin(), seconds.end());
  double median = seconds[seconds.size() / 2];
  std::printf("{\"tool\":\"chronicle\",\"task\":\"tokenize+segment\",\"files\":%zu,\"bytes\":%zu,"
              "\"input_tokens\":%zu,\"tokens\":%zu,\"sentences\":%zu,\"rounds\":%d,"
              "\"median_seconds\":%.4f,\"mb_per_s\":%.1f,\"input_tokens_per_s\":%.0f}\n",
              docs.size(), bytes, ws_tokens, tokens, sentences, rounds, median,
              bytes / 1e6 / median, ws_tokens / median);
  return 0;
}
