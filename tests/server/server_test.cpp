// `chronicle serve` as a real process on a free loopback port, spoken to over
// raw sockets so that malformed, oversized, slow and interrupted requests can
// be sent exactly as a hostile client would.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Invented text in the style of a wire story (never corpus text).
const char* kArticle =
    "Ministers from Norway and Canada met in Halifax on Tuesday to discuss fishing quotas. "
    "\"We made real progress,\" said Ingrid Solberg, the Norwegian fisheries minister.\n\n"
    "The talks will resume next month in Oslo, officials said.\n";

struct Response {
  int status = 0;
  std::string headers;
  std::string body;
  bool complete = false;  // the whole response arrived before the connection closed
};

int connect_to(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Reads until the server closes the connection (requests say Connection: close).
Response read_response(int fd, int timeout_ms = 30000) {
  std::string raw;
  char buf[65536];
  const auto until = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (Clock::now() < until) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    const ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    raw.append(buf, static_cast<size_t>(n));
  }
  Response r;
  const size_t head_end = raw.find("\r\n\r\n");
  if (raw.rfind("HTTP/1.1 ", 0) != 0 || head_end == std::string::npos) return r;
  r.status = std::stoi(raw.substr(9, 3));
  r.headers = raw.substr(0, head_end);
  r.body = raw.substr(head_end + 4);
  const size_t cl = r.headers.find("Content-Length: ");
  r.complete = cl != std::string::npos && std::stoul(r.headers.substr(cl + 16)) == r.body.size();
  return r;
}

std::string request_text(const std::string& method, const std::string& target, const std::string& body,
                         const std::string& type = "text/plain") {
  return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + type +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

Response call(int port, const std::string& method, const std::string& target, const std::string& body = "",
              const std::string& type = "text/plain") {
  const int fd = connect_to(port);
  if (fd < 0) return {};
  send_all(fd, request_text(method, target, body, type));
  Response r = read_response(fd);
  close(fd);
  return r;
}

// The JSON error body: {"error": {"code", "message"}}.
std::string error_code(const Response& r) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(r.body).get(root)) return "<not JSON>";
  std::string_view code;
  if (root["error"]["code"].get(code)) return "<no error.code>";
  std::string_view message;
  if (root["error"]["message"].get(message) || message.empty()) return "<no error.message>";
  return std::string(code);
}

