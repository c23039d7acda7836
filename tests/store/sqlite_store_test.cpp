// SqliteStore and merge_sqlite_stores on Documents built here with every
// layer filled (the stages that fill entities, quotes, times and events come
// from other work; the store must not wait for them).
#include "chronicle/sqlite_store.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "chronicle/shard.h"
#include "store/sqlite_dump.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;
using store_test::query;
using store_test::Rows;
using store_test::scalar;

// Byte offset of `needle` in `text` (the test's own strings always hold it).
uint32_t at(const std::string& text, const std::string& needle) {
  return static_cast<uint32_t>(text.find(needle));
}

// An invented article with two people, two countries, a quote, a post, a
// time and an event; "Zoë" and the em dash make code points differ from bytes.
Document make_document(const std::string& id, const std::string& date, const std::string& target_country) {
  Document doc;
  doc.id = id;
  doc.text = "Zoë Marsh of Ruritania met Karl Vance of Elbonia on Tuesday. \"We agreed on fish,\" Marsh said.\n"
             "Good talks. #Fish\n— Zoë Marsh (@zmarsh) March 3, 2021";
  const std::string& t = doc.text;
  doc.meta.date = date;
  doc.meta.date_source = "input";
  doc.meta.source = "feed.jsonl:1";
  doc.sentences.push_back({0, at(t, " \"We"), 0, 0, 0});
  Token tok;
  tok.start = 0;
  tok.end = at(t, " Marsh");
  tok.upos = "PROPN";
  tok.lemma = "Zoë";
  tok.head = -1;
  tok.deprel = "root";
  doc.tokens.push_back(tok);

  Entity a;
  a.id = "E1";
  a.type = "PERSON";
  a.name = "Zoë Marsh";
  a.key = "zoe marsh|RURGOV";
  a.actor = {"RURGOV", "RUR", "GOV", "dictionary"};
  a.handles = {"zmarsh"};
  a.mentions.push_back({0, at(t, " of Ruritania"), "name", {0, 1}});
  a.mentions.push_back({at(t, "Marsh said"), at(t, " said"), "name", {}});
  Entity b;
  b.id = "E2";
  b.type = "PERSON";
  b.name = "Karl Vance";
  b.key = "karl vance|" + target_country + "GOV";
  b.actor = {target_country + "GOV", target_country, "GOV", "dictionary"};
  b.mentions.push_back({at(t, "Karl"), at(t, " of Elbonia"), "name", {}});
  Entity c;
  c.id = "E3";
  c.type = "GPE";
  c.name = "Elbonia";
  c.has_geo = true;
  c.geo = {45.5, -12.25, "EB", "", 42, "PCLI"};
  doc.entities = {a, b, c};

  Quote q;
  q.start = at(t, "We agreed");
  q.end = at(t, ",\" Marsh");
  q.kind = "direct";
  q.speaker = "E1";
  q.speaker_text = "Marsh";
  q.cue = "said";
  doc.quotes.push_back(q);

  Post p;
  p.start = at(t, "Good talks");
  p.end = at(t, "\n—");
  p.signature_start = at(t, "—");
  p.signature_end = static_cast<uint32_t>(t.size());
  p.author = "Zoë Marsh";
  p.handle = "zmarsh";
  p.date = "2021-03-03";
  p.author_entity = "E1";
  p.hashtags = {"Fish"};
  doc.posts.push_back(p);
  doc.hashtags.push_back({at(t, "#Fish"), at(t, "#Fish") + 5, "Fish"});
  doc.mentions.push_back({at(t, "@zmarsh"), at(t, "@zmarsh") + 7, "zmarsh"});

  TimeExpr when;
  when.start = at(t, "Tuesday");
  when.end = when.start + 7;
  when.type = "DATE";
  when.value = date;
  doc.times.push_back(when);

  Event v;
  v.id = "V1";
  v.cameo = "040";
  v.cameo_name = "Consult";
  v.root_code = "04";
  v.plover_type = "CONSULT";
  v.quad_class = 1;
  v.has_goldstein = true;
  v.goldstein = 1.0;
  v.source = {"E1", "RURGOV"};
  v.target = {"E2", target_country + "GOV"};
  v.date = date;
  v.date_source = "sentence";
  v.location = "E3";
  v.mood = "asserted";
  v.sentence = 0;
  v.trigger_start = at(t, "met");
  v.trigger_end = v.trigger_start + 3;
  doc.events.push_back(v);
  doc.errors.push_back({"invalid_utf8", "feed.jsonl:1: 1 invalid byte replaced", at(t, "Karl")});
  return doc;
}

