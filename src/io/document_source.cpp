#include "io/document_source.h"

#include <simdjson.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "html/article_extractor.h"
#include "html/charset.h"
#include "io/http_response.h"
#include "io/iso_date.h"
#include "io/line_reader.h"
#include "io/warc_reader.h"
#include "text/utf8_repair.h"

namespace chronicle::io {

namespace fs = std::filesystem;

namespace {

enum class FileKind { kText, kJsonl, kHtml, kWarc, kSkip };

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Kinds every file name says, whether given or found in a directory.
FileKind kind_by_name(const fs::path& p) {
  const std::string name = lower(p.filename().string());
  if (name.ends_with(".warc") || name.ends_with(".warc.gz")) return FileKind::kWarc;
  const std::string ext = lower(p.extension().string());
  if (ext == ".jsonl") return FileKind::kJsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return FileKind::kHtml;
  if (ext == ".txt") return FileKind::kText;
  return FileKind::kSkip;
}

// Explicit files: by name, and anything else is one text document.
FileKind explicit_kind(const fs::path& p) {
  const FileKind kind = kind_by_name(p);
  return kind == FileKind::kSkip ? FileKind::kText : kind;
}

// Files met while walking a directory: only the kinds above are inputs.
FileKind directory_kind(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name.empty() || name[0] == '.') return FileKind::kSkip;
  return kind_by_name(p);
}

// "dir/sub/a.txt" -> "dir/sub/a", "crawl.warc.gz" -> "crawl".
std::string without_extension(const fs::path& p) {
  fs::path q = p;
  if (lower(q.filename().string()).ends_with(".warc.gz")) q.replace_extension();
  q.replace_extension();
  return q.generic_string();
}

void failure(Document& doc, std::string code, std::string message) {
  doc.text.clear();
  doc.errors.push_back({std::move(code), std::move(message), -1});
}

// Reads at most max+1 bytes; sets too_large when there were more than max.
bool read_capped(std::FILE* f, uint64_t max, std::string& out, bool& too_large) {
  too_large = false;
  out.clear();
  char buf[1 << 16];
  for (;;) {
    const size_t n = std::fread(buf, 1, sizeof buf, f);
    if (n == 0) break;
    if (out.size() + n > max) {
      too_large = true;
      out.clear();
      return true;
    }
    out.append(buf, n);
  }
  return !std::ferror(f);
}

std::string too_large_message(const std::string& where, uint64_t max) {
  return where + ": document is larger than --max-doc-bytes (" + std::to_string(max) + " bytes)";
}

// Empties `doc` but keeps the capacity of its buffers, so a reused Document
// does not allocate again (large documents give their memory back).
void reset(Document& doc) {
  constexpr size_t kKeepText = 1 << 20;
  constexpr size_t kKeepItems = 1 << 16;
  if (doc.text.capacity() > kKeepText || doc.tokens.capacity() > kKeepItems) {
    doc = Document();
    return;
  }
  doc.id.clear();
  doc.text.clear();
  doc.meta = Meta();
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.tokens.clear();
  doc.hashtags.clear();
  doc.mentions.clear();
  doc.urls.clear();
  doc.posts.clear();
  doc.entities.clear();
  doc.times.clear();
  doc.quotes.clear();
  doc.events.clear();
  doc.errors.clear();
}

struct DirFrame {
  fs::path dir;                 // on disk
  std::string rel;              // relative to the directory given, "" at the top
  std::vector<fs::path> names;  // sorted entry names
  size_t next = 0;
};

}  // namespace

struct DocumentSource::Impl {
  SourceOptions options;
  std::vector<std::string> inputs;
  size_t next_input = 0;

  // Walking a directory given on the command line.
  fs::path walk_root;
  std::vector<DirFrame> dirs;

  // The JSONL file being read.
  std::FILE* jsonl = nullptr;
  bool jsonl_owned = false;
  std::unique_ptr<LineReader> reader;
  std::string jsonl_where;    // file name for messages
  std::string jsonl_id_base;  // for records without "id"
  std::string line;
  simdjson::dom::parser parser;
  bool utf8_error = false;  // the last parse_record failed on invalid UTF-8
  uint64_t bytes_done = 0;  // bytes of the files finished (for progress)

  // The WARC file being read.
  std::unique_ptr<WarcReader> warc;
  std::string warc_where;
  std::string warc_id_base;
  WarcRecord record;
  HttpResponse response;

  ~Impl() { close_jsonl(); }

  void close_jsonl() {
    if (reader) bytes_done += reader->bytes_read();
    if (jsonl && jsonl_owned) std::fclose(jsonl);
    jsonl = nullptr;
    reader.reset();
  }

  void apply_defaults(Document& doc) const {
    if (!doc.meta.date.empty()) {
      std::string date = leading_iso_date(doc.meta.date);
      if (date.empty()) {
        doc.errors.push_back({"invalid_date", doc.meta.source + ": the input's date '" + doc.meta.date +
                                                  "' is not yyyy-mm-dd; ignored", -1});
      } else {
        doc.meta.date_source = "input";
      }
      doc.meta.date = std::move(date);
    }
    if (doc.meta.date.empty() && !options.default_date.empty()) {
      doc.meta.date = options.default_date;
      doc.meta.date_source = "cli";
    }
    if (doc.meta.timezone.empty()) doc.meta.timezone = options.default_timezone;
  }

  // Fills doc from a news page: article text, title, author, URL and date.
  void take_html(std::string_view bytes, const html::HtmlOptions& html_options, Document& doc) {
    html::HtmlArticle article = html::extract_article(bytes, html_options);
    doc.text = std::move(article.text);
    if (!article.meta.title.empty()) doc.meta.title = std::move(article.meta.title);
    if (!article.meta.url.empty()) doc.meta.url = std::move(article.meta.url);
    if (!article.meta.author.empty()) doc.meta.author = std::move(article.meta.author);
    if (!article.meta.date.empty()) doc.meta.date = std::move(article.meta.date);
    for (std::string& note : article.notes) doc.errors.push_back({"charset", doc.meta.source + ": " + note, -1});
    apply_defaults(doc);
  }

