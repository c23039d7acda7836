// Pipeline: the loaded, immutable set of stages that annotates documents.
//
// requires: options name known stages; ensures: annotate() runs the selected
// stages in DESIGN.md order (plus the stages they need) and never throws.
// Thread safety: a loaded Pipeline is const and shared by all threads;
// annotate() may be called concurrently on different Documents.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle {

enum class Stage : uint8_t { kText, kTokenize, kSegment, kSocial, kTag, kParse, kNer, kTime, kEntity, kQuote, kActor, kEvent };

// Parses "tokenize,segment" into stages; unknown names give kInvalidArgument.
Result<std::vector<Stage>> parse_stage_list(const std::string& list);
const char* stage_name(Stage stage);

struct PipelineOptions {
  // Empty means every stage this build has; tag and parse then run only when
  // their model files are in models_dir. Named explicitly, a missing model is
  // an error (kNotFound naming the file).
  std::vector<Stage> stages;
  // Where en-ewt-tagger.chm, en-ewt-parser.chm and en-ner.chm live; empty means the
  // models/ directory this build was configured with.
  std::string models_dir;
  // Actor stage (CAMEO actor codes, geocoding; docs/dictionaries.md). It runs
  // by default when its compiled data is in data_dir (empty: this build's
  // data/). User dictionaries are added before the shipped ones, or replace
  // them with no_default_dictionaries; their bad lines become warnings().
  std::string data_dir;
  std::vector<std::string> actor_files, agent_files, verb_files, discard_files;
  bool no_default_dictionaries = false;
  // PETRARCH's own output conventions, for scoring its validation suite
  // (`eval --events FILE.xml` sets it) and for PETRARCH users comparing
  // outputs (`annotate --petrarch-conventions`), not for news: a party named
  // by role words alone is PETRARCH's anonymous agent ("the government":
  // "---GOV"), a noun phrase is its first actor's, and a verb with no target
  // takes the first actor of its phrase (event/event_coder.h).
  bool petrarch_conventions = false;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> load(const PipelineOptions& options);
  ~Pipeline();

  // Annotates `doc` in place. Problems with the input become ErrorNotes in
  // doc.errors; a non-ok Status means the document could not be processed.
  Status annotate(Document& doc) const;
  // Same, but gives up with kDeadlineExceeded once `deadline` has passed. The
  // clock is read between stages and between sentences, so a call overruns by
  // at most one sentence's work; the layers done so far stay in `doc`.
  // (The HTTP server's per-request timeout.)
  Status annotate(Document& doc, std::chrono::steady_clock::time_point deadline) const;

  bool runs(Stage stage) const;

  // Models loaded, as (stage, "<model file stem>-<producer version>") pairs,
  // in pipeline order; written to meta.models.
  const std::vector<std::pair<std::string, std::string>>& models() const;
  // Each loaded model's provenance (its META section as key/value pairs:
  // producer, git describe, date, training data), in models() order.
  const std::vector<std::vector<std::pair<std::string, std::string>>>& model_provenance() const;

  // Problems found while loading that did not stop it, e.g. skipped
  // dictionary lines as "file:line: message: 'text'".
  const std::vector<Status>& warnings() const;

 private:
  Pipeline();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle
