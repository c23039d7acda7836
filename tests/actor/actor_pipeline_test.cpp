// The actor stage inside Pipeline: missing data is a located error, user
// dictionaries' bad lines become warnings and the run goes on.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>

#include "actor/actor_resources.h"
#include "actor/actor_stage.h"
#include "chronicle/pipeline.h"

using namespace chronicle;

TEST(ActorPipeline, MissingDataNamesTheFile) {
  PipelineOptions o;
  o.stages = {Stage::kActor};
  o.data_dir = "/nonexistent/chronicle-data";
  auto p = Pipeline::load(o);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound);
  EXPECT_NE(p.status().to_string().find("/nonexistent/chronicle-data/cameo-actors.chd"), std::string::npos)
      << p.status().to_string();
  EXPECT_STREQ(stage_name(Stage::kActor), "actor");
  auto list = parse_stage_list("tokenize,actor");
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->back(), Stage::kActor);
}

TEST(ActorPipeline, UserDictionaryWarningsAndNoDefaults) {
  const std::string path = ::testing::TempDir() + "/user.actors.txt";
  {
    std::ofstream out(path);
    out << "ZUBROWKA_ [ZUB]\nBROKEN [ZUB 2001-]\nGUSTAVE_H_ [ZUBGOV]\n";
  }
  PipelineOptions o;
  o.stages = {Stage::kActor};
  o.actor_files = {path};
  o.no_default_dictionaries = true;
  auto p = Pipeline::load(o);
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  ASSERT_EQ((*p)->warnings().size(), 1u);
  EXPECT_EQ((*p)->warnings()[0].where(), path + ":2");
  // The stage itself, on entities given by hand (inside the pipeline the
  // entity stage would make its own).
  actor::ActorResourceOptions ao;
  ao.actor_files = {path};
  ao.no_default_dictionaries = true;
  auto res = actor::ActorResources::load(ao);
  ASSERT_TRUE(res.ok()) << res.status().to_string();
  Document doc;
  doc.text = "Gustave H went to Zubrowka.";
  doc.meta.date = "1932-01-01";
  doc.entities.push_back(Entity{"E1", "PERSON", "Gustave H", "", {}, false, {}, {}, false, {{0, 9, "name", {}}}});
  actor::annotate_actors(*res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "ZUBGOV");
  // Only the user file: a shipped entry is not there.
  doc.entities.push_back(Entity{"E2", "PERSON", "Sergey Lavrov", "", {}, false, {}, {}, false, {}});
  actor::annotate_actors(*res, doc);
  EXPECT_EQ(doc.entities[1].actor.code, "");
}

// The whole default pipeline on invented text: a title with no country takes
// its sentence's (the dateline before it, not Canada after it), a Norwegian
// town is Norway's and no government, a Canadian minister is Canada's.
TEST(ActorPipeline, TitlesTakeTheirSentencesCountry) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text =
      "BERGEN \xE2\x80\x94 Fisheries Minister Kari Nordahl said on Monday that Norway would meet Canada and Iceland in "
      "Troms\xC3\xB8 next month.\n\nCanada\xE2\x80\x99s trade minister, Paul Gagnon, said Ottawa welcomed the talks.\n";
  doc.meta.date = "2025-03-03";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  auto find = [&](const std::string& name) -> const Entity* {
    for (const auto& e : doc.entities)
      if (e.name == name) return &e;
    return nullptr;
  };
  const Entity* minister = find("Kari Nordahl");
  ASSERT_NE(minister, nullptr);
  EXPECT_EQ(minister->actor.code, "NORGOVAGR");  // Phoenix's minister for fisheries
  const Entity* town = find("Troms\xC3\xB8");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->actor.code, "NOR");
  ASSERT_TRUE(town->has_geo);
  EXPECT_EQ(town->geo.country, "NO");
  const Entity* gagnon = find("Paul Gagnon");
  ASSERT_NE(gagnon, nullptr);
  EXPECT_EQ(gagnon->actor.code, "CANGOV");
}