// EXPLAIN QUERY PLAN's details, one per line.
std::string plan(const std::string& db, const std::string& sql) {
  std::string out;
  for (const auto& row : query(db, "EXPLAIN QUERY PLAN " + sql)) out += row.back() + "\n";
  return out;
}

Document failed_document(const std::string& id) {
  Document doc;
  doc.id = id;
  doc.meta.source = "feed.jsonl:2";
  doc.errors.push_back({"malformed_jsonl", "feed.jsonl:2: malformed JSON", -1});
  return doc;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "chronicle_store_XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  // Writes documents at the given positions into a new database.
  void write(const std::string& db, const std::vector<std::pair<uint64_t, Document>>& docs,
             SqliteStoreOptions options = {}) {
    auto store = SqliteStore::open(db, options);
    ASSERT_TRUE(store.ok()) << store.status().to_string();
    for (const auto& [position, doc] : docs) ASSERT_TRUE((*store)->add(doc, position).ok());
    ASSERT_TRUE((*store)->close().ok());
  }

  fs::path dir_;
};

TEST_F(SqliteStoreTest, EveryLayerBecomesRowsWithCodepointOffsets) {
  const std::string db = path("one.db");
  SqliteStoreOptions options;
  options.tokens = true;
  options.text = true;
  write(db, {{7, make_document("a1", "2021-03-02", "ELB")}}, options);

  EXPECT_EQ(query(db, "SELECT doc, id, date, date_source, source, failed, tokens, sentences, url FROM documents"),
            (Rows{{"7", "a1", "2021-03-02", "input", "feed.jsonl:1", "0", "1", "1", "NULL"}}));
  // "Zoë" is 4 bytes but 3 code points: offsets after it shift by one.
  EXPECT_EQ(query(db, "SELECT start, end, text FROM mentions WHERE entity = 'E2'"), (Rows{{"27", "37", "Karl Vance"}}));
  EXPECT_EQ(query(db, "SELECT start, end, text, upos, lemma, head, deprel, kind FROM tokens"),
            (Rows{{"0", "3", "Zoë", "PROPN", "Zoë", "-1", "root", "word"}}));
  EXPECT_EQ(query(db, "SELECT entity, type, key, actor_country, handles, lat, geonameid FROM entities ORDER BY entity"),
            (Rows{{"E1", "PERSON", "zoe marsh|RURGOV", "RUR", "[\"zmarsh\"]", "NULL", "NULL"},
                  {"E2", "PERSON", "karl vance|ELBGOV", "ELB", "[]", "NULL", "NULL"},
                  {"E3", "GPE", "NULL", "NULL", "[]", "45.5", "42"}}));
  EXPECT_EQ(query(db, "SELECT idx, tokens, kind FROM mentions WHERE entity = 'E1' ORDER BY idx"),
            (Rows{{"0", "[0,1]", "name"}, {"1", "[]", "name"}}));
  EXPECT_EQ(query(db, "SELECT text, kind, speaker, speaker_key, cue, continues FROM quotes"),
            (Rows{{"We agreed on fish", "direct", "E1", "zoe marsh|RURGOV", "said", "NULL"}}));
  EXPECT_EQ(query(db, "SELECT text, signature, handle, date, author_entity, hashtags, mentions FROM posts"),
            (Rows{{"Good talks. #Fish", "— Zoë Marsh (@zmarsh) March 3, 2021", "zmarsh", "2021-03-03", "E1",
                   "[\"Fish\"]", "[]"}}));
  EXPECT_EQ(query(db, "SELECT kind, text, value FROM social ORDER BY idx"),
            (Rows{{"hashtag", "#Fish", "Fish"}, {"mention", "@zmarsh", "zmarsh"}}));
  EXPECT_EQ(query(db, "SELECT text, type, value, utc_offset FROM times"),
            (Rows{{"Tuesday", "DATE", "2021-03-02", "NULL"}}));
  EXPECT_EQ(query(db, "SELECT event, cameo, source_country, target_country, goldstein, trigger_start, trigger_text, "
                      "confidence, plover_mode FROM events"),
            (Rows{{"V1", "040", "RUR", "ELB", "1.0", "23", "met", "NULL", "NULL"}}));
  EXPECT_EQ(query(db, "SELECT code, offset FROM errors"), (Rows{{"invalid_utf8", "27"}}));
  EXPECT_EQ(scalar(db, "SELECT length(text) FROM documents"), "147");
  EXPECT_EQ(scalar(db, "SELECT value FROM meta WHERE key = 'schema'"), kSqliteSchema);
  EXPECT_EQ(scalar(db, "PRAGMA integrity_check"), "ok");
}

