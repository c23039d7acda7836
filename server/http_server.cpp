// HTTP <-> library translation for `chronicle serve`. The routes and their
// parameters are documented in docs/server.md; keep the two in step.
#include "server/http_server.h"

#include <httplib.h>

#include <chrono>
#include <cmath>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <string_view>

#include "chronicle/annotate_buffer.h"
#include "chronicle/pipeline.h"
#include "server/web_assets.h"

namespace chronicle::server {

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
size_t utf8_sequence(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return n;
}

// A JSON string literal. Messages may quote client bytes (a query value), so
// bytes that are not UTF-8 become U+FFFD rather than breaking the JSON.
std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    const size_t n = utf8_sequence(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out.append(s.substr(i, n));
    }
    i += n;
  }
  return out + "\"";
}

void send_error(httplib::Response& res, int status, std::string_view code, std::string_view message) {
  res.status = status;
  res.set_content("{\"error\": {\"code\": " + json_string(code) + ", \"message\": " + json_string(message) + "}}\n",
                  "application/json");
}

struct HttpError {
  int status;
  const char* code;
};

HttpError http_error(StatusCode code) {
  switch (code) {
    case StatusCode::kInvalidArgument: return {400, "invalid_argument"};
    case StatusCode::kParseError: return {400, "malformed_input"};
    case StatusCode::kNotFound: return {400, "not_found"};
    case StatusCode::kTooLarge: return {413, "too_large"};
    case StatusCode::kDeadlineExceeded: return {503, "timeout"};
    case StatusCode::kUnsupported: return {400, "unsupported"};
    default: return {500, "internal"};
  }
}

// Errors httplib raises itself (bad request line, body over the limit, ...).
const char* code_for_http_status(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "request_timeout";
    case 413: return "too_large";
    case 414: return "uri_too_long";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal" : "bad_request";
  }
}

Result<bool> flag(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return false;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v == "1" || v == "true" || v == "yes") return true;
  if (v == "0" || v == "false" || v == "no") return false;
  return Status(StatusCode::kInvalidArgument,
                std::string("query parameter '") + name + "' must be true or false, got '" + v + "'");
}

constexpr const char* kAnnotateParams[] = {"format", "stages", "tokens", "text", "date", "tz", "id", "input"};

}  // namespace

Status check_server_options(const ServerOptions& o) {
  if (o.port < 0 || o.port > 65535) return Status(StatusCode::kInvalidArgument, "--port must be between 0 and 65535");
  if (o.threads < 1 || o.threads > 1024) return Status(StatusCode::kInvalidArgument, "--threads must be between 1 and 1024");
  if (o.max_body_bytes < 1 || o.max_body_bytes > (1ull << 30)) {
    return Status(StatusCode::kInvalidArgument, "--max-body must be between 1 byte and 1 GiB");
  }
  if (!(o.timeout_seconds > 0) || o.timeout_seconds > 3600) {
    return Status(StatusCode::kInvalidArgument, "--timeout must be between 0 and 3600 seconds");
  }
  if (!(o.read_timeout_seconds > 0) || o.read_timeout_seconds > 3600) {
    return Status(StatusCode::kInvalidArgument, "--read-timeout must be between 0 and 3600 seconds");
  }
  if (o.host.empty()) return Status(StatusCode::kInvalidArgument, "--host must not be empty");
  return Status::ok_status();
}

struct HttpServer::Impl {
  ServerOptions options;
  httplib::Server http;
  std::mutex pipelines_mutex;
  // Loaded pipelines by the stage set asked for ("" is the default: at most
  // one entry per subset of stage names) and by the stages they run (the
  // prerequisites added): requests that end up running the same stages share
  // one pipeline, so the models are in memory a few times at most.
  std::map<std::string, std::shared_ptr<const Pipeline>> by_request;
  std::map<std::string, std::shared_ptr<const Pipeline>> by_runs;
  std::atomic<bool> stopping{false};

