// The BILOU tagger: move masks, a tiny model trained on invented sentences,
// its container round trip, and the document-level passes.
#include "ner/ner_tagger.h"

#include <gtest/gtest.h>

#include "eval/ner_corpus_eval.h"
#include "io/model_writer.h"
#include "segment/sentence_splitter.h"
#include "tokenize/tokenizer.h"
#include "train/ner_trainer.h"

namespace chronicle {
namespace {

using ner::label_allowed;
using ner::kNoLabel;

TEST(NerLabels, MasksKeepSpansWellFormed) {
  // Types: 0 PERSON (B1 I2 L3 U4), 1 ORG (B5 I6 L7 U8).
  EXPECT_TRUE(label_allowed(kNoLabel, 1, false));
  EXPECT_FALSE(label_allowed(kNoLabel, 2, false));  // I without B
  EXPECT_FALSE(label_allowed(kNoLabel, 1, true));   // B at the last token
  EXPECT_TRUE(label_allowed(kNoLabel, 4, true));
  EXPECT_TRUE(label_allowed(1, 2, false));
  EXPECT_FALSE(label_allowed(1, 2, true));
  EXPECT_TRUE(label_allowed(1, 3, true));
  EXPECT_FALSE(label_allowed(1, 7, false));  // L of another type
  EXPECT_FALSE(label_allowed(1, 0, false));  // O inside a span
  EXPECT_TRUE(label_allowed(3, 0, false));
  EXPECT_TRUE(label_allowed(4, 5, false));
}

TEST(NerLabels, PlainLowercaseWordsOutsideASpanAreNotScored) {
  ner::Gazetteer gaz;
  gaz.add("brenmouth", ner::kGazCity);
  const std::vector<std::string_view> forms = {"we", "drove", "to", "brenmouth", "and", "the", "Varga", "caf\xc3\xa9",
                                               "bar", "."};
  const std::vector<std::string_view> xpos(forms.size(), "NN");
  std::vector<ner::NerAtoms> atoms(forms.size());
  ner::sentence_atoms(forms, xpos, {}, gaz, atoms);
  std::vector<bool> plain;
  for (const auto& a : atoms) plain.push_back(a.plain_lower);
  // "to" precedes a gazetteer match, "the" a capitalised word, "caf\xc3\xa9" is not ASCII.
  EXPECT_EQ(plain, (std::vector<bool>{true, true, false, false, true, false, false, false, true, true}));
  EXPECT_TRUE(ner::starts_outside(atoms[0], ner::label_outside(kNoLabel)));
  EXPECT_TRUE(ner::starts_outside(atoms[4], ner::label_outside(4)));   // after U
  EXPECT_FALSE(ner::starts_outside(atoms[4], ner::label_outside(1)));  // inside a span: scored
  // Shouted sentences are scored throughout.
  const std::vector<std::string_view> caps = {"STORM", "HITS", "COAST", "TOWNS", "today"};
  std::vector<ner::NerAtoms> shouted(caps.size());
  ner::sentence_atoms(caps, std::vector<std::string_view>(caps.size(), "NN"), {}, gaz, shouted);
  EXPECT_FALSE(shouted[4].plain_lower);
}

eval::NerCorpus invented_corpus() {
  eval::NerCorpus c;
  c.name = "invented";
  const std::vector<std::pair<std::string, std::string>> people = {
      {"Lena", "Marsh"}, {"Omar", "Haddad"}, {"Ines", "Varga"}, {"Tomas", "Berg"}, {"Ada", "Quinn"}};
  const std::vector<std::string> towns = {"Oslo", "Lima", "Accra", "Hanoi", "Quito"};
  for (int round = 0; round < 6; ++round) {
    for (size_t i = 0; i < people.size(); ++i) {
      const auto& [first, last] = people[i];
      const std::string& town = towns[(i + static_cast<size_t>(round)) % towns.size()];
      c.sentences.push_back({{first, last, "visited", town, "on", "Monday", "."},
                             {"B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"}});
      c.sentences.push_back({{"The", "Harbour", "Trust", "hired", first, last, "."},
                             {"O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"}});
    }
  }
  return c;
}

const char* kTaggerPath = CHRONICLE_SOURCE_DIR "/models/en-ewt-tagger.chm";

TEST(NerTagger, LearnsInventedNamesAndRoundTripsThroughTheContainer) {
  auto tagger = tag::Tagger::load(kTaggerPath);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  train::NerTrainOptions options;
  options.max_epochs = 4;
  options.uppercase_every = 0;
  auto corpus = invented_corpus();
  auto model = train::train_ner({corpus}, {corpus}, *tagger, options);
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  auto run = eval::evaluate_ner(*model, *tagger, corpus);
  EXPECT_GT(run.scorer.overall().f1(), 95.0);

  io::ModelWriter writer(io::ModelKind::kNer);
  ASSERT_TRUE(model->add_to(writer).ok());
  auto file = io::ModelFile::parse(writer.to_bytes(), "mem.chm");
  ASSERT_TRUE(file.ok()) << file.status().to_string();
  auto loaded = ner::Ner::from_file(*file);
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  EXPECT_EQ(loaded->parts().types, model->parts().types);

  Document doc;
  doc.text = "Ines Varga visited Lima on Monday. The Harbour Trust hired Ada Quinn.";
  tokenize::tokenize(doc.text, doc.tokens);
  segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  tagger->tag_document(doc);
  loaded->recognize(doc);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : doc.names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"Ines Varga", "PERSON"}, {"Lima", "GPE"}, {"Harbour Trust", "ORG"}, {"Ada Quinn", "PERSON"}}));
  // Spans never overlap and are in order.
  for (size_t i = 1; i < doc.names.size(); ++i) EXPECT_LE(doc.names[i - 1].last_token, doc.names[i].first_token);
}

