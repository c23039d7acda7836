// The HTTP front end of chronicle (`chronicle serve`, docs/server.md): a thin
// translation layer between HTTP requests and the public library API. Every
// decision about documents (reading, repair, annotation, serialisation) is
// the library's; this file maps requests to annotate_buffer() and Statuses to
// HTTP statuses with JSON error bodies.
//
// requires: ServerOptions within the limits check_server_options() names.
// ensures: bind() listens on host:port only (127.0.0.1 unless told otherwise);
// run() serves until stop(), which lets requests in flight finish and returns
// once the last worker is done. Never throws, prints or exits.
// Thread safety: stop() may be called from any thread, any number of times.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "chronicle/status.h"

namespace chronicle::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port (bind() returns it)
  unsigned threads = 4;
  uint64_t max_body_bytes = 10ull << 20;  // larger bodies get 413
  double timeout_seconds = 10;            // per request; 503 when it passes
  double read_timeout_seconds = 5;        // a client silent this long is dropped
  std::string models_dir;                 // empty: the shipped models
};

Status check_server_options(const ServerOptions& options);

class HttpServer {
 public:
  // Loads the default pipeline (every stage whose model is there).
  static Result<std::unique_ptr<HttpServer>> create(const ServerOptions& options);
  ~HttpServer();

  // Binds the listening socket; returns the port.
  Result<int> bind();
  // Serves until stop(); a non-ok Status when listening failed.
  Status run();
  void stop();

 private:
  HttpServer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle::server
