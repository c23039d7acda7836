// `chronicle data build`: compiles the actor stage's data files into data/.
// `chronicle data check --actors F ...`: parses dictionary files as annotate
// would and prints each skipped line as "warning: file:line: message".
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "chronicle/actor_data.h"
#include "commands.h"

namespace chronicle::cli {

void add_data_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  CLI::App* data = app.add_subcommand("data", "Build or check dictionaries and the gazetteer");
  data->require_subcommand(1);

  CLI::App* build = data->add_subcommand("build", "Compile data/*.chd from PETRARCH2, GeoNames and iso-codes");
  auto opts = std::make_shared<DataBuildOptions>();
  opts->iso_codes_json = "/usr/share/iso-codes/json/iso_3166-1.json";
  opts->own_dir = "data/src";
  opts->out_dir = "data";
  build->add_option("--petrarch", opts->petrarch_dir, "PETRARCH2 dictionary folder")->required();
  build->add_option("--geonames", opts->geonames_dir, "GeoNames folder (cities15000, countryInfo, admin1)")->required();
  build->add_option("--iso-codes", opts->iso_codes_json, "iso_3166-1.json of Debian's iso-codes");
  build->add_option("--own", opts->own_dir, "chronicle's own additions (default data/src)");
  build->add_option("-o,--output", opts->out_dir, "Output folder (default data)");
  runners.emplace_back(build, [opts] {
    DataBuildReport report;
    Status st = build_actor_data(*opts, report);
    for (const auto& w : report.warnings) std::cerr << "warning: " << w.to_string() << "\n";
    if (!st.ok()) {
      std::cerr << "error: " << st.to_string() << "\n";
      return 1;
    }
    for (const auto& line : report.written) std::cerr << "wrote " << line << "\n";
    std::cerr << "data: " << report.warnings.size() << " dictionary lines skipped\n";
    return 0;
  });

  CLI::App* check = data->add_subcommand("check", "Parse dictionary files and report every bad line");
  struct Files { std::vector<std::string> actors, agents, verbs, discards; };
  auto files = std::make_shared<Files>();
  check->add_option("--actors", files->actors, "Actor dictionary (repeatable)");
  check->add_option("--agents", files->agents, "Agent dictionary (repeatable)");
  check->add_option("--verbs", files->verbs, "Verb dictionary (repeatable)");
  check->add_option("--discards", files->discards, "Discard list (repeatable)");
  runners.emplace_back(check, [files] {
    int status = 0;
    for (auto [kind, list] : {std::pair{"actors", &files->actors}, std::pair{"agents", &files->agents},
                              std::pair{"verbs", &files->verbs}, std::pair{"discards", &files->discards}}) {
      for (const auto& path : *list) {
        auto r = check_dictionary(kind, path);
        if (!r.ok()) {
          std::cerr << "error: " << r.status().to_string() << "\n";
          status = 1;
          continue;
        }
        for (const auto& e : r->errors) std::cerr << "warning: " << e.to_string() << "\n";
        std::cout << path << ": " << kind << ", " << r->entries << " entries, " << r->errors.size()
                  << " lines skipped\n";
        if (!r->errors.empty()) status = 1;
      }
    }
    return status;
  });
}

}  // namespace chronicle::cli
