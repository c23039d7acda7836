// The PETRARCH2 validation suite (dev half, ../shared; skipped when absent)
// through the whole pipeline with the file's own dictionaries, and the
// committed BBC events gold set against the corpus. The floors sit below the
// figures BENCHMARKS.md reports so that a regression fails, not a rounding.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "chronicle/pipeline.h"
#include "eval/event_eval.h"
#include "eval/event_gold.h"
#include "eval/reuters_articles.h"

namespace chronicle::eval {
namespace {

const std::string kValidation = std::string(CHRONICLE_SHARED_DIR) +
                                "/corpora/cameo/petrarch2-validation-dev/PETR.UnitTest.dev.xml";

TEST(EventValidationShared, DevSuitePassRateDoesNotRegress) {
  if (!std::filesystem::exists(kValidation)) GTEST_SKIP() << kValidation << " not found (../shared absent)";
  auto v = read_petrarch_validation(kValidation);
  ASSERT_TRUE(v.ok()) << v.status().to_string();
  PipelineOptions po;
  po.no_default_dictionaries = true;
  po.petrarch_conventions = true;
  po.actor_files = {v->actors};
  po.agent_files = {v->agents};
  po.verb_files = {v->verbs};
  po.discard_files = {v->discards};
  auto pipeline = Pipeline::load(po);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().to_string();
  if (!(*pipeline)->runs(Stage::kEvent)) GTEST_SKIP() << "no parser model: the event stage cannot run";
  EventScores scores;
  for (const EventRecord& r : v->records) {
    Document doc;
    doc.id = r.id;
    doc.text = r.text;
    doc.meta.date = r.date;
    ASSERT_TRUE((*pipeline)->annotate(doc).ok()) << r.id;
    std::vector<EventTriple> got;
    for (const Event& e : doc.events)
      if (!e.source.actor.empty() && !e.target.actor.empty()) got.push_back({e.source.actor, e.target.actor, e.cameo});
    // The multi-code actors [FRO/BIL/SAM] and [ELR/GAL]: an event per pair of codes.
    if (r.id == "COMPOUND-10") {
      EXPECT_EQ(got.size(), 6u) << r.id;
    }
    score_event_record(r, got, scores);
  }
  EXPECT_EQ(scores.records, 142u);
  // Session 6 passes 119 of 142 (83.8 %; main had 113): DEMO-02 is back (a place NER tags ORG
  // hosts a visit by its dictionary code), and TABARI's lettered codes, '%' patterns, verb
  // adjacency ('RECENTLY_*'), split hyphenated names and 'WIRE_+TAP' forms pass five more.
  // The dictionaries' special codes (rules/special_codes.h) add COMPOUND-10: 120 (84.5 %).
  // Session 9: a statement's object is no addressee unless its verb addresses it, so
  // PATTERN-24's "after leaving Eriador" (LEAVE [012]) codes nothing: 121 (85.2 %).
  // Session 10: an auxiliary participle is been, being, having, getting, got or gotten only,
  // so VERB-05a's "Ethiopia broken down a treaty" is a verb with its particle: 122 (85.9 %).
  // Session 14, under PETRARCH's conventions (PipelineOptions::petrarch_conventions): its
  // anonymous agent ("and government": ---GOV), COMPOUND-26; its target anywhere in the verb
  // phrase when there is none of the usual kinds ("rescheduled his trip hunting in [a place]",
  // "question whether he has a future with [group]"): DATE-03, DATE-07, DATE-11, PATTERN-14.
  // A noun phrase of two actors is its first (COMPOUND-14: "the evil Arnor awful Gondor").
  // 128 (90.1 %). The records are coded from their Text (issue 8), never their <Parse>.
  // The floor sits just below.
  EXPECT_GE(static_cast<double>(scores.passed) / static_cast<double>(scores.records), 0.9) << format_event_scores(scores);
  EXPECT_GE(static_cast<double>(scores.true_pos) / static_cast<double>(scores.true_pos + scores.false_pos), 0.95)
      << format_event_scores(scores);
}

TEST(EventGoldShared, BbcGoldSetIsWellFormedAgainstTheCorpus) {
  auto gold = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/bbc-events.tsv");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  if (!std::filesystem::exists(gold->root)) GTEST_SKIP() << gold->root << " not found (../shared absent)";
  EXPECT_EQ(gold->sentences.size(), 100u);
  size_t events = 0;
  for (const GoldEventSentence& s : gold->sentences) {
    EXPECT_TRUE(s.doc.starts_with("politics/")) << s.doc;
    std::ifstream in(gold->root + "/" + s.doc, std::ios::binary);
    ASSERT_TRUE(in) << s.doc;
    std::stringstream buf;
    buf << in.rdbuf();
    std::u32string cp;  // code points of the article
    const std::string bytes = buf.str();
    for (size_t i = 0; i < bytes.size(); ++i)
      if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) cp.push_back(static_cast<unsigned char>(bytes[i]));
    ASSERT_LE(s.end, cp.size()) << s.doc;
    EXPECT_NE(cp[s.start], U' ') << s.doc << " " << s.start;
    for (const GoldEvent& g : s.events) {
      ++events;
      EXPECT_NE(cp[g.source_start], U' ') << s.doc << " " << g.source_start;
      EXPECT_NE(cp[g.target_start], U' ') << s.doc << " " << g.target_start;
      EXPECT_FALSE(g.source_start == g.target_start) << s.doc << " " << g.source_start;
    }
  }
  EXPECT_GE(events, 40u);
}

// A gold sentence lies inside its article and its parties inside the
// sentence; adds its events to `events`.
void expect_spans_inside(const std::string& root, const GoldEventSentence& s, size_t& events) {
  std::ifstream in(root + "/" + s.doc, std::ios::binary);
  ASSERT_TRUE(in) << s.doc;
  std::stringstream buf;
  buf << in.rdbuf();
  size_t code_points = 0;
  for (const char c : buf.str()) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  EXPECT_LE(s.end, code_points) << s.doc;
  for (const GoldEvent& g : s.events) {
    ++events;
    EXPECT_TRUE(s.start <= g.source_start && g.source_end <= s.end) << s.doc << " " << g.source_start;
    EXPECT_TRUE(s.start <= g.target_start && g.target_end <= s.end) << s.doc << " " << g.target_start;
  }
}

// The test7 set (held out in session 9, a dev set since round 2;
// eval/events/GUIDELINES.md): its spans lie in their articles, and none of
// its articles is read by an earlier set.
TEST(EventGoldShared, Test7IsWellFormedAndFresh) {
  const std::string dir = std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/";
  auto gold = read_event_gold(dir + "bbc-events-test7.tsv");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  if (!std::filesystem::exists(gold->root)) GTEST_SKIP() << gold->root << " not found (../shared absent)";
  std::set<std::string> earlier;
  for (const char* name : {"bbc-events.tsv", "bbc-events-dev2.tsv", "bbc-events-test5.tsv", "bbc-events-test6.tsv"}) {
    auto other = read_event_gold(dir + name);
    ASSERT_TRUE(other.ok()) << other.status().to_string();
    for (const GoldEventSentence& s : other->sentences) earlier.insert(s.doc);
  }
  EXPECT_EQ(gold->sentences.size(), 102u);
  size_t events = 0;
  for (const GoldEventSentence& s : gold->sentences) {
    EXPECT_EQ(earlier.count(s.doc), 0u) << s.doc;
    expect_spans_inside(gold->root, s, events);
  }
  EXPECT_GE(events, 25u);
}

// A business and tech set made fresh for a held-out measure
// (eval/events/GUIDELINES.md): business and tech articles whose spans lie in
// their sentences, none of them an article any other gold set of eval/ names
// (events, actors, places, quotes), except `twins`: sets annotated at the same
// time, each held out and blind to the other's system output, which may share
// articles. Only the files are read: chronicle does not run here.
void expect_fresh_business_set(const std::string& name, size_t sentences, size_t min_events,
                               const std::set<std::string>& twins = {},
                               const std::vector<std::string>& folders = {"business/", "tech/"}) {
  const std::string eval_dir = std::string(CHRONICLE_SOURCE_DIR) + "/eval/";
  auto gold = read_event_gold(eval_dir + "events/" + name);
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  if (!std::filesystem::exists(gold->root)) GTEST_SKIP() << gold->root << " not found (../shared absent)";
  std::set<std::string> elsewhere;  // the doc column of every other gold file
  for (const auto& dir : std::filesystem::directory_iterator(eval_dir)) {
    if (!dir.is_directory()) continue;
    for (const auto& f : std::filesystem::directory_iterator(dir.path())) {
      if (f.path().extension() != ".tsv" || f.path().filename() == name) continue;
      if (twins.count(f.path().filename().string())) continue;
      std::ifstream in(f.path());
      for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') elsewhere.insert(line.substr(0, line.find('\t')));
    }
  }
  EXPECT_GT(elsewhere.size(), 400u);  // the other sets were read
  EXPECT_EQ(gold->sentences.size(), sentences);
  size_t events = 0;
  for (const GoldEventSentence& s : gold->sentences) {
    EXPECT_EQ(elsewhere.count(s.doc), 0u) << s.doc;
    EXPECT_TRUE(std::any_of(folders.begin(), folders.end(), [&](const std::string& f) { return s.doc.starts_with(f); }))
        << s.doc;
    expect_spans_inside(gold->root, s, events);
  }
  EXPECT_GE(events, min_events);
}

// test8 (held out in session 9 round 2, a dev set since round 3).
TEST(EventGoldShared, Test8IsWellFormedAndFresh) { expect_fresh_business_set("bbc-events-test8.tsv", 87, 25); }

// test9 (held out in session 9 round 3, a dev set since round 4): one
// sentence from each of 72 articles.
TEST(EventGoldShared, Test9IsWellFormedAndFresh) { expect_fresh_business_set("bbc-events-test9.tsv", 72, 25); }

// test10 (held out in session 9 round 4, a dev set since session 10): one
// sentence from each of 84 articles. The actors' batch 9 was annotated at the
// same time and shares 7 of them (business/096 103 116 128 135 138 149); both
// were held out and used up (measured twice) in round 4, and both are dev sets
// from session 10, so their shared articles are no leak.
TEST(EventGoldShared, Test10IsWellFormedAndFresh) {
  expect_fresh_business_set("bbc-events-test10.tsv", 84, 25, {"bbc-actors-batch9.tsv"});
}

// test11 (held out in session 10, a dev set since its round 2): 109 sentences
// of 71 tech and business articles (tech/001-200, business/261-350), at most
// two per article.
TEST(EventGoldShared, Test11IsWellFormedAndFresh) {
  expect_fresh_business_set("bbc-events-test11.tsv", 109, 39);
}

// test12 (held out in session 11, a dev set since session 12): 150 sentences
// of 85 politics, business and tech articles of the session's pool, at most
// three per article. The
// actors' batch 11 was written at the same time from the same pool (both held
// out, each blind to the system's output on it), so they may share articles.
TEST(EventGoldShared, Test12IsWellFormedAndFresh) {
  expect_fresh_business_set("bbc-events-test12.tsv", 150, 8, {"bbc-actors-batch11.tsv"},
                            {"business/", "tech/", "politics/"});
}

// test12r (held out in session 11, a dev set since session 12): 150 sentences
// of 90 Reuters-21578 stories
// (reut2-000), at most two per story, 109 gold events; its spans lie in their
// sentences and its stories are the ones eval/tools/reuters_bodies.py writes.
TEST(EventGoldShared, ReutersTest12rIsWellFormedAgainstTheStories) {
  auto gold = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/reuters-events-test12r.tsv");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  if (!ensure_reuters_articles(gold->root)) GTEST_SKIP() << "../shared/corpora/reuters21578 not found (../shared absent)";
  EXPECT_EQ(gold->sentences.size(), 150u);
  size_t events = 0;
  for (const GoldEventSentence& s : gold->sentences) {
    EXPECT_TRUE(s.doc.starts_with("reut2-000/")) << s.doc;
    expect_spans_inside(gold->root, s, events);
  }
  EXPECT_EQ(events, 109u);
}

// test13r (held out in session 12, a dev set since session 13): 200 sentences of 125 Reuters-21578
// stories from reut2-001 on (the selection stopped in reut2-002; reut2-005
// on belongs to another set), at most two per story, 156 gold events; its
// spans lie in their sentences, and no story is one of test12r's.
TEST(EventGoldShared, ReutersTest13rIsWellFormedAgainstTheStories) {
  auto gold = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/reuters-events-test13r.tsv");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  if (!ensure_reuters_articles(gold->root)) GTEST_SKIP() << "../shared/corpora/reuters21578 not found (../shared absent)";
  auto earlier = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/reuters-events-test12r.tsv");
  ASSERT_TRUE(earlier.ok()) << earlier.status().to_string();
  std::set<std::string> test12r_docs;
  for (const GoldEventSentence& s : earlier->sentences) test12r_docs.insert(s.doc);
  EXPECT_EQ(gold->sentences.size(), 200u);
  std::set<std::string> docs;
  size_t events = 0;
  for (const GoldEventSentence& s : gold->sentences) {
    EXPECT_TRUE(s.doc.starts_with("reut2-001/") || s.doc.starts_with("reut2-002/") ||
                s.doc.starts_with("reut2-003/") || s.doc.starts_with("reut2-004/"))
        << s.doc;
    EXPECT_EQ(test12r_docs.count(s.doc), 0u) << s.doc;
    docs.insert(s.doc);
    expect_spans_inside(gold->root, s, events);
  }
  EXPECT_EQ(docs.size(), 125u);
  EXPECT_EQ(events, 156u);
}

// test14r (held out in session 13, a dev set since session 14): 200 sentences of 124 Reuters-21578 stories of reut2-003 and
// reut2-004, at most two per story, 178 gold events; its spans lie in their sentences, and no
// story is one of test12r's or test13r's. This check reads the gold and the story files only: it
// never runs the pipeline on the held-out stories.
TEST(EventGoldShared, ReutersTest14rIsWellFormedAgainstTheStories) {
  auto gold = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/reuters-events-test14r.tsv");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  if (!ensure_reuters_articles(gold->root)) GTEST_SKIP() << "../shared/corpora/reuters21578 not found (../shared absent)";
  std::set<std::string> earlier_docs;
  for (const char* name : {"reuters-events-test12r.tsv", "reuters-events-test13r.tsv"}) {
    auto earlier = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/" + name);
    ASSERT_TRUE(earlier.ok()) << earlier.status().to_string();
    for (const GoldEventSentence& s : earlier->sentences) earlier_docs.insert(s.doc);
  }
  EXPECT_EQ(gold->sentences.size(), 200u);
  std::set<std::string> docs;
  size_t events = 0;
  for (const GoldEventSentence& s : gold->sentences) {
    EXPECT_TRUE(s.doc.starts_with("reut2-003/") || s.doc.starts_with("reut2-004/")) << s.doc;
    EXPECT_EQ(earlier_docs.count(s.doc), 0u) << s.doc;
    docs.insert(s.doc);
    expect_spans_inside(gold->root, s, events);
  }
  EXPECT_EQ(docs.size(), 124u);
  EXPECT_EQ(events, 178u);
}

// test15r (held out in session 14): 200 sentences of 119 Reuters-21578 stories of reut2-008 and
// reut2-009, at most two per story, 181 gold events; its spans lie in their sentences, and no
// story is one of test12r's, test13r's or test14r's. This check reads the gold and the story files
// only: it never runs the pipeline on the held-out stories.
TEST(EventGoldShared, ReutersTest15rIsWellFormedAgainstTheStories) {
  auto gold = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/reuters-events-test15r.tsv");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  if (!ensure_reuters_articles(gold->root)) GTEST_SKIP() << "../shared/corpora/reuters21578 not found (../shared absent)";
  std::set<std::string> earlier_docs;
  for (const char* name : {"reuters-events-test12r.tsv", "reuters-events-test13r.tsv", "reuters-events-test14r.tsv"}) {
    auto earlier = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/" + name);
    ASSERT_TRUE(earlier.ok()) << earlier.status().to_string();
    for (const GoldEventSentence& s : earlier->sentences) earlier_docs.insert(s.doc);
  }
  EXPECT_EQ(gold->sentences.size(), 200u);
  std::set<std::string> docs;
  size_t events = 0;
  for (const GoldEventSentence& s : gold->sentences) {
    EXPECT_TRUE(s.doc.starts_with("reut2-008/") || s.doc.starts_with("reut2-009/")) << s.doc;
    EXPECT_EQ(earlier_docs.count(s.doc), 0u) << s.doc;
    docs.insert(s.doc);
    expect_spans_inside(gold->root, s, events);
  }
  EXPECT_EQ(docs.size(), 119u);
  EXPECT_EQ(events, 181u);
}

// Issue 8's precision target (85 % of asserted coded events with the exact
// code) over the BBC dev sets pooled: v1, dev2, test5-unique (retired to dev
// in session 7), test6 (retired to dev in session 9), test7 (retired to
// dev in session 9, round 2), test8, test9, test10 and test11 (below). Session 7: 11 of 12, 16 of 20 and 16 of 17 (43
// of 49, 87.8 %); session 9: 12 of 12, 16 of 20, 16 of 17 and 7 of 10 (51 of
// 59, 86.4 %); round 2: 12 of 12, 16 of 19, 16 of 17, 7 of 10 and 11 of 13
// (62 of 71, 87.3 %); round 3, with test8 (retired to dev in round 3):
// 12 of 12, 16 of 19, 16 of 16, 7 of 10, 11 of 13 and 6 of 7 (68 of 77,
// 88.3 %); round 4, with test9 (retired to dev in round 4) and test6's
// "agreed with [a person]'s view" row read as 019, at the round's start: 12 of
// 12, 16 of 19, 16 of 16, 7 of 9, 11 of 13, 6 of 7 and 10 of 13 (78 of 89,
// 87.6 %); at its end 8 of 9 on test8 and 10 of 12 on test9 (80 of 90,
// 88.9 %); round 5: 10 of 11 on test9 (80 of 89, 89.9 %). Session 10, with
// test10 (retired to dev in session 10) at the start: 1 of 6 there (81 of 95,
// 85.3 %); at its end 12 of 12, 16 of 18, 17 of 17, 8 of 9 (test6's
// statement row fixed), 12 of 13, 10 of 10, 11 of 12 and 9 of 9 (95 of 100,
// 95.0 %). Session 10, round 2, with test11 (retired to dev in round 2) at
// the start: 2 of 6 there (101 of 110, 91.8 %); at its end 3 of 5 (102 of
// 109, 93.6 %). Session 12, with test12 (retired to dev in session 12): no
// asserted coded event there at the start.
TEST(EventGoldShared, BbcDevSetsPrecisionMeetsTheTarget) {
  PipelineOptions po;
  auto pipeline = Pipeline::load(po);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().to_string();
  if (!(*pipeline)->runs(Stage::kEvent)) GTEST_SKIP() << "no parser model: the event stage cannot run";
  EventGoldScores scores;
  for (const char* name : {"bbc-events.tsv", "bbc-events-dev2.tsv", "bbc-events-test5-unique.tsv", "bbc-events-test6.tsv",
                           "bbc-events-test7.tsv", "bbc-events-test8.tsv", "bbc-events-test9.tsv",
                           "bbc-events-test10.tsv", "bbc-events-test11.tsv", "bbc-events-test12.tsv"}) {
    auto gold = read_event_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/events/" + name);
    ASSERT_TRUE(gold.ok()) << gold.status().to_string();
    if (!std::filesystem::exists(gold->root)) GTEST_SKIP() << gold->root << " not found (../shared absent)";
    std::map<std::string, Document> docs;
    for (const GoldEventSentence& s : gold->sentences) {
      auto it = docs.find(s.doc);
      if (it == docs.end()) {
        std::ifstream in(gold->root + "/" + s.doc, std::ios::binary);
        ASSERT_TRUE(in) << s.doc;
        std::stringstream buf;
        buf << in.rdbuf();
        Document doc;
        doc.id = s.doc;
        doc.text = buf.str();
        doc.meta.date = gold->date;
        doc.meta.date_source = "input";
        ASSERT_TRUE((*pipeline)->annotate(doc).ok()) << s.doc;
        it = docs.emplace(s.doc, std::move(doc)).first;
      }
      score_event_sentence(s, it->second, scores, nullptr);
    }
  }
  EXPECT_GE(scores.asserted, 90u) << format_event_gold_scores(scores);
  EXPECT_GE(static_cast<double>(scores.asserted_correct) / static_cast<double>(scores.asserted), 0.85)
      << format_event_gold_scores(scores);
}

}  // namespace
}  // namespace chronicle::eval