TEST(NerTagger, RecasedCopiesJoinTheTrainingSentences) {
  auto tagger = tag::Tagger::load(kTaggerPath);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  train::NerTrainOptions options;
  options.max_epochs = 1;
  options.uppercase_every = 3;  // 60 invented sentences: 20 in capitals
  options.lowercase_every = 4;  // and 15 in lowercase
  std::string count;
  options.log = [&](const std::string& line) {
    if (line.find("training sentences") != std::string::npos) count = line;
  };
  ASSERT_TRUE(train::train_ner({invented_corpus()}, {}, *tagger, options).ok());
  EXPECT_EQ(count, "ner: 95 training sentences (with recased copies)");
}

TEST(NerTagger, WrongKindIsRejected) {
  io::ModelWriter writer(io::ModelKind::kTagger);
  auto file = io::ModelFile::parse(writer.to_bytes(), "t.chm");
  ASSERT_TRUE(file.ok());
  auto ner = ner::Ner::from_file(*file);
  ASSERT_FALSE(ner.ok());
  EXPECT_EQ(ner.status().code(), StatusCode::kInvalidArgument);
}

Document tokens_only(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize::tokenize(doc.text, doc.tokens);
  segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  return doc;
}

NameMention at(const Document& doc, const std::string& words, const std::string& type, size_t from = 0) {
  const size_t s = doc.text.find(words, from);
  NameMention m{static_cast<uint32_t>(s), static_cast<uint32_t>(s + words.size()), 0, 0, type};
  bool first = true;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t)
    if (doc.tokens[t].start >= m.start && doc.tokens[t].end <= m.end) {
      if (first) m.first_token = t;
      first = false;
      m.last_token = t + 1;
    }
  return m;
}

TEST(NerTagger, DocumentConsistencyAndTypeRefinement) {
  Document doc = tokens_only(
      "Vela Norte said the Kessel Peninsula was calm. Later Vela Norte spoke again. "
      "Planes landed at Camp Base Orin. Vela Norte left.");
  std::vector<NameMention> names = {at(doc, "Vela Norte", "PERSON"), at(doc, "Kessel Peninsula", "GPE"),
                                    at(doc, "Vela Norte", "ORG", 50), at(doc, "Camp Base", "ORG")};
  ner::harmonize_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  // The tie between PERSON and ORG keeps each its own type; the missed third
  // "Vela Norte" is added with the first type; heads refine GPE and ORG.
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[1], (std::pair<std::string, std::string>{"Kessel Peninsula", "LOC"}));
  EXPECT_EQ(got[3], (std::pair<std::string, std::string>{"Camp Base", "FAC"}));
  EXPECT_EQ(got[4].first, "Vela Norte");
}

TEST(NerTagger, ATiedVoteKeepsTheTypeANameHadFirst) {
  Document doc = tokens_only("Ties between Talmor and Essary grew, and Essary and Brenn met.");
  std::vector<NameMention> names = {at(doc, "Talmor", "GPE"), at(doc, "Essary", "GPE"),
                                    at(doc, "Essary", "PERSON", doc.text.find("and Essary and")),
                                    at(doc, "Brenn", "GPE")};
  ner::harmonize_names(doc, names);
  ASSERT_EQ(names.size(), 4u);
  EXPECT_EQ(names[1].type, "GPE");
  EXPECT_EQ(names[2].type, "GPE");  // one vote each: the first occurrence's type
}

