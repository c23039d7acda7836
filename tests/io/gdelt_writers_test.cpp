// GDELT Event 2.0 and GKG 2.1 writers: column counts, values in the
// codebook's columns, stable ids and delimiter cleaning, on an invented document.
#include <gtest/gtest.h>

#include <sstream>

#include "gdelt_test_document.h"
#include "io/gdelt_common.h"
#include "io/gdelt_events_writer.h"
#include "io/gkg_writer.h"

namespace chronicle::io {
namespace {

std::vector<std::vector<std::string>> rows(const std::string& out) {
  std::vector<std::vector<std::string>> result;
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    size_t from = 0;
    for (;;) {
      const size_t tab = line.find('\t', from);
      fields.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    result.push_back(fields);
  }
  return result;
}

TEST(GdeltCommon, FipsCodesAndDates) {
  EXPECT_EQ(fips_country("US"), "US");
  EXPECT_EQ(fips_country("DE"), "GM");
  EXPECT_EQ(fips_country("NG"), "NI");
  EXPECT_EQ(fips_country("GB"), "UK");
  EXPECT_EQ(fips_country("XX"), "");
  EXPECT_EQ(gdelt_sql_date("2018-05-31"), "20180531");
  EXPECT_EQ(gdelt_sql_date("2018-05"), "");
  EXPECT_EQ(gdelt_sql_date("2018-0a-31"), "");
  EXPECT_NE(gdelt_record_id("a", 1), gdelt_record_id("a", 2));
  EXPECT_NE(gdelt_record_id("ab", 1), gdelt_record_id("a", 1));
  EXPECT_EQ(gdelt_record_id("doc", 3), gdelt_record_id("doc", 3));
  EXPECT_LT(gdelt_record_id("doc", 3), 1ull << 63);
}

TEST(GdeltEventsWriter, ColumnsInCodebookOrder) {
  const Document doc = gdelt_test_document();
  std::string out;
  append_document_gdelt_events(doc, out);
  const auto r = rows(out);
  ASSERT_EQ(r.size(), 2u);
  for (const auto& row : r) ASSERT_EQ(row.size(), static_cast<size_t>(kGdeltEventColumns)) << out;
  const auto& a = r[0];
  EXPECT_EQ(a[0], std::to_string(gdelt_record_id("harbour-1", 0)));
  EXPECT_EQ(a[1], "20220304");
  EXPECT_EQ(a[2], "202203");
  EXPECT_EQ(a[3], "2022");
  EXPECT_EQ(a[4], "2022.1726");  // day 63 of 365
  EXPECT_EQ(a[5], "ITAGOV");
  EXPECT_EQ(a[6], "CARLA BIANCHI");
  EXPECT_EQ(a[7], "ITA");
  EXPECT_EQ(a[12], "GOV");
  EXPECT_EQ(a[13], "");
  EXPECT_EQ(a[15], "NGAMILSPY");
  EXPECT_EQ(a[17], "NGA");
  EXPECT_EQ(a[22], "MIL");
  EXPECT_EQ(a[23], "SPY");
  EXPECT_EQ(a[25], "1");  // first paragraph
  EXPECT_EQ(a[26], "0431");
  EXPECT_EQ(a[27], "043");
  EXPECT_EQ(a[28], "04");
  EXPECT_EQ(a[29], "1");
  EXPECT_EQ(a[30], "2.8");
  EXPECT_EQ(a[31], "1");
  EXPECT_EQ(a[34], "");  // AvgTone
  EXPECT_EQ(a[35], "");  // source is a person: no actor geography
  // ActionGeo from the location: a world city, FIPS country, ADM1 code.
  EXPECT_EQ(a[51], "4");
  EXPECT_EQ(a[52], "Lagos");
  EXPECT_EQ(a[53], "NI");
  EXPECT_EQ(a[54], "NI05");
  EXPECT_EQ(a[56], "6.45407");
  EXPECT_EQ(a[57], "3.39467");
  EXPECT_EQ(a[58], "2332459");
  EXPECT_EQ(a[59], "20220304000000");
  EXPECT_EQ(a[60], "harbour-1");
  // Second event: no date of its own (document date), actor without entity,
  // entity without code, second paragraph, no location.
  const auto& b = r[1];
  EXPECT_EQ(b[1], "20220304");
  EXPECT_EQ(b[5], "ITA");
  EXPECT_EQ(b[6], "");
  EXPECT_EQ(b[7], "ITA");
  EXPECT_EQ(b[15], "NGAMILSPY") << "the entity's code when the event names none";
  EXPECT_EQ(b[16], "OKAFOR");
  EXPECT_EQ(b[25], "0");
  EXPECT_EQ(b[28], "05");
  EXPECT_EQ(b[29], "");
  EXPECT_EQ(b[51], "");
}

TEST(GdeltEventsWriter, NoEventsNoLinesAndNoDateEmptyColumns) {
  Document doc = gdelt_test_document();
  doc.meta.date.clear();
  doc.events[0].date.clear();
  std::string out;
  append_document_gdelt_events(doc, out);
  const auto r = rows(out);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0][1], "");
  EXPECT_EQ(r[0][4], "");
  EXPECT_EQ(r[0][59], "");
  doc.events.clear();
  out.clear();
  append_document_gdelt_events(doc, out);
  EXPECT_TRUE(out.empty());
}