TEST(ActorPipeline, AnotherPersonsTitleIsNotReadAsARole) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text =
      "Canadian Trade Minister Paul Gagnon said Kari Nordahl would visit Ottawa in May. Ms Nordahl is the most "
      "senior Norwegian official to visit Canada this year. Reporters met her in Bergen.";
  doc.meta.date = "2025-03-03";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::map<std::string, std::string> codes;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  EXPECT_EQ(codes["Paul Gagnon"], "CANGOV");
  // "Canadian Trade Minister Paul Gagnon said" is Gagnon's title, not hers.
  EXPECT_EQ(codes["Kari Nordahl"], "NORGOV");
  // A town stands for its country; "Reporters" give it no role.
  EXPECT_EQ(codes["Bergen"], "NOR");
}

// A bare title goes to the one person the document names near it and gives
// no title of its own ("The Tory leader" is Fenwick's); a title another person
// already holds in their own role words stays theirs, and a bare noun that is
// no title ("the campaign") gives nobody anything.
TEST(ActorPipeline, BareTitleGoesToTheUncodedPersonNearIt) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  auto codes_of = [&](const std::string& text) {
    Document doc;
    doc.text = text;
    doc.meta.date = "2005-02-15";
    EXPECT_TRUE((*p)->annotate(doc).ok());
    std::map<std::string, std::string> codes;
    for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
    return codes;
  };
  auto bare = codes_of(
      "Gregory Fenwick toured marginal seats in Kent on Tuesday. The Tory leader promised lower council taxes, "
      "aides said.\n");
  EXPECT_EQ(bare["Gregory Fenwick"], "GBROPP");
  // No title near him: the campaign is no title, he stays uncoded.
  auto none = codes_of("Gregory Fenwick toured marginal seats in Kent on Tuesday. The campaign went well, aides said.\n");
  EXPECT_EQ(none["Gregory Fenwick"], "");
  // The title is already Fenwick's: Osgood, named nearer, does not take it.
  auto held = codes_of(
      "Tory leader Gregory Fenwick toured Kent on Tuesday. Aides said Harold Osgood had planned the visit. The Tory "
      "leader promised lower council taxes.\n");
  EXPECT_EQ(held["Gregory Fenwick"], "GBROPP");
  EXPECT_EQ(held["Harold Osgood"], "");
}

// The House of Lords in sentences about a case is the court (GBRJUD); in a
// debate it stays the chamber (GBRLEG).
TEST(ActorPipeline, HouseOfLordsRulingIsTheCourt) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  auto code_of_lords = [&](const std::string& text) {
    Document doc;
    doc.text = text;
    doc.meta.date = "2005-02-15";
    EXPECT_TRUE((*p)->annotate(doc).ok());
    for (const auto& e : doc.entities)
      if (e.name == "House of Lords") return e.actor.code;
    return std::string("(none)");
  };
  EXPECT_EQ(code_of_lords("The House of Lords ruled in favour of the appeal by the two farmers on Monday.\n"), "GBRJUD");
  EXPECT_EQ(code_of_lords("The House of Lords debated the farming bill on Monday and will vote on it next week.\n"),
            "GBRLEG");
}

// Phoenix's "EDUCATION_MINIST [~GOVEDU]" is a stem: "Education minister" is
// GOVEDU, not the bare MINISTER's GOV. A public body no dictionary lists is
// found by its head noun ("Agency") though the name tagger missed it, and its
// acronym (the initials, in a headline and later) is the same body; children
// in its name say whom it serves, not that it is CVL.
TEST(ActorPipeline, MinisterStemsBodiesByTheirHeadAndTheirAcronyms) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text =
      "CMA 'could close', says minister\n\nMinisters in London may scrap the Child Meals Agency if it fails to "
      "improve, Education minister Harold Osgood has warned.\n\nThe CMA lost 4,000 forms last year, MPs say. Mr Osgood "
      "said the CMA would get one more chance.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  auto code_at = [&](const std::string& words, size_t nth) {
    size_t at = doc.text.find(words);
    for (size_t k = 0; k < nth && at != std::string::npos; ++k) at = doc.text.find(words, at + 1);
    for (const auto& e : doc.entities)
      for (const auto& m : e.mentions)
        if (m.start <= at && at < m.end) return e.actor.code;
    return std::string("(missed)");
  };
  EXPECT_EQ(code_at("Harold Osgood", 0), "GBRGOVEDU");
  EXPECT_EQ(code_at("Child Meals Agency", 0), "GBRGOV");
  EXPECT_EQ(code_at("CMA", 0), "GBRGOV");  // the headline
  EXPECT_EQ(code_at("CMA", 1), "GBRGOV");
  EXPECT_EQ(code_at("CMA", 2), "GBRGOV");
}

// A person set off with the body they speak for (", for the Lib Dems,",
// ", from the Federation of ...,") takes the body's code; a party the tagger
// ran on into "MPs" and called NORP is still the party, not the OPP of the
// opposition named before it.
TEST(ActorPipeline, PeopleForTheirBodiesAndPartiesRunOnIntoMPs) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text =
      "Oliver Lamb told MPs the plan would fail. Harriet Crane, for the Lib Dems, added: \"It is a mess.\" Norman "
      "Vale, from the Federation of Small Traders, said costs would rise. Opposition members and several Labour MPs have "
      "long called for her removal.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::map<std::string, std::string> codes;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  EXPECT_EQ(codes["Harriet Crane"], "GBROPP");
  EXPECT_EQ(codes["Norman Vale"], "GBRBUS");
  EXPECT_EQ(codes["Oliver Lamb"], "");
  std::string labour = "(missed)";
  for (const auto& e : doc.entities)
    if (e.name.rfind("Labour", 0) == 0) labour = e.actor.code;
  EXPECT_EQ(labour, "GBRGOV");
}

// Civilians in a title say whom it serves: "Children's Minister" is GOV, not
// Phoenix's CHILDREN [~CVL].
TEST(ActorPipeline, AMinisterForCiviliansIsGovernment) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text = "Mr Parton said in London that he was told by Children's Minister Harriet Vane there was too little time.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::string code = "(missed)";
  for (const auto& e : doc.entities)
    if (e.name == "Harriet Vane") code = e.actor.code;
  EXPECT_EQ(code, "GBRGOV");
}

// UK parties are coded whatever the name tagger calls them: the Scottish
// National Party tagged MISC, and the Northern Ireland parties and the
// parties' Scottish and Welsh branches that data/src lists (opposition on a
// 2005 date; Scottish Labour is Labour, in government).
TEST(ActorPipeline, UkPartiesAreCoded) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  auto codes_of = [&](const std::string& text) {
    Document doc;
    doc.text = text;
    doc.meta.date = "2005-02-15";
    EXPECT_TRUE((*p)->annotate(doc).ok());
    std::map<std::string, std::string> codes;
    for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
    return codes;
  };
  EXPECT_EQ(codes_of("UKIP said maybe. The Scottish National Party agreed.\n")["Scottish National Party"], "GBROPP");
  auto ni = codes_of("The DUP objected. Sinn Fein said no. The SDLP said yes.\n");
  EXPECT_EQ(ni["DUP"], "GBROPP");
  EXPECT_EQ(ni["Sinn Fein"], "GBROPP");
  EXPECT_EQ(ni["SDLP"], "GBROPP");
  auto wales = codes_of("On Monday the Welsh Conservatives attacked the plan, while Welsh Labour defended it.\n");
  EXPECT_EQ(wales["Welsh Conservatives"], "GBROPP");
  EXPECT_EQ(wales["Welsh Labour"], "GBRGOV");
}

// A spokeswoman named with the body she speaks for takes the body's code,
// not Phoenix's SPOKES!PERSON! [~MED] with no country.
TEST(ActorPipeline, ABodysSpokeswomanIsTheBody) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text = "A European Commission spokeswoman, Greta Holm, said the rules were clear.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::string code = "(missed)";
  for (const auto& e : doc.entities)
    if (e.name == "Greta Holm") code = e.actor.code;
  EXPECT_EQ(code, "IGOEUREEC");
}

// A bare generic title ("Chairman", "Director general") says whose head
// someone is only through the body the sentence before names.
TEST(ActorPipeline, ABareGenericTitleHeadsTheBodyNamedJustBefore) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text =
      "A study by the Commons transport committee urged ministers to shut the agency down. Chairman Sir Hugo "
      "Blythe said: \"It must be replaced.\"\n\nThe CBI said firms were worried. Director general Digby Marsh said "
      "costs were rising.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::map<std::string, std::string> codes;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  EXPECT_EQ(codes["Hugo Blythe"], "GBRLEG");
  EXPECT_EQ(codes["Digby Marsh"], "GBRBUS");
}

// A central bank named "Bank of <country>" is that country's GOVBUS, as the
// Bank of England is GBRGOVBUS; a commercial bank so named is not.
TEST(ActorPipeline, ACentralBankTakesTheCountryOfItsName) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text =
      "The Bank of Mexico raised its key rate on Tuesday. The Central Bank of Brazil held its own, and the Bank of "
      "Ireland cut its mortgage rates.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::map<std::string, std::string> codes;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  EXPECT_EQ(codes["Bank of Mexico"], "MEXGOVBUS");
  EXPECT_EQ(codes["Central Bank of Brazil"], "BRAGOVBUS");
  EXPECT_EQ(codes["Bank of Ireland"], "IRLBUS");
}

// Phoenix's INTER_AMERICAN_DEVELOPMENT_BANK_ is written with a hyphen in
// the news; the coder keeps a hyphenated word whole.
TEST(ActorPipeline, TheInterAmericanDevelopmentBankIsAnIgo) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text = "The Inter-American Development Bank said output in the region would slow next year.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::string code = "(missed)";
  for (const auto& e : doc.entities)
    if (e.name == "Inter-American Development Bank") code = e.actor.code;
  EXPECT_EQ(code, "IGONAMDEV");
}

// A portfolio spokesman ("Health spokesman") speaks for the party the
// sentence before names, not as Phoenix's SPOKESMAN MED.
TEST(ActorPipeline, APortfolioSpokesmanSpeaksForThePartyBefore) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text = "The Lib Dems promise they would pay for free bus travel. Health spokesman Paul Burrow said: \"It sounds good.\"\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::string code = "(missed)";
  for (const auto& e : doc.entities)
    if (e.name == "Paul Burrow") code = e.actor.code;
  EXPECT_EQ(code, "GBROPP");
}

// "The Fed" is how the news names the US Federal Reserve after its first
// mention (chronicle.actors.txt's FED_, Phoenix's FEDERAL_RESERVE GOVBUS).
TEST(ActorPipeline, TheFedIsTheFederalReserve) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text = "Shares rose after the Fed kept rates on hold. Traders said the Fed would move in March.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  size_t fed = 0;
  for (const auto& e : doc.entities)
    if (e.name == "Fed") {
      EXPECT_EQ(e.actor.code, "USAGOVBUS");
      fed += e.mentions.size();
    }
  EXPECT_EQ(fed, 2u);
}

// Phoenix has no entry for the World Trade Organization itself (only its
// heads, IGOBUSWTO): chronicle.actors.txt's WORLD_TRADE_ORGANISATION_, both
// spellings and the acronym, is CAMEO's IGOWTO.
TEST(ActorPipeline, TheWorldTradeOrganisationIsAnIgo) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text = "The talks at the World Trade Organisation broke down on Friday. Delegates said the WTO would meet again.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::map<std::string, std::string> codes;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  EXPECT_EQ(codes["World Trade Organisation"], "IGOWTO");
  EXPECT_EQ(codes["WTO"], "IGOWTO");
}

// A chief financial or operating officer is a company's (chronicle.agents.txt:
// BUS), not the GOV a bare OFFICER-like title would give.
TEST(ActorPipeline, AChiefFinancialOfficerIsBusiness) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text = "Profits at the Australian airline fell. \"We are cautious,\" said chief financial officer Peter Grogan.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::string code = "(missed)";
  for (const auto& e : doc.entities)
    if (e.name == "Peter Grogan") code = e.actor.code;
  EXPECT_EQ(code, "AUSBUS");
}

// The firm dictionary (data/src/chronicle.firms.txt): a firm's officer is
// business of the firm's country, not of the other country the sentence
// names (ITABUS, GBRBUS before it); a surname shared with a firm listed only
// with its legal form (BAYER_AG_) codes no person.
TEST(ActorPipeline, AFirmsOfficerTakesTheFirmsCountry) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text =
      "Harriet Vane, chief executive of Volkswagen, said sales in Italy fell. Gazprom chairman Peter Wimsey said "
      "gas exports to Britain rose. Mr Bayer said the talks in Osgiliath would go on.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::map<std::string, std::string> codes;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  EXPECT_EQ(codes["Volkswagen"], "MNCDEU");
  EXPECT_EQ(codes["Harriet Vane"], "DEUBUS");
  EXPECT_EQ(codes["Peter Wimsey"], "RUSBUS");
  EXPECT_EQ(codes.count("Bayer"), 1u);
  EXPECT_EQ(codes["Bayer"], "");
}

// A multinational's country votes for the article's country but is not its
// sentence's: a minister who flew on a German airline's jet is of the
// country the article is about (DEUGOV before).
TEST(ActorPipeline, AFirmsCountryIsNotItsSentencesCountry) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text =
      "The French cabinet met in Paris on Monday. Trade minister Harriet Vane flew on a Lufthansa jet to "
      "Osgiliath. France wants more exports.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::map<std::string, std::string> codes;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  EXPECT_EQ(codes["Lufthansa"], "MNCDEU");
  EXPECT_EQ(codes["Harriet Vane"], "FRAGOV");
}

// The head of a festival, a museum or a trust is no firm's officer, named
// with a code or not ("Elmford Festival founder" was BUS).
TEST(ActorPipeline, TheHeadOfACauseIsNoFirmsOfficer) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  for (const std::string head : {"Elmford Festival founder", "Elmford Trust chairman", "Elmford Museum director"}) {
    Document doc;
    doc.text = head + " Harriet Vane said tickets had sold out.\n";
    doc.meta.date = "2005-02-15";
    ASSERT_TRUE((*p)->annotate(doc).ok());
    for (const auto& e : doc.entities)
      if (e.name == "Harriet Vane") EXPECT_EQ(e.actor.code.find("BUS"), std::string::npos) << head << ": " << e.actor.code;
  }
}

// Firm names that are also surnames, places or families are listed only with
// a legal form or in full (data/src/chronicle.firms.txt): "Mr Whitbread" is
// no British multinational (MNCGBR before).
TEST(ActorPipeline, AFirmNamedLikeAPersonNeedsItsLegalForm) {
  auto p = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  if (!(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) GTEST_SKIP() << "no data/ or NER model in this build";
  Document doc;
  doc.text = "Mr Whitbread, a farmer in Elmford, said rain fell.\n";
  doc.meta.date = "2005-02-15";
  ASSERT_TRUE((*p)->annotate(doc).ok());
  std::map<std::string, std::string> codes;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  ASSERT_EQ(codes.count("Whitbread"), 1u);
  EXPECT_NE(codes["Whitbread"], "MNCGBR");
}