  void read_text_file(const fs::path& path, const std::string& id, Document& doc, bool is_html = false) {
    doc.id = id;
    doc.meta.source = path.string();
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      std::error_code ec(errno, std::generic_category());
      failure(doc, "read_error", doc.meta.source + ": cannot open: " + ec.message());
      return;
    }
    struct stat st {};
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
        static_cast<uint64_t>(st.st_size) > options.max_doc_bytes) {
      std::fclose(f);
      failure(doc, "too_large", too_large_message(doc.meta.source, options.max_doc_bytes));
      return;
    }
    bool too_large = false;
    const bool ok = read_capped(f, options.max_doc_bytes, doc.text, too_large);
    std::fclose(f);
    bytes_done += S_ISREG(st.st_mode) ? static_cast<uint64_t>(st.st_size) : doc.text.size();
    if (too_large) {
      failure(doc, "too_large", too_large_message(doc.meta.source, options.max_doc_bytes));
    } else if (!ok) {
      failure(doc, "read_error", doc.meta.source + ": read failed");
    } else if (is_html) {
      const std::string bytes = std::move(doc.text);
      take_html(bytes, {}, doc);
    } else {
      apply_defaults(doc);
    }
  }

  void open_jsonl(std::FILE* f, bool owned, std::string where, std::string id_base, uint64_t first_line = 0) {
    jsonl = f;
    jsonl_owned = owned;
    // The line limit is a little above the document limit: JSON escaping
    // makes the line longer than the text it carries.
    const uint64_t max_line = options.max_doc_bytes + options.max_doc_bytes / 8 + 4096;
    reader = std::make_unique<LineReader>(f, max_line);
    reader->set_line_number(first_line);
    jsonl_where = std::move(where);
    jsonl_id_base = std::move(id_base);
  }

  // Parses one JSONL record; returns an empty string or what is wrong.
  // The DOM parser is used on purpose: it picks the best SIMD kernel at run
  // time, while On-Demand is fixed at compile time (the fallback kernel in a
  // portable build), and it validates the whole line.
  std::string parse_record(std::string& json, Document& doc) {
    using namespace simdjson;
    json.reserve(json.size() + SIMDJSON_PADDING);
    dom::element root;
    auto err = parser.parse(json.data(), json.size(), false).get(root);
    utf8_error = err == UTF8_ERROR;
    if (err) return std::string("malformed JSON: ") + error_message(err);
    dom::object obj;
    if (root.get(obj)) return "a JSONL line must hold one JSON object";
    bool has_text = false;
    for (dom::key_value_pair field : obj) {
      const std::string_view key = field.key;
      const dom::element value = field.value;
      const dom::element_type type = value.type();
      std::string_view s;
      if (key == "text") {
        if (value.get(s)) return "field \"text\" must be a string";
        doc.text.assign(s);
        has_text = true;
      } else if (key == "id") {
        if (type == dom::element_type::STRING) {
          if (value.get(s)) return "field \"id\" is not a valid string";
          doc.id.assign(s);
        } else if (type == dom::element_type::INT64 || type == dom::element_type::UINT64 ||
                   type == dom::element_type::DOUBLE) {
          doc.id = simdjson::minify(value);
        } else if (type != dom::element_type::NULL_VALUE) {
          return "field \"id\" must be a string or a number";
        }
      } else if (key == "date" || key == "url" || key == "title" || key == "timezone" || key == "author") {
        if (type == dom::element_type::NULL_VALUE) continue;
        if (value.get(s)) return "field \"" + std::string(key) + "\" must be a string";
        std::string* target = key == "date"    ? &doc.meta.date
                              : key == "url"   ? &doc.meta.url
                              : key == "title" ? &doc.meta.title
                              : key == "author" ? &doc.meta.author
                                               : &doc.meta.timezone;
        target->assign(s);
      }
      // Other fields are ignored: corpora carry extra metadata.
    }
    if (!has_text) return "missing field \"text\"";
    return {};
  }

  // Reads the next non-blank JSONL line into doc; false at end of file.
  bool next_jsonl(Document& doc) {
    bool truncated = false, error = false;
    while (reader->next(line, truncated, error)) {
      if (!truncated && std::all_of(line.begin(), line.end(),
                                    [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
        continue;  // blank lines separate nothing in JSONL; skip them
      }
      const std::string where = jsonl_where + ":" + std::to_string(reader->line_number());
      doc.meta.source = where;
      if (truncated) {
        doc.id = jsonl_id_base + ":" + std::to_string(reader->line_number());
        failure(doc, "too_large", too_large_message(where, options.max_doc_bytes));
        return true;
      }
      std::string problem = parse_record(line, doc);
      if (utf8_error) {
        // Invalid UTF-8 inside a record: repair the line and read it again,
        // keeping a note (its offset would refer to the line, not the text).
        std::vector<ErrorNote> notes;
        std::string repaired = text::repair_utf8(line, notes);
        reset(doc);
        doc.meta.source = where;
        problem = parse_record(repaired, doc);
        for (auto& n : notes) {
          n.message = "in the JSONL line: " + n.message;
          n.offset = -1;
          doc.errors.push_back(std::move(n));
        }
      }
      if (doc.id.empty()) doc.id = jsonl_id_base + ":" + std::to_string(reader->line_number());
      if (!problem.empty()) {
        failure(doc, "malformed_jsonl", where + ": " + problem);
      } else if (doc.text.size() > options.max_doc_bytes) {
        failure(doc, "too_large", too_large_message(where, options.max_doc_bytes));
      } else {
        apply_defaults(doc);
      }
      return true;
    }
    if (error) {
      doc.id = jsonl_id_base;
      doc.meta.source = jsonl_where;
      failure(doc, "read_error", jsonl_where + ": read failed after line " + std::to_string(reader->line_number()));
      close_jsonl();
      return true;
    }
    close_jsonl();
    return false;
  }

  // The next HTML page of the WARC file into doc; false at its end. Records
  // that hold no HTML page (warcinfo, request, metadata, images, redirects)
  // are not documents and are passed over.
  bool next_warc(Document& doc) {
    std::string problem;
    for (;;) {
      const WarcReader::Next got = warc->next(record, problem);
      if (got == WarcReader::Next::kEnd) {
        warc.reset();
        return false;
      }
      const std::string where = warc_where + ":record " + std::to_string(record.number);
      if (got != WarcReader::Next::kRecord) {
        doc.id = warc_id_base + ":" + std::to_string(record.number);
        doc.meta.source = where;
        failure(doc, got == WarcReader::Next::kTooLarge ? "too_large" : "malformed_warc",
                where + " (byte " + std::to_string(record.offset) + "): " + problem);
        return true;
      }
      const std::string type = lower(std::string(record.header("warc-type")));
      const std::string content_type = lower(std::string(record.header("content-type")));
      std::string_view body;
      std::string charset;
      if (type == "response" && content_type.starts_with("application/http")) {
        problem = parse_http_response(record.block, options.max_doc_bytes, response);
        if (problem.empty()) {
          const std::string http_type = lower(response.content_type);
          const bool is_html = http_type.find("html") != std::string::npos ||
                               (http_type.empty() && lower(response.body.substr(0, 512)).find("<html") != std::string::npos);
          if (response.status < 200 || response.status >= 300 || !is_html) continue;
          body = response.body;
          charset = html::charset_from_content_type(response.content_type);
        }
      } else if (type == "resource" && content_type.find("html") != std::string::npos) {
        body = record.block;
        charset = html::charset_from_content_type(content_type);
      } else {
        continue;
      }
      std::string record_id(record.header("warc-record-id"));
      if (record_id.size() > 2 && record_id.front() == '<' && record_id.back() == '>') {
        record_id = record_id.substr(1, record_id.size() - 2);
      }
      doc.id = record_id.empty() ? warc_id_base + ":" + std::to_string(record.number) : record_id;
      doc.meta.source = where;
      if (!problem.empty()) {
        failure(doc, "malformed_warc", where + " (byte " + std::to_string(record.offset) + "): " + problem);
        return true;
      }
      html::HtmlOptions html_options;
      html_options.charset = std::move(charset);
      html_options.base_url = std::string(record.header("warc-target-uri"));
      take_html(body, html_options, doc);
      // The page's own canonical URL and publication date win; the crawl's
      // URL and capture date stand in when the page gives none.
      if (doc.meta.url.empty()) doc.meta.url = html_options.base_url;
      if (doc.meta.date_source != "input") {
        const std::string crawl_date = leading_iso_date(record.header("warc-date"));
        if (!crawl_date.empty()) {
          doc.meta.date = crawl_date;
          doc.meta.date_source = "input";
        }
      }
      return true;
    }
  }

  // Opens or reads one file; true when `doc` was filled.
  bool take_file(const fs::path& path, FileKind kind, const std::string& id, Document& doc) {
    if (kind == FileKind::kText || kind == FileKind::kHtml) {
      read_text_file(path, id, doc, kind == FileKind::kHtml);
      return true;
    }
    if (kind == FileKind::kWarc) {
      auto in = GzipReader::open(path.string());
      if (!in.ok()) {
        doc.id = id;
        doc.meta.source = path.string();
        failure(doc, "read_error", path.string() + ": " + in.status().message());
        return true;
      }
      warc = std::make_unique<WarcReader>(std::move(*in), options.max_doc_bytes);
      warc_where = path.string();
      warc_id_base = id;
      return false;
    }
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      std::error_code ec(errno, std::generic_category());
      doc.id = id;
      doc.meta.source = path.string();
      failure(doc, "read_error", path.string() + ": cannot open: " + ec.message());
      return true;
    }
    open_jsonl(f, true, path.string(), id);
    return false;
  }

  bool push_dir(const fs::path& dir, std::string rel, Document& doc) {
    DirFrame frame{dir, std::move(rel), {}, 0};
    std::error_code ec;
    for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
      frame.names.push_back(it->path().filename());
    }
    if (ec) {
      doc.id = frame.rel.empty() ? dir.filename().string() : frame.rel;
      doc.meta.source = dir.string();
      failure(doc, "read_error", dir.string() + ": cannot list directory: " + ec.message());
      return true;
    }
    std::sort(frame.names.begin(), frame.names.end(),
              [](const fs::path& a, const fs::path& b) { return a.native() < b.native(); });
    dirs.push_back(std::move(frame));
    return false;
  }

  // One step of the directory walk; true when `doc` was filled.
  bool step_dir(Document& doc) {
    DirFrame& top = dirs.back();
    if (top.next == top.names.size()) {
      dirs.pop_back();
      return false;
    }
    const fs::path name = top.names[top.next++];
    const fs::path full = top.dir / name;
    const std::string rel = top.rel.empty() ? name.string() : top.rel + "/" + name.string();
    std::error_code ec;
    const fs::file_status link = fs::symlink_status(full, ec);
    if (name.string().empty() || name.string()[0] == '.') return false;
    if (fs::is_directory(link)) return push_dir(full, rel, doc);  // symlinked dirs are not followed
    const FileKind kind = directory_kind(name);
    if (kind == FileKind::kSkip) return false;
    if (!fs::is_regular_file(fs::status(full, ec))) {
      // An input by its name that cannot be read as a file: say so, rather
      // than drop it (opening a FIFO would block the run).
      doc.id = without_extension(fs::path(rel));
      doc.meta.source = full.string();
      const bool dangling = fs::is_symlink(link) && !fs::exists(fs::status(full, ec));
      failure(doc, "read_error",
              full.string() + (dangling ? ": dangling symbolic link" : ": not a regular file (FIFO, socket or device)"));
      return true;
    }
    return take_file(full, kind, without_extension(fs::path(rel)), doc);
  }

  bool take_stdin(Document& doc) {
    std::FILE* in = options.stdin_file;
    InputFormat format = options.stdin_format;
    std::string leading;  // whitespace consumed while sniffing
    if (format == InputFormat::kAuto) {
      int c;
      while ((c = std::fgetc(in)) != EOF && std::isspace(c)) leading.push_back(static_cast<char>(c));
      if (c != EOF) std::ungetc(c, in);
      format = c == '{' ? InputFormat::kJsonl : InputFormat::kText;
    }
    if (format == InputFormat::kJsonl) {
      open_jsonl(in, false, "<stdin>", "stdin",
                 static_cast<uint64_t>(std::count(leading.begin(), leading.end(), '\n')));
      return false;
    }
    doc.id = "stdin";
    doc.meta.source = "<stdin>";
    bool too_large = false;
    std::string rest;
    const uint64_t budget = options.max_doc_bytes >= leading.size() ? options.max_doc_bytes - leading.size() : 0;
    const bool ok = read_capped(in, budget, rest, too_large);
    if (too_large || leading.size() > options.max_doc_bytes) {
      failure(doc, "too_large", too_large_message("<stdin>", options.max_doc_bytes));
    } else if (!ok) {
      failure(doc, "read_error", "<stdin>: read failed");
    } else {
      doc.text = std::move(leading);
      doc.text += rest;
      apply_defaults(doc);
    }
    return true;
  }

  bool next(Document& doc) {
    for (;;) {
      reset(doc);
      if (jsonl) {
        if (next_jsonl(doc)) return true;
        continue;
      }
      if (warc) {
        if (next_warc(doc)) return true;
        continue;
      }
      if (!dirs.empty()) {
        if (step_dir(doc)) return true;
        continue;
      }
      if (next_input == inputs.size()) return false;
      const std::string& input = inputs[next_input++];
      if (input == "-") {
        if (take_stdin(doc)) return true;
        continue;
      }
      const fs::path path(input);
      std::error_code ec;
      if (fs::is_directory(path, ec)) {
        if (push_dir(path, "", doc)) return true;
        continue;
      }
      const FileKind kind = explicit_kind(path);
      if (take_file(path, kind, without_extension(path.filename()), doc)) return true;
    }
  }
};

