// annotate_buffer: the buffer is read through the same DocumentSource as a
// corpus (as "stdin"), so one-document and corpus runs accept exactly the
// same input and give the same notes.
#include "chronicle/annotate_buffer.h"

#include <cstdio>
#include <exception>
#include <memory>

#include "io/conllu_writer.h"
#include "io/document_source.h"
#include "io/json_writer.h"
#include "pipeline/computed_layers.h"

namespace chronicle {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

bool starts_with_brace(std::string_view s) {
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    return c == '{';
  }
  return false;
}

// The source names stdin "<stdin>"; a buffer has its own name.
std::string renamed(std::string message, const std::string& name) {
  static constexpr std::string_view kStdin = "<stdin>";
  if (message.compare(0, kStdin.size(), kStdin) == 0) {
    message.replace(0, kStdin.size(), name);
    // "<stdin>:1: ..." -> "name: ...": there is only one record.
    if (message.compare(name.size(), 3, ":1:") == 0) message.erase(name.size(), 2);
  }
  return message;
}

}  // namespace

Result<BufferResult> annotate_buffer(const Pipeline& pipeline, std::string_view input, const BufferOptions& options) {
  const bool json = options.input == InputFormat::kJsonl ||
                    (options.input == InputFormat::kAuto && starts_with_brace(input));
  // A JSON value cannot hold a raw line break inside a string, so turning
  // every CR and LF into a space keeps its meaning and makes it one JSONL line.
  std::string bytes(input);
  if (json) {
    for (char& c : bytes) {
      if (c == '\n' || c == '\r') c = ' ';
    }
  }
  std::unique_ptr<std::FILE, FileCloser> file(
      bytes.empty() ? std::fopen("/dev/null", "rb") : fmemopen(bytes.data(), bytes.size(), "rb"));
  if (!file) return Status(StatusCode::kIoError, "cannot open the buffer for reading", options.name);

  AnnotateOptions check;
  check.inputs = {"-"};
  check.stdin_file = file.get();
  check.date = options.date;
  check.timezone = options.timezone;
  check.format = options.format;
  check.max_doc_bytes = options.max_doc_bytes;
  CHRONICLE_RETURN_IF_ERROR(check_annotate_options(pipeline, check));

  io::SourceOptions so;
  so.max_doc_bytes = options.max_doc_bytes;
  so.stdin_format = json ? InputFormat::kJsonl : InputFormat::kText;
  so.stdin_file = file.get();
  so.default_date = options.date;
  so.default_timezone = options.timezone;
  auto source = io::DocumentSource::open({"-"}, so);
  if (!source.ok()) return source.status();
  Document doc;
  if (!(*source)->next(doc)) {
    return Status(StatusCode::kParseError, "no JSON object in the input", options.name);
  }
  if (!json || doc.id == "stdin:1") doc.id = options.id;
  doc.meta.source = options.name;
  for (auto& e : doc.errors) e.message = renamed(std::move(e.message), options.name);
  Document extra;
  if ((*source)->next(extra)) {
    return Status(StatusCode::kParseError, "expected one JSON object, found more", options.name);
  }
  for (const auto& e : doc.errors) {
    // The messages already start with the input's name.
    if (e.code == "malformed_jsonl") return Status(StatusCode::kParseError, e.message);
    if (e.code == "too_large") return Status(StatusCode::kTooLarge, e.message);
    if (is_failure_code(e.code)) return Status(StatusCode::kIoError, e.message);
  }

  Status st;
  try {
    st = pipeline.annotate(doc, options.deadline);
  } catch (const std::exception& e) {
    st = Status(StatusCode::kInternal, std::string("exception in the pipeline: ") + e.what(), options.name);
  }
  if (!st.ok()) return Status(st.code(), st.message(), options.name);

  io::JsonWriterOptions jo;
  jo.pretty = options.format == OutputFormat::kJson;
  jo.include_text = options.text;
  jo.include_tokens = options.tokens;
  jo.layers = computed_layers(pipeline);
  jo.models = pipeline.models();
  BufferResult result;
  try {
    if (options.format == OutputFormat::kConllu) {
      io::append_document_conllu(doc, result.output);
    } else {
      io::append_document_json(doc, jo, result.output);
    }
  } catch (const std::exception& e) {  // bad_alloc on a huge document
    return Status(StatusCode::kInternal, std::string("cannot serialise the document: ") + e.what(), options.name);
  }
  result.notes = std::move(doc.errors);
  return result;
}

}  // namespace chronicle
