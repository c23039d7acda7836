// Tagger throughput: tags every sentence of a CoNLL-U file (gold words) N
// times and prints tokens/s for label prediction alone and for the full
// Tagger::tag call (labels, UPOS/XPOS strings and lemmas on a Document).
// With a parser model, also parses the tagged sentences N times.
// Usage: bench_tag MODEL.chm FILE.conllu [REPEATS [PARSER.chm]]
// Prints thread CPU time as well as wall time: on a shared machine the wall
// figure measures the load. The "best pass" figures (the fastest of the N
// passes, CPU time) are the least disturbed by other processes.
#include "bench_clock.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <algorithm>

#include "conllu/conllu.h"
#include "parse/parser.h"
#include "tag/tagger.h"

int main(int argc, char** argv) {
  using namespace chronicle;
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_tag MODEL.chm FILE.conllu [REPEATS]\n");
    return 2;
  }
  const int repeats = argc > 3 ? std::atoi(argv[3]) : 5;
  double t0 = wall_seconds();
  auto tagger = tag::Tagger::load(argv[1]);
  if (!tagger.ok()) {
    std::fprintf(stderr, "error: %s\n", tagger.status().to_string().c_str());
    return 1;
  }
  std::printf("load: %.3f s\n", wall_seconds() - t0);
  auto tb = conllu::read_file(argv[2]);
  if (!tb.ok()) {
    std::fprintf(stderr, "error: %s\n", tb.status().to_string().c_str());
    return 1;
  }
  // One Document per sentence set: the words joined by spaces.
  Document doc;
  std::vector<std::vector<std::string_view>> sentences;
  size_t tokens = 0;
  for (const auto& s : tb->sentences) {
    Sentence out;
    out.first_token = static_cast<uint32_t>(doc.tokens.size());
    std::vector<std::string_view> words;
    for (const auto& w : s.words) {
      Token t;
      t.start = static_cast<uint32_t>(doc.text.size());
      doc.text += w.form;
      t.end = static_cast<uint32_t>(doc.text.size());
      doc.text += ' ';
      doc.tokens.push_back(t);
      words.push_back(w.form);
    }
    out.last_token = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(out);
    sentences.push_back(std::move(words));
    tokens += s.words.size();
  }
  std::vector<uint32_t> labels;
  double best = 1e30;
  double c0 = cpu_seconds(), w0 = wall_seconds();
  for (int r = 0; r < repeats; ++r) {
    const double p0 = cpu_seconds();
    for (const auto& s : sentences) tagger->predict(s, labels);
    best = std::min(best, cpu_seconds() - p0);
  }
  double c1 = cpu_seconds(), w1 = wall_seconds();
  std::printf("predict labels:        %9.0f tokens/s CPU, %9.0f tokens/s wall, best pass %9.0f\n",
              tokens * repeats / (c1 - c0), tokens * repeats / (w1 - w0), tokens / best);
  best = 1e30;
  c0 = cpu_seconds();
  w0 = wall_seconds();
  for (int r = 0; r < repeats; ++r) {
    const double p0 = cpu_seconds();
    tagger->tag_document(doc);
    best = std::min(best, cpu_seconds() - p0);
  }
  c1 = cpu_seconds();
  w1 = wall_seconds();
  std::printf("tag (+UPOS/XPOS/lemma): %9.0f tokens/s CPU, %9.0f tokens/s wall, best pass %9.0f (%zu tokens x %d)\n",
              tokens * repeats / (c1 - c0), tokens * repeats / (w1 - w0), tokens / best, tokens, repeats);
  if (argc > 4) {
    auto parser = parse::Parser::load(argv[4]);
    if (!parser.ok()) {
      std::fprintf(stderr, "error: %s\n", parser.status().to_string().c_str());
      return 1;
    }
    best = 1e30;
    c0 = cpu_seconds();
    for (int r = 0; r < repeats; ++r) {
      const double p0 = cpu_seconds();
      for (size_t i = 0; i < doc.sentences.size(); ++i) parser->parse(doc, doc.sentences[i], sentences[i]);
      best = std::min(best, cpu_seconds() - p0);
    }
    c1 = cpu_seconds();
    std::printf("parse (moves + labels): %9.0f tokens/s CPU, best pass %9.0f\n", tokens * repeats / (c1 - c0),
                tokens / best);
  }
  return 0;
}
