// annotate_corpus: source -> N workers -> reorder window -> sink.
//
// The calling thread writes; one reader thread feeds a bounded queue; workers
// annotate and serialise. A document may only be read while fewer than
// `window` documents are between reading and writing, which bounds the queue
// and the reorder buffer together, so memory stays flat however long the
// corpus is and however unevenly documents take time.
#include "chronicle/annotate.h"

#include <cctype>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "io/conllu_writer.h"
#include "io/document_source.h"
#include "io/iso_date.h"
#include "io/json_writer.h"

namespace chronicle {

Result<OutputFormat> parse_output_format(const std::string& name) {
  if (name == "jsonl") return OutputFormat::kJsonl;
  if (name == "json") return OutputFormat::kJson;
  if (name == "conllu") return OutputFormat::kConllu;
  return Status(StatusCode::kInvalidArgument, "unknown output format '" + name + "' (known: jsonl, json, conllu)");
}

Result<InputFormat> parse_input_format(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "txt" || name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  return Status(StatusCode::kInvalidArgument, "unknown input format '" + name + "' (known: auto, txt, jsonl)");
}

bool is_failure_code(std::string_view code) {
  return code == "malformed_jsonl" || code == "malformed_warc" || code == "too_large" || code == "read_error" || code == "stage_error";
}

namespace {

// IANA names are ASCII words joined by '/': "Europe/London", "Etc/GMT+5", "UTC".
// Whether the zone exists is for the time stage to say; this catches typos
// such as "-04:00" or an empty name.
bool plausible_timezone(const std::string& s) {
  if (s.empty() || s.front() == '/' || s.back() == '/') return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+')) return false;
  }
  return std::isalpha(static_cast<unsigned char>(s.front()));
}

struct Done {
  std::string output;
  std::vector<AnnotateReport> reports;
  uint64_t tokens = 0;
  uint64_t bytes = 0;
  uint64_t notes = 0;
  bool failed = false;
};

class Worker {
 public:
  Worker(const Pipeline& pipeline, const AnnotateOptions& options) : pipeline_(pipeline), options_(options) {
    json_.pretty = options.format == OutputFormat::kJson;
    json_.include_text = options.text;
    json_.include_tokens = options.tokens;
    json_.layers.tokens = pipeline.runs(Stage::kTokenize);
    json_.layers.segments = pipeline.runs(Stage::kSegment);
    json_.layers.social = pipeline.runs(Stage::kSocial);
    json_.models = pipeline.models();
    failed_json_ = json_;
    failed_json_.layers = {};
  }

  // Fills `d` (whose output buffer keeps its capacity from earlier use).
  void process(Document& doc, Done& d) const {
    d.output.clear();
    d.reports.clear();
    d.tokens = d.notes = 0;
    d.failed = false;
    d.bytes = doc.text.size();
    bool input_failed = false;
    for (const auto& e : doc.errors) input_failed = input_failed || is_failure_code(e.code);
    if (!input_failed) {
      Status st;
      try {
        st = pipeline_.annotate(doc);
      } catch (const std::exception& e) {
        st = Status(StatusCode::kInternal, std::string("exception in the pipeline: ") + e.what(), doc.meta.source);
      }
      if (!st.ok()) doc.errors.push_back({"stage_error", st.to_string(), -1});
    }
    d.tokens = doc.tokens.size();
    try {
      if (options_.format == OutputFormat::kConllu) {
        if (!input_failed) io::append_document_conllu(doc, d.output);
      } else {
        io::append_document_json(doc, input_failed ? failed_json_ : json_, d.output);
      }
    } catch (const std::exception& e) {  // bad_alloc on a huge document
      d.output.clear();
      doc.errors.push_back({"stage_error", std::string("cannot serialise the document: ") + e.what(), -1});
    }
    for (const auto& e : doc.errors) {
      AnnotateReport r;
      r.failure = is_failure_code(e.code);
      r.where = doc.meta.source;
      r.id = doc.id;
      r.note = e;
      d.failed = d.failed || r.failure;
      if (!r.failure) ++d.notes;
      d.reports.push_back(std::move(r));
    }
  }

 private:
  const Pipeline& pipeline_;
  const AnnotateOptions& options_;
  io::JsonWriterOptions json_;
  io::JsonWriterOptions failed_json_;
};

// Accounts for one finished document and hands it to the sinks, in order.
class Writer {
 public:
  explicit Writer(const AnnotateSinks& sinks) : sinks_(sinks), start_(std::chrono::steady_clock::now()) {}

  Status write(Done& d) {
    ++stats_.documents;
    stats_.tokens += d.tokens;
    stats_.bytes += d.bytes;
    stats_.notes += d.notes;
    if (d.failed) ++stats_.failed;
    if (sinks_.report) {
      for (const auto& r : d.reports) sinks_.report(r);
    }
    if (!d.output.empty()) CHRONICLE_RETURN_IF_ERROR(sinks_.write(d.output));
    if (sinks_.progress) {
      const auto now = std::chrono::steady_clock::now();
      if (now - last_progress_ >= std::chrono::milliseconds(250)) {
        last_progress_ = now;
        sinks_.progress(finish());
      }
    }
    return Status::ok_status();
  }

  AnnotateStats finish() {
    stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    return stats_;
  }

