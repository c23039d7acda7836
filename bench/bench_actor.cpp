// Actor stage figures for BENCHMARKS.md: load time of the compiled data, and
// the stage's time against the rest of the pipeline on BBC articles.
//
// Until the entity stage exists, entities are stand-ins: every run of
// capitalised words becomes one entity (PERSON, GPE and ORG in turn) with a
// name mention, which is more entities than NER will give, so the share is
// an upper bound.
// Usage: bench_actor [BBC_DIR] [DOCS] [REPEAT]   (default ../shared/corpora/bbc, 500, 1)
// REPEAT > 1 runs the actor stage that many times on copies of each document
// (the time reported is per run), so that `perf record` sees mostly the stage.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actor/actor_resources.h"
#include "actor/actor_stage.h"
#include "chronicle/pipeline.h"

using namespace chronicle;
using Clock = std::chrono::steady_clock;

#include <ctime>

// CPU time of this thread in ms: the machine is shared, so wall time is noisy.
static double cpu_ms() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
static double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

int main(int argc, char** argv) {
  const std::string bbc = argc > 1 ? argv[1] : "../shared/corpora/bbc";
  const size_t max_docs = argc > 2 ? std::stoul(argv[2]) : 500;
  const size_t repeat = std::max<size_t>(1, argc > 3 ? std::stoul(argv[3]) : 1);
  std::vector<double> loads, load_cpu;
  for (int i = 0; i < 5; ++i) {
    const auto t = Clock::now();
    const double c0 = cpu_ms();
    auto r = actor::ActorResources::load({});
    if (!r.ok()) {
      std::fprintf(stderr, "error: %s\n", r.status().to_string().c_str());
      return 1;
    }
    loads.push_back(ms_since(t));
    load_cpu.push_back(cpu_ms() - c0);
  }
  std::sort(loads.begin(), loads.end());
  std::sort(load_cpu.begin(), load_cpu.end());
  std::printf("actor data load (6 files, 12 MB): CPU min %.1f ms, median %.1f ms; wall min %.1f ms, median %.1f ms\n",
              load_cpu[0], load_cpu[2], loads[0], loads[2]);
  auto res = actor::ActorResources::load({});

  std::vector<std::string> paths;
  for (const char* topic : {"politics", "business"}) {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(bbc + "/" + topic, ec)) paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  if (paths.size() > max_docs) paths.resize(max_docs);
  PipelineOptions po;
  po.stages = {Stage::kText, Stage::kTokenize, Stage::kSegment, Stage::kSocial, Stage::kTag, Stage::kParse};
  auto pipeline = Pipeline::load(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "error: %s\n", pipeline.status().to_string().c_str());
    return 1;
  }
  double pipe_ms = 0, actor_ms = 0;
  size_t entities = 0, coded = 0, placed = 0, words = 0;
  const char* types[] = {"PERSON", "GPE", "ORG"};
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    Document doc;
    doc.id = path;
    doc.text = s.str();
    doc.meta.date = "2005-01-01";
    for (size_t i = 0; i < doc.text.size(); ++i) words += (doc.text[i] != ' ' && doc.text[i] != '\n') && (i == 0 || doc.text[i - 1] == ' ' || doc.text[i - 1] == '\n');
    double t = cpu_ms();
    (void)(*pipeline)->annotate(doc);
    pipe_ms += cpu_ms() - t;
    // Stand-in entities: runs of capitalised tokens (not sentence-initial).
    for (size_t i = 0; i < doc.tokens.size();) {
      auto cap = [&](size_t k) {
        std::string_view w = doc.token_text(doc.tokens[k]);
        return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
      };
      if (!cap(i) || (i > 0 && doc.tokens[i - 1].sentence != doc.tokens[i].sentence)) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < doc.tokens.size() && cap(j) && doc.tokens[j].sentence == doc.tokens[i].sentence) ++j;
      Entity e;
      e.id = "E" + std::to_string(doc.entities.size() + 1);
      e.type = types[doc.entities.size() % 3];
      e.name = std::string(doc.span_text(doc.tokens[i].start, doc.tokens[j - 1].end));
      e.mentions.push_back({doc.tokens[i].start, doc.tokens[j - 1].end, "name", {}});
      doc.entities.push_back(std::move(e));
      i = j;
    }
    for (size_t k = 1; k < repeat; ++k) {
      Document copy = doc;
      t = cpu_ms();
      actor::annotate_actors(*res, copy);
      actor_ms += (cpu_ms() - t) / static_cast<double>(repeat);
    }
    t = cpu_ms();
    actor::annotate_actors(*res, doc);
    actor_ms += (cpu_ms() - t) / static_cast<double>(repeat);
    for (const auto& e : doc.entities) {
      ++entities;
      coded += !e.actor.code.empty();
      placed += e.has_geo;
    }
  }
  std::printf("%zu BBC politics+business articles, %zu words, CPU: pipeline (tokenize..parse) %.1f ms, actor stage %.1f ms "
              "(%.1f%% of the pipeline), %zu stand-in entities (%.2f us each), %zu coded, %zu placed\n",
              paths.size(), words, pipe_ms, actor_ms, 100.0 * actor_ms / std::max(pipe_ms, 1e-9), entities,
              1000.0 * actor_ms / std::max<size_t>(entities, 1), coded, placed);
  return 0;
}