  Result<std::shared_ptr<const Pipeline>> pipeline_for(const std::string& stage_list) {
    std::string key;
    PipelineOptions po;
    po.models_dir = options.models_dir;
    if (!stage_list.empty()) {
      auto stages = parse_stage_list(stage_list);
      if (!stages.ok()) return stages.status();
      std::set<std::string> names;
      for (Stage s : *stages) names.insert(stage_name(s));
      for (const auto& n : names) key += (key.empty() ? "" : ",") + n;
      po.stages = *stages;
    }
    std::lock_guard lock(pipelines_mutex);
    auto it = by_request.find(key);
    if (it != by_request.end()) return it->second;
    auto loaded = Pipeline::load(po);
    if (!loaded.ok()) return loaded.status();
    std::string runs;
    // Every stage this build knows (stage_name gives "?" past the last one).
    for (int i = 0; i < 256; ++i) {
      const Stage s = static_cast<Stage>(i);
      const std::string name = stage_name(s);
      if (name != "?" && (*loaded)->runs(s)) runs += name + ",";
    }
    auto& shared = by_runs[runs];
    if (!shared) shared = std::shared_ptr<const Pipeline>(std::move(*loaded));
    by_request.emplace(key, shared);
    return shared;
  }

  void annotate(const httplib::Request& req, httplib::Response& res) {
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(options.timeout_seconds));
    for (const auto& [name, value] : req.params) {
      bool known = false;
      for (const char* k : kAnnotateParams) known = known || name == k;
      if (!known) {
        return send_error(res, 400, "invalid_argument",
                          "unknown query parameter '" + name + "' (known: format, stages, tokens, text, date, tz, id, input)");
      }
    }
    BufferOptions bo;
    bo.name = "request body";
    bo.id = req.has_param("id") ? req.get_param_value("id") : "document";
    bo.date = req.get_param_value("date");
    bo.timezone = req.get_param_value("tz");
    bo.max_doc_bytes = options.max_body_bytes;
    bo.deadline = deadline;
    auto format = parse_output_format(req.has_param("format") ? req.get_param_value("format") : "json");
    if (!format.ok()) return send_error(res, 400, "invalid_argument", format.status().message());
    bo.format = *format;
    auto tokens = flag(req, "tokens");
    auto text = flag(req, "text");
    for (const auto* r : {&tokens, &text}) {
      if (!r->ok()) return send_error(res, 400, "invalid_argument", r->status().message());
    }
    bo.tokens = *tokens;
    bo.text = *text;
    if (req.has_param("input")) {
      auto input = parse_input_format(req.get_param_value("input") == "json" ? "jsonl" : req.get_param_value("input"));
      if (!input.ok()) return send_error(res, 400, "invalid_argument", "input must be auto, text or json");
      bo.input = *input;
    } else {
      const std::string type = req.get_header_value("Content-Type");
      if (type.rfind("application/json", 0) == 0) bo.input = InputFormat::kJsonl;
      else if (type.rfind("text/plain", 0) == 0) bo.input = InputFormat::kText;
    }
    auto pipeline = pipeline_for(req.get_param_value("stages"));
    if (!pipeline.ok()) {
      const HttpError e = http_error(pipeline.status().code());
      return send_error(res, e.status == 500 ? 500 : 400, e.code, pipeline.status().to_string());
    }
    auto result = annotate_buffer(**pipeline, req.body, bo);
    if (!result.ok()) {
      const HttpError e = http_error(result.status().code());
      return send_error(res, e.status, e.code, result.status().to_string());
    }
    res.status = 200;
    res.set_content(std::move(result->output),
                    bo.format == OutputFormat::kConllu ? "text/plain; charset=utf-8" : "application/json");
  }

  void version(httplib::Response& res) {
    auto pipeline = pipeline_for("");
    if (!pipeline.ok()) return send_error(res, 500, "internal", pipeline.status().to_string());
    const auto& models = (*pipeline)->models();
    const auto& provenance = (*pipeline)->model_provenance();
    std::string out = "{\"chronicle\": " + json_string(CHRONICLE_VERSION) + ", \"models\": [";
    for (size_t i = 0; i < models.size(); ++i) {
      if (i) out += ", ";
      out += "{\"stage\": " + json_string(models[i].first) + ", \"model\": " + json_string(models[i].second) +
             ", \"provenance\": {";
      if (i < provenance.size()) {
        for (size_t k = 0; k < provenance[i].size(); ++k) {
          if (k) out += ", ";
          out += json_string(provenance[i][k].first) + ": " + json_string(provenance[i][k].second);
        }
      }
      out += "}}";
    }
    out += "]}\n";
    res.set_content(out, "application/json");
  }

  void routes() {
    http.Get("/health", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("{\"status\": \"ok\"}\n", "application/json");
    });
    http.Get("/version", [this](const httplib::Request&, httplib::Response& res) { version(res); });
    http.Post("/annotate", [this](const httplib::Request& req, httplib::Response& res) { annotate(req, res); });
    http.Get("/annotate", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Allow", "POST");
      send_error(res, 405, "method_not_allowed", "/annotate takes POST with the article as the body");
    });
    for (const WebAsset& asset : web_assets()) {
      http.Get(std::string(asset.path), [&asset](const httplib::Request&, httplib::Response& res) {
        res.set_content(asset.body.data(), asset.body.size(), std::string(asset.content_type).c_str());
      });
    }
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      const int status = res.status;
      send_error(res, status, code_for_http_status(status),
                 status == 413   ? "the request body exceeds the server's limit"
                 : status == 404 ? "no such resource"
                                 : "the request could not be handled");
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "unknown exception";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      send_error(res, 500, "internal", "exception while handling the request: " + what);
    });
  }
};

