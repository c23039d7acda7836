#include <iostream>

#include "commands.h"

namespace chronicle::cli {

void add_version_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  CLI::App* sub = app.add_subcommand("version", "Print the chronicle version");
  runners.emplace_back(sub, [] {
    std::cout << "chronicle " << CHRONICLE_VERSION << "\n";
    return 0;
  });
}

}  // namespace chronicle::cli
