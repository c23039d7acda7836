// `chronicle merge SHARD.db... -o ALL.db`: chronicle::merge_sqlite_stores. See docs/sqlite.md.
#include <iostream>
#include <memory>
#include <string>

#include "chronicle/sqlite_store.h"
#include "commands.h"

namespace chronicle::cli {

namespace {

struct MergeArgs {
  std::vector<std::string> inputs;
  std::string output;
};

int run_merge(const MergeArgs& args) {
  const Status st = merge_sqlite_stores(args.inputs, args.output);
  if (!st.ok()) {
    std::cerr << "error: " << st.to_string() << "\n";
    return st.code() == StatusCode::kInvalidArgument || st.code() == StatusCode::kNotFound ? 2 : 1;
  }
  return 0;
}

}  // namespace

void add_merge_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  auto args = std::make_shared<MergeArgs>();
  CLI::App* sub = app.add_subcommand("merge", "Join SQLite databases written by --shard runs into one");
  sub->add_option("inputs", args->inputs, "Shard databases (.db)")->required();
  sub->add_option("-o,--output", args->output, "The merged database (must not exist)")->required();
  runners.emplace_back(sub, [args] { return run_merge(*args); });
}

}  // namespace chronicle::cli
