// `chronicle model inspect FILE`: prints a model container's header, section
// table (with each checksum verified) and META provenance.
#include <cstdio>
#include <iostream>
#include <string>

#include "commands.h"
#include "io/model_file.h"

namespace chronicle::cli {

namespace {

int inspect(const std::string& path) {
  auto file = io::ModelFile::read(path);
  if (!file.ok()) {
    std::cerr << "error: " << file.status().to_string() << "\n";
    return 1;
  }
  const io::ModelFile& m = *file;
  char buf[160];
  std::cout << "file:            " << path << "\n";
  std::cout << "format version:  " << m.format_version() << "\n";
  std::cout << "kind:            " << io::model_kind_name(m.kind()) << "\n";
  std::cout << "producer:        chronicle " << io::decode_version(m.producer_version()) << "\n";
  std::cout << "total size:      " << m.total_size() << " bytes\n";
  std::snprintf(buf, sizeof buf, "header crc32:    0x%08x (ok)\n", m.header_crc());
  std::cout << buf;
  std::cout << "sections:\n";
  std::snprintf(buf, sizeof buf, "  %-4s  %12s  %12s  %-10s  %s\n", "tag", "offset", "size", "crc32", "check");
  std::cout << buf;
  int status = 0;
  for (const io::SectionEntry& s : m.sections()) {
    auto data = m.section(s.tag_string());
    if (!data.ok()) status = 1;
    std::snprintf(buf, sizeof buf, "  %-4s  %12llu  %12llu  0x%08x  %s\n", s.tag_string().c_str(),
                  static_cast<unsigned long long>(s.offset), static_cast<unsigned long long>(s.size), s.crc,
                  data.ok() ? "ok" : "CHECKSUM MISMATCH");
    std::cout << buf;
  }
  auto meta = m.meta();
  if (!meta.ok()) {
    std::cerr << "error: " << meta.status().to_string() << "\n";
    return 1;
  }
  std::cout << "meta:\n";
  for (const auto& [k, v] : *meta) std::cout << "  " << k << " = " << v << "\n";
  return status;
}

}  // namespace

void add_model_command(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  CLI::App* model = app.add_subcommand("model", "Inspect model files");
  model->require_subcommand(1);
  CLI::App* insp = model->add_subcommand("inspect", "Print a model's header, sections, checksums and provenance");
  auto path = std::make_shared<std::string>();
  insp->add_option("FILE", *path, "model file (.chm)")->required();
  runners.emplace_back(insp, [path] { return inspect(*path); });
}

}  // namespace chronicle::cli