class ServerProcess {
 public:
  explicit ServerProcess(std::vector<std::string> extra = {}) {
    port_file_ = fs::temp_directory_path() / ("chronicle-serve-" + std::to_string(getpid()) + "-" +
                                              std::to_string(counter_++) + ".port");
    fs::remove(port_file_);
    std::vector<std::string> args = {CHRONICLE_BINARY_DIR "/chronicle", "serve", "--port", "0", "--port-file",
                                     port_file_.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    pid_ = fork();
    if (pid_ == 0) {
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    const auto until = Clock::now() + std::chrono::seconds(30);
    while (Clock::now() < until && port_ == 0) {
      std::ifstream f(port_file_);
      int p = 0;
      if (f >> p) port_ = p;
      else std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  ~ServerProcess() {
    if (pid_ > 0 && !exited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    fs::remove(port_file_);
  }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  // Waits for the process to end; its exit status, or -1 on timeout / signal.
  int wait_exit(int timeout_ms) {
    const auto until = Clock::now() + std::chrono::milliseconds(timeout_ms);
    while (Clock::now() < until) {
      int st = 0;
      if (waitpid(pid_, &st, WNOHANG) == pid_) {
        exited_ = true;
        return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

 private:
  static inline int counter_ = 0;
  fs::path port_file_;
  pid_t pid_ = -1;
  int port_ = 0;
  bool exited_ = false;
};

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess({"--threads", "4", "--read-timeout", "1"}); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static int port() { return server_->port(); }
  static inline ServerProcess* server_ = nullptr;
};

TEST_F(ServerTest, HealthVersionAndViewer) {
  ASSERT_GT(port(), 0) << "the server did not start";
  Response h = call(port(), "GET", "/health");
  EXPECT_EQ(h.status, 200);
  EXPECT_NE(h.body.find("\"ok\""), std::string::npos);
  Response v = call(port(), "GET", "/version");
  EXPECT_EQ(v.status, 200);
  EXPECT_NE(v.body.find("\"chronicle\": \"0.1.0\""), std::string::npos) << v.body;
  EXPECT_NE(v.body.find("\"models\""), std::string::npos);
  Response page = call(port(), "GET", "/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.headers.find("text/html"), std::string::npos);
  EXPECT_NE(page.body.find("<title>chronicle viewer</title>"), std::string::npos);
  Response js = call(port(), "GET", "/viewer.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_NE(js.body.find("chronicleViewer"), std::string::npos);
}

TEST_F(ServerTest, AnnotatesTextWithDateAndZone) {
  Response r = call(port(), "POST", "/annotate?text=true&date=2025-03-04&tz=America/Halifax&id=talks", kArticle);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_FALSE(parser.parse(r.body).get(doc)) << r.body;
  EXPECT_EQ(std::string_view(doc["schema"]), "chronicle.document/1");
  EXPECT_EQ(std::string_view(doc["id"]), "talks");
  EXPECT_EQ(std::string_view(doc["meta"]["date"]), "2025-03-04");
  EXPECT_EQ(std::string_view(doc["meta"]["date_source"]), "cli");
  EXPECT_EQ(std::string_view(doc["meta"]["timezone"]), "America/Halifax");
  EXPECT_EQ(std::string_view(doc["text"]), kArticle);
  EXPECT_EQ(simdjson::dom::array(doc["paragraphs"]).size(), 2u);
  EXPECT_EQ(simdjson::dom::array(doc["sentences"]).size(), 3u);
}

TEST_F(ServerTest, AnnotatesJsonDocumentAndConllu) {
  const std::string body = "{\n  \"id\": \"j1\",\n  \"date\": \"2024-11-05\",\n  \"text\": \"Talks resumed in Oslo.\"\n}";
  Response r = call(port(), "POST", "/annotate?format=jsonl", body, "application/json");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"id\":\"j1\""), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\"date_source\":\"input\""), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find('\n'), r.body.size() - 1) << "jsonl is one line";
  Response c = call(port(), "POST", "/annotate?format=conllu", "Talks resumed in Oslo.");
  ASSERT_EQ(c.status, 200) << c.body;
  EXPECT_NE(c.body.find("# text = Talks resumed in Oslo."), std::string::npos) << c.body;
  EXPECT_NE(c.body.find("1\tTalks\t"), std::string::npos) << c.body;
}

TEST_F(ServerTest, MalformedJsonIs400) {
  Response r = call(port(), "POST", "/annotate", "{\"text\": \"unterminated", "application/json");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(error_code(r), "malformed_input") << r.body;
  EXPECT_NE(r.body.find("request body"), std::string::npos) << r.body;
  Response no_text = call(port(), "POST", "/annotate", "{\"id\": 3}", "application/json");
  EXPECT_EQ(no_text.status, 400);
  EXPECT_NE(no_text.body.find("missing field"), std::string::npos) << no_text.body;
  Response two = call(port(), "POST", "/annotate", "[1, 2]", "application/json");
  EXPECT_EQ(two.status, 400);
  EXPECT_EQ(error_code(two), "malformed_input");
}

TEST_F(ServerTest, InvalidUtf8IsRepairedWithANote) {
  const std::string text = "Caf\xC3\xA9 owners in Lyon \xFF\xFE protested on Monday.";
  Response r = call(port(), "POST", "/annotate?text=1", text);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"invalid_utf8\""), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("\xEF\xBF\xBD"), std::string::npos) << "U+FFFD replaces the bad bytes";
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  EXPECT_FALSE(parser.parse(r.body).get(doc)) << "the answer is valid JSON";
  // Valid multi-byte text around a bad byte: repaired as UTF-8 (a line with
  // no valid multi-byte sequence would be read as Windows-1252 instead).
  const std::string json = "{\"text\": \"Caf\xC3\xA9 with a bad \xC3 byte.\"}";
  Response j = call(port(), "POST", "/annotate", json, "application/json");
  ASSERT_EQ(j.status, 200) << j.body;
  EXPECT_NE(j.body.find("\"invalid_utf8\""), std::string::npos) << j.body;
}

TEST_F(ServerTest, BadOptionsAre400AndUnknownRoutesJson) {
  EXPECT_EQ(error_code(call(port(), "POST", "/annotate?format=xml", "x")), "invalid_argument");
  EXPECT_EQ(error_code(call(port(), "POST", "/annotate?stages=bogus", "x")), "invalid_argument");
  EXPECT_EQ(error_code(call(port(), "POST", "/annotate?colour=red", "x")), "invalid_argument");
  EXPECT_EQ(error_code(call(port(), "POST", "/annotate?tokens=maybe", "x")), "invalid_argument");
  EXPECT_EQ(error_code(call(port(), "POST", "/annotate?date=31-12-2024", "x")), "invalid_argument");
  Response missing = call(port(), "GET", "/nothing-here");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(error_code(missing), "not_found");
  Response get = call(port(), "GET", "/annotate");
  EXPECT_EQ(get.status, 405);
  EXPECT_EQ(error_code(get), "method_not_allowed");
  // A message quoting client bytes that are not UTF-8 is still valid JSON.
  Response bad = call(port(), "POST", "/annotate?format=%FF%FE", "x");
  EXPECT_EQ(error_code(bad), "invalid_argument") << bad.body;
}

TEST_F(ServerTest, StageSelection) {
  Response r = call(port(), "POST", "/annotate?stages=tokenize&tokens=1", "Talks resumed in Oslo.");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\"tokens\""), std::string::npos);
  EXPECT_EQ(r.body.find("\"sentences\""), std::string::npos) << "segment did not run";
  EXPECT_EQ(r.body.find("\"upos\""), std::string::npos) << "tag did not run";
}

TEST_F(ServerTest, FiftyMegabyteBodyIs413AndServerLives) {
  const int fd = connect_to(port());
  ASSERT_GE(fd, 0);
  const std::string body(50u << 20, 'a');
  // The server may answer and close before the whole body is sent.
  send_all(fd, request_text("POST", "/annotate", body));
  Response r = read_response(fd);
  close(fd);
  EXPECT_EQ(r.status, 413) << r.headers;
  EXPECT_EQ(error_code(r), "too_large") << r.body;
  EXPECT_EQ(call(port(), "GET", "/health").status, 200);
}

TEST_F(ServerTest, SlowClientIsDroppedWhileOthersAreServed) {
  const int slow = connect_to(port());
  ASSERT_GE(slow, 0);
  ASSERT_TRUE(send_all(slow, "POST /annotate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nonly part"));
  const auto t0 = Clock::now();
  EXPECT_EQ(call(port(), "POST", "/annotate", kArticle).status, 200) << "other clients are served meanwhile";
  // --read-timeout 1: the server gives up on the silent client and closes.
  Response r = read_response(slow, 10000);
  close(slow);
  const double waited = std::chrono::duration<double>(Clock::now() - t0).count();
  EXPECT_LT(waited, 8.0);
  EXPECT_NE(r.status, 200);
  EXPECT_EQ(call(port(), "GET", "/health").status, 200);
}

TEST_F(ServerTest, ConcurrentRequestsGetIdenticalAnswers) {
  std::vector<Response> answers(8);
  std::vector<std::thread> threads;
  for (auto& a : answers) {
    threads.emplace_back([&a] { a = call(port(), "POST", "/annotate?tokens=1", kArticle); });
  }
  for (auto& t : threads) t.join();
  for (const auto& a : answers) {
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(a.body, answers[0].body);
  }
}

TEST(ServerTimeout, DeadlineGives503) {
  ServerProcess server({"--timeout", "0.000001"});
  ASSERT_GT(server.port(), 0);
  Response r = call(server.port(), "POST", "/annotate", kArticle);
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_EQ(error_code(r), "timeout") << r.body;
  EXPECT_EQ(call(server.port(), "GET", "/health").status, 200);
}

TEST(ServerOptions, BadOptionsExit2) {
  for (std::vector<std::string> args : {std::vector<std::string>{"--threads", "0"}, {"--max-body", "lots"}, {"--timeout", "-1"}}) {
    std::string cmd = std::string(CHRONICLE_BINARY_DIR "/chronicle serve --port 0");
    for (const auto& a : args) cmd += " " + a;
    cmd += " 2>/dev/null";
    const int st = std::system(cmd.c_str());
    EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 2) << cmd;
  }
}

TEST(ServerShutdown, SigtermLetsRequestsInFlightFinish) {
  ServerProcess server({"--threads", "4", "--timeout", "300"});
  ASSERT_GT(server.port(), 0);
  std::string big;
  while (big.size() < (100u << 10)) big += kArticle;
  // Three requests whose bodies are all sent but the last byte: the server is
  // reading them when SIGTERM arrives.
  std::vector<int> fds;
  const std::string req = request_text("POST", "/annotate", big);
  for (int i = 0; i < 3; ++i) {
    const int fd = connect_to(server.port());
    ASSERT_GE(fd, 0);
    ASSERT_TRUE(send_all(fd, std::string_view(req).substr(0, req.size() - 1)));
    fds.push_back(fd);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_EQ(kill(server.pid(), SIGTERM), 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  for (int fd : fds) ASSERT_TRUE(send_all(fd, std::string_view(req).substr(req.size() - 1)));
  for (int fd : fds) {
    Response r = read_response(fd, 60000);
    close(fd);
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.complete) << "the whole answer arrived";
    EXPECT_NE(r.body.find("\"schema\": \"chronicle.document/1\""), std::string::npos);
  }
  EXPECT_EQ(server.wait_exit(30000), 0) << "clean exit after SIGTERM";
  EXPECT_LT(connect_to(server.port()), 0) << "no longer listening";
}

}  // namespace
