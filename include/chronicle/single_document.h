// One document outside a corpus run: what the Python bindings and the server
// need to build a Document from their arguments, annotate it and write it as
// `chronicle.document/1` JSON exactly as `chronicle annotate` would.
//
// Thread safety: pure functions; annotate_document may run concurrently on
// different Documents with one shared Pipeline.
#pragma once

#include <string>

#include "chronicle/document.h"
#include "chronicle/pipeline.h"
#include "chronicle/status.h"

namespace chronicle {

// A document as a caller hands it over (the fields of a JSONL record).
struct DocumentInput {
  std::string id;
  std::string text;      // any bytes; the text stage repairs invalid UTF-8
  std::string date;      // the input's own date ("2018-05-31", "2018-05-31T09:05Z"), may be empty
  std::string timezone;  // IANA zone, may be empty
  std::string url;
  std::string title;
  std::string source;  // where it came from, for messages ("<python>", "item 3")
};

// Used when the input has no date / zone, like `--date` and `--tz`.
struct DocumentDefaults {
  std::string date;  // yyyy-mm-dd or empty
  std::string timezone;
};

// kInvalidArgument, naming the value, when the date is not a real yyyy-mm-dd
// date or the zone is not shaped like an IANA name (the CLI's --date/--tz rules).
Status check_document_defaults(const DocumentDefaults& defaults);

// ensures: the Document a JSONL record with these fields would give:
// meta.date_source "input" for the input's date, "cli" for the default's; an
// input date that does not start with yyyy-mm-dd is dropped with an
// "invalid_date" note and the default applies.
Document make_document(DocumentInput input, const DocumentDefaults& defaults);

// Annotates `doc` in place and never throws: a stage failure (or exception)
// becomes a "stage_error" note in doc.errors, as in a corpus run.
void annotate_document(const Pipeline& pipeline, Document& doc);

struct DocumentJsonOptions {
  bool pretty = false;  // indented, as --format json
  bool text = false;    // as --text
  bool tokens = false;  // as --tokens
};

// The document as `chronicle annotate` writes it with the same pipeline and
// options (one object followed by '\n'); offsets are code points.
std::string document_json(const Pipeline& pipeline, const Document& doc, const DocumentJsonOptions& options);

}  // namespace chronicle