TEST(NerTagger, NamesShedPunctuationAndTrailingLowercaseWords) {
  Document doc = tokens_only("Gifts came from King Olav. Great talks in Vardø today. The \"ocean\" froze.");
  // The model ran a name on into the period, another on into "today .", and
  // took a quotation mark alone for a name.
  std::vector<NameMention> names = {at(doc, "Olav.", "PERSON"), at(doc, "Vardø today.", "GPE"),
                                    at(doc, "\"", "ORG")};
  ner::trim_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"Olav", "PERSON"}, {"Vardø", "GPE"}}));
  // Token bounds follow the offsets.
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(doc.token_text(doc.tokens[names[1].last_token - 1]), "Vardø");
}

TEST(NerTagger, HyphenatedNamesAreOneName) {
  Document doc = tokens_only(
      "Dr. Anne-Marie Quist met Jean-Luc and a Tarsk-backed group in Vell - Ostra for Vell-Ostra talks.");
  // The model split the first name at its hyphen and found only half of the
  // second; "Tarsk-backed" has a lowercase word, the spaced dash joins
  // nothing, and only people's names grow ("Vell-Ostra talks" are two places).
  std::vector<NameMention> names = {at(doc, "Anne", "PERSON"), at(doc, "Marie Quist", "PERSON"),
                                    at(doc, "Luc", "PERSON"), at(doc, "Tarsk", "NORP"),
                                    at(doc, "Vell", "GPE"), at(doc, "Ostra", "GPE"),
                                    at(doc, "Vell-", "GPE"), at(doc, "-Ostra", "NORP")};
  ner::trim_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"Anne-Marie Quist", "PERSON"},
                                                                   {"Jean-Luc", "PERSON"},
                                                                   {"Tarsk", "NORP"},
                                                                   {"Vell", "GPE"},
                                                                   {"Ostra", "GPE"},
                                                                   {"Vell", "GPE"},
                                                                   {"Ostra", "NORP"}}));
}

TEST(NerTagger, HeadlinesInCapitalsAreCutAsTheBodyCutsThem) {
  Document doc = tokens_only(
      "VELA CANCELS TALKS WITH ORIN DAL TUR\n\nPresident Ana Vela said she had cancelled talks with Orin Dal Tur "
      "in Kessel.\n\nIT WAS NOT CLEAR WHY VELA WAS ANGRY.");
  // In the headline the model cut the name in two and missed the surname.
  std::vector<NameMention> names = {at(doc, "ORIN DAL", "PERSON"), at(doc, "TUR", "ORG"),
                                    at(doc, "Ana Vela", "PERSON"), at(doc, "Orin Dal Tur", "PERSON"),
                                    at(doc, "Kessel", "GPE")};
  ner::harmonize_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"VELA", "PERSON"},
                                                                   {"ORIN DAL TUR", "PERSON"},
                                                                   {"Ana Vela", "PERSON"},
                                                                   {"Orin Dal Tur", "PERSON"},
                                                                   {"Kessel", "GPE"},
                                                                   {"VELA", "PERSON"}}));
}

TEST(NerTagger, TitleTakenForANameGivesWayToItsHolder) {
  Document doc = tokens_only("He met Harbour Security Adviser Ola Brenn today. Trade Envoy Lena Marsh left.");
  // The model took each title for an ORG; "Brenn" alone as ORG, "Lena Marsh" untagged.
  std::vector<NameMention> names = {at(doc, "Harbour Security Adviser", "ORG"), at(doc, "Brenn", "ORG"),
                                    at(doc, "Trade Envoy", "ORG")};
  ner::harmonize_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"Ola Brenn", "PERSON"}, {"Lena Marsh", "PERSON"}}));
}

