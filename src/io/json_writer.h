// Writes a Document as `chronicle.document/1` JSON (DESIGN.md §2; the schema is
// docs/schema/chronicle.document-1.schema.json, the prose docs/formats.md).
//
// requires: doc.text is valid UTF-8 (the text stage ran); span offsets are byte
// offsets on code-point boundaries (out-of-range offsets are clamped, never read).
// ensures: one JSON object; every offset is a Unicode code-point offset into
// `text`, every span object carries the matching `text`; layers the run did
// not compute are omitted, computed-but-empty layers are written as [];
// `errors` is always written. Compact mode ends the object with '\n' (JSONL).
// Thread safety: pure function of its arguments.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::io {

// Which layers the run computed (from Pipeline::runs).
struct ComputedLayers {
  bool tokens = false;    // tokenize ran
  bool segments = false;  // paragraphs, sentences, token.sentence
  bool social = false;    // hashtags, mentions, urls, posts
  bool entities = false;
  bool times = false;
  bool quotes = false;
  bool events = false;
};

struct JsonWriterOptions {
  bool pretty = false;          // indented ("json") instead of one line ("jsonl")
  bool include_text = false;    // --text
  bool include_tokens = false;  // --tokens (only when tokens were computed)
  ComputedLayers layers;
  // meta.models: stage name -> model version, written in this order.
  std::vector<std::pair<std::string, std::string>> models;
};

// Appends the document followed by '\n'.
void append_document_json(const Document& doc, const JsonWriterOptions& options, std::string& out);

// The chronicle version written into meta.chronicle.
const char* chronicle_version();

}  // namespace chronicle::io
