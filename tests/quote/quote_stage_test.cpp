// The quote stage on invented articles, through the pipeline: with the shipped
// tagger and parser, and with tokens only (stages "quote": lower recall, but
// the common patterns still work).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

std::unique_ptr<Pipeline> load(bool models) {
  PipelineOptions opts;
  if (models) {
    opts.stages = {Stage::kParse, Stage::kQuote};
  } else {
    opts.stages = {Stage::kQuote};
  }
  auto p = Pipeline::load(opts);
  if (!p.ok()) return nullptr;
  return std::move(*p);
}

struct Expect {
  std::string text;  // the quotation's words
  std::string kind;
  std::string speaker;
  int continues = -1;  // index among the expected quotations, -1 none, -2 not checked
};

Document annotate(const Pipeline& p, const std::string& text) {
  Document doc;
  doc.id = "invented";
  doc.text = text;
  EXPECT_TRUE(p.annotate(doc).ok());
  return doc;
}

std::string span(const Document& d, const Quote& q) { return std::string(d.span_text(q.start, q.end)); }

// Checks the non-reported quotations against `want`, in order.
void check(const Document& doc, const std::vector<Expect>& want, bool speakers = true) {
  std::vector<size_t> idx;
  for (size_t i = 0; i < doc.quotes.size(); ++i)
    if (doc.quotes[i].kind != "reported") idx.push_back(i);
  ASSERT_EQ(idx.size(), want.size());
  for (size_t k = 0; k < want.size(); ++k) {
    const Quote& q = doc.quotes[idx[k]];
    EXPECT_EQ(span(doc, q), want[k].text) << k;
    EXPECT_EQ(q.kind, want[k].kind) << want[k].text;
    if (speakers) {
      EXPECT_EQ(q.speaker_text, want[k].speaker) << want[k].text;
    }
    if (want[k].continues >= 0) {
      ASSERT_GE(q.continues, 0) << want[k].text;
      EXPECT_EQ(span(doc, doc.quotes[static_cast<size_t>(q.continues)]), want[static_cast<size_t>(want[k].continues)].text);
    } else if (speakers && want[k].continues == -1) {
      EXPECT_EQ(q.continues, -1) << want[k].text;
    }
  }
}

const char* kArticle =
    "Harbour talks stall\n\n"
    "Fisheries Minister Claire Dubois said the deal was \"close\" but not done.\n\n"
    "\"We are not there yet,\" Ms Dubois told reporters on Monday. \"There is more work to do.\"\n\n"
    "\"Nobody wants a quota war,\" said Omar Haddad, who leads the coastal towns group.\n\n"
    "He said the towns would wait. \"We have waited ten years. We can wait one more.\n\n"
    "\"But not two.\"\n\n"
    "The so-called \"blue corridor\" plan was dropped last year.\n\n"
    "The minister said: \"I am hopeful.\"\n";

TEST(QuoteStage, DirectPartialScareAndContinuedWithParse) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p, kArticle);
  check(doc, {{"close", "partial", "Claire Dubois"},
              {"We are not there yet,", "direct", "Ms Dubois"},
              {"There is more work to do.", "direct", "Ms Dubois", 1},
              {"Nobody wants a quota war,", "direct", "Omar Haddad"},
              {"We have waited ten years. We can wait one more.", "direct", "Omar Haddad", -2},
              {"But not two.", "direct", "Omar Haddad", 4},
              {"blue corridor", "scare", ""},
              {"I am hopeful.", "direct", "Ms Dubois"}});
}

TEST(QuoteStage, TokensOnlyStillFindsSpansAndNamedSpeakers) {
  auto p = load(false);
  ASSERT_TRUE(p);
  Document doc = annotate(*p, kArticle);
  ASSERT_TRUE(doc.tokens[0].upos.empty());
  std::vector<std::string> spans;
  for (const auto& q : doc.quotes)
    if (q.kind != "reported") spans.push_back(span(doc, q));
  EXPECT_EQ(spans, (std::vector<std::string>{"close", "We are not there yet,", "There is more work to do.",
                                             "Nobody wants a quota war,",
                                             "We have waited ten years. We can wait one more.", "But not two.",
                                             "blue corridor", "I am hopeful."}));
  for (const auto& q : doc.quotes) {
    if (span(doc, q) == "We are not there yet,") {
      EXPECT_EQ(q.speaker_text, "Ms Dubois");
    }
    if (span(doc, q) == "Nobody wants a quota war,") {
      EXPECT_EQ(q.speaker_text, "Omar Haddad");
    }
    if (span(doc, q) == "blue corridor") {
      EXPECT_EQ(q.kind, "scare");
    }
  }
}