HttpServer::HttpServer() : impl_(std::make_unique<Impl>()) {}
HttpServer::~HttpServer() = default;

Result<std::unique_ptr<HttpServer>> HttpServer::create(const ServerOptions& options) {
  CHRONICLE_RETURN_IF_ERROR(check_server_options(options));
  auto server = std::unique_ptr<HttpServer>(new HttpServer());
  Impl& impl = *server->impl_;
  impl.options = options;
  // Load the default pipeline now: a missing or broken model is a start-up
  // error, not a failure of the first request.
  auto pipeline = impl.pipeline_for("");
  if (!pipeline.ok()) return pipeline.status();
  const unsigned threads = options.threads;
  impl.http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  impl.http.set_payload_max_length(options.max_body_bytes);
  const auto read_usec = static_cast<long long>(std::llround(options.read_timeout_seconds * 1e6));
  impl.http.set_read_timeout(static_cast<time_t>(read_usec / 1000000), static_cast<time_t>(read_usec % 1000000));
  impl.http.set_write_timeout(5, 0);
  impl.http.set_keep_alive_timeout(2);
  impl.routes();
  return server;
}

Result<int> HttpServer::bind() {
  Impl& impl = *impl_;
  int port = impl.options.port;
  bool ok;
  if (port == 0) {
    port = impl.http.bind_to_any_port(impl.options.host);
    ok = port > 0;
  } else {
    ok = impl.http.bind_to_port(impl.options.host, port);
  }
  if (!ok) {
    return Status(StatusCode::kIoError, "cannot listen on " + impl.options.host + ":" + std::to_string(impl.options.port) +
                                            " (address in use, or not a local address)");
  }
  return port;
}

Status HttpServer::run() {
  if (impl_->stopping) return Status::ok_status();
  // listen_after_bind returns after stop(), once every worker has finished
  // the requests it had (httplib joins its thread pool).
  const bool ok = impl_->http.listen_after_bind();
  if (!ok && !impl_->stopping) return Status(StatusCode::kIoError, "the listening socket failed");
  return Status::ok_status();
}

void HttpServer::stop() {
  impl_->stopping = true;
  impl_->http.stop();
}

}  // namespace chronicle::server
