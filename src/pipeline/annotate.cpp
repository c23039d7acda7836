// annotate_corpus: source -> N workers -> reorder window -> sink.
//
// The calling thread writes; one reader thread feeds a bounded queue; workers
// annotate and serialise. A document may only be read while fewer than
// `window` documents are between reading and writing, which bounds the queue
// and the reorder buffer together, so memory stays flat however long the
// corpus is and however unevenly documents take time.
#include "chronicle/annotate.h"

#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "chronicle/shard.h"
#include "chronicle/sqlite_store.h"
#include "io/conllu_writer.h"
#include "io/document_source.h"
#include "io/gdelt_events_writer.h"
#include "io/gkg_writer.h"
#include "io/iso_date.h"
#include "io/json_writer.h"
#include "pipeline/computed_layers.h"
#include "io/timeml_writer.h"

namespace chronicle {

Result<OutputFormat> parse_output_format(const std::string& name) {
  if (name == "jsonl") return OutputFormat::kJsonl;
  if (name == "json") return OutputFormat::kJson;
  if (name == "conllu") return OutputFormat::kConllu;
  if (name == "gdelt-events") return OutputFormat::kGdeltEvents;
  if (name == "gkg") return OutputFormat::kGkg;
  if (name == "timeml") return OutputFormat::kTimeml;
  if (name == "sqlite") return OutputFormat::kSqlite;
  return Status(StatusCode::kInvalidArgument,
                "unknown output format '" + name + "' (known: jsonl, json, conllu, gdelt-events, gkg, timeml, sqlite)");
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
  uint64_t position = 0;  // in the whole input
  uint64_t tokens = 0;
  uint64_t bytes = 0;
  uint64_t notes = 0;
  uint64_t events = 0;
  bool failed = false;
  Document doc;  // the annotated document, for the SQLite store
};

// Decides which documents this run annotates: its shard, minus what a
// resumed database already holds.
class Selector {
 public:
  Selector(const AnnotateOptions& options, const SqliteStore* store)
      : options_(options), committed_(store ? &store->committed() : nullptr) {}

  // Sets `take`; a non-ok Status when the input is not the one the database
  // was made from.
  Status select(uint64_t position, const Document& doc, bool& take) const {
    take = shard_of(doc.id, options_.shard_count) == options_.shard_index;
    if (!take || !committed_) return Status::ok_status();
    auto it = committed_->find(position);
    if (it == committed_->end()) return Status::ok_status();
    take = false;
    if (it->second != doc.id) {
      return Status(StatusCode::kInvalidArgument,
                    "cannot resume: input position " + std::to_string(position) + " holds id '" + doc.id +
                        "' but the database has '" + it->second + "' there (the input changed?)",
                    doc.meta.source);
    }
    return Status::ok_status();
  }

 private:
  const AnnotateOptions& options_;
  const std::unordered_map<uint64_t, std::string>* committed_;
};

class Worker {
 public:
  Worker(const Pipeline& pipeline, const AnnotateOptions& options) : pipeline_(pipeline), options_(options) {
    json_.pretty = options.format == OutputFormat::kJson;
    json_.include_text = options.text;
    json_.include_tokens = options.tokens;
    json_.layers = computed_layers(pipeline);
    json_.models = pipeline.models();
    failed_json_ = json_;
    failed_json_.layers = {};
  }