TEST(QuoteStage, PronounsTitlesAndAccordingTo) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Senator Ruth Okafor met the board of the port. Mrs Okafor said the port would reopen.\n\n"
                          "\"It is a good day,\" she said.\n\n"
                          "The talks ended early, according to the port authority.\n");
  bool saw_pronoun = false, saw_according = false, saw_reported = false;
  for (const auto& q : doc.quotes) {
    if (q.kind == "direct") {
      saw_pronoun = true;
      EXPECT_EQ(q.speaker_text, "Mrs Okafor");
      EXPECT_EQ(q.cue, "said");
    }
    if (q.cue == "according to") {
      saw_according = true;
      EXPECT_EQ(q.kind, "reported");
      EXPECT_EQ(span(doc, q), "The talks ended early");
      EXPECT_EQ(q.speaker_text, "port authority");
    }
    if (q.kind == "reported" && q.cue == "said") {
      saw_reported = true;
      EXPECT_EQ(span(doc, q), "the port would reopen");
      EXPECT_EQ(q.speaker_text, "Mrs Okafor");
    }
  }
  EXPECT_TRUE(saw_pronoun);
  EXPECT_TRUE(saw_according);
  EXPECT_TRUE(saw_reported);
}

TEST(QuoteStage, QuotationInAPostIsItsAuthors) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "The mayor posted late at night.\n"
                          "Our answer to the port is \"not now\". See you all tomorrow.\n"
                          "\xE2\x80\x94 Lena Fisk (@LenaFiskMayor) March 3, 2025\n");
  ASSERT_EQ(doc.posts.size(), 1u);
  bool found = false;
  for (const auto& q : doc.quotes) {
    if (span(doc, q) != "not now") continue;
    found = true;
    EXPECT_EQ(q.speaker_text, "Lena Fisk");
  }
  EXPECT_TRUE(found);
}

TEST(QuoteStage, EntitiesGiveTheSpeakerId) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  // What the entity stage will write: run the pipeline, then add a PERSON
  // entity over the name and run again (the quote stage reads doc.entities).
  Document doc;
  doc.text = "Ivo Brandt spoke first.\n\n\"We will vote no,\" he said.\n";
  ASSERT_TRUE(p->annotate(doc).ok());
  Entity e;
  e.id = "E1";
  e.type = "PERSON";
  e.name = "Ivo Brandt";
  e.mentions.push_back({0, 10, "name", {0, 1}});
  doc.entities.push_back(e);
  ASSERT_TRUE(p->annotate(doc).ok());
  ASSERT_FALSE(doc.quotes.empty());
  const Quote* direct = nullptr;
  for (const auto& q : doc.quotes)
    if (q.kind == "direct") direct = &q;
  ASSERT_TRUE(direct);
  EXPECT_EQ(direct->speaker, "E1");
  EXPECT_EQ(direct->speaker_text, "Ivo Brandt");
}

// The speaker of the first non-reported quotation whose words are `words`.
std::string speaker_of(const Document& doc, const std::string& words, std::string* kind = nullptr) {
  for (const auto& q : doc.quotes) {
    if (q.kind == "reported" || span(doc, q) != words) continue;
    if (kind) *kind = q.kind;
    return q.speaker_text;
  }
  return "<no quotation \"" + words + "\">";
}

// Error classes seen on the dev split of the gold set, each on invented text.
TEST(QuoteStage, JobWordGoverningAnOrganisationIsTheSpeaker) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Gates shut\n\n"
                          "A spokeswoman for Elmford Harbour Board said: \"We are looking into it. \"The gates will "
                          "open soon.\"\n\n"
                          "A Port Office spokesman said the gates had been tested. He added \"that the new gates will "
                          "be safer than the old ones\".\n");
  EXPECT_EQ(speaker_of(doc, "We are looking into it."), "spokeswoman");
  EXPECT_EQ(speaker_of(doc, "The gates will open soon."), "spokeswoman");
  EXPECT_EQ(speaker_of(doc, "that the new gates will be safer than the old ones"), "Port Office spokesman");
}

TEST(QuoteStage, TokensOnlyJobWordGoverningAnOrganisation) {
  auto p = load(false);
  ASSERT_TRUE(p);
  // Without a parse only an organisation's name is governed by the job word.
  Document doc = annotate(*p,
                          "A spokeswoman for Elmford Harbour Board said: \"We are looking into it.\"\n\n"
                          "Shadow leader of the Council Ana Ruiz said: \"It is a shambles.\"\n");
  EXPECT_EQ(speaker_of(doc, "We are looking into it."), "spokeswoman");
  EXPECT_EQ(speaker_of(doc, "It is a shambles."), "Ana Ruiz");
}

TEST(QuoteStage, NamesAfterCapitalisedTitlesAndHonorificsTaggedAsNouns) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "The Lord Chancellor, Lord Brandt, agreed the plan was late but added that \"the harbour will "
                          "open in May\".\n\n"
                          "\"It is too soon,\" Lord Brandt said.\n\n"
                          "Lord Haddad agreed to withdraw his motion after the second reading. \"We cannot wait for "
                          "ever because it is hard,\" he told peers.\n\n"
                          "\"Growth will return,\" said Trade and Industry Minister Kenji Sato.\n");
  EXPECT_EQ(speaker_of(doc, "the harbour will open in May"), "Lord Brandt");
  EXPECT_EQ(speaker_of(doc, "We cannot wait for ever because it is hard,"), "Lord Haddad");
  EXPECT_EQ(speaker_of(doc, "Growth will return,"), "Kenji Sato");
}

