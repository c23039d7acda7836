// Golden files: tests/golden/<case>.txt is annotated with the full pipeline
// (--tokens --text, pretty JSON, and CoNLL-U) and compared byte for byte with
// <case>.json and <case>.conllu. To accept a change on purpose, regenerate and
// review the diff:
//   CHRONICLE_UPDATE_GOLDEN=1 build/<dir>/tests/test_golden
// or pass --update-golden to test_golden.
// meta.chronicle is written as "(version)" so a version bump changes nothing.
// The model stages (tag, parse) are left out on purpose: every retrained model
// would change every golden file; they have their own accuracy tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chronicle/annotate.h"
#include "io/json_writer.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

const fs::path kGoldenDir = fs::path(CHRONICLE_SOURCE_DIR) / "tests" / "golden";

bool update_golden() {
  const char* env = std::getenv("CHRONICLE_UPDATE_GOLDEN");
  if (env && std::string(env) == "1") return true;
  for (const std::string& arg : ::testing::internal::GetArgvs()) {
    if (arg == "--update-golden") return true;
  }
  return false;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string annotate(const fs::path& input, OutputFormat format) {
  PipelineOptions pipeline_options;
  pipeline_options.models_dir = (kGoldenDir / "no-models").string();  // does not exist
  auto pipeline = Pipeline::load(pipeline_options);
  EXPECT_TRUE(pipeline.ok());
  AnnotateOptions options;
  options.inputs = {input.string()};
  options.format = format;
  options.tokens = true;
  options.text = true;
  options.date = "2024-04-15";
  options.timezone = "Europe/London";
  std::string out;
  AnnotateSinks sinks;
  sinks.write = [&](std::string_view s) {
    out.append(s);
    return Status::ok_status();
  };
  auto stats = annotate_corpus(**pipeline, options, sinks);
  EXPECT_TRUE(stats.ok()) << stats.status().to_string();
  const std::string version = std::string("\"chronicle\": \"") + io::chronicle_version() + "\"";
  for (size_t at; (at = out.find(version)) != std::string::npos;) {
    out.replace(at, version.size(), "\"chronicle\": \"(version)\"");
  }
  return out;
}

// First differing line, for a readable failure.
std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool ha = static_cast<bool>(std::getline(a, la));
    const bool hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "identical";
    if (!ha || !hb || la != lb) {
      return "line " + std::to_string(line) + ":\n  expected: " + (ha ? la : "<end>") + "\n  actual:   " + (hb ? lb : "<end>");
    }
  }
}

std::vector<fs::path> cases() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(kGoldenDir)) {
    if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Golden, CasesExist) { EXPECT_GE(cases().size(), 5u) << "golden cases in " << kGoldenDir; }

TEST(Golden, DocumentsMatch) {
  const bool update = update_golden();
  for (const fs::path& input : cases()) {
    for (auto [format, ext] : {std::pair{OutputFormat::kJson, ".json"}, std::pair{OutputFormat::kConllu, ".conllu"}}) {
      fs::path expected = input;
      expected.replace_extension(ext);
      const std::string got = annotate(input, format);
      if (update) {
        std::ofstream(expected, std::ios::binary) << got;
        std::cerr << "updated " << expected << "\n";
        continue;
      }
      ASSERT_TRUE(fs::exists(expected)) << expected << " is missing; run with CHRONICLE_UPDATE_GOLDEN=1";
      const std::string want = read_file(expected);
      EXPECT_EQ(want, got) << expected.filename() << " differs at " << first_difference(want, got)
                           << "\n(if the change is intended: CHRONICLE_UPDATE_GOLDEN=1 test_golden, then review git diff)";
    }
  }
}

}  // namespace
}  // namespace chronicle
