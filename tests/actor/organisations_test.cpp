// Organisations' codes in wire copy (session 12's audit of Reuters-21578 dev
// stories and the retired batches 11 and 11r): intergovernmental bodies,
// farm unions, bodies named after their country. The texts are invented;
// they copy only the grammatical shape.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "actor/pipeline_codes.h"

namespace {
const std::string kWireDate = "1987-04-15";
}  // namespace

// Bodies Phoenix lacks: an agricultural commodity's organisation is IGO +
// AGR, the euro area's central bank IGOEURBUS.
TEST(Organisations, IntergovernmentalBodiesOfNewswireAreCoded) {
  bool ran = false;
  auto codes = codes_of(
      "Quota talks\n\nELMFORD, March 3 - The International Coffee Organization said Gondor would "
      "keep its quota. The European Central Bank held its rate.\n", ran, kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["International Coffee Organization"], "IGOAGR");
  EXPECT_EQ(codes["European Central Bank"], "IGOEURBUS");
}

// A union of farmers is AGR, a union alone LAB.
TEST(Organisations, AFarmUnionIsAgriculturalNotLabour) {
  bool ran = false;
  auto codes = codes_of(
      "Farmers protest\n\nOSGILIATH, March 3 - Portugal's main farm union, GFU, said prices were too low. "
      "Norway's largest union, ATW, said wages were too low.\n", ran, kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["GFU"], "PRTAGR");
  EXPECT_EQ(codes["ATW"], "NORLAB");
}

// The tagger cuts a body's long name at the places and words inside it
// ("Economic Commission" / "Latin America" / "Caribbean"): the dictionary
// phrase takes them in, one mention of the body; a country before the name
// stays a mention of its own.
TEST(Organisations, ABodysNameTakesInThePlacesInsideIt) {
  bool ran = false;
  auto codes = codes_of(
      "Growth seen\n\nELMFORD, March 3 - The Economic Commission for Latin America and the Caribbean said "
      "Gondor's exports would grow. Arnor faces a hard adjustment, the Organisation for Economic Cooperation "
      "and Development warned on Friday.\n", ran, kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Economic Commission for Latin America and the Caribbean"], "IGOUNO");
  EXPECT_EQ(codes.count("Caribbean"), 0u);
  EXPECT_EQ(codes["Organisation for Economic Cooperation and Development"], "IGOWSTBUS");
  EXPECT_EQ(codes.count("Development"), 0u);
}

// A coded body's head noun written alone with a capital is a mention of the
// body, though the tagger took no name there ("the Community"); not before
// "of" (another bank's name) nor a head noun of no body ("Stores").
TEST(Organisations, ABodysHeadNounAloneIsAMentionOfIt) {
  const std::string text =
      "Farm talks\n\nELMFORD, March 3 - The European Community set new grain prices. Critics said the plan "
      "would leave the Community short of money. Bank of Gondor said it would lend to farmers.\n";
  auto p = chronicle::Pipeline::load(chronicle::PipelineOptions{});
  ASSERT_TRUE(p.ok());
  if (!(*p)->runs(chronicle::Stage::kActor) || !(*p)->runs(chronicle::Stage::kNer)) GTEST_SKIP() << "no data/ or NER model";
  chronicle::Document doc;
  doc.text = text;
  doc.meta.date = kWireDate;
  ASSERT_TRUE((*p)->annotate(doc).ok());
  const size_t community = text.find("the Community") + 4;
  std::string code_there, code_of_bank;
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions) {
      if (m.start == community && m.end == community + 9) code_there = e.actor.code;
      if (m.start == text.find("Bank of Gondor")) code_of_bank = e.actor.code;
    }
  EXPECT_EQ(code_there, "IGOEUREEC");
  EXPECT_NE(code_of_bank, "IGOEUREEC");
}

// A public body named as international that no dictionary lists is an
// intergovernmental one, not the country of the sentence it stands in.
TEST(Organisations, AnInternationalBodyIsNoCountrys) {
  bool ran = false;
  auto codes = codes_of(
      "Pewter talks\n\nLONDON, March 3 - The International Pewter Council said in London that prices "
      "would fall. The European Court of Pewter Standards ruled against Britain.\n", ran, kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["International Pewter Council"], "IGO");
  EXPECT_EQ(codes["European Court of Pewter Standards"], "IGOEURJUD");
}

