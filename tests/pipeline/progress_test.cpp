#include "chronicle/progress.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

AnnotateStats halfway() {
  AnnotateStats s;
  s.documents = 1200;
  s.failed = 3;
  s.tokens = 300000;
  s.seconds = 2.0;
  s.input_bytes_read = 500;
  s.input_bytes_total = 1000;
  return s;
}

TEST(Progress, BarPercentRatesAndEtaWhenTheSizeIsKnown) {
  const std::string line = progress_line(halfway(), 100);
  EXPECT_EQ(line, "[###############...............]  50% 1200 docs 150.0 ktok/s 3 errors ETA 0:02");
}

TEST(Progress, NarrowTerminalsDropTheBarThenCut) {
  const std::string line = progress_line(halfway(), 50);
  EXPECT_EQ(line, " 50% 1200 docs 150.0 ktok/s 3 errors ETA 0:02");
  EXPECT_EQ(progress_line(halfway(), 20).size(), 20u);
}

TEST(Progress, WithoutAnInputSizeShowsBytesRead) {
  AnnotateStats s = halfway();
  s.input_bytes_total = 0;
  s.input_bytes_read = 0;
  s.bytes = 12000000;
  s.skipped = 5;
  EXPECT_EQ(progress_line(s, 100), "1200 docs 150.0 ktok/s 3 errors 5 skipped 12.0 MB read");
}

TEST(Progress, EtaBeforeAnythingIsReadIsUnknown) {
  AnnotateStats s;
  s.input_bytes_total = 1000;
  EXPECT_NE(progress_line(s, 100).find("ETA --:--"), std::string::npos);
}

TEST(Progress, SummaryCountsEverything) {
  AnnotateStats s = halfway();
  s.notes = 4;
  s.events = 7;
  s.bytes = 4000000;
  EXPECT_EQ(summary_line(s),
            "annotate: 1200 documents, 3 with errors, 4 notes, 300000 tokens, 7 events, 2.00 s "
            "(600 documents/s, 2.0 MB/s)");
  s.skipped = 300;
  EXPECT_NE(summary_line(s).find(", 300 skipped (other shards or already stored)"), std::string::npos);
}

}  // namespace
}  // namespace chronicle