TEST(QuoteStage, QuotedAsSayingAndDefiniteDescriptions) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "\"Our reforms have worked,\" the Elmford Gazette quoted Minister Ana Ruiz as saying.\n\n"
                          "Mr Omar Haddad, who owns the Elmford Gazette, said the port should reopen. \"It is a "
                          "scandal,\" the Gazette editor told local radio.\n\n"
                          "\"We will see,\" the prime minister said.\n");
  EXPECT_EQ(speaker_of(doc, "Our reforms have worked,"), "Ana Ruiz");
  EXPECT_EQ(speaker_of(doc, "It is a scandal,"), "Mr Omar Haddad");
  // An office that articles mention without naming stays the office.
  EXPECT_EQ(speaker_of(doc, "We will see,"), "prime minister");
}

TEST(QuoteStage, CapitalisedJobWordAloneIsATitle) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Bishop Ivo Brandt will lead the service. Mr Omar Haddad spoke first, saying the town was "
                          "tired.\n\n"
                          "On Sunday, the Bishop will ask the town to pray. \"Peace is possible,\" he will say.\n");
  EXPECT_EQ(speaker_of(doc, "Peace is possible,"), "Ivo Brandt");
}

TEST(QuoteStage, ParticiplesRelativeClausesAndAcl) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Ms Ruiz, who runs the harbour, had insisted it would not move, calling the plan a \"red "
                          "line\".\n\n"
                          "The vote came after a \"bitter session\" where some members argued against it, party "
                          "sources told the Gazette.\n\n"
                          "Bishop Ivo Brandt used a sermon to denounce the closure as a \"terrible\" mistake.\n\n"
                          "Lord Brandt said the bill was flawed. The changes proposed by Lord Fisk were a \"complex "
                          "undertaking\", he said.\n");
  EXPECT_EQ(speaker_of(doc, "red line"), "Ms Ruiz");
  EXPECT_EQ(speaker_of(doc, "bitter session"), "party sources");
  EXPECT_EQ(speaker_of(doc, "terrible"), "Ivo Brandt");
  EXPECT_EQ(speaker_of(doc, "complex undertaking"), "Lord Brandt");
}

TEST(QuoteStage, FragmentWithNoCueInAReportingParagraph) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Ms Ruiz said the port must stay open. Any new plan must \"protect and respect\" the fishing "
                          "towns. It is part of the \"blue harbour bill\".\n\n"
                          "The council met on Monday. The towns must \"protect and respect\" the coast.\n");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "protect and respect", &kind), "Ms Ruiz");
  EXPECT_EQ(kind, "partial");
  EXPECT_EQ(speaker_of(doc, "blue harbour bill", &kind), "");
  EXPECT_EQ(kind, "scare");
  // No one reported in the paragraph: still a scare quote.
  size_t scares = 0;
  for (const auto& q : doc.quotes) scares += q.kind == "scare" && span(doc, q) == "protect and respect";
  EXPECT_EQ(scares, 1u);
}

TEST(QuoteStage, QuotationAfterACueThatReportedNothing) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "\"We will build it,\" said Omar Haddad.\n\n"
                          "Harbour chief Ana Ruiz criticised the plan. \"There is no logic to it.\"\n\n"
                          "Ms Ruiz labelled the scheme \"a pile of nonsense\".\n");
  EXPECT_EQ(speaker_of(doc, "There is no logic to it."), "Ana Ruiz");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "a pile of nonsense", &kind), "Ms Ruiz");
  EXPECT_EQ(kind, "partial");
}

TEST(QuoteStage, ReportedSpeechAfterAParticipleCue) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "\"We will see what happens,\" Ms Ruiz said, adding that the harbour talks could run for "
                          "weeks but \"maybe not that long\".\n");
  std::vector<std::string> reported;
  for (const Quote& q : doc.quotes)
    if (q.kind == "reported") reported.push_back(span(doc, q));
  // The content is the participle's clause, not ", adding that ...".
  EXPECT_EQ(reported, (std::vector<std::string>{"the harbour talks could run for weeks but \"maybe not that long\""}));
}

TEST(QuoteStage, PassivesHeadlinesAndTitlePhrases) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Ms Ana Ruiz was quoted in the Elmford Gazette saying: \"We were misled.\"\n\n"
                          "The Gazette ran the story under the headline: \"Port of shame.\"\n\n"
                          "Labour MP Omar Haddad said the port was safe. \"I was wrong about the gates,\" said the "
                          "Elmford North MP.\n\n"
                          "Lord Fisk is alleged to have said the harbour gates should be \"welded shut for good\".\n");
  EXPECT_EQ(speaker_of(doc, "We were misled."), "Ms Ana Ruiz");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "Port of shame.", &kind), "");
  EXPECT_EQ(kind, "scare");
  EXPECT_EQ(speaker_of(doc, "I was wrong about the gates,"), "Omar Haddad");
  EXPECT_EQ(speaker_of(doc, "welded shut for good"), "Lord Fisk");
}

TEST(QuoteStage, AVerbOfThinkingGivesWayToTheSpeechCue) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Mr Omar Haddad met the board on Monday. He said at first he could only wonder if it was "
                          "a \"set-up\" of some kind.\n");
  EXPECT_EQ(speaker_of(doc, "set-up"), "Mr Omar Haddad");
}

TEST(QuoteStage, AgentsAfterTheQuotationTimePhrasesAndRelativePronouns) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "The tolls have been branded \"wholly reckless\" by the Liberal Democrats.\n\n"
                          "Mr Omar Haddad on Sunday said the port would be \"opened up\" soon.\n\n"
                          "It was put to Mr Haddad that he had earlier referred to the board as \"a nest of vipers\".\n\n"
                          "Mr Fisk, who said the \"harm is far deeper than anyone admits\", called for a law that "
                          "\"protects workers\". He added that dockers, \"have little hope of justice.\"\n\n"
                          "Elmford Council issued a statement saying the gates were \"perfectly safe\".\n\n"
                          "The report on the \"State of Elmford Harbour Fisheries 2004\" said catches fell.\n");
  EXPECT_EQ(speaker_of(doc, "wholly reckless"), "Liberal Democrats");
  EXPECT_EQ(speaker_of(doc, "opened up"), "Mr Omar Haddad");
  EXPECT_EQ(speaker_of(doc, "harm is far deeper than anyone admits"), "Mr Fisk");
  EXPECT_EQ(speaker_of(doc, "protects workers"), "Mr Fisk");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "have little hope of justice.", &kind), "Mr Fisk");
  EXPECT_EQ(kind, "partial");
  EXPECT_EQ(speaker_of(doc, "a nest of vipers"), "Mr Haddad");
  EXPECT_EQ(speaker_of(doc, "perfectly safe"), "Elmford Council");
  EXPECT_EQ(speaker_of(doc, "State of Elmford Harbour Fisheries 2004", &kind), "");
  EXPECT_EQ(kind, "scare");
}

TEST(QuoteStage, WithEntitiesTheNameTheAsidesHangOn) {
  PipelineOptions opts;  // every stage this build has: the entity stage reads the person
  auto loaded = Pipeline::load(opts);
  if (!loaded.ok()) GTEST_SKIP() << loaded.status().to_string();
  Document doc = annotate(**loaded,
                          "Rory Fenwick, editor of the Elmford Gazette, which ran the survey, said: \"The port is "
                          "dying.\"\n");
  bool person = false;
  for (const auto& e : doc.entities) person = person || (e.type == "PERSON" && e.name.find("Fenwick") != std::string::npos);
  if (!person) GTEST_SKIP() << "the entity stage did not read Rory Fenwick as a person";
  EXPECT_EQ(speaker_of(doc, "The port is dying."), "Rory Fenwick");
}

// Session 4, error classes of the retired test split, each on invented text.
const char* kCompanyArticle =
    "Fleet sale hits Morrow\n\n"
    "Shares in Morrow Holdings fell after the shipping group reported a loss.\n\n"
    "Morrow Holdings said it was making \"steady progress\" with the sale. The company said the new boats should "
    "\"lift earnings\". It expected 2006 to be a \"quiet year\".\n\n"
    "Elmford Council answered the towns on Friday. The coastal towns have said they want more boats. It added that "
    "any levy \"must not hurt the fleet\".\n";

TEST(QuoteStage, TheCompanyAndItNameTheOrganisationAgain) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p, kCompanyArticle);
  EXPECT_EQ(speaker_of(doc, "steady progress"), "Morrow Holdings");
  EXPECT_EQ(speaker_of(doc, "lift earnings"), "Morrow Holdings");  // "The company said"
  EXPECT_EQ(speaker_of(doc, "quiet year"), "Morrow Holdings");     // "It expected", after "the company"
  // "It" is never the plural "coastal towns", though they spoke last.
  EXPECT_EQ(speaker_of(doc, "must not hurt the fleet"), "Elmford Council");
}

TEST(QuoteStage, BlamingIsACueAndAPossessorIsNoSubject) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Elmford Holdings blamed \"rough seas\" for the loss.\n\n"
                          "Omar Haddad runs the port. He sells fish. The Harbour Board's biggest fish company "
                          "blamed \"poor ice\" for the rest.\n");
  EXPECT_EQ(speaker_of(doc, "rough seas"), "Elmford Holdings");
  // Not "Harbour Board": the possessor was never the subject "the company" could name again.
  EXPECT_EQ(speaker_of(doc, "poor ice"), "biggest fish company");
}