  // Fills `d` (whose output buffer keeps its capacity from earlier use).
  void process(Document& doc, Done& d) const {
    d.output.clear();
    d.reports.clear();
    d.tokens = d.notes = d.events = 0;
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
    d.events = doc.events.size();
    try {
      if (options_.format == OutputFormat::kSqlite) {
        // The writer thread stores the Document itself.
      } else if (options_.format == OutputFormat::kConllu) {
        if (!input_failed) io::append_document_conllu(doc, d.output);
      } else if (options_.format == OutputFormat::kGdeltEvents) {
        if (!input_failed) io::append_document_gdelt_events(doc, d.output);
      } else if (options_.format == OutputFormat::kGkg) {
        if (!input_failed) io::append_document_gkg(doc, d.output);
      } else if (options_.format == OutputFormat::kTimeml) {
        if (!input_failed) io::append_document_timeml(doc, d.output);
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
  Writer(const AnnotateSinks& sinks, SqliteStore* store, uint64_t input_bytes_total)
      : sinks_(sinks), store_(store), start_(std::chrono::steady_clock::now()) {
    stats_.input_bytes_total = input_bytes_total;
  }

  // `doc` is the annotated document `d` was made from.
  Status write(Done& d, const Document& doc) {
    ++stats_.documents;
    stats_.tokens += d.tokens;
    stats_.bytes += d.bytes;
    stats_.notes += d.notes;
    stats_.events += d.events;
    if (d.failed) ++stats_.failed;
    if (sinks_.report) {
      for (const auto& r : d.reports) sinks_.report(r);
    }
    if (store_) {
      CHRONICLE_RETURN_IF_ERROR(store_->add(doc, d.position));
    } else if (!d.output.empty()) {
      CHRONICLE_RETURN_IF_ERROR(sinks_.write(d.output));
    }
    tick();
    return Status::ok_status();
  }

  void skip() {
    ++stats_.skipped;
    tick();
  }

  AnnotateStats finish() {
    stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    stats_.input_bytes_read = bytes_read_.load(std::memory_order_relaxed);
    return stats_;
  }

  // Set by whichever thread reads the input.
  void set_bytes_read(uint64_t n) { bytes_read_.store(n, std::memory_order_relaxed); }

 private:
  void tick() {
    if (!sinks_.progress) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_progress_ >= std::chrono::milliseconds(250)) {
      last_progress_ = now;
      sinks_.progress(finish());
    }
  }

  const AnnotateSinks& sinks_;
  SqliteStore* store_;
  std::atomic<uint64_t> bytes_read_{0};
  AnnotateStats stats_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_progress_{};
};

Status run_serial(io::DocumentSource& source, const Selector& selector, const Worker& worker, Writer& writer) {
  Document doc;
  Done d;
  for (uint64_t position = 0; source.next(doc); ++position) {
    writer.set_bytes_read(source.bytes_read());
    bool take = false;
    CHRONICLE_RETURN_IF_ERROR(selector.select(position, doc, take));
    if (!take) {
      writer.skip();
      continue;
    }
    worker.process(doc, d);
    d.position = position;
    CHRONICLE_RETURN_IF_ERROR(writer.write(d, doc));
  }
  return Status::ok_status();
}

struct Item {
  uint64_t seq = 0;       // order among the documents taken
  uint64_t position = 0;  // in the whole input
  Document doc;
};

Status run_parallel(io::DocumentSource& source, const Selector& selector, const Worker& worker, Writer& writer,
                    unsigned threads) {
  const uint64_t window = 4ull * threads;
  std::mutex m;
  std::condition_variable cv_work, cv_space, cv_done;
  std::deque<Item> queue;
  std::map<uint64_t, Done> done;
  // Documents and results are recycled so their buffers are allocated once,
  // not once per document; both lists stay below window + threads entries.
  std::vector<Document> spare_docs;
  std::vector<Done> spare_done;
  uint64_t read_count = 0, next_write = 0;
  bool reading_done = false, abort = false;
  Status reader_status;
  uint64_t skipped = 0;  // told to the writer by the calling thread

  std::thread reader([&] {
    for (uint64_t position = 0;; ++position) {
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
      bool take = false;
      Status st;
      for (;; ++position) {
        if (!source.next(doc)) break;
        writer.set_bytes_read(source.bytes_read());
        st = selector.select(position, doc, take);
        if (!st.ok() || take) break;
        std::lock_guard lock(m);
        ++skipped;
      }
      std::lock_guard lock(m);
      if (!st.ok()) reader_status = st;
      if (!take) break;
      queue.push_back(Item{read_count++, position, std::move(doc)});
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
        Item item;
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
        worker.process(item.doc, d);
        d.position = item.position;
        // The result keeps the document; the one it held goes back for reading.
        std::swap(d.doc, item.doc);
        std::lock_guard lock(m);
        done.emplace(item.seq, std::move(d));
        spare_docs.push_back(std::move(item.doc));
        if (item.seq == next_write) cv_done.notify_one();
      }
    });
  }

  Status status;
  for (;;) {
    Done d;
    uint64_t newly_skipped = 0;
    {
      std::unique_lock lock(m);
      cv_done.wait(lock, [&] { return done.count(next_write) > 0 || (reading_done && next_write == read_count); });
      auto it = done.find(next_write);
      if (it == done.end()) break;  // everything read has been written; skips are counted below
      newly_skipped = skipped;
      skipped = 0;
      d = std::move(it->second);
      done.erase(it);
    }
    for (; newly_skipped > 0; --newly_skipped) writer.skip();
    status = writer.write(d, d.doc);
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
  for (; skipped > 0; --skipped) writer.skip();
  return status.ok() ? reader_status : status;
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
  if (options.format == OutputFormat::kTimeml && !pipeline.runs(Stage::kTime)) {
    return Status(StatusCode::kInvalidArgument, "timeml output needs the time stage");
  }
  if (options.shard_count < 1 || options.shard_index >= options.shard_count) {
    return Status(StatusCode::kInvalidArgument, "--shard must be I/N with 0 <= I < N");
  }
  if (options.format == OutputFormat::kSqlite && (options.output.empty() || options.output == "-")) {
    return Status(StatusCode::kInvalidArgument, "sqlite output needs a database file (-o corpus.db)");
  }
  if (options.resume && options.format != OutputFormat::kSqlite) {
    return Status(StatusCode::kInvalidArgument, "--resume needs sqlite output (--format sqlite or -o FILE.db)");
  }
  io::SourceOptions so;
  so.stdin_file = options.stdin_file;
  auto source = io::DocumentSource::open(options.inputs, so);
  return source.ok() ? Status::ok_status() : source.status();
}

Result<AnnotateStats> annotate_corpus(const Pipeline& pipeline, const AnnotateOptions& options,
                                      const AnnotateSinks& sinks) {
  CHRONICLE_RETURN_IF_ERROR(check_annotate_options(pipeline, options));
  const bool sqlite = options.format == OutputFormat::kSqlite;
  if (!sqlite && !sinks.write) return Status(StatusCode::kInvalidArgument, "annotate_corpus needs a write sink");
  io::SourceOptions so;
  so.max_doc_bytes = options.max_doc_bytes;
  so.stdin_format = options.stdin_format;
  so.stdin_file = options.stdin_file;
  so.default_date = options.date;
  so.default_timezone = options.timezone;
  auto source = io::DocumentSource::open(options.inputs, so);
  if (!source.ok()) return source.status();

  std::unique_ptr<SqliteStore> store;
  if (sqlite) {
    SqliteStoreOptions store_options;
    store_options.resume = options.resume;
    store_options.text = options.text;
    store_options.tokens = options.tokens;
    store_options.batch = options.sqlite_batch;
    store_options.shard_index = options.shard_index;
    store_options.shard_count = options.shard_count;
    store_options.models = pipeline.models();
    auto opened = SqliteStore::open(options.output, store_options);
    if (!opened.ok()) return opened.status();
    store = std::move(*opened);
  }

  const Selector selector(options, store.get());
  const Worker worker(pipeline, options);
  Writer writer(sinks, store.get(), io::DocumentSource::input_bytes(options.inputs));
  Status st = options.threads <= 1 ? run_serial(**source, selector, worker, writer)
                                   : run_parallel(**source, selector, worker, writer, options.threads);
  // What was written stays written, whatever stopped the run.
  if (store) {
    const Status closed = store->close();
    if (st.ok()) st = closed;
  }
  if (!st.ok()) return st;
  return writer.finish();
}

}  // namespace chronicle
