// DocumentSource: streams raw documents from .txt files, .jsonl files,
// directories and stdin, one at a time, in input order.
//
// requires: inputs exist (open() checks); ensures: next() yields documents with
// id, meta (date/timezone/url/title from the input, else the defaults given,
// date_source "input" or "cli") and the raw bytes in `text` (the text stage
// repairs them); a document that cannot be read comes out with empty text and
// one failure ErrorNote ("read_error", "too_large", "malformed_jsonl") whose
// message names file:line. Never holds more than one document (and one
// directory listing level) in memory.
// Ids: a .txt given directly -> its stem; a .txt found under a directory ->
// its path relative to that directory without the extension; a JSONL record
// -> its "id" field (string or number), else "<file id>:<line>"; stdin -> "stdin".
// Thread safety: one instance, one thread.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "chronicle/annotate.h"
#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle::io {

struct SourceOptions {
  uint64_t max_doc_bytes = 64ull << 20;
  InputFormat stdin_format = InputFormat::kAuto;
  std::FILE* stdin_file = nullptr;
  std::string default_date;
  std::string default_timezone;
};

class DocumentSource {
 public:
  // kNotFound naming the first input that does not exist; kInvalidArgument
  // when "-" appears twice or without a stdin_file.
  static Result<std::unique_ptr<DocumentSource>> open(const std::vector<std::string>& inputs,
                                                      const SourceOptions& options);
  ~DocumentSource();

  // Replaces `doc` with the next document (reusing its buffers' capacity);
  // false when the input is exhausted.
  bool next(Document& doc);

  // Input bytes consumed so far (files read whole, JSONL up to its read-ahead
  // block), to compare with input_bytes() for progress.
  uint64_t bytes_read() const;
  // Total size of the files `inputs` name (directories walked as next() walks
  // them); 0 when unknown (stdin among the inputs).
  static uint64_t input_bytes(const std::vector<std::string>& inputs);

 private:
  DocumentSource();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle::io
