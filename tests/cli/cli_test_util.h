// Helpers for tests that run the built `chronicle` binary on temporary files.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace chronicle::cli_test {

namespace fs = std::filesystem;

inline std::string chronicle_binary() { return std::string(CHRONICLE_BINARY_DIR) + "/chronicle"; }

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q.push_back(c);
    }
  }
  return q + "'";
}

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(chronicle_binary())) GTEST_SKIP() << "chronicle binary not built at " << chronicle_binary();
    std::string tmpl = (fs::temp_directory_path() / "chronicle_cli_XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  std::string write(const std::string& rel, const std::string& content) {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  // Runs `chronicle <args>` (args are shell words, already quoted where
  // needed) with stdin from `stdin_file` when given; captures stdout and stderr.
  CommandResult run(const std::string& args, const std::string& stdin_file = "") {
    const fs::path out = dir_ / "stdout.txt";
    const fs::path err = dir_ / "stderr.txt";
    std::string cmd = quote(chronicle_binary()) + " " + args + " >" + quote(out.string()) + " 2>" + quote(err.string());
    cmd += stdin_file.empty() ? " </dev/null" : " <" + quote(stdin_file);
    const int status = std::system(cmd.c_str());
    CommandResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
  }

  fs::path dir_;
};

}  // namespace chronicle::cli_test
