// Quote stage cost against the pipeline before it: annotates every .txt file
// under DIR with the stages up to parse (the pipeline without `quote`), then
// runs the quote stage on each finished document, and prints the thread CPU
// time of both and their ratio (issue 5's budget: under 10%).
// Usage: bench_quote DIR [REPEATS]
// CPU time, not wall time: on a shared machine the wall figure measures the load.
#include "bench_clock.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chronicle/pipeline.h"
#include "quote/quote_stage.h"

int main(int argc, char** argv) {
  using namespace chronicle;
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_quote DIR [REPEATS]\n");
    return 2;
  }
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::vector<std::string> texts;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1], ec)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    texts.push_back(buf.str());
  }
  if (ec || texts.empty()) {
    std::fprintf(stderr, "error: %s: no .txt files read\n", argv[1]);
    return 1;
  }
  PipelineOptions opts;
  opts.stages = {Stage::kText, Stage::kTokenize, Stage::kSegment, Stage::kSocial, Stage::kTag, Stage::kParse};
  auto pipeline = Pipeline::load(opts);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "error: %s\n", pipeline.status().to_string().c_str());
    return 1;
  }
  double before = 0, quote = 0;
  size_t quotes = 0, tokens = 0;
  for (int r = 0; r < repeats; ++r) {
    for (const std::string& t : texts) {
      Document doc;
      doc.text = t;
      double t0 = cpu_seconds();
      if (!(*pipeline)->annotate(doc).ok()) return 1;
      double t1 = cpu_seconds();
      quote::annotate_quotes(doc);
      double t2 = cpu_seconds();
      before += t1 - t0;
      quote += t2 - t1;
      if (r == 0) {
        quotes += doc.quotes.size();
        tokens += doc.tokens.size();
      }
    }
  }
  std::printf("%zu documents, %zu tokens, %zu quotations (incl. reported); %d repeats\n", texts.size(), tokens, quotes,
              repeats);
  std::printf("pipeline up to parse: %.3f s CPU per pass\nquote stage: %.3f s CPU per pass (%.2f%% of the pipeline before it)\n",
              before / repeats, quote / repeats, 100.0 * quote / std::max(before, 1e-9));
  return 0;
}