TEST(QuoteStage, ThePersonInsideALongSubjectPhrase) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour results\n\n"
                          "Shipping analyst Lena Fisk of Morrow Capital described the results as \"rather weak\". "
                          "Harbour analyst Piet Van den Berg of Elmford Partners called them \"quite modest\".\n\n"
                          "Fish prices should see \"the end of the rotten deal he so rashly signed\", Rabbi Ivo Brandt, "
                          "founder of the coastal rights group the Elmford Fishers Centre said.\n\n"
                          "\"We see half the boats at risk,\" said harbour chief executive Omar Haddad. \"It looks "
                          "pretty bleak,\" said Danish dockers union official Per Nilsen. \"What will we land here?\"\n\n"
                          "\"We are reading the ruling,\" Karl Moser, a Morrow spokesman told the BBC. \"We will appeal.\"\n\n"
                          "A harbour watchdog report on the ten largest ports says there is \"little evidence\" of "
                          "change. It says the ports must \"try harder\".\n");
  EXPECT_EQ(speaker_of(doc, "rather weak"), "Lena Fisk");  // a name "of" a company
  EXPECT_EQ(speaker_of(doc, "quite modest"), "Piet Van den Berg");  // particles inside a name
  // An appositive job phrase with its closing comma missing.
  EXPECT_EQ(speaker_of(doc, "the end of the rotten deal he so rashly signed"), "Ivo Brandt");
  EXPECT_EQ(speaker_of(doc, "We are reading the ruling,"), "Karl Moser");
  EXPECT_EQ(speaker_of(doc, "We will appeal."), "Karl Moser");
  // An inverted subject opening with adjectives.
  EXPECT_EQ(speaker_of(doc, "It looks pretty bleak,"), "Per Nilsen");
  EXPECT_EQ(speaker_of(doc, "What will we land here?"), "Per Nilsen");
  // The subject, not the noun that ends its prepositional phrase; "it" is the report.
  EXPECT_EQ(speaker_of(doc, "little evidence"), "harbour watchdog report");
  EXPECT_EQ(speaker_of(doc, "try harder"), "harbour watchdog report");
}

TEST(QuoteStage, AnOfficeNamedByTheNextSpeaker) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Quota rules to go\n\n"
                          "The \"myth that old boats are unsafe\" must be \"buried\", the fisheries minister has said.\n\n"
                          "This was why the quota rules would go, Ana Ruiz said. She told the harbour board the rules "
                          "were \"out of date\".\n\n"
                          "Tory MP Omar Haddad disagreed. Later the prime minister said: \"We will wait.\" Mr Haddad "
                          "said the plan was \"a mess\".\n");
  EXPECT_EQ(speaker_of(doc, "myth that old boats are unsafe"), "Ana Ruiz");
  EXPECT_EQ(speaker_of(doc, "buried"), "Ana Ruiz");
  EXPECT_EQ(speaker_of(doc, "out of date"), "Ana Ruiz");
  // The next speaker holds another office: the prime minister stays unnamed.
  EXPECT_EQ(speaker_of(doc, "We will wait."), "prime minister");
  EXPECT_EQ(speaker_of(doc, "a mess"), "Mr Haddad");
}

TEST(QuoteStage, GoingOnAndAccordingToSomeonesAdvisers) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour row\n\n"
                          "Port leader Ana Ruiz said the board had \"lost its way\". Omar Haddad answered her at length. "
                          "The port leader went on: \"He does not stop there. He blames the weather.\" "
                          "\"He blames the tides too.\"\n\n"
                          "He was told that according to the board's lawyers the plan was \"not in fact a closure\".\n");
  EXPECT_EQ(speaker_of(doc, "He does not stop there. He blames the weather."), "Ana Ruiz");
  EXPECT_EQ(speaker_of(doc, "He blames the tides too."), "Ana Ruiz");
  EXPECT_EQ(speaker_of(doc, "not in fact a closure"), "lawyers");
}

TEST(QuoteStage, AFragmentOpeningTheNextParagraphGoesOnReportingTheSpeaker) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Quotas to end\n\n"
                          "Speaking in Elmford, Ms Ruiz said: \"The old quotas are a relic.\"\n\n"
                          "The ministry wanted to move to a system where quotas were \"quietly left behind\". The boats "
                          "will sail.\n\n"
                          "Omar Haddad said: \"We are ready.\"\n\n"
                          "The \"blue corridor\" plan was dropped.\n");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "quietly left behind", &kind), "Ms Ruiz");
  EXPECT_EQ(kind, "partial");
  EXPECT_EQ(speaker_of(doc, "blue corridor", &kind), "");  // a term stays a scare quote
  EXPECT_EQ(kind, "scare");
}

TEST(QuoteStage, QuotingSomeoneAndApologising) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Port money row\n\n"
                          "The Elmford Post says the board has run out of cash. \"The board is worried about where "
                          "its money went.\" the paper quoted a source close to the port.\n\n"
                          "Omar Haddad apologised last week for causing a \"needless row\" in the town.\n");
  EXPECT_EQ(speaker_of(doc, "The board is worried about where its money went."), "source");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "needless row", &kind), "Omar Haddad");
  EXPECT_EQ(kind, "partial");
}

