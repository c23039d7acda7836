// Fuzz target: bytes as a JSONL corpus on stdin -> reader -> full pipeline ->
// JSON writer, through the same annotate_corpus call the CLI makes. Every
// output line must be one JSON object and every record must be accounted for;
// a violation aborts so the fuzzer reports the input.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <simdjson.h>

#include "chronicle/annotate.h"
#include "chronicle/pipeline.h"

namespace {
constexpr size_t kMaxInput = 1 << 16;

void require(bool ok) {
  if (!ok) std::abort();
}

const chronicle::Pipeline& pipeline() {
  static std::unique_ptr<chronicle::Pipeline> p = [] {
    chronicle::PipelineOptions options;
    auto stages = chronicle::parse_stage_list("text,tokenize,segment,social");
    require(stages.ok());
    options.stages = *stages;
    auto loaded = chronicle::Pipeline::load(options);
    require(loaded.ok());
    return std::move(*loaded);
  }();
  return *p;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::FILE* in = fmemopen(bytes.data(), bytes.size() == 0 ? 1 : bytes.size(), "rb");
  if (in == nullptr) return 0;
  if (bytes.empty()) std::fclose(in), in = fmemopen(const_cast<char*>(""), 1, "rb");

  chronicle::AnnotateOptions options;
  options.inputs = {"-"};
  options.stdin_file = in;
  options.stdin_format = chronicle::InputFormat::kJsonl;
  options.max_doc_bytes = 4096;  // exercise the too_large path too
  std::string out;
  chronicle::AnnotateSinks sinks;
  sinks.write = [&](std::string_view s) {
    out.append(s);
    return chronicle::Status();
  };
  auto stats = chronicle::annotate_corpus(pipeline(), options, sinks);
  std::fclose(in);
  require(stats.ok());

  // Every output line parses as a JSON object with the schema tag.
  simdjson::dom::parser parser;
  size_t lines = 0, start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    simdjson::dom::element doc;
    require(parser.parse(out.data() + start, end - start).get(doc) == simdjson::SUCCESS);
    std::string_view schema;
    require(doc["schema"].get(schema) == simdjson::SUCCESS && schema == "chronicle.document/1");
    ++lines;
    start = end + 1;
  }
  require(lines == stats->documents);
  return 0;
}