TEST(NerTagger, TitleInsideANameSplitsOffTheBodyAndTheHolder) {
  Document doc = tokens_only(
      "Arnor Bank Vice-President Ana Dale said so. Mines Minister Lena Marsh spoke. "
      "Bank of Gondor Governor Ola Tam-Aziz Brenn left. The Gondor Ambassador Hotel opened. "
      "The Arnor Bank Governor Ana Dale Report came out. Then Gondor Fund governor Ola Brenn spoke. "
      "GWF General Secretary Lena Varga left.");
  // The model took each title into a name: with the body before it ("Arnor
  // Bank"), with part of the holder ("Lena"), or both ("Ola Tam"); a title
  // with one word after it is no title of a holder ("Ambassador Hotel"), nor
  // one before a document's name ("... Ana Dale Report").
  std::vector<NameMention> names = {at(doc, "Arnor Bank Vice-President", "MISC"),
                                    at(doc, "Mines Minister Lena", "NORP"),
                                    at(doc, "Bank of Gondor Governor Ola Tam", "ORG"),
                                    at(doc, "Aziz Brenn", "PERSON"),
                                    at(doc, "Gondor Ambassador Hotel", "ORG"),
                                    at(doc, "Arnor Bank Governor Ana Dale Report", "ORG"),
                                    at(doc, "Gondor Fund governor Ola Brenn", "ORG"),
                                    at(doc, "GWF General Secretary Lena Varga", "ORG")};
  ner::harmonize_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"Arnor Bank", "ORG"},
                                                                    {"Ana Dale", "PERSON"},
                                                                    {"Lena Marsh", "PERSON"},
                                                                    {"Bank of Gondor", "ORG"},
                                                                    {"Ola Tam-Aziz Brenn", "PERSON"},
                                                                    {"Gondor Ambassador Hotel", "FAC"},
                                                                    {"Arnor Bank Governor Ana Dale Report", "ORG"},
                                                                    {"Gondor Fund", "ORG"},
                                                                    {"Ola Brenn", "PERSON"},
                                                                    {"GWF", "ORG"},
                                                                    {"Lena Varga", "PERSON"}}));
}

TEST(NerTagger, TitlesHolderRunsOverAGluedHyphenAndGivesTheSurnameVote) {
  Document doc = tokens_only("Gondor Fund Deputy Secretary Omar Al-Haddad said so. Later Al-Haddad left.");
  // The model ran the title into the body's name up to the article; the
  // later surname alone it took for an ORG.
  std::vector<NameMention> names = {at(doc, "Gondor Fund Deputy Secretary Omar Al", "ORG"),
                                    at(doc, "Al-Haddad", "ORG", doc.text.find("Later"))};
  ner::harmonize_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"Gondor Fund", "ORG"}, {"Omar Al-Haddad", "PERSON"}, {"Al-Haddad", "PERSON"}}));
}

TEST(NerTagger, ACountryAfterAndIsANameOfItsOwn) {
  ner::Gazetteer gaz;
  gaz.add("gondor", ner::kGazCountry);
  gaz.add("arnor and rhun", ner::kGazCountry);
  Document doc = tokens_only(
      "The Group of Nine and Gondor met. Arnor and Rhun agreed. The Council of Six and Gondor Elmford left.");
  // The model ran a body and a country into one name; a country whose own
  // name holds "and" stays whole.
  std::vector<NameMention> names = {at(doc, "Group of Nine and Gondor", "ORG"), at(doc, "Arnor and Rhun", "GPE"),
                                    at(doc, "Council of Six and Gondor Elmford", "ORG")};
  ner::harmonize_names(doc, names, &gaz);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"Group of Nine", "ORG"},
                                                                    {"Gondor", "GPE"},
                                                                    {"Arnor and Rhun", "GPE"},
                                                                    {"Council of Six", "ORG"},
                                                                    {"Gondor", "GPE"},
                                                                    {"Elmford", "ORG"}}));
}

TEST(NerTagger, PortfolioAfterTitleOfLeavesTheHoldersName) {
  Document doc = tokens_only(
      "Minister of Mines Ana Dale spoke. Undersecretary of Commerce Omar Haddad came. "
      "Chancellor of the Exchequer Ola Brenn said no. Minister of State Lena Varga met the Secretary of State. "
      "Minister of Trade and Industry Tomas Berg spoke. The Director of State Street Bank left.");
  // The model glued the portfolio to the holder ("Mines Ana Dale"), took a
  // bare title for a person ("Chancellor"), or tagged the title whole; a
  // body after the title ("State Street Bank") stays a body.
  std::vector<NameMention> names = {at(doc, "Mines Ana Dale", "ORG"),
                                    at(doc, "Commerce Omar Haddad", "ORG"),   at(doc, "Chancellor", "PERSON"),
                                    at(doc, "Ola Brenn", "PERSON"),           at(doc, "Minister of State Lena Varga", "ORG"),
                                    at(doc, "Secretary of State", "ORG"),     at(doc, "Trade and Industry Tomas Berg", "ORG"),
                                    at(doc, "State Street Bank", "ORG")};
  ner::harmonize_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"Ana Dale", "PERSON"},
                                                                    {"Omar Haddad", "PERSON"},
                                                                    {"Ola Brenn", "PERSON"},
                                                                    {"Lena Varga", "PERSON"},
                                                                    {"Tomas Berg", "PERSON"},
                                                                    {"State Street Bank", "ORG"}}));
}