TEST_F(SqliteStoreTest, FailedDocumentsKeepTheirErrorRecord) {
  const std::string db = path("failed.db");
  write(db, {{0, failed_document("feed:2")}});
  EXPECT_EQ(query(db, "SELECT doc, id, failed, chars, tokens FROM documents"), (Rows{{"0", "feed:2", "1", "0", "0"}}));
  EXPECT_EQ(query(db, "SELECT code, message, offset FROM errors"),
            (Rows{{"malformed_jsonl", "feed.jsonl:2: malformed JSON", "NULL"}}));
  // Without --tokens the tokens table stays empty, without --text so does the column.
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM tokens"), "0");
}

TEST_F(SqliteStoreTest, TheUsualQuestionsUseTheIndexes) {
  const std::string db = path("q.db");
  write(db, {{0, make_document("a", "2021-03-02", "ELB")},
             {1, make_document("b", "2021-05-20", "ELB")},
             {2, make_document("c", "2021-03-10", "FRE")}});
  // Events between two countries in a date range (docs/sqlite.md).
  const std::string between =
      "SELECT d.id, e.cameo, e.date FROM events e JOIN documents d ON d.doc = e.doc "
      "WHERE e.source_country = 'RUR' AND e.target_country = 'ELB' AND e.date BETWEEN '2021-03-01' AND '2021-03-31'";
  EXPECT_EQ(query(db, between), (Rows{{"a", "040", "2021-03-02"}}));
  EXPECT_NE(plan(db, between).find("USING INDEX events_countries"), std::string::npos) << plan(db, between);
  // Everything a person said, across documents, by entity key.
  const std::string said =
      "SELECT d.id, q.text FROM quotes q JOIN documents d ON d.doc = q.doc "
      "WHERE q.speaker_key = 'zoe marsh|RURGOV' ORDER BY q.doc";
  EXPECT_EQ(query(db, said), (Rows{{"a", "We agreed on fish"}, {"b", "We agreed on fish"}, {"c", "We agreed on fish"}}));
  EXPECT_NE(plan(db, said).find("USING INDEX quotes_speaker_key"), std::string::npos) << plan(db, said);
}

TEST_F(SqliteStoreTest, BatchesCommitAndAnOpenBatchIsNotVisible) {
  const std::string db = path("batch.db");
  SqliteStoreOptions options;
  options.batch = 2;
  auto store = SqliteStore::open(db, options);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->add(make_document("a", "2021-01-01", "ELB"), 0).ok());
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents"), "0");
  ASSERT_TRUE((*store)->add(make_document("b", "2021-01-01", "ELB"), 1).ok());
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents"), "2");
  ASSERT_TRUE((*store)->add(make_document("c", "2021-01-01", "ELB"), 2).ok());
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents"), "2");
  ASSERT_TRUE((*store)->close().ok());
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents"), "3");
  EXPECT_FALSE(fs::exists(db + "-wal") && fs::file_size(db + "-wal") > 0);
}

TEST_F(SqliteStoreTest, AFailedInsertRollsItsBatchBackAndKeepsTheCommittedOnes) {
  const std::string db = path("fail.db");
  ASSERT_TRUE(SqliteStore::open(db, {}).ok());  // creates the tables
  {
    // A trigger stands in for a full disk: the sentences of position 5 cannot be written.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "CREATE TRIGGER boom BEFORE INSERT ON sentences WHEN NEW.doc = 5 "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
  }
  SqliteStoreOptions options;
  options.batch = 2;
  auto store = SqliteStore::open(db, options);
  ASSERT_TRUE(store.ok()) << store.status().to_string();
  for (uint64_t i = 0; i < 5; ++i) ASSERT_TRUE((*store)->add(make_document("d" + std::to_string(i), "2021-01-01", "ELB"), i).ok());
  const Status st = (*store)->add(make_document("d5", "2021-01-01", "ELB"), 5);
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_NE(st.to_string().find("disk on fire"), std::string::npos) << st.to_string();
  EXPECT_NE(st.to_string().find(db), std::string::npos);
  EXPECT_TRUE((*store)->close().ok());
  // Positions 4 and 5 shared the failed batch: neither is stored, not even in part.
  EXPECT_EQ(scalar(db, "SELECT group_concat(doc) FROM documents"), "0,1,2,3");
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM sentences WHERE doc >= 4"), "0");
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM entities WHERE doc >= 4"), "0");
  EXPECT_EQ(scalar(db, "PRAGMA integrity_check"), "ok");
}

