// Time-stage throughput on a folder of .txt articles (the BBC corpus in
// ../shared/corpora/bbc), on one core. Not a test: prints figures for
// BENCHMARKS.md. Usage: bench_time DIR [ROUNDS]
//
// Text, tokenize, segment and social run once, untimed; then each round times
// only timex::annotate_times over every document (document date 2005-01-01,
// zone Europe/London: the corpus is BBC news of 2004-2005). Reports the median
// round (thread CPU time) in MB/s of article text and the number of expressions found.
#include "bench_clock.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "segment/sentence_splitter.h"
#include "social/posts.h"
#include "text/utf8_repair.h"
#include "time/time_stage.h"
#include "tokenize/tokenizer.h"

// CPU time of this thread: on a shared machine wall time measures the load.

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_time DIR [ROUNDS]\n");
    return 2;
  }
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(argv[1], ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt" &&
        it->path().filename().string().find("README") == std::string::npos)
      files.push_back(it->path().string());
  }
  if (files.empty()) {
    std::fprintf(stderr, "error: no .txt files under %s\n", argv[1]);
    return 2;
  }
  std::sort(files.begin(), files.end());
  std::vector<chronicle::Document> docs;
  size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    chronicle::Document d;
    d.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    d.text = chronicle::text::repair_utf8(d.text, d.errors);
    chronicle::tokenize::tokenize(d.text, d.tokens);
    chronicle::segment::segment(d.text, d.tokens, d.paragraphs, d.sentences);
    chronicle::social::extract_posts(d);
    d.meta.date = "2005-01-01";
    d.meta.timezone = "Europe/London";
    bytes += d.text.size();
    docs.push_back(std::move(d));
  }
  chronicle::timex::annotate_times(docs.front());  // loads the tz database outside the timing
  std::vector<double> secs;
  size_t found = 0;
  for (int r = 0; r < rounds; ++r) {
    found = 0;
    const double t0 = cpu_seconds();
    for (auto& d : docs) {
      chronicle::timex::annotate_times(d);
      found += d.times.size();
    }
    secs.push_back(cpu_seconds() - t0);
  }
  std::sort(secs.begin(), secs.end());
  const double s = secs[secs.size() / 2];
  std::printf("{\"tool\": \"chronicle time stage\", \"files\": %zu, \"bytes\": %zu, \"expressions\": %zu, "
              "\"rounds\": %d, \"seconds\": %.4f, \"mb_per_s\": %.1f}\n",
              files.size(), bytes, found, rounds, s, bytes / 1e6 / s);
  return 0;
}