TEST(NerTagger, NameThatSwallowedAClauseIsCutIntoItsNames) {
  Document doc = tokens_only(
      "Vane said of Bree Corp that it would grow. He told Ms Dale: \"It is late.\" "
      "Ana Dale and Ola Brenn met Bree Corp, Inc, the Arnor Guild (Elmford) and Sportsweek: \"I left.\"");
  for (auto& t : doc.tokens)
    if (doc.token_text(t) == "said") t.upos = "VERB";
  std::vector<NameMention> names = {at(doc, "Vane said of Bree Corp", "PERSON"), at(doc, "Dale: \"It", "PERSON"),
                                    at(doc, "Ana Dale and Ola Brenn", "PERSON"), at(doc, "Bree Corp, Inc", "ORG"),
                                    at(doc, "Arnor Guild (Elmford", "ORG"), at(doc, "Sportsweek: \"I", "ORG")};
  ner::trim_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"Vane", "PERSON"},
                                                                    {"Bree Corp", "PERSON"},
                                                                    {"Dale", "PERSON"},
                                                                    {"Ana Dale", "PERSON"},
                                                                    {"Ola Brenn", "PERSON"},
                                                                    {"Bree Corp, Inc", "ORG"},
                                                                    {"Arnor Guild", "ORG"},
                                                                    {"Elmford", "ORG"},
                                                                    {"Sportsweek", "ORG"}}));
}

TEST(NerTagger, CountryNamedForItsLandStaysACountry) {
  Document doc = tokens_only("Gondor Coast and Arnor Bay signed.");
  ner::Gazetteer gaz;
  gaz.add("gondor coast", ner::kGazCountry);
  std::vector<NameMention> names = {at(doc, "Gondor Coast", "GPE"), at(doc, "Arnor Bay", "GPE")};
  ner::harmonize_names(doc, names, &gaz);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].type, "GPE");  // a country in the gazetteer
  EXPECT_EQ(names[1].type, "LOC");  // a natural feature
}

TEST(NerTagger, OrganisationGrowsBackOverItsHeadBeforeOf) {
  Document doc = tokens_only(
      "The Organisation of Gondor Wool Exporters met. The North Arnor Department of Trade said so. "
      "The Archbishop of Elmford voted. Arnor Bank of Gondor rose.");
  // Only the words after "of" were tagged, or the head apart ("Arnor Bank");
  // a place after "of" joins a body's head, not a title ("Archbishop").
  std::vector<NameMention> names = {at(doc, "Gondor Wool Exporters", "ORG"), at(doc, "Trade", "MISC"),
                                    at(doc, "Elmford", "GPE"), at(doc, "Arnor Bank", "ORG"),
                                    at(doc, "Gondor", "GPE", doc.text.find("Bank of"))};
  ner::harmonize_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"Organisation of Gondor Wool Exporters", "ORG"},
                     {"North Arnor Department of Trade", "ORG"},
                     {"Elmford", "GPE"},
                     {"Arnor Bank of Gondor", "ORG"}}));
}


// A date phrase the tagger ran on into a name is no part of it: "Minister
// Ana Dale on Monday" is Ana Dale, "Bree Corp until April 29" Bree Corp; a
// name with no preposition before the weekday keeps it ("Black Monday").
TEST(NerTagger, NameDropsADatePhraseRunOnIntoIt) {
  Document doc = tokens_only("Minister Ana Dale on Monday met Bree Corp until April 29 after Black Monday came.");
  std::vector<NameMention> names = {at(doc, "Ana Dale on Monday", "PERSON"), at(doc, "Bree Corp until April 29", "ORG"),
                                    at(doc, "Black Monday", "MISC")};
  ner::trim_names(doc, names);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& n : names) got.emplace_back(doc.span_text(n.start, n.end), n.type);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"Ana Dale", "PERSON"}, {"Bree Corp", "ORG"}, {"Black Monday", "MISC"}}));
}

}  // namespace
}  // namespace chronicle