// Canada's departments are named "<portfolio> Canada": the health ministry
// is the government's (GOVHLH), not the country.
TEST(Organisations, HealthCanadaIsCanadasHealthMinistry) {
  bool ran = false;
  auto codes = codes_of(
      "Drug approved\n\nOTTAWA, March 3 - Health Canada approved the Elmford Pharma drug, the firm said.\n", ran,
      kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Health Canada"], "CANGOVHLH");
}

// Wire copy dots the country's initials ("U.S. Congress"); the dictionary's
// undotted entry (US_CONGRESS_ USAGOVLEG) codes it, as it codes "Senate".
TEST(Organisations, ADottedCountryNameFindsTheUndottedEntry) {
  bool ran = false;
  auto codes = codes_of(
      "Widget tax\n\nWASHINGTON, March 3 - Lawmakers in the U.S. Congress want to tax imported widgets, "
      "Harriet Vane said.\n", ran, kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["U.S. Congress"], "USAGOVLEG");
}

// A body named before the lower-case noun of its kind: "the GWF unions" are
// a labour body of the country in view.
TEST(Organisations, ABodyBeforeUnionsIsLabour) {
  bool ran = false;
  auto codes = codes_of(
      "Miners restless\n\nWARSAW, March 3 - Coal pits in Silesia may close for a week, the state-approved "
      "GWF unions told Harriet Vane on Tuesday.\n", ran, kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["GWF"], "POLLAB");
}

// A public body an intergovernmental one owns ("the EC's Executive
// Commission") is an organ of it, not the country of the sentence.
TEST(Organisations, AnIgosOwnBodyIsTheIgos) {
  bool ran = false;
  auto codes = codes_of(
      "Farm talks\n\nBRUSSELS, March 3 - Dutch ministers met today. The EC's Executive Commission, the "
      "author of the widget plan, said it would stand.\n", ran, kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Executive Commission"], "IGOEUREEC");
}

// US federal corporations are government bodies, not firms, though the wire
// names them with "Corp": the thrift insurer USAGOVBUS, the farm lender
// USAGOVAGR.
TEST(Organisations, FederalCorporationsAreGovernmentBodies) {
  bool ran = false;
  auto codes = codes_of(
      "Widget credits\n\nWASHINGTON, March 3 - The Commodity Credit Corp will guarantee widget sales to "
      "Gondor, and the Federal Deposit Insurance Corp took over an Elmford bank, officials said.\n", ran,
      kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Commodity Credit Corp"], "USAGOVAGR");
  EXPECT_EQ(codes["Federal Deposit Insurance Corp"], "USAGOVBUS");
}

// A cabinet department Phoenix lists with no code before another body's
// group is the government's (USAGOV), not that body's (the veterans'
// health service, USAGOVHLH).
TEST(Organisations, ACabinetDepartmentListedWithoutCodeIsGovernment) {
  bool ran = false;
  auto codes = codes_of(
      "Clinic plan\n\nWASHINGTON, March 3 - The U.S. Department of Veterans Affairs will open a clinic in "
      "Elmford, Harriet Vane said.\n", ran, "2015-04-15");
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["U.S. Department of Veterans Affairs"], "USAGOV");
}

// A head noun opening a sentence has its capital by position: a mention of
// the body only before the body's own people ("Fund officials"), not in
// "Fund managers ..." after the IMF.
TEST(Organisations, ASentenceOpeningHeadNounIsNoMention) {
  bool ran = false;
  const std::string text =
      "Loan agreed\n\nELMFORD, March 3 - Gondor got a loan from the International Monetary Fund on Monday. "
      "Fund managers in Elmford sold shares. The Fund said it was pleased. Fund officials will visit.\n";
  const std::string code = code_at(text, "Fund managers", ran, kWireDate);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(code, "");
  EXPECT_EQ(code_at(text, "Fund said", ran, kWireDate), "IGOBUSIMF");
  EXPECT_EQ(code_at(text, "Fund officials", ran, kWireDate), "IGOBUSIMF");
}

// A short initialism is written in capitals: "Ico" (a game's title) is no
// International Coffee Organization, "ICO" of a coffee story is.
TEST(Organisations, AShortInitialismInLowerCaseIsNoBody) {
  bool ran = false;
  auto game = codes_of("Games\n\nThe game Ico sold well in Elmford. Fans of Ico praised it.\n", ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_NE(game["Ico"], "IGOAGR");
  auto coffee = codes_of(
      "Coffee quotas\n\nLONDON, March 3 - The ICO will meet in Elmford to discuss export quotas, Harriet Vane said.\n",
      ran, kWireDate);
  EXPECT_EQ(coffee["ICO"], "IGOAGR");
}
