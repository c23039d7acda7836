// Corpus annotation: stream documents from files, directories or stdin through
// a Pipeline on N threads and hand the serialised output back in input order.
// This is what `chronicle annotate` runs; other front ends (Python, server)
// call the same function.
//
// requires: a loaded Pipeline; sinks that accept output and reports.
// ensures: output order equals input order whatever `threads` is, and the
// bytes are identical for every thread count; at most about 4 x threads
// documents are in memory at once (bounded queue + bounded reorder window),
// so memory stays flat on corpora of any length; a document that cannot be
// read (malformed JSONL line, too large, unreadable file) becomes an error
// record and the run goes on. Never throws, prints or exits.
// Thread safety: sinks are called from one thread at a time (the caller's).
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/pipeline.h"
#include "chronicle/status.h"

namespace chronicle {

// kSqlite writes a SQLite database at AnnotateOptions::output (chronicle/sqlite_store.h).
enum class OutputFormat : uint8_t { kJsonl, kJson, kConllu, kGdeltEvents, kGkg, kTimeml, kSqlite };
// "jsonl", "json", "conllu", "gdelt-events", "gkg", "timeml", "sqlite";
// anything else gives kInvalidArgument. The GDELT formats write one
// tab-separated line per event (Event 2.0) or per document (GKG 2.1); they and
// timeml (inline TIMEX3) write nothing for a failed document.
Result<OutputFormat> parse_output_format(const std::string& name);

// How "-" (stdin) is read: kAuto takes JSONL when the first non-whitespace
// byte is '{', plain text otherwise.
enum class InputFormat : uint8_t { kAuto, kText, kJsonl };
Result<InputFormat> parse_input_format(const std::string& name);

struct AnnotateOptions {
  // Files (.jsonl read as JSONL, .html/.htm as a news page, .warc/.warc.gz
  // as a web crawl, anything else as one text document), directories (their
  // .txt, .jsonl, .html, .htm, .warc and .warc.gz files, recursively, sorted
  // by name at each level, hidden entries skipped) and "-" for `stdin_file`.
  std::vector<std::string> inputs;
  std::FILE* stdin_file = nullptr;
  InputFormat stdin_format = InputFormat::kAuto;
  std::string date;      // yyyy-mm-dd used when the input has none (date_source "cli")
  std::string timezone;  // IANA zone used when the input has none
  OutputFormat format = OutputFormat::kJsonl;
  bool tokens = false;  // write the tokens layer
  bool text = false;    // write the document text
  unsigned threads = 1;
  uint64_t max_doc_bytes = 64ull << 20;
  // Only documents whose id falls into this shard (chronicle/shard.h) are
  // annotated; the others are skipped but keep counting input positions.
  uint32_t shard_index = 0;
  uint32_t shard_count = 1;
  // kSqlite: the database file; `resume` skips the documents it already
  // holds (same input position and id; a different id there stops the run:
  // the input changed), `sqlite_batch` documents are committed together.
  std::string output;
  bool resume = false;
  uint32_t sqlite_batch = 256;
};

struct AnnotateStats {
  uint64_t documents = 0;  // records written or reported, failures included
  uint64_t failed = 0;     // documents with at least one failure error
  uint64_t notes = 0;      // repair notes (invalid_utf8, empty_document, ...)
  uint64_t tokens = 0;     // tokens produced by the tokenizer
  uint64_t bytes = 0;      // document text bytes read
  uint64_t events = 0;     // events coded
  uint64_t skipped = 0;    // documents of other shards or already stored (--resume)
  // Input bytes consumed and in total (0 when unknown, e.g. stdin): for an ETA.
  uint64_t input_bytes_read = 0;
  uint64_t input_bytes_total = 0;
  double seconds = 0;
};

// One problem with one document, reported in input order.
struct AnnotateReport {
  bool failure = false;  // true: the document failed (exit status 1); false: a note
  std::string where;     // "dir/a.txt", "corpus.jsonl:17", "<stdin>"
  std::string id;
  ErrorNote note;
};

struct AnnotateSinks {
  // Receives serialised output in input order; a non-ok Status stops the run.
  // Not used (may be empty) with kSqlite.
  std::function<Status(std::string_view)> write;
  std::function<void(const AnnotateReport&)> report;  // optional
  // Called every ~250 ms with running totals; optional.
  std::function<void(const AnnotateStats&)> progress;
};

// True for error codes that mean the document failed: "malformed_jsonl",
// "malformed_warc", "too_large", "read_error", "stage_error". Other codes are
// repair notes.
bool is_failure_code(std::string_view code);

// Checks options before any work: kInvalidArgument for a bad date, thread
// count, size limit or format/stage combination, kNotFound naming the first
// input that does not exist. Usage errors, in CLI terms.
Status check_annotate_options(const Pipeline& pipeline, const AnnotateOptions& options);

// Runs the corpus. A non-ok Status means the run stopped early (an options
// error, or the write sink failed); per-document problems go to `report` and
// into the output's `errors`, and are counted in the stats.
Result<AnnotateStats> annotate_corpus(const Pipeline& pipeline, const AnnotateOptions& options,
                                      const AnnotateSinks& sinks);

}  // namespace chronicle
