// HTML extraction speed: reads the given pages, then extracts each of them
// `repeats` times and prints MB/s of HTML input (one thread), by wall clock
// and by process CPU time (the figure to quote on a shared, loaded machine).
// Usage: bench_html REPEATS PAGE.html...
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "html/article_extractor.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_html REPEATS PAGE.html...\n");
    return 2;
  }
  const int repeats = std::atoi(argv[1]);
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    pages.push_back(ss.str());
    bytes += pages.back().size();
  }
  size_t text_bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (int r = 0; r < repeats; ++r) {
    for (const std::string& page : pages) text_bytes += chronicle::html::extract_article(page, {}).text.size();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double mb = static_cast<double>(bytes) * repeats / 1e6;
  std::printf("%zu pages x %d: %.1f MB of HTML, %.2f s wall = %.1f MB/s; %.2f s CPU = %.1f MB/s, %.0f pages/s (%.1f MB of text out)\n",
              pages.size(), repeats, mb, seconds, mb / seconds, cpu, mb / cpu,
              static_cast<double>(pages.size()) * repeats / cpu, static_cast<double>(text_bytes) / 1e6);
  return 0;
}
