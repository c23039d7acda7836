// One document for front ends; mirrors what annotate_corpus does per document
// (tests/pipeline/single_document_test.cpp checks both give the same bytes).
#include "chronicle/single_document.h"

#include <cctype>
#include <exception>

#include "chronicle/annotate.h"
#include "io/iso_date.h"
#include "io/json_writer.h"
#include "pipeline/computed_layers.h"

namespace chronicle {

namespace {

// The same shape check as --tz: ASCII words joined by '/'; whether the zone
// exists is for the time stage to say.
bool plausible_timezone(const std::string& s) {
  if (s.empty() || s.front() == '/' || s.back() == '/') return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+')) return false;
  }
  return std::isalpha(static_cast<unsigned char>(s.front()));
}

bool has_failure(const Document& doc) {
  for (const auto& e : doc.errors) {
    if (is_failure_code(e.code)) return true;
  }
  return false;
}

}  // namespace

Status check_document_defaults(const DocumentDefaults& defaults) {
  if (!defaults.date.empty() && !io::is_iso_date(defaults.date)) {
    return Status(StatusCode::kInvalidArgument, "date must be a date as yyyy-mm-dd, got '" + defaults.date + "'");
  }
  if (!defaults.timezone.empty() && !plausible_timezone(defaults.timezone)) {
    return Status(StatusCode::kInvalidArgument,
                  "tz must be an IANA time zone name such as Europe/London, got '" + defaults.timezone + "'");
  }
  return Status::ok_status();
}

Document make_document(DocumentInput input, const DocumentDefaults& defaults) {
  Document doc;
  doc.id = std::move(input.id);
  doc.text = std::move(input.text);
  doc.meta.source = std::move(input.source);
  doc.meta.url = std::move(input.url);
  doc.meta.title = std::move(input.title);
  doc.meta.timezone = input.timezone.empty() ? defaults.timezone : std::move(input.timezone);
  if (!input.date.empty()) {
    doc.meta.date = io::leading_iso_date(input.date);
    if (doc.meta.date.empty()) {
      doc.errors.push_back({"invalid_date",
                            doc.meta.source + ": the input's date '" + input.date + "' is not yyyy-mm-dd; ignored", -1});
    } else {
      doc.meta.date_source = "input";
    }
  }
  if (doc.meta.date.empty() && !defaults.date.empty()) {
    doc.meta.date = defaults.date;
    doc.meta.date_source = "cli";
  }
  return doc;
}

void annotate_document(const Pipeline& pipeline, Document& doc) {
  if (has_failure(doc)) return;
  Status st;
  try {
    st = pipeline.annotate(doc);
  } catch (const std::exception& e) {
    st = Status(StatusCode::kInternal, std::string("exception in the pipeline: ") + e.what(), doc.meta.source);
  }
  if (!st.ok()) doc.errors.push_back({"stage_error", st.to_string(), -1});
}

std::string document_json(const Pipeline& pipeline, const Document& doc, const DocumentJsonOptions& options) {
  io::JsonWriterOptions json;
  json.pretty = options.pretty;
  json.include_text = options.text;
  json.include_tokens = options.tokens;
  json.models = pipeline.models();
  // A document that could not be read carries no layers (as in a corpus run).
  if (!has_failure(doc)) {
    json.layers = computed_layers(pipeline);
  }
  std::string out;
  try {
    io::append_document_json(doc, json, out);
  } catch (const std::exception& e) {  // bad_alloc on a huge document
    Document failed;
    failed.id = doc.id;
    failed.meta = doc.meta;
    failed.errors = doc.errors;
    failed.errors.push_back({"stage_error", std::string("cannot serialise the document: ") + e.what(), -1});
    json.layers = {};
    json.include_tokens = json.include_text = false;
    out.clear();
    io::append_document_json(failed, json, out);
  }
  return out;
}

}  // namespace chronicle