TEST(GkgWriter, OneRecordWithTheLayers) {
  const Document doc = gdelt_test_document();
  std::string out;
  append_document_gkg(doc, out);
  const auto r = rows(out);
  ASSERT_EQ(r.size(), 1u);
  const auto& g = r[0];
  ASSERT_EQ(g.size(), static_cast<size_t>(kGkgColumns)) << out;
  EXPECT_EQ(g[0], "20220304000000-" + std::to_string(gdelt_record_id("harbour-1", 0)));
  EXPECT_EQ(g[1], "20220304000000");
  EXPECT_EQ(g[2], "2");  // no URL: citation only
  EXPECT_EQ(g[4], "harbour-1");
  EXPECT_EQ(g[9], "4#Lagos#NI#NI05#6.45407#3.39467#2332459");
  EXPECT_EQ(g[10], "4#Lagos#NI#NI05##6.45407#3.39467#2332459#34");
  EXPECT_EQ(g[11], "carla bianchi;okafor");
  EXPECT_EQ(g[12], "Bianchi,9;Bianchi,100;Mr Okafor,21");
  EXPECT_EQ(g[13], "fisheries  ministry") << "';' inside a name would split the list";
  EXPECT_EQ(g[14], "");
  EXPECT_EQ(g[15], "");  // tone
  EXPECT_EQ(g[16], "3#3#4#2022#43;1#0#0#2021#0") << "weeks have no GKG form; durations are not dates";
  EXPECT_EQ(g[17], "wc:20");
  EXPECT_EQ(g[20], "pic.twitter.com/AbC123;");
  EXPECT_EQ(g[21], "https://youtu.be/xyz;");
  EXPECT_EQ(g[22], "52|46|said|We agreed on the quotas; the work  begins now,") << "no scare quotes; '#' cleaned";
  EXPECT_EQ(g[23], "Bianchi,9;Bianchi,100;Lagos,34");
  EXPECT_EQ(g[26], "<PAGE_TITLE>Quota talks</PAGE_TITLE>");
}

TEST(GkgWriter, WebSourceAndOffsetsInCodePoints) {
  Document doc = gdelt_test_document();
  doc.text = "\xC3\xA9t\xC3\xA9: " + doc.text;  // seven bytes, five code points, before everything
  for (auto& e : doc.entities)
    for (auto& m : e.mentions) m.start += 7, m.end += 7;
  doc.meta.url = "https://www.news.test/a/b?x=1";
  std::string out;
  append_document_gkg(doc, out);
  const auto g = rows(out)[0];
  EXPECT_EQ(g[2], "1");
  EXPECT_EQ(g[3], "news.test");
  EXPECT_EQ(g[4], "https://www.news.test/a/b?x=1");
  EXPECT_EQ(g[12], "Bianchi,14;Bianchi,105;Mr Okafor,26");
}

}  // namespace
}  // namespace chronicle::io
