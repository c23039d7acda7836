// Pipeline: the loaded, immutable set of stages that annotates documents.
//
// requires: options name known stages; ensures: annotate() runs the selected
// stages in DESIGN.md order (plus the stages they need) and never throws.
// Thread safety: a loaded Pipeline is const and shared by all threads;
// annotate() may be called concurrently on different Documents.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle {

enum class Stage : uint8_t { kText, kTokenize, kSegment, kSocial, kTag, kParse };

// Parses "tokenize,segment" into stages; unknown names give kInvalidArgument.
Result<std::vector<Stage>> parse_stage_list(const std::string& list);
const char* stage_name(Stage stage);

struct PipelineOptions {
  std::vector<Stage> stages;  // empty means every stage this build has
  std::string models_dir;     // where tagger/parser models live (later stages)
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> load(const PipelineOptions& options);
  ~Pipeline();

  // Annotates `doc` in place. Problems with the input become ErrorNotes in
  // doc.errors; a non-ok Status means the document could not be processed.
  Status annotate(Document& doc) const;

  bool runs(Stage stage) const;

 private:
  Pipeline();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle
