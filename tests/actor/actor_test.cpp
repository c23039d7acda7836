// Actor coding, country table, gazetteer, geocoder and the actor stage on
// invented dictionaries, countries and places (no shared data needed).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "actor/actor_coder.h"
#include "actor/actor_resources.h"
#include "actor/actor_stage.h"
#include "actor/firm_officer.h"
#include "actor/machine_names.h"
#include "actor/short_names.h"
#include "actor/sign_off.h"
#include "actor/speaks_for.h"
#include "geo/country_table.h"
#include "geo/gazetteer.h"
#include "geo/geocoder.h"
#include "geo/place_name.h"
#include "geo/region_name.h"
#include "rules/actor_dictionary.h"
#include "rules/agent_dictionary.h"
#include "rules/discard_list.h"
#include "segment/sentence_splitter.h"
#include "tokenize/tokenizer.h"

using namespace chronicle;

namespace {

// Invented countries Freedonia (FD, FRD) and Sylvania (SY, SYL).
const char* kIsoJson = R"({"3166-1": [
  {"alpha_2": "FD", "alpha_3": "FRD", "name": "Freedonia, Republic of", "common_name": "Freedonia"},
  {"alpha_2": "SY", "alpha_3": "SYL", "name": "Sylvania"},
  {"alpha_2": "TL", "alpha_3": "TLS", "name": "Timor-Leste"},
  {"alpha_2": "MU", "alpha_3": "MUS", "name": "Mauritius"}]})";
const char* kCountryInfo =
    "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal\tRegex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode\n"
    "FD\tFRD\t901\tFD\tFreedonia\tFredville\t1000\t5000000\tEU\t.fd\tFDD\tDuck\t1\t\t\ten\t900001\tSY\t\n"
    "SY\tSYL\t902\tSY\tSylvania\tSylvan City\t1000\t3000000\tEU\t.sy\tSYD\tDollar\t2\t\t\ten\t900002\tFD\t\n"
    "TL\tTLS\t626\tTT\tTimor-Leste\tDili\t1000\t1000000\tOC\t.tl\tUSD\tDollar\t670\t\t\tpt\t900003\t\t\n";
const char* kAliases = "# test\nFD\tdemonym\tFreedonian\nSY\tdemonym\tSylvanian\n";

// id name ascii alternates lat lon class code cc cc2 admin1 admin2 admin3 admin4 population elevation dem tz date
std::string city(int id, const std::string& name, const std::string& alts, double lat, double lon,
                 const std::string& code, const std::string& cc, const std::string& admin1, long pop) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%d\t%s\t%s\t%s\t%.4f\t%.4f\tP\t%s\t%s\t\t%s\t\t\t\t%ld\t\t10\tEtc/UTC\t2025-01-01\n", id,
                name.c_str(), name.c_str(), alts.c_str(), lat, lon, code.c_str(), cc.c_str(), admin1.c_str(), pop);
  return buf;
}

geo::GazetteerSource gazetteer_source() {
  geo::GazetteerSource s;
  s.cities = city(1, "Fredville", "Fredvil", 10.0, 20.0, "PPLC", "FD", "01", 3000000) +
             city(2, "Paris", "", 40.0, 30.0, "PPLA", "FD", "02", 1000000) +
             city(3, "Paris", "", 50.0, 40.0, "PPL", "SY", "05", 30000) +
             city(4, "Sylvan City", "", 50.0, 50.0, "PPLC", "SY", "05", 2000000) +
             city(5, "Freedonia", "", 12.0, 22.0, "PPL", "FD", "01", 20000) +
             city(6, "Marxton", "", 11.0, 21.0, "PPL", "FD", "02", 1000000) +
             city(7, "Springfield", "", 41.0, 31.0, "PPL", "FD", "02", 50000) +
             city(8, "Springfield", "", 51.0, 51.0, "PPL", "SY", "05", 60000);
  s.admin1 = "FD.01\tNorth Province\tNorth Province\t800001\nFD.02\tGroucho\tGroucho\t800002\n"
             "SY.05\tTexarkia\tTexarkia\t800005\nSY.09\tEmpty Land\tEmpty Land\t800009\n";
  s.country_info = kCountryInfo;
  s.country_names = {{"FD", "Freedonian Republic"}};
  return s;
}

std::vector<rules::DictEntry> parse(void (*f)(std::string_view, const std::string&, std::vector<rules::DictEntry>&,
                                              rules::DictionaryErrors&),
                                    const std::string& text) {
  std::vector<rules::DictEntry> out;
  rules::DictionaryErrors errors;
  f(text, "test", out, errors);
  EXPECT_TRUE(errors.errors.empty()) << errors.errors.front().to_string();
  return out;
}

struct Fixture {
  actor::ActorResources res;
  Fixture() {
    auto a = rules::CompiledDictionary::from_entries(
        rules::DictionaryKind::kActors,
        parse(&rules::parse_actor_dictionary,
              "FREEDONIA_ [FRD]\n+FREEDONIAN\n+FREDVILLE\n"
              "SYLVANIA_ [SYL]\n+SYLVANIAN\n+THE_SYLVANIA\n"
              "RUFUS_FIREFLY_\n+FIREFLY\n\t[FRDGOV 19330101-19331231]\n\t[FRDMIL >20000101]\n"
              "GROUCHO_HACKENBUSH_\n+HACKENBUSH\n\t[FRDGOV 19330101-19331231]\n"
              "CHICOLINI_ [FRD]\n"
              "FREEDONIAN_FOREIGN_OFFICE_ [FRDGOV]\n"
              "DUCK_SOUP_COMPANY_ [FRDBUS]\n"
              "PEOPLES_PARTY_\n+PEOPLES_PARTIES_\n\t[FRDGOV 19900101-19991231]\n\t[FRDOPP >20000101]\n"
              "OLD_FIREFLY_\n+PRESIDENT_FIREFLY\n\t[FRDELI]\n"
              "YOUNG_FIREFLY_\n+PRESIDENT_FIREFLY\n\t[FRDGOV 20000101-20101231]\n"
              "GROUCHO_J._MARX_ [FRDGOV]\n"
              "NORTH_PROVINCE_ [FRDNPR]\n"
              "FDSEC_ [FRDGOV]\n"
              "SYLVAN_SEA_ [---]\n"
              "FREEDONIAN_TWINS_ [FRD/SYL]\n"
              "MARX_NAMESAKE_\n\t[--- <19500101]\n\t[SYLMED]\n"
              "KING_OWN_FISH_GUARDS_ [FRDMIL]\n"
              "OTIS_B._DRIFTWOOD_\n\t[FRDGOV 19330101-19331231]\n"
              "WORLD_FISH_BANK_ [IGOFSHBNK]\n"
              "ZORBCO_PLC_ [MNCSYL]\nNOCO_INC_ [MNC]\nBARONESS_FISH_ [FRDJUD]\n"
              "ZENTRAX_AG_ [MNCFRD]\nKLOPPA_S.P.A._ [MNCSYL]\nQUOXX_ [MNCSYL]\n"),
        "actors");
    auto g = rules::CompiledDictionary::from_entries(
        rules::DictionaryKind::kAgents,
        parse(&rules::parse_agent_dictionary,
              "MINISTER [~GOV]\nNATIONAL_SECURITY_ADVISER [~GOVMIL]\nMILITARY_INTELLIGENCE [~MILSPY]\n"
              "CHIEF [~GOV]\nOPPOSITION {} [~OPP]\nPEACEKEEPER [IGO~]\nLEADER [~GOV]\nCOURT [~JUD]\n"
              "FOREIGN_MINISTER [~GOV]\nDEPUTY [~COP]\nDIRECTOR [~GOV]\nCONSTABLE [~COP]\nPARLIAMENT [~LEG]\n"
              "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\nCOMPANY [~BUS]\nBUDDHIST [~BUD]\n"
              "MINISTRY_FOR_FISH [~GOVAGR]\nMUSLIM [~MUS]\nECONOMIST [~EDU]\nMP {MPS} [~LEG]\n"
              "MINISTER_FOR_FISH [~GOVAGR]\nCHIEF_EXECUTIVE [~BUS]\n"),
        "agents");
    auto d = rules::CompiledDictionary::from_entries(rules::DictionaryKind::kDiscards,
                                                     parse(&rules::parse_discard_list, "DUCK_SOUP\n"), "discards");
    EXPECT_TRUE(a.ok() && g.ok() && d.ok());
    res.dictionaries.actors.push_back(std::move(*a));
    res.dictionaries.agents.push_back(std::move(*g));
    res.dictionaries.discards.push_back(std::move(*d));
    res.surnames.build(res.dictionaries.actors);
    geo::CountrySources cs{kIsoJson, kCountryInfo, kAliases, {{"FRD", "FREEDONIAN"}}};
    auto cb = geo::compile_countries(cs);
    EXPECT_TRUE(cb.ok()) << cb.status().to_string();
    auto ct = geo::CountryTable::from_bytes(std::string(section(*cb, "CTRY")), "countries");
    EXPECT_TRUE(ct.ok()) << ct.status().to_string();
    res.countries = std::move(*ct);
    auto gb = geo::compile_gazetteer(gazetteer_source());
    EXPECT_TRUE(gb.ok()) << gb.status().to_string();
    auto gz = geo::Gazetteer::from_bytes(std::move(*gb), "gazetteer");
    EXPECT_TRUE(gz.ok()) << gz.status().to_string();
    res.gazetteer.emplace(std::move(*gz));
  }
  static std::string section(const std::string& bytes, const char* tag) {
    auto f = io::ModelFile::parse(bytes, "t");
    EXPECT_TRUE(f.ok());
    auto s = f->section(tag);
    EXPECT_TRUE(s.ok());
    return std::string(*s);
  }
  ActorCode code(std::vector<std::string> names, std::string type, std::vector<std::string> roles,
                 std::string date, bool gov = false) const {
    actor::ActorCoder coder(res.dictionaries, res.countries);
    return coder.code(actor::ActorQuery{std::move(names), std::move(type), std::move(roles), std::move(date), gov});
  }
};

const Fixture& fx() {
  static Fixture f;
  return f;
}

// A document of invented text, tokenized and split, with its date.
Document invented_doc(const std::string& date, const std::string& text) {
  Document doc;
  doc.id = "invented";
  doc.meta.date = date;
  doc.text = text;
  tokenize::tokenize(doc.text, doc.tokens);
  segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  return doc;
}

bool starts_with_upper(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// A name mention over the first occurrence of `words`.
EntityMention mention_of(const Document& doc, const std::string& words, const std::string& kind = "name") {
  const size_t at = doc.text.find(words);
  EXPECT_NE(at, std::string::npos) << words;
  return EntityMention{static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size()), kind, {}};
}

}  // namespace

TEST(CountryTable, CodesNamesDemonymsCapitals) {
  const auto& t = fx().res.countries;
  ASSERT_NE(t.by_iso2("FD"), nullptr);
  EXPECT_EQ(t.by_iso2("FD")->cameo, "FRD");
  EXPECT_EQ(t.by_iso2("FD")->name, "Freedonia");  // iso-codes common name
  EXPECT_EQ(t.by_iso2("TL")->cameo, "TMP");       // CAMEO's exception
  EXPECT_EQ(geo::cameo_country_code("XKX"), "KSV");
  auto hit = t.find("freedonian");
  ASSERT_GE(hit.country, 0);
  EXPECT_EQ(t.countries()[static_cast<size_t>(hit.country)].iso2, "FD");
  EXPECT_EQ(hit.kind, geo::CountryNameKind::kDemonym);
  hit = t.find("Sylvan City");
  ASSERT_GE(hit.country, 0);
  EXPECT_EQ(hit.kind, geo::CountryNameKind::kCapital);
  EXPECT_EQ(t.find("Atlantis").country, -1);
}

TEST(CountryTable, APastCountryRowAddsACountryWithItsCameoCode) {
  // A country ISO no longer lists, as CAMEO still codes it: its own row,
  // then names and demonyms as for any other.
  geo::CountrySources cs{kIsoJson, kCountryInfo, "XU\tcountry\tOLD\tOld Sylvania\nXU\tdemonym\tOld Sylvanian\n", {}};
  auto r = geo::compile_countries(cs);
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  auto t = geo::CountryTable::from_bytes(std::string(Fixture::section(*r, "CTRY")), "countries");
  ASSERT_TRUE(t.ok()) << t.status().to_string();
  ASSERT_NE(t->by_cameo("OLD"), nullptr);
  EXPECT_EQ(t->by_cameo("OLD")->iso2, "XU");
  const auto hit = t->find("Old Sylvanian");
  ASSERT_GE(hit.country, 0);
  EXPECT_EQ(t->countries()[static_cast<size_t>(hit.country)].cameo, "OLD");
  EXPECT_EQ(hit.kind, geo::CountryNameKind::kDemonym);
  EXPECT_EQ(t->find("Old Sylvania").kind, geo::CountryNameKind::kName);
}

TEST(CountryTable, BadAliasLineIsLocated) {
  geo::CountrySources cs{kIsoJson, kCountryInfo, "FD\tnickname\tFreddy\n", {}};
  auto r = geo::compile_countries(cs);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where(), "country-aliases.tsv:1");
}

TEST(ActorCoder, DictionaryCodeByDocumentDate) {
  auto c = fx().code({"Rufus Firefly"}, "PERSON", {}, "1933-06-01");
  EXPECT_EQ(c.code, "FRDGOV");
  EXPECT_EQ(c.country, "FRD");
  EXPECT_EQ(c.role, "GOV");
  EXPECT_EQ(c.source, "dictionary");
  EXPECT_EQ(fx().code({"Mr Firefly"}, "PERSON", {}, "2018-05-31").code, "FRDMIL");
  // No document date: no period is chosen; the text's role and the entry's country hold.
  EXPECT_EQ(fx().code({"Rufus Firefly"}, "PERSON", {"the Freedonian opposition"}, "").code, "FRDOPP");
  EXPECT_EQ(fx().code({"Rufus Firefly"}, "PERSON", {}, "").code, "FRD");
}

TEST(ActorCoder, StatedRoleBeatsExpiredEntryButKeepsItsCountry) {
  auto c = fx().code({"Groucho Hackenbush"}, "PERSON", {"National Security Adviser"}, "2018-05-31");
  EXPECT_EQ(c.code, "FRDGOVMIL");
  EXPECT_EQ(c.source, "role");
  // No role: only the country of the expired entry holds.
  c = fx().code({"Hackenbush"}, "PERSON", {}, "2018-05-31");
  EXPECT_EQ(c.code, "FRD");
  EXPECT_EQ(c.source, "country");
  // Inside its dates the entry wins.
  EXPECT_EQ(fx().code({"Hackenbush"}, "PERSON", {"National Security Adviser"}, "1933-03-01").code, "FRDGOV");
}

TEST(ActorCoder, CountryAndAgentFromRoleWords) {
  auto c = fx().code({"Pinky Tuscadero"}, "PERSON", {"the former Sylvanian military intelligence chief"}, "2018-05-31");
  EXPECT_EQ(c.code, "SYLMILSPY");  // the longest agent phrase
  EXPECT_EQ(c.country, "SYL");
  c = fx().code({"Vera Valdez"}, "PERSON", {"the head of the Freedonian Foreign Office's Sylvania desk"}, "2018-05-31");
  EXPECT_EQ(c.code, "FRDGOV");  // the first actor in the role words
  c = fx().code({"Chicolini"}, "PERSON", {"minister"}, "2018-05-31");
  EXPECT_EQ(c.code, "FRDGOV");
  EXPECT_EQ(c.source, "dictionary+role");
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"Sylvanian opposition"}, "").code, "SYLOPP");
}

TEST(ActorCoder, CountriesCapitalsAndWhatIsNotCoded) {
  EXPECT_EQ(fx().code({"Freedonia"}, "GPE", {}, "2018-05-31").code, "FRD");
  EXPECT_EQ(fx().code({"Sylvanians"}, "NORP", {}, "2018-05-31").code, "SYL");  // a plural people: its singular entry
  // A person with a full name is no plural people: "Sylvanias" is his surname.
  EXPECT_EQ(fx().code({"Rufus Sylvanias", "Sylvanias"}, "PERSON", {}, "2018-05-31").code, "");
  EXPECT_EQ(fx().code({"Sylvanias"}, "PERSON", {}, "2018-05-31").code, "SYL");  // one word: maybe the tagger's slip
  EXPECT_EQ(fx().code({"Sylvanian"}, "NORP", {}, "2018-05-31").code, "SYL");
  EXPECT_EQ(fx().code({"Sylvan City"}, "GPE", {}, "2018-05-31", true).code, "SYLGOV");
  EXPECT_EQ(fx().code({"Sylvan City"}, "GPE", {}, "2018-05-31", false).code, "");
  EXPECT_EQ(fx().code({"Duck Soup"}, "ORG", {}, "2018-05-31").code, "");  // discarded
  EXPECT_EQ(fx().code({"Duck Soup Company"}, "ORG", {}, "2018-05-31").code, "FRDBUS");
  EXPECT_EQ(fx().code({"Freedonia"}, "MISC", {}, "2018-05-31").code, "");
  // A place takes no role from the words around it ("told reporters in
  // Freedonia", "Freedonian minister"); an organisation does.
  EXPECT_EQ(fx().code({"Freedonia"}, "GPE", {"minister"}, "2018-05-31").code, "FRD");
  EXPECT_EQ(fx().code({"Atlantis"}, "GPE", {"the Sylvanian opposition"}, "2018-05-31").code, "SYL");  // only the country
  EXPECT_EQ(fx().code({"Harbour Trust"}, "ORG", {"the Sylvanian opposition"}, "2018-05-31").code, "SYLOPP");
  EXPECT_EQ(actor::entity_key("Mike  Pompeo", "USAGOV"), "mike pompeo|USAGOV");
  EXPECT_EQ(actor::entity_key("Atlantis", ""), "atlantis");
}

TEST(ActorCoder, NullAndMultiCodes) {
  // "[---]": a name the dictionaries know as no actor; no later step (the
  // role words' country) codes it.
  EXPECT_EQ(fx().code({"Sylvan Sea"}, "LOC", {}, "2018-05-31").code, "");
  EXPECT_EQ(fx().code({"Sylvan Sea"}, "ORG", {"the Sylvanian opposition"}, "2018-05-31").code, "");
  EXPECT_EQ(fx().code({"Marx Namesake"}, "PERSON", {"minister"}, "1940-01-01").code, "");
  EXPECT_EQ(fx().code({"Marx Namesake"}, "PERSON", {}, "2018-05-31").code, "SYLMED");
  // A multi-code is several actors: no one country or role.
  const ActorCode twins = fx().code({"Freedonian Twins"}, "ORG", {}, "2018-05-31");
  EXPECT_EQ(twins.code, "FRD/SYL");
  EXPECT_EQ(twins.country, "");
  EXPECT_EQ(twins.role, "");
}

TEST(ActorCoder, DictionaryWords) {
  EXPECT_EQ(actor::dictionary_words("the State Department\xE2\x80\x99s Korea desk."),
            (std::vector<std::string>{"THE", "STATE", "DEPARTMENT", "KOREA", "DESK"}));
  EXPECT_EQ(actor::dictionary_words("U.S. (\"officials\")"), (std::vector<std::string>{"U.S.", "OFFICIALS"}));
}

TEST(ActorCoder, AffiliationBeatsGenericTitle) {
  // "Peoples Party leader": the party's own code, as of the date, beats
  // LEADER's GOV; written in lower case it is no party.
  auto c = fx().code({"Ann Other"}, "PERSON", {"Peoples Party leader"}, "2005-02-15");
  EXPECT_EQ(c.code, "FRDOPP");
  EXPECT_EQ(c.source, "affiliation");
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"Peoples Party leader"}, "1995-02-15").code, "FRDGOV");
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the peoples party leader"}, "2005-02-15").code, "GOV");
  // A region takes the stated role after it, as a country does.
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"North Province's chief"}, "2005-02-15").code, "FRDNPRGOV");
}

TEST(ActorCoder, GenericTitleTakesTheBodyItHeads) {
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"director of the Freedonian Chambers of Commerce"}, "2005-02-15").code,
            "FRDBUS");
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"director of the parliament"}, "2005-02-15").code, "LEG");
  // Alone, the generic title keeps its own code.
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"Sylvania's director"}, "2005-02-15").code, "SYLGOV");
}

TEST(ActorCoder, TitleModifiersQualifyTheTitleAfterThem) {
  // DEPUTY is a police deputy only when no title follows it.
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"deputy planning director"}, "2005-02-15").code, "GOV");
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the deputy"}, "2005-02-15").code, "COP");
}

TEST(ActorCoder, ActorInsideALongerNameGivesOnlyItsCountry) {
  // "Peoples Party Agency" is no party body, and a party's words inside a
  // longer name give no country either ("Federal Labour Agency"); a title
  // after the party is the party's.
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the Peoples Party Agency chief"}, "2005-02-15").code, "GOV");
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the Peoples Party chief"}, "2005-02-15").code, "FRDOPP");
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the Peoples Party Leader"}, "2005-02-15").code, "FRDOPP");
  // So may a country ("Amnesty International UK director").
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the Peoples Party Sylvania chief"}, "2005-02-15").code, "FRDOPP");
}

TEST(ActorCoder, RoleWordsTheNameTaggerTookIntoAName) {
  auto c = fx().code({"Peoples Party co-leader Ann Other"}, "PERSON", {}, "2005-02-15");
  EXPECT_EQ(c.code, "FRDOPP");
  EXPECT_EQ(c.source, "affiliation");
  // The rest of the name is still looked up: an expired entry's country
  // and the title before it.
  EXPECT_EQ(fx().code({"Constable Hackenbush"}, "PERSON", {}, "2018-05-31").code, "FRDCOP");
  EXPECT_EQ(fx().code({"Constable Ann Other"}, "PERSON", {}, "2018-05-31").code, "COP");
  // A title word as the last word is a surname, not a role.
  EXPECT_EQ(fx().code({"Ann Constable"}, "PERSON", {}, "2018-05-31").code, "");
}

TEST(ActorCoder, BritishTitlesTheNameTaggerTookIntoAName) {
  // "New Foreign Secretary Groucho Hackenbush": the office is read as
  // British (FOREIGN_!MINIST!), so the rest is the name and its entry holds.
  EXPECT_EQ(fx().code({"New Foreign Secretary Groucho Hackenbush"}, "PERSON", {}, "1933-06-01").code, "FRDGOV");
  EXPECT_EQ(fx().code({"New Foreign Secretary Groucho Hackenbush"}, "PERSON", {}, "1933-06-01").source, "dictionary");
}

TEST(ActorCoder, BritishSecretariesAndDepartmentsAreMinistersAndMinistries) {
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"Sylvanian Foreign Secretary"}, "2005-02-15").code, "SYLGOV");
  // Not a bare secretary: "general secretary" is no minister.
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"Sylvanian general secretary"}, "2005-02-15").code, "SYL");
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Department for Fish"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "GOVAGR");
  q.names = {"Department of Fish"};  // not a phrase the list has: its head noun still makes it a body
  EXPECT_EQ(coder.code(q).code, "GOV");
}

TEST(ActorCoder, AGroupCodeIsNoCountryThoughItsLettersAreOne) {
  // Phoenix's Muslim ~MUS is also Mauritius' code: a group, no country.
  auto c = fx().code({"Muslims"}, "NORP", {}, "2005-02-15");
  EXPECT_EQ(c.code, "MUS");
  EXPECT_EQ(c.country, "");
  // An organisation named for the group takes a country only from its name.
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Muslim Council"}, "ORG", {"Sylvanian"}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "MUS");
  q.names = {"Sylvanian Muslim Council"};
  EXPECT_EQ(coder.code(q).code, "SYLMUS");
  c = fx().code({"Ann Other"}, "PERSON", {"a Muslim"}, "2005-02-15");
  EXPECT_EQ(c.code, "MUS");
  EXPECT_EQ(c.country, "");
  EXPECT_EQ(c.role, "MUS");
}

TEST(ActorCoder, WordsBeforeAnOrganisationEndingInAPrepositionAreAnothersTitle) {
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Acme Securities"}, "ORG", {"an economist at"}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "");
  q.roles = {"the economist"};  // an apposed title is the organisation's own
  EXPECT_EQ(coder.code(q).code, "EDU");
}

TEST(ActorCoder, WordsBeforeAnOrganisationEndingInAfterOrAgainstAreAnothers) {
  // "took the case to the Peoples Party after the [Court of Appeal] ...":
  // the party is not the court's affiliation; the court's own word is.
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Court of Appeal"}, "ORG", {"the Peoples Party after the"}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "JUD");
  q.roles = {"the Peoples Party against the"};
  EXPECT_EQ(coder.code(q).code, "JUD");
}

TEST(ActorCoder, AnOrganisationsHeadNounSaysWhatItIs) {
  // "Parliament Company": the last agent word before "of"/"for" is the head
  // (BUS), not the first one (LEG); after "of" the words only qualify it.
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Freedonian Parliament Company"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "FRDBUS");
  q.names = {"Freedonian Company of Parliament"};
  EXPECT_EQ(coder.code(q).code, "FRDBUS");
  q.names = {"Freedonian Court of Parliament Company"};
  EXPECT_EQ(coder.code(q).code, "FRDJUD");
}

TEST(ActorCoder, AnOrganisationsHeadNounGivesItsRoleWhenNoDictionaryListsIt) {
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Freedonian Fish Commission"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  q.names = {"Marxton Council"};  // no country in the name: the context gives it later
  EXPECT_EQ(coder.code(q).code, "GOV");
  q.names = {"Authority for Fish Quotas"};  // the head stands before "for"
  EXPECT_EQ(coder.code(q).code, "GOV");
  q.names = {"Bureau of Fish"};  // a bureau is a state body
  EXPECT_EQ(coder.code(q).code, "GOV");
  q.names = {"Freedonian Fish Bureau"};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  // A government body's name may say its sector, as Phoenix's ministries do.
  q.names = {"Freedonian Bureau of Labor"};
  EXPECT_EQ(coder.code(q).code, "FRDGOVLAB");
  q.names = {"Freedonian Employment Agency"};
  EXPECT_EQ(coder.code(q).code, "FRDGOVLAB");
  q.names = {"Freedonian Labour Agency"};  // "Labour" is mostly the British party
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  // A business association: an association's head and a word of business.
  q.names = {"Institute for Fish Supply"};
  EXPECT_EQ(coder.code(q).code, "BUS");
  q.names = {"Freedonian Fish Retailers' Federation"};
  EXPECT_EQ(coder.code(q).code, "FRDBUS");
  q.names = {"Fish Marketing Association"};
  EXPECT_EQ(coder.code(q).code, "BUS");
  q.names = {"Freedonian Fish Institute"};  // no word of business
  EXPECT_EQ(coder.code(q).code, "FRD");
  q.names = {"Freedonian Regional Assembly"};
  EXPECT_EQ(coder.code(q).code, "FRDLEG");
  // A committee is a legislature's only when its name says so.
  q.names = {"Freedonian House Budget Committee"};
  EXPECT_EQ(coder.code(q).code, "FRDLEG");
  q.names = {"Freedonian Budget Committee"};
  EXPECT_EQ(coder.code(q).code, "FRD");
  q.names = {"Freedonian House of Fish Committee"};  // the last word first, then the one before "of"
  EXPECT_EQ(coder.code(q).code, "FRDLEG");
  // One word is a reference to a body, not its name; and a dictionary entry wins.
  q.names = {"Council"};
  EXPECT_EQ(coder.code(q).code, "");
  q.names = {"Freedonian Foreign Office"};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  // The words around the name may give its country, but do not make the
  // body a party's: a council run by the Peoples Party is a council.
  q.names = {"Marxton Council"};
  q.roles = {"the Peoples Party"};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
}

TEST(ActorCoder, APlaceHoldsNoRole) {
  // Titles and bodies before a place are someone else's; a country there
  // still places it.
  EXPECT_EQ(fx().code({"Marxton"}, "GPE", {"an official in"}, "2005-02-15").code, "");
  EXPECT_EQ(fx().code({"Marxton"}, "GPE", {"the Peoples Party leader in"}, "2005-02-15").code, "FRD");
  // A person with the same words keeps them.
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the Peoples Party leader"}, "2005-02-15").code, "FRDOPP");
}

TEST(ActorCoder, BestFittingEntryAndWrittenVariants) {
  // Two entries share PRESIDENT_FIREFLY: the one dated for 2005 wins over
  // the undated one listed first; outside those dates the undated one does.
  EXPECT_EQ(fx().code({"President Firefly"}, "PERSON", {}, "2005-02-15").code, "FRDGOV");
  EXPECT_EQ(fx().code({"President Firefly"}, "PERSON", {}, "2015-02-15").code, "FRDELI");
  // Initials written without their point.
  EXPECT_EQ(fx().code({"Groucho J Marx"}, "PERSON", {}, "2015-02-15").code, "FRDGOV");
  EXPECT_EQ(fx().code({"Peoples Parties"}, "ORG", {}, "2005-02-15").code, "FRDOPP");
}

TEST(ActorCoder, OrganisationNameAgentsAndLeadingCountry) {
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Supreme Court"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "JUD");  // the stage adds the article's country
  q.names = {"Sylvanian Supreme Court"};
  EXPECT_EQ(coder.code(q).code, "SYLJUD");  // a leading country in the name counts
  q.names = {"Bank of Sylvania Court"};
  EXPECT_EQ(coder.code(q).code, "JUD");  // one inside it does not
  q.name_agents = false;
  q.names = {"Supreme Court"};
  EXPECT_EQ(coder.code(q).code, "");
}

TEST(Gazetteer, CentroidsWeightedByPopulationAndKeys) {
  const auto& g = *fx().res.gazetteer;
  const int64_t fd = g.country_place("FD");
  ASSERT_GE(fd, 0);
  const geo::Place p = g.place(static_cast<uint32_t>(fd));
  EXPECT_EQ(p.feature, "PCLI");
  EXPECT_EQ(p.geonameid, 900001);
  EXPECT_EQ(p.population, 5000000u);
  // Fredville 3M at (10,20), Paris 1M (40,30), Freedonia 20k (12,22), Marxton 1M (11,21), Springfield 50k (41,31).
  const double w = 3e6 + 1e6 + 2e4 + 1e6 + 5e4;
  EXPECT_NEAR(p.lat, (3e6 * 10 + 1e6 * 40 + 2e4 * 12 + 1e6 * 11 + 5e4 * 41) / w, 1e-9);
  EXPECT_NEAR(p.lon, (3e6 * 20 + 1e6 * 30 + 2e4 * 22 + 1e6 * 21 + 5e4 * 31) / w, 1e-9);
  const int64_t a = g.admin1_place("SY", "05");
  ASSERT_GE(a, 0);
  EXPECT_EQ(g.place(static_cast<uint32_t>(a)).name, "Texarkia");
  EXPECT_EQ(g.admin1_place("SY", "09"), -1);  // no city: no centroid, left out
  EXPECT_EQ(g.find("FREDVIL").size(), 1u);    // alternate names, case-blind
  EXPECT_EQ(geo::place_key("São  Paulo, D.C."), "sao paulo d c");
}

TEST(Geocoder, PopulationContextQualifiersAndCountries) {
  const geo::Geocoder geocoder(*fx().res.gazetteer);
  auto m = geocoder.resolve("Paris", {});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.country, "FD");
  EXPECT_EQ(m->candidates, 2u);
  m = geocoder.resolve("Paris", geo::GeoContext{{}, {"Texarkia"}, false});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.geonameid, 3);
  m = geocoder.resolve("Springfield", {});
  EXPECT_EQ(m->place.country, "SY");  // the bigger one
  m = geocoder.resolve("Springfield", geo::GeoContext{{"FD"}, {}, false});
  EXPECT_EQ(m->place.country, "FD");  // the article is about Freedonia
  m = geocoder.resolve("Freedonia", {});
  EXPECT_EQ(m->place.feature, "PCLI");  // the country, not the town of that name
  m = geocoder.resolve("Freedonian Republic", {});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->place.feature, "PCLI");
  EXPECT_FALSE(geocoder.resolve("Atlantis", {}));
}

TEST(ActorStage, FillsActorKeyAndGeoOfEntities) {
  Document doc = invented_doc("2018-05-31",
                              "Freedonian Minister Rufus Firefly flew to Paris, Texarkia. "
                              "Sylvan City said the talks would go on. Groucho Hackenbush, the former National Security Adviser, stayed home.");
  auto mention = [&](const std::string& s, const std::string& kind = "name") { return mention_of(doc, s, kind); };
  doc.entities.push_back(Entity{"E1", "PERSON", "Rufus Firefly", "", {}, false, {}, {}, false, {mention("Rufus Firefly")}});
  doc.entities.push_back(Entity{"E2", "GPE", "Paris", "", {}, false, {}, {}, false, {mention("Paris")}});
  doc.entities.push_back(Entity{"E3", "GPE", "Sylvan City", "", {}, false, {}, {}, false, {mention("Sylvan City")}});
  doc.entities.push_back(
      Entity{"E4", "PERSON", "Groucho Hackenbush", "", {}, false, {}, {}, false, {mention("Groucho Hackenbush")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "FRDMIL");  // dictionary entry valid in 2018
  EXPECT_EQ(doc.entities[0].key, "rufus firefly|FRDMIL");
  EXPECT_FALSE(doc.entities[0].has_geo);
  ASSERT_TRUE(doc.entities[1].has_geo);
  EXPECT_EQ(doc.entities[1].geo.geonameid, 3);  // "Paris, Texarkia"
  EXPECT_EQ(doc.entities[1].geo.country, "SY");
  EXPECT_EQ(doc.entities[1].geo.admin1, "05");
  EXPECT_EQ(doc.entities[2].actor.code, "SYLGOV");  // "Sylvan City said"
  ASSERT_TRUE(doc.entities[2].has_geo);
  EXPECT_EQ(doc.entities[2].geo.feature, "PPLC");
  EXPECT_NEAR(doc.entities[2].geo.lat, 50.0, 1e-9);
  // The appositive's office, no longer held: Phoenix's elite (as its
  // FORMER_PRESIDENT [~ELI]), with the expired entry's country.
  EXPECT_EQ(doc.entities[3].actor.code, "FRDELI");
}

TEST(ActorStage, APartyTakenForAPlaceIsAnOrganisation) {
  Document doc = invented_doc("2005-02-15",
                              "Voters in Paris backed the Peoples Party.");
  auto mention = [&](const std::string& s, const std::string& kind = "name") { return mention_of(doc, s, kind); };
  doc.entities.push_back(Entity{"E1", "GPE", "Paris", "", {}, false, {}, {}, false, {mention("Paris")}});
  doc.entities.push_back(Entity{"E2", "GPE", "Peoples Party", "", {}, false, {}, {}, false, {mention("Peoples Party")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].type, "GPE");
  EXPECT_TRUE(doc.entities[0].has_geo);
  // Its dictionary entry carries a role: an organisation, not a place.
  EXPECT_EQ(doc.entities[1].type, "ORG");
  EXPECT_EQ(doc.entities[1].actor.code, "FRDOPP");
  EXPECT_FALSE(doc.entities[1].has_geo);
}

TEST(ActorStage, AMultinationalsCountryIsTheArticlesCountry) {
  // Zorbco's entry is MNCSYL (no country of its own in the code's first
  // letters): its mentions still say the article is about Sylvania.
  Document doc = invented_doc("2005-02-15", "Zorbco cut jobs at Zorbco Park. Chief executive Ann Other said so.");
  doc.entities.push_back(Entity{"E1", "ORG", "Zorbco", "", {}, false, {}, {}, false, {mention_of(doc, "Zorbco")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "MNCSYL");
  EXPECT_EQ(doc.entities[1].actor.code, "SYLBUS");
  EXPECT_EQ(doc.entities[1].actor.source, "role+article-country");
}

TEST(ActorStage, ArticleCountryDictionaryScanAndCountryNamedOrganisation) {
  Document doc = invented_doc("2005-02-15",
                              "FREDVILLE \xE2\x80\x94 Foreign Minister Ann Other said Sylvania would talk. "
                              "Sylvanians were wary and the FDSEC said so. Freedonia agreed. The Supreme Court agreed.");
  for (Token& t : doc.tokens) t.upos = "NOUN";  // as a tagger would leave acronyms and peoples
  auto mention = [&](const std::string& s, const std::string& kind = "name") { return mention_of(doc, s, kind); };
  doc.entities.push_back(Entity{"E1", "GPE", "FREDVILLE", "", {}, false, {}, {}, false, {mention("FREDVILLE")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention("Ann Other")}});
  // The tagger called the country an organisation here.
  doc.entities.push_back(Entity{"E3", "ORG", "Freedonia", "", {}, false, {}, {}, false, {mention("Freedonia")}});
  doc.entities.push_back(
      Entity{"E4", "ORG", "Supreme Court", "", {}, false, {}, {}, false, {mention("Supreme Court")}});
  actor::annotate_actors(fx().res, doc);
  // A bare title takes its sentence's country, the one before it first
  // (FREDVILLE, not Sylvania after it) ...
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[1].actor.source, "role+sentence-country");
  ASSERT_TRUE(doc.entities[2].has_geo);  // a country's name is the place whatever its tag
  EXPECT_EQ(doc.entities[2].geo.feature, "PCLI");
  // ... else the article's: three Freedonian mentions against two Sylvanian.
  EXPECT_EQ(doc.entities[3].actor.code, "FRDJUD");
  EXPECT_EQ(doc.entities[3].actor.source, "role+article-country");
  // The scan adds what the name tagger missed: a country, a plural people
  // at a sentence start and an acronym.
  ASSERT_EQ(doc.entities.size(), 7u);
  EXPECT_EQ(doc.entities[4].id, "E5");
  EXPECT_EQ(doc.entities[4].name, "Sylvania");
  EXPECT_EQ(doc.entities[4].type, "GPE");
  EXPECT_EQ(doc.entities[5].type, "NORP");
  EXPECT_EQ(doc.entities[5].name, "Sylvanians");
  EXPECT_EQ(doc.entities[5].actor.code, "SYL");
  EXPECT_EQ(doc.entities[6].name, "FDSEC");
  EXPECT_EQ(doc.entities[6].actor.code, "FRDGOV");
  // Nothing else: "Foreign Minister" and "Supreme Court" are no actor names.
  for (const auto& e : doc.entities) EXPECT_NE(e.name, "Foreign Minister");
}

TEST(ActorStage, TitleAppositivesOwnNameAgentsAndNamesCutShort) {
  Document doc = invented_doc("2005-02-15",
                              "Ann Other, director of the Freedonian Chambers of Commerce, spoke. "
                              "Bob Roe, who is director of the parliament, agreed. The Freedonian Foreign Office said so. "
                              "The Sylvania side agreed.");
  for (Token& t : doc.tokens) t.upos = "NOUN";
  auto mention = [&](const std::string& s, const std::string& kind = "name") { return mention_of(doc, s, kind); };
  doc.entities.push_back(Entity{"E1", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention("Ann Other")}});
  doc.entities.push_back(Entity{"E2", "ORG", "Freedonian Chambers of Commerce", "", {}, false, {}, {}, false,
                                {mention("Freedonian Chambers of Commerce")}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Bob Roe", "", {}, false, {}, {}, false, {mention("Bob Roe")}});
  // The name tagger cut the organisation's name short.
  doc.entities.push_back(
      Entity{"E4", "ORG", "Foreign Office", "", {}, false, {}, {}, false, {mention("Foreign Office")}});
  doc.entities.push_back(Entity{"E5", "GPE", "Sylvania", "", {}, false, {}, {}, false, {mention("Sylvania")}});
  actor::annotate_actors(fx().res, doc);
  // ", director of ...": a title appositive; the body it heads gives the role.
  EXPECT_EQ(doc.entities[0].actor.code, "FRDBUS");
  // The organisation's own name beats the title before it ("director of the").
  EXPECT_EQ(doc.entities[1].actor.code, "FRDBUS");
  // ", who is director of the parliament"; the country is the article's.
  EXPECT_EQ(doc.entities[2].actor.code, "FRDLEG");
  // The mention grew to the dictionary phrase, and the name with it.
  EXPECT_EQ(doc.entities[3].name, "Freedonian Foreign Office");
  EXPECT_EQ(doc.entities[3].mentions[0].start, doc.text.find("Freedonian Foreign Office"));
  EXPECT_EQ(doc.entities[3].actor.code, "FRDGOV");
  // An article starts no name, though the dictionary lists THE_SYLVANIA.
  EXPECT_EQ(doc.entities[4].name, "Sylvania");
  EXPECT_EQ(doc.entities[4].mentions[0].start, doc.text.find("Sylvania side"));
}

TEST(ActorStage, ReligiousGroupsAndATitleSetOffBeforeAnother) {
  Document doc = invented_doc("2005-02-15",
                              "In Freedonia many Buddhists came. On Monday, the company's administrator, restructuring expert Bob Roe, "
                              "spoke. The Peoples Party lost, said analyst Cal Dee.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "lost" || w == "said" || w == "came" || w == "spoke" ? "VERB" : "NOUN";
  }
  auto mention = [&](const std::string& s, const std::string& kind = "name") { return mention_of(doc, s, kind); };
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention("Freedonia")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Bob Roe", "", {}, false, {}, {}, false, {mention("Bob Roe")}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Cal Dee", "", {}, false, {}, {}, false, {mention("Cal Dee")}});
  actor::annotate_actors(fx().res, doc);
  // "the company's administrator, restructuring expert Bob Roe": BUS, in the
  // article's country.
  EXPECT_EQ(doc.entities[1].actor.code, "FRDBUS");
  // A clause before the comma is no title: the party is not Cal Dee's.
  EXPECT_EQ(doc.entities[2].actor.code, "");
  // The scan adds the group the name tagger missed, coded as CAMEO codes it.
  const auto group = std::find_if(doc.entities.begin(), doc.entities.end(),
                                  [](const Entity& e) { return e.name == "Buddhists"; });
  ASSERT_NE(group, doc.entities.end());
  EXPECT_EQ(group->type, "NORP");
  EXPECT_EQ(group->actor.code, "BUD");
  EXPECT_EQ(fx().code({"Buddhists"}, "NORP", {}, "2005-02-15").code, "BUD");
  EXPECT_EQ(fx().code({"Buddhists"}, "ORG", {}, "2005-02-15").code, "");  // a group is a NORP
}

TEST(ActorStage, AConjunctionEndsTheRoleWords) {
  // "the Peoples Party plans although Ann Other ...": the party before the
  // clause is not her affiliation.
  Document doc = invented_doc("2005-02-15", "Sylvania would back the Peoples Party plans although Ann Other was wary.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "although" ? "SCONJ" : w == "back" || w == "was" ? "VERB" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "");
}

TEST(ActorStage, APlaceNamedWhollyByABodysTitleIsThatBody) {
  // The name tagger took "Parliament" for a place; its name is an agent
  // phrase, so it is an organisation, in the article's country.
  Document doc = invented_doc("2005-02-15", "Freedonia said Ann Other would argue for it in Parliament.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "said" || w == "argue" || w == "would" ? "VERB" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(doc, "Freedonia")}});
  doc.entities.push_back(Entity{"E2", "GPE", "Parliament", "", {}, false, {}, {}, false, {mention_of(doc, "Parliament")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[1].type, "ORG");
  EXPECT_EQ(doc.entities[1].actor.code, "FRDLEG");
  EXPECT_FALSE(doc.entities[1].has_geo);
}

TEST(ActorStage, TheScanFindsBodiesAndNamesEndingInALowerCaseHead) {
  // Missed by the name tagger: a body's name from the agents list inside a
  // sentence ("in Parliament") and a party named with a lower-case head
  // ("the Peoples party"). A title ("Prime Minister") is no body.
  Document doc = invented_doc("2005-02-15", "Voters backed the Peoples party in Parliament, said Prime Minister Ann Other.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "backed" || w == "said" ? "VERB" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  actor::annotate_actors(fx().res, doc);
  auto named = [&](const std::string& name) {
    return std::find_if(doc.entities.begin(), doc.entities.end(), [&](const Entity& e) { return e.name == name; });
  };
  ASSERT_NE(named("Peoples party"), doc.entities.end());
  EXPECT_EQ(named("Peoples party")->actor.code, "FRDOPP");
  ASSERT_NE(named("Parliament"), doc.entities.end());
  EXPECT_EQ(named("Parliament")->type, "ORG");
  EXPECT_EQ(named("Parliament")->actor.code, "FRDLEG");  // the article's country
  for (const auto& e : doc.entities) EXPECT_EQ(e.name.find("Minister"), std::string::npos) << e.name;

  // A mention the tagger cut short grows over the lower-case head.
  Document cut = invented_doc("2005-02-15", "Voters backed the Peoples party.");
  for (Token& t : cut.tokens) t.upos = cut.token_text(t) == "backed" ? "VERB" : "NOUN";
  cut.entities.push_back(Entity{"E1", "GPE", "Peoples", "", {}, false, {}, {}, false, {mention_of(cut, "Peoples")}});
  actor::annotate_actors(fx().res, cut);
  ASSERT_EQ(cut.entities.size(), 1u);
  EXPECT_EQ(cut.entities[0].name, "Peoples party");
  EXPECT_EQ(cut.entities[0].type, "ORG");
  EXPECT_EQ(cut.entities[0].actor.code, "FRDOPP");
}

TEST(ActorStage, ATitleWithNoCountryOpeningTheReportNamesTheNextSentencesFirstPerson) {
  // "The new fisheries minister says ... . Ann Other ...": the lede names
  // its subject in the next sentence; the country comes from the context.
  Document doc = invented_doc("2005-02-15", "The new fisheries minister says talks will go on. Ann Other spoke for Freedonia.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "says" || w == "go" || w == "will" || w == "spoke" ? "VERB" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  doc.entities.push_back(Entity{"E2", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(doc, "Freedonia")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "FRDGOV");

  // Not when the title's own sentence names someone: it may be theirs.
  Document met = invented_doc("2005-02-15", "The new fisheries minister met Bob Roe. Ann Other spoke for Freedonia.");
  for (Token& t : met.tokens) {
    const std::string_view w = met.token_text(t);
    t.upos = w == "met" || w == "spoke" ? "VERB" : "NOUN";
  }
  met.entities.push_back(Entity{"E1", "PERSON", "Bob Roe", "", {}, false, {}, {}, false, {mention_of(met, "Bob Roe")}});
  met.entities.push_back(Entity{"E2", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(met, "Ann Other")}});
  met.entities.push_back(Entity{"E3", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(met, "Freedonia")}});
  actor::annotate_actors(fx().res, met);
  EXPECT_EQ(met.entities[1].actor.code, "");
}

TEST(ActorStage, ShortNamesTakeTheCodeOfTheFullName) {
  // "Other" (a headline surname the name tagger took for a place), "Dr" (a
  // name cut to its honorific) and "the Commission" (a body's head noun) are
  // the coded person and body the article names in full.
  Document doc = invented_doc("2005-02-15",
                              "Other backs fish plan. Freedonian Minister Ann Other spoke. Later Dr Other left. "
                              "The Freedonian Fish Commission met. The Commission said no.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "backs" || w == "spoke" || w == "left" || w == "met" || w == "said" ? "VERB" : "PROPN";
  }
  doc.entities.push_back(Entity{"E1", "GPE", "Other", "", {}, false, {}, {}, false, {mention_of(doc, "Other")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Dr", "", {}, false, {}, {}, false, {mention_of(doc, "Dr")}});
  doc.entities.push_back(Entity{"E4", "ORG", "Freedonian Fish Commission", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Freedonian Fish Commission")}});
  doc.entities.push_back(Entity{"E5", "GPE", "Commission", "", {}, false, {}, {}, false, {mention_of(doc, "Commission said")}});
  doc.entities.back().mentions[0].end -= 5;  // "Commission" only
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[0].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[0].type, "PERSON");
  EXPECT_FALSE(doc.entities[0].has_geo);
  EXPECT_EQ(doc.entities[2].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[2].name, "Dr Other");  // the mention grows over the surname
  EXPECT_EQ(doc.entities[2].mentions[0].end - doc.entities[2].mentions[0].start, 8u);
  EXPECT_EQ(doc.entities[3].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[4].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[4].type, "ORG");
  EXPECT_EQ(doc.entities[4].key, "commission|FRDGOV");

  // Two coded people share the surname: "Other" stands for neither.
  Document two = invented_doc("2005-02-15", "Freedonian Minister Ann Other met Sylvanian Minister Bob Other. Other left.");
  for (Token& t : two.tokens) {
    const std::string_view w = two.token_text(t);
    t.upos = w == "met" || w == "left" ? "VERB" : "PROPN";
  }
  two.entities.push_back(Entity{"E1", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(two, "Ann Other")}});
  two.entities.push_back(Entity{"E2", "PERSON", "Bob Other", "", {}, false, {}, {}, false, {mention_of(two, "Bob Other")}});
  two.entities.push_back(Entity{"E3", "PERSON", "Other", "", {}, false, {}, {}, false, {mention_of(two, "Other left")}});
  two.entities.back().mentions[0].end -= 5;
  actor::annotate_actors(fx().res, two);
  EXPECT_EQ(two.entities[0].actor.code, "FRDGOV");
  EXPECT_EQ(two.entities[1].actor.code, "SYLGOV");
  EXPECT_EQ(two.entities[2].actor.code, "");
}

TEST(ActorStage, AnAcronymOfACodedBodyIsAMentionOfIt) {
  // "Freedonian Fish Commission ... the FFC ...": the acronym no mention
  // covers becomes the body's; an uncoded entity named by it takes its code.
  Document doc = invented_doc("2005-02-15", "The Freedonian Fish Commission met. Later the FFC said no. FFC staff left.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "met" || w == "said" || w == "left" ? "VERB" : "PROPN";
  }
  doc.entities.push_back(Entity{"E1", "ORG", "Freedonian Fish Commission", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Freedonian Fish Commission")}});
  doc.entities.push_back(Entity{"E2", "ORG", "FFC", "", {}, false, {}, {}, false, {mention_of(doc, "FFC staff")}});
  doc.entities.back().mentions[0].end -= 6;  // the second "FFC" only
  actor::annotate_actors(fx().res, doc);
  ASSERT_EQ(doc.entities[0].actor.code, "FRDGOV");
  ASSERT_EQ(doc.entities[0].mentions.size(), 2u);  // "the FFC said", not the one E2 holds
  EXPECT_EQ(doc.entities[0].mentions[1].kind, "acronym");
  EXPECT_EQ(doc.text.substr(doc.entities[0].mentions[1].start, 9), "FFC said ");
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");
}

TEST(ActorStage, APeerTakenForAnOrganisationIsAPersonAndAPartyTitleAfterANameIsARole) {
  Document doc = invented_doc("2005-02-15", "Lord Marx, Peoples Party leader in the Parliament, said no.");
  for (Token& t : doc.tokens) t.upos = doc.token_text(t) == "said" ? "VERB" : (doc.token_text(t) == "leader" ? "NOUN" : "PROPN");
  doc.entities.push_back(Entity{"E1", "ORG", "Lord Marx", "", {}, false, {}, {}, false, {mention_of(doc, "Lord Marx")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].type, "PERSON");
  EXPECT_EQ(doc.entities[0].actor.code, "FRDOPP");  // the party, over the generic "leader"
}

TEST(ActorStage, APersonSpeaksForTheBodyTheirRoleWordsName) {
  // "FRA director Ann Other": the generic title's GOV (with the article's
  // country) yields to the coded body named in the role words, here through
  // its acronym; a specific title ("constable") keeps its own role.
  Document doc = invented_doc("2005-02-15",
                              "The Freedonian Regional Assembly met. FRA director Ann Other said no. FRA constable Bob Roe "
                              "agreed. Cy Doe, FRA Director, left.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "met" || w == "said" || w == "agreed" || w == "left" ? "VERB" : (w == "director" ? "NOUN" : "PROPN");
  }
  doc.entities.push_back(Entity{"E1", "ORG", "Freedonian Regional Assembly", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Freedonian Regional Assembly")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Bob Roe", "", {}, false, {}, {}, false, {mention_of(doc, "Bob Roe")}});
  doc.entities.push_back(Entity{"E4", "PERSON", "Cy Doe", "", {}, false, {}, {}, false, {mention_of(doc, "Cy Doe")}});
  actor::annotate_actors(fx().res, doc);
  ASSERT_EQ(doc.entities[0].actor.code, "FRDLEG");
  EXPECT_EQ(doc.entities[1].actor.code, "FRDLEG");
  EXPECT_EQ(doc.entities[1].actor.source, "body");
  EXPECT_EQ(doc.entities[2].actor.code, "FRDCOP");
  // A capitalised title in an appositive (", FRA Director,") is read too.
  EXPECT_EQ(doc.entities[3].actor.code, "FRDLEG");
}

TEST(ActorStage, AnAcronymDefinedInBracketsTakesTheWordsBeforeThemAsItsName) {
  // The name tagger missed "Marxton Fish and Quota Authority" but found
  // "MFQA": the words whose initials it is name it, and code it.
  Document doc = invented_doc("2005-02-15",
                              "Freedonia set up the Marxton Fish and Quota Authority (MFQA) today. The MFQA said no. "
                              "Bob Roe (BR) left.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "set" || w == "said" || w == "left" ? "VERB" : "PROPN";
  }
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(doc, "Freedonia")}});
  doc.entities.push_back(Entity{"E2", "ORG", "MFQA", "", {}, false, {}, {}, false, {mention_of(doc, "MFQA")}});
  doc.entities.push_back(Entity{"E3", "ORG", "BR", "", {}, false, {}, {}, false, {mention_of(doc, "BR")}});
  actor::annotate_actors(fx().res, doc);
  const Entity& mfqa = doc.entities[1];
  ASSERT_EQ(mfqa.mentions.size(), 2u);
  EXPECT_EQ(doc.text.substr(mfqa.mentions[0].start, mfqa.mentions[0].end - mfqa.mentions[0].start),
            "Marxton Fish and Quota Authority");
  EXPECT_EQ(mfqa.actor.code, "FRDGOV");  // the head noun, the article's country
  // Words with no head noun give no role: "Bob Roe (BR)" stays uncoded.
  EXPECT_EQ(doc.entities[2].actor.code, "");
  // Initials must be the acronym's, letter for letter.
  Document off = invented_doc("2005-02-15", "Freedonia set up the Marxton Fish Authority (MFQA) today.");
  for (Token& t : off.tokens) t.upos = off.token_text(t) == "set" ? "VERB" : "PROPN";
  off.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(off, "Freedonia")}});
  off.entities.push_back(Entity{"E2", "ORG", "MFQA", "", {}, false, {}, {}, false, {mention_of(off, "MFQA")}});
  actor::annotate_actors(fx().res, off);
  EXPECT_EQ(off.entities[1].mentions.size(), 1u);
  EXPECT_EQ(off.entities[1].actor.code, "");
}

TEST(ActorStage, ABareTitleIsTheRoleOfAPersonCodedWithACountryAlone) {
  // Groucho Hackenbush's entry expired in 1933: in 2005 he is FRD alone,
  // and "the fisheries minister" of the next sentence is his role.
  Document doc = invented_doc("2005-02-15",
                              "Groucho Hackenbush said sorry. The fisheries minister confirmed the plan. Mr Hackenbush left.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "said" || w == "confirmed" || w == "left" ? "VERB" : (starts_with_upper(w) ? "PROPN" : "NOUN");
  }
  doc.entities.push_back(Entity{"E1", "PERSON", "Groucho Hackenbush", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Groucho Hackenbush"), mention_of(doc, "Mr Hackenbush", "title")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "FRDGOV");

  // Not a title of another country.
  Document other = invented_doc("2005-02-15", "Groucho Hackenbush said sorry. The Sylvanian minister confirmed the plan.");
  for (Token& t : other.tokens) {
    const std::string_view w = other.token_text(t);
    t.upos = w == "said" || w == "confirmed" ? "VERB" : (starts_with_upper(w) ? "PROPN" : "NOUN");
  }
  other.entities.push_back(
      Entity{"E1", "PERSON", "Groucho Hackenbush", "", {}, false, {}, {}, false, {mention_of(other, "Groucho Hackenbush")}});
  actor::annotate_actors(fx().res, other);
  EXPECT_EQ(other.entities[0].actor.code, "FRD");
}

TEST(ActorCoder, ABodyTheTaggerRanOnIntoATitleAndATitleAfterAName) {
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  // "Peoples Party MP" (an organisation to the tagger) is the party; a
  // country so followed is not a body.
  actor::ActorQuery q{{"Peoples Party MP"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "FRDOPP");
  q.names = {"Peoples Party Group"};
  EXPECT_EQ(coder.code(q).code, "FRDOPP");
  q.names = {"Peoples Party Fish"};  // not a title: no body's code
  EXPECT_NE(coder.code(q).code, "FRDOPP");
  // "Ann Marie Other MP": the abbreviation after the name is a title.
  EXPECT_EQ(fx().code({"Ann Marie Other MP"}, "PERSON", {"Freedonian"}, "2005-02-15").code, "FRDLEG");
  // A whole word is no such title: "Ann Marie Director" is a name.
  EXPECT_EQ(fx().code({"Ann Marie Director"}, "PERSON", {"Freedonian"}, "2005-02-15").code, "FRD");
}

TEST(ActorCoder, ABodyNamedAsTheOwnerOfWhatTheTaggerRanOnIntoIsThatBody) {
  // "Peoples Party's pre-election ..." tagged as one NORP: the owner is the party.
  EXPECT_EQ(fx().code({"Peoples Party's pre-election"}, "NORP", {}, "2005-02-15").code, "FRDOPP");
  // Without the possessive, a word that is no agent phrase after the party
  // makes the name something else.
  EXPECT_EQ(fx().code({"Peoples Party pre-election"}, "NORP", {}, "2005-02-15").code, "");
}

TEST(ActorCoder, APartyRunIntoAPersonsNameIsHerRole) {
  // "Peoples Party Ann Other" as one PERSON name: the party is her affiliation.
  EXPECT_EQ(fx().code({"Peoples Party Ann Other"}, "PERSON", {}, "2005-02-15").code, "FRDOPP");
  // A name word must follow both first name and surname: "Peoples Party Other"
  // is no such run-on.
  EXPECT_EQ(fx().code({"Peoples Party Other"}, "PERSON", {}, "2005-02-15").code, "");
}

TEST(ActorStage, APlaceCutFromTheBodyItNamesIsSplitOff) {
  // "[Freedonia] Assembly": the tagger's place and the head noun after it are
  // the assembly (LEG, the place's country); the other mention stays a place.
  Document doc = invented_doc("2005-02-15", "Talks in Freedonia failed. The Freedonia Assembly voted no.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "failed" || w == "voted" ? "VERB" : starts_with_upper(w) ? "PROPN" : "NOUN";
  }
  const EntityMention first = mention_of(doc, "Freedonia");
  const uint32_t second = static_cast<uint32_t>(doc.text.find("Freedonia", first.end));
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false,
                                {first, EntityMention{second, second + 9, "name", {}}}});
  actor::annotate_actors(fx().res, doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].mentions.size(), 1u);
  EXPECT_EQ(doc.entities[1].type, "ORG");
  EXPECT_EQ(doc.entities[1].name, "Freedonia Assembly");
  EXPECT_EQ(doc.entities[1].actor.code, "FRDLEG");
  EXPECT_NE(doc.entities[1].id, doc.entities[0].id);
}

TEST(ActorStage, ATitleRunIntoAKnightsNameLeavesThePerson) {
  // "Freedonia's [Minister Sir Hugo Blythe]" tagged as one organisation: the
  // person is "Sir Hugo Blythe", and "Freedonia's Minister" his role words.
  Document doc = invented_doc("2005-02-15", "Freedonia's Minister Sir Hugo Blythe said no.");
  for (Token& t : doc.tokens) t.upos = doc.token_text(t) == "said" ? "VERB" : "PROPN";
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(doc, "Freedonia")}});
  doc.entities.push_back(
      Entity{"E2", "ORG", "Minister Sir Hugo Blythe", "", {}, false, {}, {}, false, {mention_of(doc, "Minister Sir Hugo Blythe")}});
  actor::annotate_actors(fx().res, doc);
  const Entity& blythe = doc.entities[1];
  EXPECT_EQ(blythe.type, "PERSON");
  EXPECT_EQ(blythe.name, "Sir Hugo Blythe");
  ASSERT_EQ(blythe.mentions.size(), 1u);
  EXPECT_EQ(blythe.mentions[0].start, doc.text.find("Sir"));
  EXPECT_EQ(blythe.actor.code, "FRDGOV");
  // An organisation with no honorific inside keeps its name.
  Document org = invented_doc("2005-02-15", "The Duck Soup Company said no.");
  for (Token& t : org.tokens) t.upos = org.token_text(t) == "said" ? "VERB" : "PROPN";
  org.entities.push_back(Entity{"E1", "ORG", "Duck Soup Company", "", {}, false, {}, {}, false, {mention_of(org, "Duck Soup Company")}});
  actor::annotate_actors(fx().res, org);
  EXPECT_EQ(org.entities[0].type, "ORG");
  EXPECT_EQ(org.entities[0].name, "Duck Soup Company");
}

TEST(ActorStage, AKnightIsSirAndHisFirstNameForShort) {
  Document doc = invented_doc("2005-02-15", "Freedonia's Minister Sir Hugo Blythe said no. Later Sir Hugo left. Hugo Marx stayed.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "said" || w == "left" || w == "stayed" ? "VERB" : starts_with_upper(w) ? "PROPN" : "ADV";
  }
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(doc, "Freedonia")}});
  doc.entities.push_back(
      Entity{"E2", "PERSON", "Sir Hugo Blythe", "", {}, false, {}, {}, false, {mention_of(doc, "Sir Hugo Blythe")}});
  const uint32_t later = static_cast<uint32_t>(doc.text.find("Sir Hugo left"));
  doc.entities.push_back(Entity{"E3", "PERSON", "Hugo", "", {}, false, {}, {}, false, {{later, later + 8, "name", {}}}});
  doc.entities.push_back(Entity{"E4", "PERSON", "Hugo Marx", "", {}, false, {}, {}, false, {mention_of(doc, "Hugo Marx")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[2].actor.code, "FRDGOV");  // "Sir Hugo"
  EXPECT_EQ(doc.entities[3].actor.code, "");        // another Hugo, no "Sir"
}

TEST(ActorStage, AnOfficeCutAtItsHoldersPossessiveIsTheOffice) {
  Document doc = invented_doc("2005-02-15", "Talks in Freedonia failed. The Fish Commissioner's Office said no.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "failed" || w == "said" ? "VERB" : starts_with_upper(w) ? "PROPN" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(doc, "Freedonia")}});
  doc.entities.push_back(
      Entity{"E2", "ORG", "Fish Commissioner", "", {}, false, {}, {}, false, {mention_of(doc, "Fish Commissioner")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[1].name, "Fish Commissioner's Office");
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");  // the head noun, the article's country
}

TEST(RegionName, ContinentsWorldAndCompassRegionsButNotCountries) {
  for (const char* k : {"africa", "europe", "the middle east", "south east", "north east", "west", "south east asia",
                        "western europe", "north america", "latin america"})
    EXPECT_TRUE(geo::is_region_name(k)) << k;
  for (const char* k : {"south africa", "north korea", "east timor", "america", "east anglia", "west bank",
                        "north province", "paris"})
    EXPECT_FALSE(geo::is_region_name(k)) << k;
  const geo::Geocoder geocoder(*fx().res.gazetteer);
  EXPECT_TRUE(geocoder.resolve("North Province", {}));  // a division, not a compass region
}

TEST(ActorCoder, AFormerBodyGivesItsCountryAndAFormerOfficeTheElite) {
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Ann Other"}, "PERSON", {"Peoples Party MP"}, "2005-02-15"};
  EXPECT_EQ(coder.code(q).code, "FRDOPP");  // the party's member
  q.roles = {"Ex-Peoples Party MP"};
  EXPECT_EQ(coder.code(q).code, "FRDLEG");  // left the party, still a member of parliament
  q.roles = {"Minister"};
  EXPECT_EQ(coder.code(q).code, "GOV");
  q.roles = {"ex-Minister"};
  EXPECT_EQ(coder.code(q).code, "ELI");  // an office no longer held: the elite
  q.roles = {"Freedonian former Minister"};
  EXPECT_EQ(coder.code(q).code, "FRDELI");
  q.roles = {"Peoples Party former Minister"};
  EXPECT_EQ(coder.code(q).code, "FRDOPP");  // the party still holds
  q.roles = {"Freedonian former economist"};
  EXPECT_EQ(coder.code(q).code, "FRDEDU");  // not an office: still an economist
  q.roles = {"Freedonian former shadow Minister"};
  EXPECT_EQ(coder.code(q).code, "FRDOPP");
  q.roles = {"Freedonian former Minister and now court"};
  EXPECT_EQ(coder.code(q).code, "FRDJUD");
  // Only a person leaves an office.
  actor::ActorQuery o{{"Fish Bank"}, "ORG", {"Freedonian ex-Minister of"}, "2005-02-15"};
  EXPECT_EQ(coder.code(o).code.find("ELI"), std::string::npos);
}

TEST(ActorCoder, SectorMinistersBothWaysRoundJudgesAndGovernmentSectors) {
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  // Listed only as "minister for fish": "Fish Minister" is that minister.
  actor::ActorQuery q{{"Ann Other"}, "PERSON", {"Freedonian Fish Minister"}, "2005-02-15"};
  EXPECT_EQ(coder.code(q).code, "FRDGOVAGR");
  q.roles = {"Freedonian Chief Minister"};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  // The English bench's titles are a British judge's, whatever the sentence's country.
  q = actor::ActorQuery{{"Mr Justice Other"}, "PERSON", {"Freedonian"}, "2005-02-15"};
  EXPECT_EQ(coder.code(q).code, "GBRJUD");
  q.names = {"Mr Other"};
  EXPECT_EQ(coder.code(q).code, "FRD");
  // A government body's name gives its sector.
  actor::ActorQuery b{{"Freedonian Health Protection Agency"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(b).code, "FRDGOVHLH");
  b.names = {"Freedonian Fish Agency"};
  EXPECT_EQ(coder.code(b).code, "FRDGOV");
}

TEST(ActorCoder, ShadowPostsMinistersOfASectorEmployersAndPeopleNamedByADemonym) {
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  // A shadow post is the opposition's, whatever office it shadows.
  actor::ActorQuery q{{"Ann Other"}, "PERSON", {"Freedonian shadow Minister"}, "2005-02-15"};
  EXPECT_EQ(coder.code(q).code, "FRDOPP");
  q.roles = {"Freedonian Minister"};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  // The title after a one-word agent beats it: a minister of courts is a
  // minister (GOV), and a minister of a sector Phoenix puts after GOV has it.
  q.roles = {"Freedonian court minister"};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  q.roles = {"Freedonian court"};
  EXPECT_EQ(coder.code(q).code, "FRDJUD");
  q.roles = {"Freedonian economist minister"};
  EXPECT_EQ(coder.code(q).code, "FRDGOVEDU");
  // The word just before the title gives the sector, not an earlier one.
  q.roles = {"Freedonian economist court minister"};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  // An international body named before any country is whom one works for.
  q.roles = {"World Fish Bank country director for Sylvania"};
  EXPECT_EQ(coder.code(q).code, "IGOFSHBNK");
  q.roles = {"Sylvanian director at the World Fish Bank"};
  EXPECT_EQ(coder.code(q).code, "SYLGOV");
  // "Mr Freedonian" is a person, not the Freedonian people.
  actor::ActorQuery p{{"Freedonian"}, "PERSON", {"Mr"}, "2005-02-15"};
  EXPECT_EQ(coder.code(p).code, "");
  p.type = "NORP";
  EXPECT_EQ(coder.code(p).code, "FRD");
}

TEST(ActorStage, AListOfNamesAfterACommaIsNoAppositive) {
  Document doc = invented_doc("2005-02-15",
                              "The work is run by the Sylvanian Fish Agency, the Duck Society and the Freedonian "
                              "Foreign Office this year.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "run" ? "VERB" : w == "is" ? "AUX" : starts_with_upper(w) ? "PROPN" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "ORG", "Sylvanian Fish Agency", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Sylvanian Fish Agency")}});
  actor::annotate_actors(fx().res, doc);
  // The Foreign Office is the next body in the list, not the agency's owner.
  EXPECT_EQ(doc.entities[0].actor.code, "SYLGOV");
}

TEST(ActorStage, APeerIsThePersonOfHisSurnameAndWhatOneIsNowIsARole) {
  Document doc = invented_doc("2005-02-15",
                              "Freedonian Minister Ann Other spoke. Baron Other arrived. His wife Jane, now a Freedonian "
                              "Minister, waited.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "spoke" || w == "arrived" || w == "waited" ? "VERB" : starts_with_upper(w) ? "PROPN" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Baron Other", "", {}, false, {}, {}, false, {mention_of(doc, "Baron Other")}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Jane", "", {}, false, {}, {}, false, {mention_of(doc, "Jane")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");  // a baron's title and the surname
  EXPECT_EQ(doc.entities[2].actor.code, "FRDGOV");  // ", now a Freedonian Minister,"
}

TEST(SurnameIndex, TheOneOfficeHolderOfTheCountryOnTheDate) {
  const auto& actors = fx().res.dictionaries.actors;
  const actor::SurnameIndex& index = fx().res.surnames;
  EXPECT_EQ(index.code(actors, "HACKENBUSH", 19330601, "FRD"), "FRDGOV");
  EXPECT_EQ(index.code(actors, "HACKENBUSH", 20050215, "FRD"), "");  // out of office
  EXPECT_EQ(index.code(actors, "HACKENBUSH", 19330601, "SYL"), "");  // another country's article
  EXPECT_EQ(index.code(actors, "FIREFLY", 19330601, "FRD"), "FRDGOV");
  // Two office-holders of that name on the date (FRDMIL, FRDGOV): no telling which.
  EXPECT_EQ(index.code(actors, "FIREFLY", 20050215, "FRD"), "");
  EXPECT_EQ(index.code(actors, "MARX", 19330601, "FRD"), "");  // an undated entry holds no office
  EXPECT_EQ(index.code(actors, "DRIFTWOOD", 19330601, "FRD"), "FRDGOV");
}

TEST(ActorStage, MrAndASurnameAloneIsTheOfficeHolderOfTheArticlesCountry) {
  Document doc = invented_doc("1933-06-01",
                              "Freedonia backs the plan. Mr Driftwood spoke in Fredville. Mrs Driftwood left. "
                              "Later Mr Driftwood, the firm's founder, waited.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "backs" || w == "spoke" || w == "left" || w == "waited" ? "VERB" : starts_with_upper(w) ? "PROPN" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false, {mention_of(doc, "Freedonia")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Driftwood", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Mr Driftwood", "title")}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Driftwood", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Mrs Driftwood", "title")}});
  doc.entities.push_back(Entity{"E4", "PERSON", "Driftwood", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Mr Driftwood, the", "title"), mention_of(doc, "the firm's founder", "description")}});
  doc.entities.back().mentions[0].end -= 5;  // "Mr Driftwood" only
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[1].actor.source, "dictionary+surname");
  EXPECT_EQ(doc.entities[2].actor.code, "");  // the dictionaries do not say who is a woman
  EXPECT_EQ(doc.entities[3].actor.code, "");  // "Mr Driftwood, the firm's founder" is someone else
}

TEST(ActorStage, APersonTaggedAsABodyATitleAfterABodyAndAWordANameRunOverADash) {
  Document doc = invented_doc("2005-02-15",
                              "Peoples Party co-chief Ann Other spoke. Bob Roe, Freedonian Foreign Office desk "
                              "director for Fredville and Sylvania, waited. Then the Peoples Party - Latin for people - met.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "spoke" || w == "waited" || w == "met" ? "VERB" : starts_with_upper(w) ? "PROPN" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "ORG", "Peoples Party co-chief Ann Other", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Peoples Party co-chief Ann Other")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Bob Roe", "", {}, false, {}, {}, false, {mention_of(doc, "Bob Roe")}});
  doc.entities.push_back(Entity{"E3", "ORG", "Peoples Party - Latin", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Peoples Party - Latin")}});
  actor::annotate_actors(fx().res, doc);
  // The party's title words and then a first name and a surname: a person.
  EXPECT_EQ(doc.entities[0].type, "PERSON");
  EXPECT_EQ(doc.entities[0].actor.code, "FRDOPP");
  // ", <body> desk director for ... and ...,": the title after one lower-case
  // word is a role, and no list of names (its first name has lower-case words).
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");
  // A name run on over a dash is also the words before it.
  EXPECT_EQ(doc.entities[2].actor.code, "FRDOPP");
}

TEST(ActorStage, TitlesSetOffHonorificsPostNominalsAndAcronyms) {
  Document doc = invented_doc("1933-06-01",
                              "The Freedonian Foreign Minister, Ann Other, spoke. Chief Bob Roe MP arrived. Later Mr Roe "
                              "left. Aid worker Jane Hackenbush waited. Mrs Hackenbush spoke. The Freedonian Ministry "
                              "of Fish met. Later the FMoF said no.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "spoke" || w == "arrived" || w == "left" || w == "waited" || w == "met" || w == "said" ? "VERB"
             : starts_with_upper(w)                                                                       ? "PROPN"
                                                                                                          : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Bob Roe MP", "", {}, false, {}, {}, false, {mention_of(doc, "Bob Roe MP")}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Roe", "", {}, false, {}, {}, false, {mention_of(doc, "Mr Roe")}});
  doc.entities.push_back(Entity{"E4", "PERSON", "Jane Hackenbush", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Jane Hackenbush"), mention_of(doc, "Mrs Hackenbush", "title")}});
  doc.entities.push_back(Entity{"E5", "ORG", "Freedonian Ministry of Fish", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Freedonian Ministry of Fish")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "FRDGOV");  // the capitalised title before the comma
  ASSERT_FALSE(doc.entities[1].actor.code.empty());
  EXPECT_EQ(doc.entities[2].actor.code, doc.entities[1].actor.code);  // "Mr Roe" is "Bob Roe MP"
  // "Mrs Hackenbush" is no role: HACKENBUSH alone is the namesake minister.
  EXPECT_EQ(doc.entities[3].actor.code.find("GOV"), std::string::npos) << doc.entities[3].actor.code;
  ASSERT_EQ(doc.entities[4].actor.code, "FRDGOV");
  ASSERT_EQ(doc.entities[4].mentions.size(), 2u);  // "FMoF", the mixed-case acronym
  EXPECT_EQ(doc.text.substr(doc.entities[4].mentions[1].start, 4), "FMoF");
}

TEST(ActorStage, UnitsCutAtAPossessiveFacilitiesThatAreBodiesAndAPartyBeforeAnMP) {
  Document doc = invented_doc("2005-02-15",
                              "The King's Own Fish Guards marched. The Freedonian Foreign Office agreed. Then the "
                              "Peoples Party MP Ann Other spoke. Freedonian Asia grew.");
  for (Token& t : doc.tokens) {
    const std::string_view w = doc.token_text(t);
    t.upos = w == "marched" || w == "agreed" || w == "spoke" ? "VERB" : starts_with_upper(w) ? "PROPN" : "NOUN";
  }
  doc.entities.push_back(Entity{"E1", "NORP", "Fish Guards", "", {}, false, {}, {}, false, {mention_of(doc, "Fish Guards")}});
  doc.entities.push_back(Entity{"E2", "FAC", "Freedonian Foreign Office", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Freedonian Foreign Office")}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  doc.entities.push_back(Entity{"E4", "GPE", "Asia", "", {}, false, {}, {}, false, {mention_of(doc, "Asia")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[3].actor.code, "");  // a continent is in no one country
  EXPECT_EQ(doc.entities[0].name, "King's Own Fish Guards");
  EXPECT_EQ(doc.entities[0].actor.code, "FRDMIL");
  EXPECT_EQ(doc.entities[1].actor.code, "FRDGOV");
  EXPECT_EQ(doc.entities[1].type, "ORG");
  bool party = false;
  for (const Entity& e : doc.entities)
    if (e.name == "Peoples Party") party = e.actor.code == "FRDOPP";
  EXPECT_TRUE(party);
}

TEST(ActorCoder, ABodyNamedAfterItsCountryIsTheBodyOfThatCountry) {
  // "US Federal Reserve": the rest of the name is an entry of the country
  // its first word names.
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Freedonia FDSEC"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "FRDGOV");
  // Another country's name before it is no such body.
  q.names = {"Sylvania FDSEC"};
  EXPECT_NE(coder.code(q).code, "FRDGOV");
  // A demonym is an adjective, not the country's name: left to the other rules.
  q.names = {"Freedonian FDSEC"};
  EXPECT_EQ(coder.code(q).code, "FRD");
}

TEST(FirmOfficer, AFirmsTitleMakesItsHolderBusinessOfTheFirmsCountry) {
  Document doc = invented_doc("2005-02-15",
                              "Zentrax chief Ann Other said profits rose. Bob Roe, Zentrax's chairman, agreed, and Cy Dee, "
                              "president of Quorbel, did too. Zentrax union chief Di Eve and Freedonia chief Ed Fox "
                              "did not. Ida Lee, an official at Zentrax, said nothing. Zentrax said its founder Al Bo "
                              "had left. Zentrax said Sylvania had its president Jo Ray back. Kim Lo, chief "
                              "executive of Quorbel, agreed.");
  auto mention = [&](const std::string& s, size_t from = 0) {
    const size_t at = doc.text.find(s, from);
    EXPECT_NE(at, std::string::npos) << s;
    return EntityMention{static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size()), "name", {}};
  };
  auto span = [&](const std::string& s) {
    const EntityMention m = mention(s);
    return std::vector<std::pair<uint32_t, uint32_t>>{{m.start, m.end}};
  };
  Entity zentrax{"E1", "ORG", "Zentrax", "", {}, false, {}, {}, false, {}};
  for (size_t at = doc.text.find("Zentrax"); at != std::string::npos; at = doc.text.find("Zentrax", at + 1))
    zentrax.mentions.push_back(mention("Zentrax", at));
  // A firm whose country the words around it gave.
  Entity quorbel{"E2", "ORG", "Quorbel", "", {}, false, {}, {}, false, {mention("Quorbel"), mention("Quorbel", doc.text.rfind("Quorbel"))}};
  quorbel.actor = {"SYL", "SYL", "", "country"};
  // A country the tagger called an organisation is no firm.
  Entity freedonia{"E3", "ORG", "Freedonia", "", {}, false, {}, {}, false, {mention("Freedonia")}};
  freedonia.actor = {"FRD", "FRD", "", "dictionary"};
  Entity sylvania{"E4", "GPE", "Sylvania", "", {}, false, {}, {}, false, {mention("Sylvania")}};
  sylvania.actor = {"SYL", "SYL", "", "dictionary"};
  doc.entities = {zentrax, quorbel, freedonia, sylvania};
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> spans(4);
  auto person = [&](const std::string& name, const std::string& role_words, ActorCode code = {}) {
    Entity p{"E" + std::to_string(doc.entities.size() + 1), "PERSON", name, "", {}, false, {}, {}, false, {mention(name)}};
    p.actor = std::move(code);
    doc.entities.push_back(p);
    spans.push_back(span(role_words));
  };
  person("Ann Other", "Zentrax chief");
  person("Bob Roe", "Zentrax's chairman", {"GOV", "", "GOV", "role"});  // CHAIRMAN's GOV, no country yet
  person("Cy Dee", "president of Quorbel", {"GOV", "", "GOV", "role"});
  person("Di Eve", "Zentrax union chief");
  person("Ed Fox", "Freedonia chief");
  person("Ida Lee", "an official at Zentrax", {"GOV", "", "GOV", "role"});
  person("Al Bo", "its founder");
  person("Jo Ray", "its president", {"GOV", "", "GOV", "role"});
  person("Kim Lo", "chief executive of Quorbel", {"BUS", "", "BUS", "role"});  // BUS with no country yet
  actor::code_firm_officers(doc, spans);
  EXPECT_EQ(doc.entities[4].actor.code, "BUS");  // the stage gives the country later
  EXPECT_EQ(doc.entities[4].actor.source, "firm-officer");
  EXPECT_EQ(doc.entities[5].actor.code, "BUS");
  EXPECT_EQ(doc.entities[6].actor.code, "SYLBUS");  // the firm's country
  EXPECT_EQ(doc.entities[6].actor.country, "SYL");
  EXPECT_EQ(doc.entities[7].actor.code, "");        // a union's chief
  EXPECT_EQ(doc.entities[8].actor.code, "");        // a country's
  EXPECT_EQ(doc.entities[9].actor.code, "GOV");     // no firm's title
  EXPECT_EQ(doc.entities[10].actor.code, "BUS");    // "its": the firm named just before
  EXPECT_EQ(doc.entities[11].actor.code, "GOV");    // "its" after a country is the country's
  EXPECT_EQ(doc.entities[12].actor.code, "SYLBUS");  // the firm's country
}

TEST(FirmOfficer, AFirmsAnalystNamedWithTheFirmIsItsBusiness) {
  Document doc = invented_doc("2005-02-15",
                              "Analyst Ann Other of Quorbel said rates would fall. Bob Roe, an economist with "
                              "Bree Lynch, agreed. Analysts said Cy Dee of Quorbel was right. Di Eve, an analyst, "
                              "disagreed.");
  auto mention = [&](const std::string& s) {
    const size_t at = doc.text.find(s);
    EXPECT_NE(at, std::string::npos) << s;
    return EntityMention{static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size()), "name", {}};
  };
  auto span = [&](const std::string& s) {
    const EntityMention m = mention(s);
    return std::vector<std::pair<uint32_t, uint32_t>>{{m.start, m.end}};
  };
  Entity quorbel{"E1", "ORG", "Quorbel", "", {}, false, {}, {}, false, {mention("Quorbel")}};
  quorbel.actor = {"SYL", "SYL", "", "country"};
  // A multinational the name tagger read as a person's name.
  Entity lynch{"E2", "PERSON", "Bree Lynch", "", {}, false, {}, {}, false, {mention("Bree Lynch")}};
  lynch.actor = {"MNCSYL", "", "MNCSYL", "dictionary"};
  doc.entities = {quorbel, lynch};
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> spans(2);
  auto person = [&](const std::string& name, const std::string& role_words, ActorCode code = {}) {
    Entity p{"E" + std::to_string(doc.entities.size() + 1), "PERSON", name, "", {}, false, {}, {}, false, {mention(name)}};
    p.actor = std::move(code);
    doc.entities.push_back(p);
    spans.push_back(span(role_words));
  };
  person("Ann Other", "Analyst");
  person("Bob Roe", "an economist with Bree Lynch", {"EDU", "", "EDU", "role"});  // ECONOMIST's ~EDU
  person("Cy Dee", "Analysts said");  // no title right before the name
  person("Di Eve", "an analyst");      // no firm named
  actor::code_firm_officers(doc, spans);
  EXPECT_EQ(doc.entities[2].actor.code, "SYLBUS");  // "<title> <name> of <firm>"
  EXPECT_EQ(doc.entities[3].actor.code, "SYLBUS");  // the multinational's country
  EXPECT_EQ(doc.entities[4].actor.code, "");
  EXPECT_EQ(doc.entities[5].actor.code, "");
}

TEST(FirmOfficer, AnAnalystSetOffAfterTheNameIsTheFirmsBusiness) {
  // The tagger cut the firm's first word ("of Elmford [Bree Lynch]") and
  // the stage read no role words after the names: the titles come after.
  Document doc = invented_doc("2005-02-15",
                              "Ann Other, analyst at Quorbel, said rates would fall. Bob Roe, an economist with "
                              "Elmford Bree Lynch, agreed. Cy Dee, a friend of Quorbel, did not.");
  for (Token& t : doc.tokens) t.upos = starts_with_upper(std::string(doc.token_text(t))) ? "PROPN" : "NOUN";
  Entity quorbel{"E1", "ORG", "Quorbel", "", {}, false, {}, {}, false, {mention_of(doc, "Quorbel")}};
  quorbel.mentions.push_back(quorbel.mentions.front());
  const size_t last = doc.text.rfind("Quorbel");
  quorbel.mentions.back().start = static_cast<uint32_t>(last);
  quorbel.mentions.back().end = static_cast<uint32_t>(last + 7);
  quorbel.actor = {"SYL", "SYL", "", "country"};
  Entity lynch{"E2", "ORG", "Bree Lynch", "", {}, false, {}, {}, false, {mention_of(doc, "Bree Lynch")}};
  lynch.actor = {"MNCSYL", "", "MNCSYL", "dictionary"};
  doc.entities = {quorbel, lynch};
  for (const std::string name : {"Ann Other", "Bob Roe", "Cy Dee"})
    doc.entities.push_back(Entity{"E" + std::to_string(doc.entities.size() + 1), "PERSON", name, "", {}, false, {}, {},
                                  false, {mention_of(doc, name)}});
  actor::code_firm_officers(doc, std::vector<std::vector<std::pair<uint32_t, uint32_t>>>(doc.entities.size()));
  EXPECT_EQ(doc.entities[2].actor.code, "SYLBUS");
  EXPECT_EQ(doc.entities[3].actor.code, "SYLBUS");
  EXPECT_EQ(doc.entities[4].actor.code, "");  // "a friend" is no firm's title
}

TEST(FirmOfficer, AnAnalystWithAModifierAndNoArticleIsTheFirmsBusinessToo) {
  // Wire copy: ", oil analyst with <Firm>" (no article, one word for the
  // field); a generic title after such a word says too little.
  Document doc = invented_doc("1987-04-15",
                              "Ann Other, oil analyst with Quorbel, said prices would rise. Bob Roe, senior "
                              "economist at Quorbel, agreed. Cy Dee, sales director at Quorbel, did not.");
  for (Token& t : doc.tokens) t.upos = starts_with_upper(std::string(doc.token_text(t))) ? "PROPN" : "NOUN";
  Entity quorbel{"E1", "ORG", "Quorbel", "", {}, false, {}, {}, false, {mention_of(doc, "Quorbel")}};
  for (size_t at = doc.text.find("Quorbel", doc.text.find("Quorbel") + 1); at != std::string::npos;
       at = doc.text.find("Quorbel", at + 1)) {
    quorbel.mentions.push_back(quorbel.mentions.front());
    quorbel.mentions.back().start = static_cast<uint32_t>(at);
    quorbel.mentions.back().end = static_cast<uint32_t>(at + 7);
  }
  quorbel.actor = {"SYL", "SYL", "", "country"};
  doc.entities = {quorbel};
  for (const std::string name : {"Ann Other", "Bob Roe", "Cy Dee"})
    doc.entities.push_back(Entity{"E" + std::to_string(doc.entities.size() + 1), "PERSON", name, "", {}, false, {}, {},
                                  false, {mention_of(doc, name)}});
  actor::code_firm_officers(doc, std::vector<std::vector<std::pair<uint32_t, uint32_t>>>(doc.entities.size()));
  EXPECT_EQ(doc.entities[1].actor.code, "SYLBUS");
  EXPECT_EQ(doc.entities[2].actor.code, "SYLBUS");
  EXPECT_EQ(doc.entities[3].actor.code, "");
}

TEST(ActorStage, ANameEndingInALegalFormIsCodedAsTheFirmItsEntryNames) {
  // The tagger read a listed multinational with its legal form as a
  // person's name; the entry lists it without the form.
  Document doc = invented_doc("2005-02-15", "Quoxx Inc said profits rose.");
  doc.entities.push_back(Entity{"E1", "PERSON", "Quoxx Inc", "", {}, false, {}, {}, false,
                                {mention_of(doc, "Quoxx Inc")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].type, "ORG");
  EXPECT_EQ(doc.entities[0].actor.code, "MNCSYL");
}

TEST(ActorStage, APlaceNamedForAPublicBodyIsThatBody) {
  // The tagger took a ministry for a place; the words before it gave it a
  // country. Its head noun says it is a government body.
  Document doc = invented_doc("2005-02-15", "The Freedonian Ministry of Fish said quotas would rise.");
  doc.entities.push_back(
      Entity{"E1", "GPE", "Ministry of Fish", "", {}, false, {}, {}, false, {mention_of(doc, "Ministry of Fish")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].type, "ORG");
  EXPECT_EQ(doc.entities[0].actor.code, "FRDGOV");
}

TEST(ActorStage, AFirmsPeopleTakeTheArticlesCountryNotTheMarketsTheSentenceNames) {
  // Freedonia leads the article; the sentence names Sylvania before the
  // chief executive, a minister after him.
  Document doc = invented_doc("2005-02-15",
                              "Freedonia, Freedonia and Freedonia. Sales in Sylvania grew, said chief executive Ann Other. "
                              "Sales in Sylvania grew, said Minister Bob Roe.");
  auto mention = [&](const std::string& s, size_t from = 0) {
    const size_t at = doc.text.find(s, from);
    return EntityMention{static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size()), "name", {}};
  };
  doc.entities.push_back(Entity{"E1", "GPE", "Freedonia", "", {}, false, {}, {}, false,
                                {mention("Freedonia"), mention("Freedonia", 5), mention("Freedonia", 20)}});
  doc.entities.push_back(Entity{"E2", "GPE", "Sylvania", "", {}, false, {}, {}, false,
                                {mention("Sylvania"), mention("Sylvania", doc.text.rfind("Sylvania"))}});
  doc.entities.push_back(Entity{"E3", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention("Ann Other")}});
  doc.entities.push_back(Entity{"E4", "PERSON", "Bob Roe", "", {}, false, {}, {}, false, {mention("Bob Roe")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[2].actor.code, "FRDBUS");
  EXPECT_EQ(doc.entities[3].actor.code, "SYLGOV");  // other roles keep the sentence's country
}

TEST(ActorCoder, WhereOneIsBasedIsOnesCountry) {
  // "the UK-based co-chairman", "a London-based firm": a country's name or
  // its capital before "-based".
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the Sylvania-based co-chairman"}, "2005-02-15").code, "SYL");
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the Fredville-based chief executive"}, "2005-02-15").code, "FRDBUS");
  // A town is no country.
  EXPECT_EQ(fx().code({"Ann Other"}, "PERSON", {"the Marxton-based co-chairman"}, "2005-02-15").code, "");
}

TEST(ShortNames, AnAcronymsFullNameMayStartWithAPeopleTheTaggerCutOff) {
  // "the [Sylvanian] Fish Council (SFC)": the demonym is a name of its own,
  // but the full name is the acronym's.
  Document doc = invented_doc("2005-02-15", "The Sylvanian Fish Council (SFC) met. Ann Fish Club (AFC) did not.");
  Entity people{"E1", "NORP", "Sylvanian", "", {}, false, {}, {}, false, {mention_of(doc, "Sylvanian")}};
  Entity sfc{"E2", "ORG", "SFC", "", {}, false, {}, {}, false, {mention_of(doc, "SFC")}};
  // A person's name is no such prefix: "Ann" holds its words.
  Entity ann{"E3", "PERSON", "Ann", "", {}, false, {}, {}, false, {mention_of(doc, "Ann")}};
  Entity afc{"E4", "ORG", "AFC", "", {}, false, {}, {}, false, {mention_of(doc, "AFC")}};
  doc.entities = {people, sfc, ann, afc};
  actor::add_defined_acronym_names(doc);
  ASSERT_EQ(doc.entities[1].mentions.size(), 2u);
  EXPECT_EQ(doc.span_text(doc.entities[1].mentions[0].start, doc.entities[1].mentions[0].end), "Sylvanian Fish Council");
  EXPECT_EQ(doc.entities[3].mentions.size(), 1u);
}

TEST(ShortNames, AnAcronymMayTakeInAPeopleTheTaggerCutOffTheName) {
  // "the [Sylvanian] Fish Council ... the SFC": no brackets join them, the
  // acronym's first letter is the demonym's. A person's name before a body
  // ("Ann Fish Club ... AFC") is no such prefix.
  Document doc = invented_doc("2005-02-15", "The Sylvanian Fish Council met. The SFC said no. Ann Fish Club met. AFC fell.");
  Entity people{"E1", "NORP", "Sylvanian", "", {}, false, {}, {}, false, {mention_of(doc, "Sylvanian")}};
  Entity council{"E2", "ORG", "Fish Council", "", {}, false, {}, {}, false, {mention_of(doc, "Fish Council")}};
  council.actor = {"SYLBUS", "SYL", "BUS", "role"};
  Entity sfc{"E3", "ORG", "SFC", "", {}, false, {}, {}, false, {mention_of(doc, "SFC")}};
  Entity ann{"E4", "PERSON", "Ann", "", {}, false, {}, {}, false, {mention_of(doc, "Ann")}};
  Entity club{"E5", "ORG", "Fish Club", "", {}, false, {}, {}, false, {mention_of(doc, "Fish Club")}};
  club.actor = {"SYLBUS", "SYL", "BUS", "role"};
  Entity afc{"E6", "ORG", "AFC", "", {}, false, {}, {}, false, {mention_of(doc, "AFC")}};
  doc.entities = {people, council, sfc, ann, club, afc};
  actor::code_short_names(doc);
  EXPECT_EQ(doc.entities[2].actor.code, "SYLBUS");
  EXPECT_EQ(doc.entities[5].actor.code, "");
}

TEST(ShortNames, AnAcronymMayTakeInACountryTheTaggerCutOffTheEnd) {
  // "the [Fish Council] of [Sylvania] (FCS)": the country after "of" is a
  // name of its own, the acronym's last letter its initial. A country after
  // other glue ("Fish Club in Sylvania ... FCS") is no such suffix.
  Document doc = invented_doc("2005-02-15",
                              "The Fish Council of Sylvania (FCS) met. FCS said no. Wool Club in Sylvania met. WCS fell.");
  Entity council{"E1", "ORG", "Fish Council", "", {}, false, {}, {}, false, {mention_of(doc, "Fish Council")}};
  council.actor = {"SYLBUS", "SYL", "BUS", "role"};
  Entity sylvania{"E2", "GPE", "Sylvania", "", {}, false, {}, {}, false, {mention_of(doc, "Sylvania")}};
  sylvania.actor = {"SYL", "SYL", "", "dictionary"};
  const auto last = [&](const std::string& w) {
    const size_t at = doc.text.rfind(w);
    return EntityMention{static_cast<uint32_t>(at), static_cast<uint32_t>(at + w.size()), "name", {}};
  };
  sylvania.mentions.push_back(last("Sylvania"));
  Entity fcs{"E3", "ORG", "FCS", "", {}, false, {}, {}, false, {mention_of(doc, "FCS")}};
  fcs.mentions.push_back(last("FCS"));
  Entity club{"E4", "ORG", "Wool Club", "", {}, false, {}, {}, false, {mention_of(doc, "Wool Club")}};
  club.actor = {"SYLBUS", "SYL", "BUS", "role"};
  Entity wcs{"E5", "ORG", "WCS", "", {}, false, {}, {}, false, {mention_of(doc, "WCS")}};
  doc.entities = {council, sylvania, fcs, club, wcs};
  actor::code_short_names(doc);
  EXPECT_EQ(doc.entities[2].actor.code, "SYLBUS");
  EXPECT_EQ(doc.entities[4].actor.code, "");
}

TEST(MachineNames, ARobotOrAProductTheTextNamesIsAMachine) {
  Document doc = invented_doc("2005-02-15",
                              "Its humanoid robot Quibbo ran. The robot, called Zappo, won. Acme's Tikko robots "
                              "sold. Acme robots sold. Kel Media software sold. Bob Ray, a media boss, spoke.");
  auto entity = [&](const std::string& name, const std::string& source) {
    Entity e{"E1", "ORG", name, "", {}, false, {}, {}, false, {mention_of(doc, name)}};
    e.actor = {"MED", "", "MED", source};
    return e;
  };
  EXPECT_TRUE(actor::names_a_machine(doc, entity("Quibbo", "role")));
  EXPECT_TRUE(actor::names_a_machine(doc, entity("Zappo", "role")));
  EXPECT_TRUE(actor::names_a_machine(doc, entity("Tikko", "role")));
  EXPECT_TRUE(actor::names_a_machine(doc, entity("Kel Media", "role")));
  EXPECT_FALSE(actor::names_a_machine(doc, entity("Acme", "role")));   // a maker's name before "robots"
  EXPECT_FALSE(actor::names_a_machine(doc, entity("Bob Ray", "role")));
  EXPECT_FALSE(actor::names_a_machine(doc, entity("Kel Media", "dictionary")));  // an entry's software is its own
}

TEST(SignOff, AWiresNameAloneOnTheLastLineIsItsSignOff) {
  Document doc = invented_doc("2005-02-15", "GONDOR WIRE REPORT\nMinister Ana Dale of Gondor said so.\n\nGONDWIRE\n");
  auto entity = [&](const std::string& name) {
    return Entity{"E1", "PERSON", name, "", {}, false, {}, {}, false, {mention_of(doc, name)}};
  };
  EXPECT_TRUE(actor::is_wire_sign_off(doc, entity("GONDWIRE")));
  EXPECT_FALSE(actor::is_wire_sign_off(doc, entity("Ana Dale")));  // not alone on its line
  EXPECT_FALSE(actor::is_wire_sign_off(doc, entity("GONDOR")));    // a headline, text after it
}

TEST(MachineNames, AFirmNamedBeforeSoftwareMakerIsTheFirm) {
  // "software maker", "software giant": the name before them is the firm's,
  // and one such mention cleared its code at every mention.
  Document doc = invented_doc("2005-02-15", "Elmford Data software maker said profits rose. Arnor software giant "
                                            "Tirith sold. Elmford Data software sold.");
  auto entity = [&](const std::string& name) {
    Entity e{"E1", "ORG", name, "", {}, false, {}, {}, false, {mention_of(doc, name)}};
    e.actor = {"BUS", "", "BUS", "role"};
    return e;
  };
  EXPECT_FALSE(actor::names_a_machine(doc, entity("Elmford Data")));
  EXPECT_FALSE(actor::names_a_machine(doc, entity("Arnor")));
  Entity product = entity("Elmford Data");
  const size_t last = doc.text.rfind("Elmford Data");
  product.mentions = {{static_cast<uint32_t>(last), static_cast<uint32_t>(last + 12), "name", {}}};
  EXPECT_TRUE(actor::names_a_machine(doc, product));  // "Elmford Data software sold"
}

TEST(ActorCoder, AFirmIsNamedWithoutItsLegalForm) {
  // Phoenix lists ZORBCO_PLC_; the news writes "Zorbco". Only a
  // multinational's code with a country is taken so.
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Zorbco"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "MNCSYL");
  q.names = {"Noco"};
  EXPECT_EQ(coder.code(q).code, "");
  q.type = "PERSON";  // a person is no firm
  q.names = {"Zorbco"};
  EXPECT_EQ(coder.code(q).code, "");
}

TEST(ActorCoder, AFirmListedWithoutALegalFormIsNamedWithOne) {
  // Phoenix lists QUOXX_; a wire headline writes "QUOXX CORP". Only a
  // multinational's code with a country is taken so.
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"QUOXX CORP"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "MNCSYL");
  q.names = {"Quoxx Inc"};
  EXPECT_EQ(coder.code(q).code, "MNCSYL");
  q.names = {"Quoxx Partners"};  // not a legal form
  EXPECT_EQ(coder.code(q).code, "");
}

TEST(ActorCoder, AFirmIsNamedWithoutItsContinentalLegalForm) {
  // Phoenix lists Continental firms with their own forms (SIEMENS_AG_).
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Zentrax"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "MNCFRD");
  q.names = {"Kloppa"};
  EXPECT_EQ(coder.code(q).code, "MNCSYL");
  q.type = "PERSON";  // "Mr Zentrax" is no firm
  q.names = {"Zentrax"};
  EXPECT_EQ(coder.code(q).code, "");
}

TEST(ActorCoder, APersonTheRoleWordsTieToAMultinationalIsItsBusiness) {
  // "Quoxx manager Ann Other": the firm's code is MNCSYL, its people SYLBUS.
  actor::ActorCoder coder(fx().res.dictionaries, fx().res.countries);
  actor::ActorQuery q{{"Ann Other"}, "PERSON", {"Quoxx manager"}, "2005-02-15", false, false};
  EXPECT_EQ(coder.code(q).code, "SYLBUS");
  q.roles = {"an engineer at Quoxx"};
  EXPECT_EQ(coder.code(q).code, "SYLBUS");
  // The firm itself keeps its code.
  q = actor::ActorQuery{{"Quoxx"}, "ORG", {}, "2005-02-15", false, true};
  EXPECT_EQ(coder.code(q).code, "MNCSYL");
}

TEST(SpeaksFor, AMultinationalsPeopleAreBusinessOfItsCountry) {
  Document doc = invented_doc("2005-02-15", "Ann Other, a director at Zorbco, said sales rose.");
  Entity firm{"E1", "ORG", "Zorbco", "", {}, false, {}, {}, false, {mention_of(doc, "Zorbco")}};
  firm.actor = {"MNCSYL", "", "MNCSYL", "dictionary"};
  Entity person{"E2", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}};
  doc.entities = {firm, person};
  const EntityMention roles = mention_of(doc, "a director at Zorbco");
  actor::code_people_by_their_bodies(doc, {{}, {{roles.start, roles.end}}});
  EXPECT_EQ(doc.entities[1].actor.code, "SYLBUS");
  EXPECT_EQ(doc.entities[1].actor.country, "SYL");
}

TEST(ActorStage, ATitleRunIntoANameMakesAPersonButAPrepositionDoesNot) {
  Document doc = invented_doc("2005-02-15", "Fish chairman Ann Other spoke. Friends against Bob Roe met.");
  doc.entities.push_back(
      Entity{"E1", "ORG", "Fish chairman Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Fish chairman Ann Other")}});
  doc.entities.push_back(
      Entity{"E2", "ORG", "Friends against Bob Roe", "", {}, false, {}, {}, false, {mention_of(doc, "Friends against Bob Roe")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].type, "PERSON");
  EXPECT_EQ(doc.entities[1].type, "ORG");
}

TEST(ActorStage, WhereOneWorksIsARole) {
  Document doc = invented_doc("2005-02-15",
                              "Ann Other, who also works in the Peoples Party office, spoke. Bob Roe, who walks in the "
                              "Peoples Party parade, did not.");
  doc.entities.push_back(Entity{"E1", "PERSON", "Ann Other", "", {}, false, {}, {}, false, {mention_of(doc, "Ann Other")}});
  doc.entities.push_back(Entity{"E2", "PERSON", "Bob Roe", "", {}, false, {}, {}, false, {mention_of(doc, "Bob Roe")}});
  actor::annotate_actors(fx().res, doc);
  EXPECT_EQ(doc.entities[0].actor.code, "FRDOPP");
  EXPECT_EQ(doc.entities[1].actor.code, "");  // walking in it is no role
}

TEST(ActorCoder, ABaronessIsAddressedAsLady) {
  EXPECT_EQ(fx().code({"Lady Fish"}, "PERSON", {}, "2005-02-15").code, "FRDJUD");
  // The tagger's name is the surname, the title a mention of its own.
  EXPECT_EQ(fx().code({"Fish"}, "PERSON", {"Lady Fish"}, "2005-02-15").code, "FRDJUD");
  EXPECT_EQ(fx().code({"Lady Chub"}, "PERSON", {}, "2005-02-15").code, "");
}