TEST(QuoteStage, FragmentBelongsToTheCueWhoseClauseHoldsIt) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour talks\n\n"
                          "A port spokesman later said Mr Haddad had met Ms Ruiz, who he described as a keen sailor, "
                          "and that he was \"ready to sail to Elmford at any hour\".\n\n"
                          "The dockers lodged an appeal arguing that the rules in cases alleging unfair pay should "
                          "\"be thrown out at once\".\n");
  EXPECT_EQ(speaker_of(doc, "ready to sail to Elmford at any hour"), "port spokesman");
  EXPECT_EQ(speaker_of(doc, "be thrown out at once"), "dockers");
}

TEST(QuoteStage, AnOfficeNoOneWasNamedWithTakesTheEntityStagesHolder) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc;
  doc.text =
      "Later the prime minister said the deal was \"a fair one for workers\".\n\n"
      "The talks were long. Unions left at dusk.\n\n"
      "Prime Minister Ana Ruiz will visit Elmford next week.\n";
  ASSERT_TRUE(p->annotate(doc).ok());
  EXPECT_EQ(speaker_of(doc, "a fair one for workers"), "prime minister");  // no entity stage: left as written
  // What the entity stage writes: the description "the prime minister" is a mention of Ana Ruiz.
  const uint32_t office = static_cast<uint32_t>(doc.text.find("the prime minister"));
  const uint32_t name = static_cast<uint32_t>(doc.text.find("Ana Ruiz"));
  Entity e;
  e.id = "E1";
  e.type = "PERSON";
  e.name = "Ana Ruiz";
  e.mentions.push_back({office, office + 18, "description", {}});
  e.mentions.push_back({name, name + 8, "name", {}});
  doc.entities.push_back(e);
  ASSERT_TRUE(p->annotate(doc).ok());
  EXPECT_EQ(speaker_of(doc, "a fair one for workers"), "Ana Ruiz");
}

TEST(QuoteStage, AnAccordingToAsideIsNotTheNextHe) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Port delays\n\n"
                          "The harbour works are late again, said our correspondent Tom Price.\n\n"
                          "Lord Vale, the harbour minister, said he was \"still unhappy with the delays\". The new "
                          "figures, according to our correspondent, show little change. Fixing the port \"was like "
                          "turning a tanker around\", he said.\n");
  EXPECT_EQ(speaker_of(doc, "was like turning a tanker around"), "Lord Vale");
}

TEST(QuoteStage, OneSaidToBeSomethingIsTheOneQuoted) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour theft\n\n"
                          "Thieves took two boats from Elmford harbour on Sunday. The harbour guards were said to be "
                          "\"deeply embarrassed\" by the loss. The new pier is expected to be \"a fine sight\".\n");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "deeply embarrassed", &kind), "harbour guards");
  EXPECT_EQ(kind, "partial");
  EXPECT_EQ(speaker_of(doc, "a fine sight"), "");  // expected: no one said it
}

TEST(QuoteStage, ASentenceOpeningWithAndGoesOnWithTheReport) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Port talks\n\n"
                          "Ms Ruiz said the board had shown a \"lack of patience\" with the dockers. And \"long "
                          "talks\" were planned for the spring. The \"blue corridor\" opens in May.\n");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "long talks", &kind), "Ms Ruiz");
  EXPECT_EQ(kind, "partial");
  EXPECT_EQ(speaker_of(doc, "blue corridor", &kind), "");  // a term after the report is nobody's
  EXPECT_EQ(kind, "scare");
}

// Session 5: error classes of the retired batch-5 split, each on invented text.
TEST(QuoteStage, AnOfficeIsNotItsShadowOrDeputy) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc;
  doc.text =
      "Budget row\n\n"
      "Omar Haddad has set out his plans for the harbour. The chancellor said the plan offered "
      "\"a clear choice\" to the town.\n\n"
      "He said the savings sought by shadow chancellor Oliver Hale would \"deeply hurt\" the docks. Later the "
      "chancellor said growth was \"steady and strong\".\n";
  ASSERT_TRUE(p->annotate(doc).ok());
  EXPECT_EQ(speaker_of(doc, "a clear choice"), "Omar Haddad");
  EXPECT_EQ(speaker_of(doc, "deeply hurt"), "Omar Haddad");
  EXPECT_EQ(speaker_of(doc, "steady and strong"), "Omar Haddad");  // not the shadow chancellor
  // What the entity stage may write: "The chancellor" linked to the shadow chancellor.
  const uint32_t office = static_cast<uint32_t>(doc.text.find("The chancellor"));
  const uint32_t name = static_cast<uint32_t>(doc.text.find("Oliver Hale"));
  Entity e;
  e.id = "E1";
  e.type = "PERSON";
  e.name = "Oliver Hale";
  e.mentions.push_back({office, office + 14, "description", {}});
  e.mentions.push_back({name, name + 11, "name", {}});
  doc.entities.push_back(e);
  ASSERT_TRUE(p->annotate(doc).ok());
  EXPECT_EQ(speaker_of(doc, "a clear choice"), "Omar Haddad");
}

