// `chronicle serve`: options -> chronicle::server::HttpServer; SIGTERM/SIGINT
// stop it gracefully (requests in flight finish). See docs/server.md.
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "byte_size.h"
#include "commands.h"
#include "server/http_server.h"

namespace chronicle::cli {

namespace {

struct ServeArgs {
  server::ServerOptions options;
  std::string max_body = "10M";
  std::string port_file;
};

int run_serve(ServeArgs& args) {
  if (!parse_byte_size(args.max_body, args.options.max_body_bytes)) {
    std::cerr << "error: --max-body must be a byte count such as 1000000 or 10M, got '" << args.max_body << "'\n";
    return 2;
  }
  // Block the stop signals in every thread (httplib's workers inherit this
  // mask); one thread below waits for them with sigwait.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a client that hangs up must not end the server

  auto created = server::HttpServer::create(args.options);
  if (!created.ok()) {
    std::cerr << "error: " << created.status().to_string() << "\n";
    return created.status().code() == StatusCode::kInvalidArgument ? 2 : 1;
  }
  server::HttpServer& srv = **created;
  auto port = srv.bind();
  if (!port.ok()) {
    std::cerr << "error: " << port.status().to_string() << "\n";
    return 1;
  }
  if (!args.port_file.empty()) {
    std::ofstream f(args.port_file);
    f << *port << "\n";
    if (!f) {
      std::cerr << "error: cannot write " << args.port_file << "\n";
      return 1;
    }
  }
  std::cerr << "chronicle serve: listening on http://" << args.options.host << ":" << *port << "/ ("
            << args.options.threads << " threads)" << std::endl;

  std::atomic<bool> ended{false};
  std::promise<void> served;
  auto served_future = served.get_future();
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (ended) return;  // woken by the main thread: the server ended by itself
    std::cerr << "chronicle serve: signal " << sig << ", finishing requests in flight" << std::endl;
    // stop() may land before run() is listening; repeat until run() returns.
    do {
      srv.stop();
    } while (served_future.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready);
  });
  const Status st = srv.run();
  served.set_value();
  ended = true;
  if (!st.ok()) pthread_kill(stopper.native_handle(), SIGTERM);  // unblock sigwait
  stopper.join();
  if (!st.ok()) {
    std::cerr << "error: " << st.to_string() << "\n";
    return 1;
  }
  std::cerr << "chronicle serve: stopped" << std::endl;
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  auto args = std::make_shared<ServeArgs>();
  // httplib gives each connection a thread while it is open (keep-alive
  // included), so the pool is sized for connections, not for cores.
  const unsigned hw = std::thread::hardware_concurrency();
  args->options.threads = std::max(32u, 4 * hw);
  server::ServerOptions& o = args->options;
  CLI::App* sub = app.add_subcommand("serve", "HTTP server: POST /annotate, GET /health, /version and the web viewer at /");
  sub->add_option("--host", o.host, "Address to listen on (default 127.0.0.1)");
  sub->add_option("--port", o.port, "Port (default 8080; 0 picks a free one)");
  sub->add_option("--threads", o.threads, "Worker threads, one per open connection (default: 4 x cores, at least 32)");
  sub->add_option("--max-body", args->max_body, "Largest request body; larger ones get 413 (default 10M)");
  sub->add_option("--timeout", o.timeout_seconds, "Seconds a request may annotate before 503 (default 10)");
  sub->add_option("--read-timeout", o.read_timeout_seconds, "Seconds a silent client is waited for (default 5)");
  sub->add_option("--models", o.models_dir, "Directory holding the models (default: the shipped models)");
  sub->add_option("--port-file", args->port_file, "Write the port listened on to this file (for scripts)");
  runners.emplace_back(sub, [args] { return run_serve(*args); });
}

}  // namespace chronicle::cli