DocumentSource::DocumentSource() : impl_(std::make_unique<Impl>()) {}
DocumentSource::~DocumentSource() = default;

Result<std::unique_ptr<DocumentSource>> DocumentSource::open(const std::vector<std::string>& inputs,
                                                             const SourceOptions& options) {
  int stdin_count = 0;
  for (const std::string& input : inputs) {
    if (input == "-") {
      if (++stdin_count > 1) return Status(StatusCode::kInvalidArgument, "'-' (stdin) given more than once");
      if (!options.stdin_file) return Status(StatusCode::kInvalidArgument, "'-' given but no stdin is available");
      continue;
    }
    std::error_code ec;
    if (!fs::exists(fs::path(input), ec)) {
      return Status(StatusCode::kNotFound, "no such file or directory", input);
    }
  }
  auto source = std::unique_ptr<DocumentSource>(new DocumentSource());
  source->impl_->options = options;
  source->impl_->inputs = inputs;
  return source;
}

bool DocumentSource::next(Document& doc) { return impl_->next(doc); }

uint64_t DocumentSource::bytes_read() const {
  return impl_->bytes_done + (impl_->reader ? impl_->reader->bytes_read() : 0);
}

uint64_t DocumentSource::input_bytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    std::error_code ec;
    const fs::path path(input);
    if (!fs::is_directory(path, ec)) {
      const uintmax_t size = fs::file_size(path, ec);
      if (!ec) total += size;
      continue;
    }
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && directory_kind(it->path().filename()) != FileKind::kSkip) {
        const uintmax_t size = it->file_size(ec);
        if (!ec) total += size;
      }
    }
  }
  return total;
}

}  // namespace chronicle::io
