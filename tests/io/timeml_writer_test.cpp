// Inline TIMEX3 output, read back by the project's own TimeML reader.
#include <gtest/gtest.h>

#include "eval/timeml_eval.h"
#include "io/timeml_writer.h"

namespace chronicle::io {
namespace {

TEST(TimemlWriter, WrapsExpressionsAndEscapesText) {
  Document doc;
  doc.id = "a&b";
  doc.text = "Tolls <rose> on Wednesday & fell \"early on Thursday\".";
  doc.meta.date = "2025-02-13";
  const auto at = [&](const char* s) { return static_cast<uint32_t>(doc.text.find(s)); };
  doc.times.push_back({at("Wednesday"), at("Wednesday") + 9, "DATE", "2025-02-12", "", -1, ""});
  doc.times.push_back({at("early"), at("early") + 17, "DATE", "2025-02-13", "", -1, "START"});
  std::string out;
  append_document_timeml(doc, out);
  EXPECT_NE(out.find("<DOCID>a&amp;b</DOCID>"), std::string::npos);
  EXPECT_NE(out.find("functionInDocument=\"CREATION_TIME\">2025-02-13</TIMEX3></DCT>"), std::string::npos);
  EXPECT_NE(out.find("Tolls &lt;rose&gt; on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-02-12\">Wednesday</TIMEX3>"),
            std::string::npos);
  EXPECT_NE(out.find("mod=\"START\">early on Thursday</TIMEX3>"), std::string::npos);

  auto back = eval::parse_timeml(out, "round-trip");
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  EXPECT_EQ(back->text, doc.text);
  EXPECT_EQ(back->dct, "2025-02-13");
  ASSERT_EQ(back->timexes.size(), 2u);
  EXPECT_EQ(back->timexes[1].start, doc.times[1].start);
  EXPECT_EQ(back->timexes[1].end, doc.times[1].end);
  EXPECT_EQ(back->timexes[0].value, "2025-02-12");
}

TEST(TimemlWriter, SkipsOverlappingAndOutOfRangeSpans) {
  Document doc;
  doc.id = "x";
  doc.text = "on Friday night";
  doc.times.push_back({3, 9, "DATE", "XXXX-WXX-5", "", -1, ""});
  doc.times.push_back({3, 15, "DATE", "XXXX-WXX-5TNI", "", -1, ""});  // overlaps the first
  doc.times.push_back({10, 99, "DATE", "P1D", "", -1, ""});           // past the end
  std::string out;
  append_document_timeml(doc, out);
  auto back = eval::parse_timeml(out, "x");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->text, doc.text);
  ASSERT_EQ(back->timexes.size(), 1u);
  EXPECT_EQ(back->timexes[0].value, "XXXX-WXX-5");
}

}  // namespace
}  // namespace chronicle::io