TEST(QuoteStage, AParticipleAdjunctSpeaksWithItsVerbsSubject) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour vote\n\n"
                          "Omar Haddad has issued a warning to the town, telling voters that the docks face \"a grim "
                          "winter\" without help.\n\n"
                          "On Monday, Ms Ruiz caused a stir by calling the harbour board \"a sleepy club\" at a "
                          "meeting in Elmford.\n");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "a grim winter", &kind), "Omar Haddad");
  EXPECT_EQ(kind, "partial");
  EXPECT_EQ(speaker_of(doc, "a sleepy club", &kind), "Ms Ruiz");
  EXPECT_EQ(kind, "partial");
}

TEST(QuoteStage, AParticipleOnAClauseWhoseSubjectCannotSpeak) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  // The parser hangs the participle on the reported clause: that is no main
  // verb's adjunct, and the older rules decide (the seller adds; Mr Haddad tells;
  // Ms Ruiz, who denies, tells the Gazette).
  Document doc = annotate(*p,
                          "Elmford Bank beat forecasts in March.\n\n"
                          "The freight and data seller said trading had started strongly, adding that profits would "
                          "show \"steady growth\" in May.\n\n"
                          "Ms Ruiz has said that Mr Haddad ordered the cuts, telling the board to \"cut deep\".\n\n"
                          "Ms Ruiz denied the dockers had pushed her into it, telling the Gazette \"the town needed "
                          "this anyway\".\n");
  EXPECT_EQ(speaker_of(doc, "steady growth"), "Elmford Bank");
  EXPECT_EQ(speaker_of(doc, "cut deep"), "Mr Haddad");
  EXPECT_EQ(speaker_of(doc, "the town needed this anyway"), "Ms Ruiz");
}

TEST(QuoteStage, ContinuedParagraphsKeepTheirSpeakerSalient) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  // Six sentences of his quotation later, "the mayor" (no one named with it yet)
  // is still the one talking.
  Document doc = annotate(*p,
                          "Harbour plan\n\n"
                          "Omar Haddad spoke in Elmford. On the port, he said: \"We will never go back. \"The "
                          "harbour will be open to all.\n\n"
                          "\"This is where the town splits. We will build. We will hire. We will grow.\"\n\n"
                          "On jobs, the mayor promised \"a fair deal for the young\".\n");
  EXPECT_EQ(speaker_of(doc, "a fair deal for the young"), "Omar Haddad");
}

TEST(QuoteStage, ABusinessDescribedAgainIsTheLatestNamedCompany) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc;
  doc.text =
      "Port shares fall\n\n"
      "Freight volumes at shipping group Elmford Lines dropped sharply in March, the group said. It blamed "
      "\"weak demand\".\n";
  ASSERT_TRUE(p->annotate(doc).ok());
  EXPECT_EQ(speaker_of(doc, "weak demand"), "group");  // no entity stage: left as written
  // What the entity stage writes: Elmford Lines is an organisation.
  const uint32_t name = static_cast<uint32_t>(doc.text.find("Elmford Lines"));
  Entity e;
  e.id = "E1";
  e.type = "ORG";
  e.name = "Elmford Lines";
  e.mentions.push_back({name, name + 13, "name", {}});
  doc.entities.push_back(e);
  ASSERT_TRUE(p->annotate(doc).ok());
  EXPECT_EQ(speaker_of(doc, "weak demand"), "Elmford Lines");
}

TEST(QuoteStage, AVerbInsideACapitalisedNameIsNoCue) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour vote\n\n"
                          "Ana Fisk, spokeswoman for Elmford Says No, said the other side's attacks had pulled the "
                          "debate \"into the mud\" and proved they were \"nervous\".\n");
  EXPECT_EQ(speaker_of(doc, "into the mud"), "Ana Fisk");
  EXPECT_EQ(speaker_of(doc, "nervous"), "Ana Fisk");
}

TEST(QuoteStage, AParticipleOnANounWithAByAgentIsPassive) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour climbdown\n\n"
                          "Ana Ruiz dropped her plan to shut 12 docks on Friday after a vote branded \"a shameful "
                          "retreat\" by the dockers.\n");
  EXPECT_EQ(speaker_of(doc, "a shameful retreat"), "dockers");
}

TEST(QuoteStage, TheParsesSubjectAfterAFrontedPhraseIsTheNextHe) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour trial\n\n"
                          "Mr Omar Haddad has already admitted the fraud and is helping the court.\n\n"
                          "On Monday, defence lawyer Mr Karl Vine tried to cast doubt on the clerk's account. Later, "
                          "he asked Mr Haddad whether the harbour master had ever \"signed a cheque himself\".\n");
  EXPECT_EQ(speaker_of(doc, "signed a cheque himself"), "Mr Karl Vine");
}