 private:
  const AnnotateSinks& sinks_;
  AnnotateStats stats_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_progress_{};
};

Status run_serial(io::DocumentSource& source, const Worker& worker, Writer& writer) {
  Document doc;
  Done d;
  while (source.next(doc)) {
    worker.process(doc, d);
    CHRONICLE_RETURN_IF_ERROR(writer.write(d));
  }
  return Status::ok_status();
}

Status run_parallel(io::DocumentSource& source, const Worker& worker, Writer& writer, unsigned threads) {
  const uint64_t window = 4ull * threads;
  std::mutex m;
  std::condition_variable cv_work, cv_space, cv_done;
  std::deque<std::pair<uint64_t, Document>> queue;
  std::map<uint64_t, Done> done;
  // Documents and results are recycled so their buffers are allocated once,
  // not once per document; both lists stay below window + threads entries.
  std::vector<Document> spare_docs;
  std::vector<Done> spare_done;
  uint64_t read_count = 0, next_write = 0;
  bool reading_done = false, abort = false;

  std::thread reader([&] {
    for (;;) {
      Document doc;
      {
        std::unique_lock lock(m);
        cv_space.wait(lock, [&] { return abort || read_count - next_write < window; });
        if (abort) break;
        if (!spare_docs.empty()) {
          doc = std::move(spare_docs.back());
          spare_docs.pop_back();
        }
      }
      // Only this thread reads, so the source needs no lock.
      if (!source.next(doc)) break;
      std::lock_guard lock(m);
      queue.emplace_back(read_count++, std::move(doc));
      cv_work.notify_one();
    }
    std::lock_guard lock(m);
    reading_done = true;
    cv_work.notify_all();
    cv_done.notify_all();
  });

  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      for (;;) {
        std::pair<uint64_t, Document> item;
        Done d;
        {
          std::unique_lock lock(m);
          cv_work.wait(lock, [&] { return abort || !queue.empty() || reading_done; });
          if (abort || queue.empty()) return;
          item = std::move(queue.front());
          queue.pop_front();
          if (!spare_done.empty()) {
            d = std::move(spare_done.back());
            spare_done.pop_back();
          }
        }
        worker.process(item.second, d);
        std::lock_guard lock(m);
        done.emplace(item.first, std::move(d));
        spare_docs.push_back(std::move(item.second));
        if (item.first == next_write) cv_done.notify_one();
      }
    });
  }

  Status status;
  for (;;) {
    Done d;
    {
      std::unique_lock lock(m);
      cv_done.wait(lock, [&] { return done.count(next_write) > 0 || (reading_done && next_write == read_count); });
      auto it = done.find(next_write);
      if (it == done.end()) break;  // everything read has been written
      d = std::move(it->second);
      done.erase(it);
    }
    status = writer.write(d);
    std::lock_guard lock(m);
    ++next_write;
    if (d.output.capacity() <= (1u << 22)) spare_done.push_back(std::move(d));  // keep buffers up to 4 MiB
    cv_space.notify_one();
    if (!status.ok()) {
      abort = true;
      cv_work.notify_all();
      cv_space.notify_all();
      break;
    }
  }
  reader.join();
  for (auto& t : workers) t.join();
  return status;
}

}  // namespace

Status check_annotate_options(const Pipeline& pipeline, const AnnotateOptions& options) {
  if (options.inputs.empty()) return Status(StatusCode::kInvalidArgument, "no input given (use - for stdin)");
  if (!options.date.empty() && !io::is_iso_date(options.date)) {
    return Status(StatusCode::kInvalidArgument, "--date must be a date as yyyy-mm-dd, got '" + options.date + "'");
  }
  if (!options.timezone.empty() && !plausible_timezone(options.timezone)) {
    return Status(StatusCode::kInvalidArgument,
                  "--tz must be an IANA time zone name such as Europe/London, got '" + options.timezone + "'");
  }
  if (options.threads < 1 || options.threads > 1024) {
    return Status(StatusCode::kInvalidArgument, "-j must be between 1 and 1024");
  }
  // Offsets are 32-bit and repair can triple the size of cp1252 text.
  if (options.max_doc_bytes < 1 || options.max_doc_bytes > (1ull << 30)) {
    return Status(StatusCode::kInvalidArgument, "--max-doc-bytes must be between 1 and 1073741824");
  }
  if (options.format == OutputFormat::kConllu && !pipeline.runs(Stage::kSegment)) {
    return Status(StatusCode::kInvalidArgument, "conllu output needs the segment stage");
  }
  io::SourceOptions so;
  so.stdin_file = options.stdin_file;
  auto source = io::DocumentSource::open(options.inputs, so);
  return source.ok() ? Status::ok_status() : source.status();
}

Result<AnnotateStats> annotate_corpus(const Pipeline& pipeline, const AnnotateOptions& options,
                                      const AnnotateSinks& sinks) {
  CHRONICLE_RETURN_IF_ERROR(check_annotate_options(pipeline, options));
  if (!sinks.write) return Status(StatusCode::kInvalidArgument, "annotate_corpus needs a write sink");
  io::SourceOptions so;
  so.max_doc_bytes = options.max_doc_bytes;
  so.stdin_format = options.stdin_format;
  so.stdin_file = options.stdin_file;
  so.default_date = options.date;
  so.default_timezone = options.timezone;
  auto source = io::DocumentSource::open(options.inputs, so);
  if (!source.ok()) return source.status();

  const Worker worker(pipeline, options);
  Writer writer(sinks);
  const Status st = options.threads <= 1 ? run_serial(**source, worker, writer)
                                         : run_parallel(**source, worker, writer, options.threads);
  if (!st.ok()) return st;
  return writer.finish();
}

}  // namespace chronicle
