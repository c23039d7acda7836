// Annotating one document held in memory (an HTTP request body, a string from
// a binding) and serialising it, with a time limit. The corpus path
// (annotate_corpus) streams files; this is its one-document counterpart and
// reads the input the same way (same JSON fields, same UTF-8 repair notes).
//
// requires: a loaded Pipeline.
// ensures: on success `output` holds the document as chronicle.document/1
// JSON (or CoNLL-U) and `notes` the repair notes it carries; a document that
// cannot be read or annotated gives a non-ok Status instead (kParseError for
// malformed JSON, kTooLarge beyond max_doc_bytes, kDeadlineExceeded when the
// deadline passes, kInvalidArgument for a bad option), naming `name`.
// Never throws, prints or exits.
// Thread safety: may be called concurrently with the same Pipeline.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/annotate.h"
#include "chronicle/document.h"
#include "chronicle/pipeline.h"
#include "chronicle/status.h"

namespace chronicle {

struct BufferOptions {
  // kText: the buffer is the article. kJsonl: the buffer is one JSON object
  // {"text", "id"?, "date"?, "timezone"?, "url"?, "title"?} (line breaks
  // between its tokens are fine). kAuto: JSON when the first non-whitespace
  // byte is '{'.
  InputFormat input = InputFormat::kAuto;
  std::string name = "<buffer>";  // names the input in messages, e.g. "request body"
  std::string id = "document";    // the id when the input gives none
  std::string date;               // yyyy-mm-dd when the input gives none
  std::string timezone;           // IANA zone when the input gives none
  OutputFormat format = OutputFormat::kJson;
  bool tokens = false;  // write the tokens layer
  bool text = false;    // write the document text
  uint64_t max_doc_bytes = 10ull << 20;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

struct BufferResult {
  std::string output;
  std::vector<ErrorNote> notes;  // repair notes (invalid_utf8, empty_document, ...)
};

Result<BufferResult> annotate_buffer(const Pipeline& pipeline, std::string_view input, const BufferOptions& options);

}  // namespace chronicle