TEST(QuoteStage, ASaidAsideWithANameAfterItIsInverted) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  for (bool models : {true, false}) {
    auto q = load(models);
    ASSERT_TRUE(q);
    Document doc = annotate(*q,
                            "Harbour fees\n\n"
                            "But dockers said the rise was only a pause. The board's new forecast, said Lena Fisk "
                            "of Morrow Capital, was \"far from enough to calm traders\".\n\n"
                            "However, Mr Karl Vine, who lost his seat last year, said Ms Ruiz \"ought to stay away "
                            "from\" the talks.\n");
    EXPECT_EQ(speaker_of(doc, "far from enough to calm traders"), "Lena Fisk") << models;
    // Not an aside: the name opens what was said.
    EXPECT_EQ(speaker_of(doc, "ought to stay away from"), "Mr Karl Vine") << models;
  }
}

TEST(QuoteStage, AnAdverbBetweenSubjectAndCueIsSkipped) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  // The fragment is the board's pledge, relayed by Ms Ruiz.
  Document doc = annotate(*p,
                          "Harbour money\n\n"
                          "Harbour Minister Ana Ruiz told the Gazette the docks needed \"a clear plan\". She added the "
                          "board had originally promised \"a new crane for every dock\" by May.\n");
  EXPECT_EQ(speaker_of(doc, "a new crane for every dock"), "board");
}

TEST(QuoteStage, SomeOfWhomDubbedAndANicknameGiven) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour pact\n\n"
                          "Ivo Brandt signed the pact in May. He was booed by crowds of dockers, some of whom "
                          "dubbed him \"Lord of the Quay\".\n\n"
                          "The old harbour master, dubbed \"the Fox\" in his younger days, met Ms Ruiz on Monday.\n");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "Lord of the Quay", &kind), "dockers");
  EXPECT_EQ(kind, "partial");
  EXPECT_EQ(speaker_of(doc, "the Fox", &kind), "");  // a nickname, nobody's words
  EXPECT_EQ(kind, "scare");
}

TEST(QuoteStage, ALedeDescriptionIsNamedInTheNextSentence) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour plan attacked\n\n"
                          "A senior Green MP has attacked the harbour board's \"careless\" handling of the floods. "
                          "Transport committee chairwoman Ana Ruiz spoke after reading a report on the docks.\n\n"
                          "A spokesman for the board said the report was \"out of date\".\n");
  EXPECT_EQ(speaker_of(doc, "careless"), "Ana Ruiz");
  EXPECT_EQ(speaker_of(doc, "out of date"), "spokesman");  // not in the lede
}

TEST(QuoteStage, AFragmentInARelativeAsideIsNotTheLaterCues) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour vote\n\n"
                          "But Mr Haddad - who became known as one of the \"quay rebels\" and now leads a protest "
                          "group - said he would fight on.\n\n"
                          "Ms Ruiz, who called the plan \"a folly\", said she would vote no.\n");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "quay rebels", &kind), "");
  EXPECT_EQ(kind, "scare");
  EXPECT_EQ(speaker_of(doc, "a folly", &kind), "Ms Ruiz");  // the aside's own cue
  EXPECT_EQ(kind, "partial");
}

TEST(QuoteStage, TheSecondHalfOfASplitQuotationIsDirect) {
  for (bool models : {true, false}) {
    auto p = load(models);
    if (!p) GTEST_SKIP() << "tagger/parser models not built";
    Document doc = annotate(*p,
                            "Harbour fees\n\n"
                            "\"The offer from Mr Haddad is a good start,\" said Ana Ruiz, \"but the cranes have to "
                            "arrive first.\"\n");
    std::string kind;
    EXPECT_EQ(speaker_of(doc, "but the cranes have to arrive first.", &kind), "Ana Ruiz") << models;
    EXPECT_EQ(kind, "direct") << models;
  }
}

TEST(QuoteStage, WordsInMarksNamingAPolicyAreAScareQuote) {
  auto p = load(true);
  if (!p) GTEST_SKIP() << "tagger/parser models not built";
  Document doc = annotate(*p,
                          "Harbour fees\n\n"
                          "While the port board backs its \"open harbour\" policy in public, it has quietly signalled "
                          "that it would accept higher fees.\n\n"
                          "Ms Ruiz called it a \"reckless\" plan.\n");
  std::string kind;
  EXPECT_EQ(speaker_of(doc, "open harbour", &kind), "");
  EXPECT_EQ(kind, "scare");
  EXPECT_EQ(speaker_of(doc, "reckless", &kind), "Ms Ruiz");  // a judgement, not a name
  EXPECT_EQ(kind, "partial");
}

TEST(QuoteStage, BadInputGivesNoQuotesAndNoCrash) {
  auto p = load(false);
  ASSERT_TRUE(p);
  for (const std::string& t : {std::string(""), std::string("\""), std::string("\"\"\"\"\""), std::string("\xE2\x80\x9C"),
                              std::string(3000, '"'), std::string("said said said \" said")}) {
    Document doc = annotate(*p, t);
    for (const auto& q : doc.quotes) {
      EXPECT_LE(q.start, q.end);
      EXPECT_LE(q.end, doc.text.size());
    }
  }
}

}  // namespace
}  // namespace chronicle
