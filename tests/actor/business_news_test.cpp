// Actor codes in business news (session 10's audit of unannotated business
// articles): bodies and firms that news of markets and companies names. The
// texts are invented.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "actor/legal_form.h"
#include "actor/organisation_head.h"
#include "actor/state_body.h"
#include "actor/pipeline_codes.h"
#include "chronicle/pipeline.h"

using namespace chronicle;

// The Fed's rate-setting committee is the Fed's (USAGOVBUS), in either
// spelling and as its acronym; Phoenix lists only the Fed.
TEST(BusinessNews, TheFederalOpenMarketCommitteeIsTheFeds) {
  bool ran = false;
  auto codes = codes_of(
      "Rates rise again\n\nThe Federal Open Market Committee raised rates on Tuesday. Minutes showed the Federal "
      "Open Markets Committee (FOMC) was worried about inflation.\n",
      ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Federal Open Market Committee"], "USAGOVBUS");
  EXPECT_EQ(codes["Federal Open Markets Committee"], "USAGOVBUS");
}

TEST(BusinessNews, LegalFormsEndAFirmsName) {
  EXPECT_TRUE(actor::ends_in_legal_form("Wexford FC"));
  EXPECT_TRUE(actor::ends_in_legal_form("Acme Widgets plc"));
  EXPECT_TRUE(actor::ends_in_legal_form("Zentrax AG"));
  EXPECT_TRUE(actor::ends_in_legal_form("Bloggs Holdings"));
  EXPECT_FALSE(actor::ends_in_legal_form("FC"));              // no name before the form
  EXPECT_FALSE(actor::ends_in_legal_form("Bob Sa"));          // "SA" in capitals only
  EXPECT_FALSE(actor::ends_in_legal_form("National Grid Group"));  // "Group" is no legal form
  EXPECT_FALSE(actor::ends_in_legal_form("Wexford"));
}

// A club's or firm's chairman is in business: "chairman" alone is Phoenix's
// generic GOV, but the firm he chairs, named with its legal form, gives BUS.
TEST(BusinessNews, TheChairmanOfAFirmNamedWithItsLegalFormIsBusiness) {
  bool ran = false;
  auto codes = codes_of(
      "Bid for football club\n\nBob Hale, chairman of Wexford FC, has launched a bid for the club in Britain. Mr "
      "Hale said the club would grow.\n",
      ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Wexford FC"], "GBRBUS");
  EXPECT_EQ(codes["Bob Hale"], "GBRBUS");
}

// A firm's own name may say its country, which beats the article's.
TEST(BusinessNews, AFirmsNameMaySayItsCountry) {
  bool ran = false;
  auto codes = codes_of(
      "Cement deal\n\nSwitzerland's biggest cement maker will buy the holding firm, Brixo Cement India Ltd, the "
      "Swiss group said in Zurich.\n",
      ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Brixo Cement India Ltd"], "INDBUS");
}

// A country's name opening a sentence is a mention even when the tagger,
// not knowing the word, calls it a noun; a country's name that is also a
// first name still needs the tagger's PROPN.
TEST(BusinessNews, ACountryOpeningASentenceIsAMention) {
  bool ran = false;
  auto codes = codes_of("Coins swapped\n\nMadagascar has finished swapping its old coins.\n", ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Madagascar"], "MDG");
}

// The Conference Board is a US business association (USABUS), also where
// the tagger misses its name; its director speaks for it.
TEST(BusinessNews, TheConferenceBoardIsUsBusiness) {
  bool ran = false;
  auto codes = codes_of(
      "Confidence up\n\nThe Conference Board said confidence rose in the US. \"Consumers are happy,\" said Ann "
      "Other, director of the Conference Board's economics unit.\n",
      ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Conference Board"], "USABUS");
  EXPECT_EQ(codes["Ann Other"], "USABUS");
}

// A body the text gives to the state by a possessive is a government body
// of the article's country; a capitalised "State's" (a US state) is not read.
TEST(BusinessNews, TheStatesBodyIsGovernment) {
  bool ran = false;
  auto codes = codes_of(
      "Land reform\n\nVenezuela has taken over ranches. Some 300 plots still await a review, said the state's "
      "National Land Institute.\n",
      ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["National Land Institute"], "VENGOV");
}

// The rule on its own, with tokens and entities given by hand: a body after
// "state's" is GOV, a bill after "government's" and a body after a
// capitalised "State's" are not.
TEST(BusinessNews, OnlyBodiesAfterTheStatesPossessiveAreGovernment) {
  Document doc;
  doc.text = "the state's Land Institute and the government's Gambling Bill and the State's Rail Fund";
  // Words split at spaces, "'s" split off as the tokenizer does.
  for (uint32_t i = 0; i < doc.text.size();) {
    uint32_t j = i;
    while (j < doc.text.size() && doc.text[j] != ' ') ++j;
    const uint32_t cut = (j - i > 2 && doc.text.compare(j - 2, 2, "'s") == 0) ? j - 2 : j;
    doc.tokens.push_back(Token{i, cut});
    if (cut < j) doc.tokens.push_back(Token{cut, j});
    i = j + 1;
  }
  auto org = [&](const char* name) {
    const uint32_t at = static_cast<uint32_t>(doc.text.find(name));
    Entity e;
    e.type = "ORG";
    e.name = name;
    e.mentions.push_back({at, at + static_cast<uint32_t>(std::string(name).size()), "name", {}});
    doc.entities.push_back(e);
  };
  org("Land Institute");
  org("Gambling Bill");
  org("Rail Fund");
  actor::code_bodies_of_the_state(doc);
  EXPECT_EQ(doc.entities[0].actor.code, "GOV");
  EXPECT_EQ(doc.entities[1].actor.code, "");
  EXPECT_EQ(doc.entities[2].actor.code, "");
}

// A council of an industry's firms is its trade body (BUS); a council with no
// word of business stays a public body (GOV). Clearing houses and building
// societies are business words.
TEST(BusinessNews, ACouncilOfAnIndustrysFirmsIsBusiness) {
  using actor::organisation_head_role;
  EXPECT_EQ(organisation_head_role({"COUNCIL", "OF", "YACHT", "LENDERS"}), "BUS");
  EXPECT_EQ(organisation_head_role({"NORTHSHIRE", "RETAIL", "COUNCIL"}), "BUS");
  EXPECT_EQ(organisation_head_role({"NORTHSHIRE", "COUNCIL"}), "GOV");
  EXPECT_EQ(organisation_head_role({"COUNCIL", "FOR", "RACIAL", "EQUALITY"}), "GOV");
  EXPECT_EQ(organisation_head_role({"ASSOCIATION", "OF", "PAYMENT", "CLEARING", "HOUSES"}), "BUS");
  EXPECT_EQ(organisation_head_role({"BUILDING", "SOCIETY", "ASSOCIATION"}), "BUS");
  EXPECT_EQ(organisation_head_role({"ASSOCIATION", "OF", "CHESS", "PLAYERS"}), "");
  // A registry of title is the state's.
  EXPECT_EQ(organisation_head_role({"NORTHSHIRE", "LAND", "REGISTRY"}), "GOV");
  EXPECT_EQ(organisation_head_role({"REGISTRY"}), "");
  // A commission keeps its GOV whatever words it holds: regulators are named so.
  EXPECT_EQ(organisation_head_role({"BANKING", "COMMISSION"}), "GOV");
}

// "The Ruritanian tycoon, who ...": a relative "who" says the bare title
// names a person, so one named by honorific alone nearby ("Mr Blazer") takes it.
// Without "who" only a full name mention within two sentences may.
TEST(BusinessNews, ABareTitleBeforeWhoNamesThePersonAnHonorificNames) {
  const std::string lede =
      "Yacht yard sold\n\nThe yard's owners heard a plan from Malcolm Blazer. They will reply by March.\n\n"
      "Workers wait. ";
  bool ran = false;
  auto codes = codes_of(lede + "The US tycoon, who collects yachts, met the owners again. Mr Blazer, "
                               "who also runs a bakery, wants a reply soon.\n",
                        ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Malcolm Blazer"], "USABUS");
  codes = codes_of(lede + "The US tycoon met the owners again. Mr Blazer, who also runs a bakery, wants a reply soon.\n",
                   ran);
  EXPECT_EQ(codes["Malcolm Blazer"], "");
}

// A firm's officer named by honorific ("Arnor Oil chief executive Lord
// Elmford") is the firm's; the honorific mention alone, with no firm and
// title right before it, gives no role.
TEST(BusinessNews, AFirmsTitleBeforeAnHonorificIsItsOfficers) {
  bool ran = false;
  auto codes = codes_of(
      "Arnor Oil profits rise\n\nArnor Oil said profits rose by 20% in Gondor in 2004. Arnor Oil chief executive "
      "Lord Elmford said the results were strong.\n",
      ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_TRUE(codes["Elmford"].ends_with("BUS")) << codes["Elmford"];
  codes = codes_of(
      "Arnor Oil profits rise\n\nArnor Oil said profits rose by 20% in 2004. At the dinner Lord Elmford said the "
      "results were strong.\n",
      ran);
  EXPECT_EQ(codes["Elmford"], "");
}

// Proper nouns the tagger left uncoded right before a firm's title name a
// firm ("Minas Europe president Bob Tarrant" is in business); a country's
// possessive before them, a campaign's word among them or "former" before
// them do not.
TEST(BusinessNews, AnUncodedNameBeforeAFirmsTitleIsAFirm) {
  bool ran = false;
  auto codes = codes_of(
      "Car sales rise\n\nThe brand will not be sold in Gondor, said Minas Europe president Bob Tarrant.\n", ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_TRUE(codes["Bob Tarrant"].ends_with("BUS")) << codes["Bob Tarrant"];
  codes = codes_of("Talks held\n\nBritain's Europe director Bob Tarrant will represent the UK.\n", ran);
  EXPECT_EQ(codes["Bob Tarrant"], "GBRGOV");
  codes = codes_of(
      "Car sales rise\n\nThe brand will not be sold in Gondor, said former Minas Europe president Bob Tarrant.\n",
      ran);
  EXPECT_FALSE(codes["Bob Tarrant"].ends_with("BUS")) << codes["Bob Tarrant"];
}

// A title set off after a name may follow a modifier of its own (", assistant
// Gondorian attorney general"; the tagger may call "assistant" a verb). A
// generic title there (", commercial director") says neither whose office it
// is nor what kind, and is not read; nor are an economist's words.
TEST(BusinessNews, AModifierMayOpenATitleSetOffAfterAName) {
  bool ran = false;
  auto codes = codes_of(
      "Fine agreed\n\n\"Firms cannot buy favours,\" said Harriet Vane, assistant US attorney general.\n", ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Harriet Vane"], "USAGOV");
  codes = codes_of(
      "Prices fall\n\nSellers in Britain must be realistic, said Harriet Vane, commercial director at Elmford "
      "Homes.\n",
      ran);
  EXPECT_EQ(codes["Harriet Vane"], "");
}

// A firm's counterpart of another firm's officer is its officer too; the
// counterpart of a minister stays a government's (COUNTERPART's GOV).
TEST(BusinessNews, AFirmsCounterpartIsItsOfficer) {
  bool ran = false;
  auto codes = codes_of(
      "Exchanges to meet\n\nThe exchange's chief will meet his Osgiliath counterpart Harriet Vane in London on "
      "Friday.\n",
      ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Harriet Vane"], "GBRBUS");
  codes = codes_of("Ministers meet\n\nThe minister met his British counterpart Harriet Vane in London.\n", ran);
  EXPECT_EQ(codes["Harriet Vane"], "GBRGOV");
}

// A bank governor is a central bank's (GOVBUS), as Phoenix's central and
// reserve bank governors are; a governor alone keeps GOVERNOR's GOV.
TEST(BusinessNews, ABankGovernorIsTheCentralBanks) {
  bool ran = false;
  auto codes = codes_of("Rates held\n\nRates will stay low in Kenya, bank governor Harriet Vane said in Nairobi.\n", ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes["Harriet Vane"], "KENGOVBUS");
  codes = codes_of("Roads built\n\nRoads will be built in Kenya, provincial governor Harriet Vane said in Nairobi.\n", ran);
  EXPECT_EQ(codes["Harriet Vane"], "KENGOV");
}

// "PCs" is the plural of an initialism (personal computers), not the PCS
// union that chronicle.actors.txt lists; the union's own acronym still codes.
TEST(BusinessNews, AnInitialismsPluralIsNoBodysAcronym) {
  bool ran = false;
  auto codes = codes_of("Sales up\n\nSales of PCs rose sharply in Britain last year, the firm said.\n", ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes.count("PCs") ? codes["PCs"] : "", "");
  codes = codes_of("Strike called\n\nThe PCS union said its members in Britain would strike.\n", ran);
  EXPECT_EQ(codes["PCS"], "GBRLAB");
}

// A worm named after a town is neither a place nor an actor; the town
// named as a place keeps its code.
TEST(BusinessNews, AWormNamedAfterATownIsNoPlace) {
  bool ran = false;
  auto codes = codes_of(
      "Virus writer held\n\nPolice said the man wrote the Sandbach worm, which hit thousands of computers.\n", ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes.count("Sandbach") ? codes["Sandbach"] : "", "");
  codes = codes_of("Factory opens\n\nA new factory opened in Sandbach on Monday, the firm said.\n", ran);
  EXPECT_EQ(codes["Sandbach"], "GBR");
}

// A software product ("its Gondor Media Center software") is no actor,
// though "media" would code it MED; the firm keeps its code.
TEST(BusinessNews, SoftwareIsNoActor) {
  bool ran = false;
  auto codes = codes_of(
      "Robot runs\n\nCar-maker Toyota said it had built a robot.\n\nThe firm also sells its Gondor Media Center "
      "software in Japan. Gondor Media Center is popular.\n",
      ran);
  if (!ran) GTEST_SKIP() << "no data/ or NER model in this build";
  EXPECT_EQ(codes.count("Gondor Media Center") ? codes["Gondor Media Center"] : "", "");
  EXPECT_EQ(codes["Toyota"], "MNCJPN");
}
