// Constructions that test11 (session 10's held-out event set, a dev set
// since round 2) and the corpus output found coded wrongly, through the
// whole pipeline with the shipped models and dictionaries, on invented
// sentences (docs/events.md).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

class Test11Events : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.stages = {Stage::kEvent};
    auto pipeline = Pipeline::load(options);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().to_string();
    pipeline_ = std::move(*pipeline).release();
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
  }

  // Annotates `text` read as of 2005-01-01.
  static Document annotate(const std::string& text) {
    Document doc;
    doc.id = "audit";
    doc.text = text;
    doc.meta.date = "2005-01-01";
    doc.meta.date_source = "cli";
    // A pipeline that failed to load fails every test here, not just the first.
    if (pipeline_ == nullptr) {
      ADD_FAILURE() << "the pipeline did not load";
      return doc;
    }
    EXPECT_TRUE(pipeline_->annotate(doc).ok());
    return doc;
  }

  static std::string name(const Document& doc, const std::string& id) {
    for (const Entity& e : doc.entities)
      if (e.id == id) return e.name;
    return "?";
  }

  // One line an event: "010 Smith -> The Times asserted".
  static std::string listing(const Document& doc) {
    std::string out;
    for (const Event& v : doc.events)
      out += v.cameo + " " + name(doc, v.source.entity) + " -> " + name(doc, v.target.entity) + " " + v.mood + "\n";
    return out;
  }

  // How many events of `doc` have code `code` and a source named `source`.
  static int count(const Document& doc, const std::string& code, const std::string& source) {
    int n = 0;
    for (const Event& v : doc.events) n += v.cameo == code && name(doc, v.source.entity) == source;
    return n;
  }

  // How many events of `doc` the sentence reports as done.
  static int asserted(const Document& doc) {
    int n = 0;
    for (const Event& v : doc.events) n += v.mood == "asserted";
    return n;
  }

  static Pipeline* pipeline_;
};

Pipeline* Test11Events::pipeline_ = nullptr;

// How many events of `doc` have a target named `target`.
int targets(const Document& doc, const std::string& target) {
  int n = 0;
  for (const Event& v : doc.events) {
    for (const Entity& e : doc.entities) n += e.id == v.target.entity && e.name == target;
  }
  return n;
}

// A person named in a role noun's phrase is the party, not the body the
// role is of: "the Downing Street adviser Mark Tallow" is Tallow.
TEST_F(Test11Events, APersonNamedByARoleNounIsTheParty) {
  for (const char* text : {"The Tories praised their Downing Street adviser Mark Tallow.",
                           "France has met the Downing Street adviser Mark Tallow."}) {
    const Document doc = annotate(text);
    EXPECT_EQ(targets(doc, "Mark Tallow"), 1) << text << "\n" << listing(doc);
    EXPECT_EQ(targets(doc, "Downing Street"), 0) << text << "\n" << listing(doc);
  }
}

// A name with its own possessive "'s" is the owner of the person after it,
// however the parser hung them: the visit is the head of state's, once.
TEST_F(Test11Events, ANameWithAPossessiveIsNotTheParty) {
  const Document president = annotate("France's President Jacques Chirac began a visit to Moscow on Monday.");
  EXPECT_EQ(count(president, "042", "Jacques Chirac"), 1) << listing(president);
  EXPECT_EQ(count(president, "042", "France"), 0) << listing(president);
  const Document king = annotate("Spain's King Juan Carlos began a tour of Mexico on Friday.");
  EXPECT_EQ(count(king, "042", "King Juan Carlos"), 1) << listing(king);
  EXPECT_EQ(count(king, "042", "Spain"), 0) << listing(king);
}

// A lower-case part after a word's hyphen is a common word's, even when its
// letters spell an acronym the dictionaries list ("ons" of "add-ons" and the
// statistics office ONS): it names no target; the acronym itself still does.
TEST_F(Test11Events, ALowerCaseWordPartNamesNoActor) {
  const Document part = annotate("Microsoft praised the new add-ons.");
  EXPECT_TRUE(part.events.empty()) << listing(part);
  const Document office = annotate("Microsoft praised the ONS.");
  EXPECT_EQ(count(office, "051", "Microsoft"), 1) << listing(office);
}

// A fight against one's extradition is fought in court: no force (CAMEO's
// DESTROY block, 190) on the state that asks; a fight against a country
// still is.
TEST_F(Test11Events, AFightAgainstExtraditionIsNoForce) {
  const Document legal = annotate("Mark Tallow, a Freedonian, keeps fighting his extradition to the US.");
  EXPECT_TRUE(legal.events.empty()) << listing(legal);
  const Document war = annotate("France is fighting against Germany.");
  EXPECT_EQ(count(war, "190", "France"), 1) << listing(war);
}

}  // namespace
}  // namespace chronicle
