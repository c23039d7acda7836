// chronicle CLI: parses options and hands over to the library; no logic here.
#include <cstdio>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace chronicle::cli;
  CLI::App app{"chronicle: turns news articles into structured data"};
  app.require_subcommand(1);
  std::vector<std::pair<CLI::App*, Runner>> runners;
  add_version_command(app, runners);
  add_annotate_command(app, runners);
  add_model_command(app, runners);
  add_train_command(app, runners);
  add_eval_command(app, runners);
  add_data_command(app, runners);
  add_merge_command(app, runners);
  add_serve_command(app, runners);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "error: " << e.what() << "\n(run 'chronicle --help' for usage)\n";
    return 2;
  }
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) return run();
  }
  return 2;
}
