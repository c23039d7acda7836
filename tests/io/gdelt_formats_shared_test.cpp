// The GDELT writers' output loads with the codebooks' column lists in
// ../shared/corpora/gdelt-formats, read with pandas as GDELT users read GDELT's
// own exports.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>

#include "gdelt_test_document.h"
#include "io/gdelt_events_writer.h"
#include "io/gkg_writer.h"

namespace chronicle::io {
namespace {

namespace fs = std::filesystem;

const fs::path kFormats = fs::path(CHRONICLE_SHARED_DIR) / "corpora" / "gdelt-formats";

// Runs load_gdelt.py; returns its stdout, or "" on failure (with `err`).
std::string load(const std::string& columns, const std::string& data, std::string& err) {
  const fs::path dir = fs::temp_directory_path() / ("chronicle_gdelt_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const fs::path in = dir / "data.tsv", out = dir / "out.json", errf = dir / "err.txt";
  std::ofstream(in, std::ios::binary) << data;
  const std::string cmd = "/usr/bin/python3 '" + std::string(CHRONICLE_SOURCE_DIR) + "/tests/io/load_gdelt.py' '" +
                          (kFormats / columns).string() + "' '" + in.string() + "' >'" + out.string() + "' 2>'" +
                          errf.string() + "'";
  const int status = std::system(cmd.c_str());
  std::ifstream o(out), e(errf);
  std::string result((std::istreambuf_iterator<char>(o)), {});
  err.assign(std::istreambuf_iterator<char>(e), {});
  fs::remove_all(dir);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? result : std::string();
}

class GdeltFormats : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kFormats)) GTEST_SKIP() << kFormats << " not found: the shared corpora are absent";
    if (std::system("/usr/bin/python3 -c 'import pandas' 2>/dev/null") != 0) GTEST_SKIP() << "python3-pandas missing";
  }
};

TEST_F(GdeltFormats, EventsLoadWithTheCodebookColumns) {
  std::string out, err;
  append_document_gdelt_events(gdelt_test_document(), out);
  const std::string json = load("events-2.0-columns.txt", out, err);
  ASSERT_FALSE(json.empty()) << err;
  EXPECT_NE(json.find("\"rows\": 2, \"columns\": 61"), std::string::npos) << json;
  EXPECT_NE(json.find("\"EventCode\": \"0431\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"Actor1Code\": \"ITAGOV\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"ActionGeo_CountryCode\": \"NI\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"SOURCEURL\": \"harbour-1\""), std::string::npos) << json;
}

TEST_F(GdeltFormats, GkgLoadsWithTheCodebookColumns) {
  std::string out, err;
  Document doc = gdelt_test_document();
  append_document_gkg(doc, out);
  doc.id = "harbour-2";
  doc.entities.clear();
  append_document_gkg(doc, out);
  const std::string json = load("gkg-2.1-columns.txt", out, err);
  ASSERT_FALSE(json.empty()) << err;
  EXPECT_NE(json.find("\"rows\": 2, \"columns\": 27"), std::string::npos) << json;
  EXPECT_NE(json.find("\"V1PERSONS\": \"carla bianchi;okafor\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"V2GCAM\": \"wc:20\""), std::string::npos) << json;
}

TEST_F(GdeltFormats, RowsOfTheWrongWidthAreRejectedByTheLoader) {
  // The check itself must be able to fail: one field too many, one too few.
  std::string good, err;
  append_document_gkg(gdelt_test_document(), good);
  std::string longer = good;
  longer.insert(longer.size() - 1, "\textra");
  EXPECT_TRUE(load("gkg-2.1-columns.txt", longer, err).empty());
  std::string shorter = good.substr(0, good.rfind('\t')) + "\n";
  EXPECT_TRUE(load("gkg-2.1-columns.txt", shorter, err).empty());
}

}  // namespace
}  // namespace chronicle::io