TEST_F(SqliteStoreTest, ReopeningNeedsResumeAndTheSameShard) {
  const std::string db = path("resume.db");
  SqliteStoreOptions options;
  options.shard_index = 1;
  options.shard_count = 3;
  write(db, {{4, make_document("a", "2021-01-01", "ELB")}, {9, failed_document("b")}}, options);

  auto again = SqliteStore::open(db, options);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(again.status().to_string().find("already holds 2 documents: give --resume"), std::string::npos)
      << again.status().to_string();
  EXPECT_NE(again.status().to_string().find(db), std::string::npos);

  options.resume = true;
  options.shard_index = 2;
  auto other_shard = SqliteStore::open(db, options);
  ASSERT_FALSE(other_shard.ok());
  EXPECT_NE(other_shard.status().message().find("written as shard 1/3, not 2/3"), std::string::npos);

  options.shard_index = 1;
  auto resumed = SqliteStore::open(db, options);
  ASSERT_TRUE(resumed.ok()) << resumed.status().to_string();
  EXPECT_EQ((*resumed)->committed().size(), 2u);
  EXPECT_EQ((*resumed)->committed().at(4), "a");
  EXPECT_EQ((*resumed)->committed().at(9), "b");
  const Status dup = (*resumed)->add(make_document("a", "2021-01-01", "ELB"), 4);
  EXPECT_EQ(dup.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE((*resumed)->add(make_document("c", "2021-01-01", "ELB"), 10).ok());
  EXPECT_TRUE((*resumed)->close().ok());
  EXPECT_EQ(query(db, "SELECT doc, id FROM documents ORDER BY doc"), (Rows{{"4", "a"}, {"9", "b"}, {"10", "c"}}));
}

TEST_F(SqliteStoreTest, OtherFilesAreRefused) {
  const std::string text = path("notes.db");
  std::ofstream(text) << "this is not a database, just words\n";
  auto r = SqliteStore::open(text, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().to_string().find(text), std::string::npos);
  EXPECT_EQ(std::ifstream(text).peek(), 't');

  auto missing_dir = SqliteStore::open(path("no/such/dir/x.db"), {});
  ASSERT_FALSE(missing_dir.ok());
  EXPECT_EQ(missing_dir.status().code(), StatusCode::kIoError);
  EXPECT_NE(missing_dir.status().to_string().find("no/such/dir/x.db"), std::string::npos);
}

TEST_F(SqliteStoreTest, MergedShardsEqualTheSingleRun) {
  std::vector<std::pair<uint64_t, Document>> all;
  for (uint64_t i = 0; i < 40; ++i) {
    all.emplace_back(i, i % 7 == 3 ? failed_document("doc-" + std::to_string(i))
                                   : make_document("doc-" + std::to_string(i), "2021-02-0" + std::to_string(1 + i % 9),
                                                   i % 2 ? "ELB" : "FRE"));
  }
  write(path("single.db"), all);
  std::vector<std::string> shards;
  for (uint32_t s = 0; s < 3; ++s) {
    std::vector<std::pair<uint64_t, Document>> part;
    for (const auto& item : all) {
      if (shard_of(item.second.id, 3) == s) part.push_back(item);
    }
    ASSERT_FALSE(part.empty());
    SqliteStoreOptions options;
    options.shard_index = s;
    options.shard_count = 3;
    shards.push_back(path("shard" + std::to_string(s) + ".db"));
    write(shards.back(), part, options);
  }
  // Given in any order.
  const Status st = merge_sqlite_stores({shards[2], shards[0], shards[1]}, path("merged.db"));
  ASSERT_TRUE(st.ok()) << st.to_string();
  EXPECT_EQ(store_test::dump(path("merged.db")), store_test::dump(path("single.db")));
  EXPECT_EQ(scalar(path("merged.db"), "SELECT value FROM meta WHERE key = 'shard'"), "0/1");
  EXPECT_EQ(scalar(path("merged.db"), "SELECT count(*) FROM documents"), "40");

  // The same shard twice: refused, and nothing is left behind.
  const Status twice = merge_sqlite_stores({shards[0], shards[1], shards[0]}, path("bad.db"));
  EXPECT_EQ(twice.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(twice.to_string().find("shard 0/3 was already merged from " + shards[0]), std::string::npos)
      << twice.to_string();
  EXPECT_FALSE(fs::exists(path("bad.db")));
  // An existing output is never overwritten.
  const Status exists = merge_sqlite_stores({shards[0]}, path("merged.db"));
  EXPECT_EQ(exists.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(scalar(path("merged.db"), "SELECT count(*) FROM documents"), "40");
  // Overlapping positions from two unrelated runs.
  const Status overlap = merge_sqlite_stores({path("single.db"), shards[1]}, path("overlap.db"));
  EXPECT_EQ(overlap.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(overlap.to_string().find("is already in the merge"), std::string::npos) << overlap.to_string();
  EXPECT_FALSE(fs::exists(path("overlap.db")));
  const Status missing = merge_sqlite_stores({path("nope.db")}, path("out.db"));
  EXPECT_EQ(missing.code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace chronicle
