// Each subcommand lives in its own file and registers itself on the CLI11 app.
// The returned function runs after parsing and gives the process exit status
// (0 ok, 1 some documents or inputs had errors, 2 usage).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <vector>

namespace chronicle::cli {

using Runner = std::function<int()>;

// Registrations; main.cpp calls each one. A new subcommand adds a line here
// and in main.cpp.
void add_version_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void add_annotate_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void add_model_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void add_train_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void add_serve_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void add_eval_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void add_data_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void add_merge_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);

}  // namespace chronicle::cli
