#include "store/sqlite_schema.h"

#include "chronicle/sqlite_store.h"

namespace chronicle::store {

namespace {

// `doc` is the document's 0-based position in the whole input, so shards of
// one input never collide and their union sorts like the single run.
// Offsets are code points into the document text, as in the JSON output.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
  doc INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT, date TEXT, date_source TEXT,
  timezone TEXT, url TEXT, title TEXT, failed INTEGER NOT NULL, chars INTEGER NOT NULL,
  tokens INTEGER NOT NULL, sentences INTEGER NOT NULL, text TEXT);
CREATE TABLE IF NOT EXISTS sentences (
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER, end INTEGER, paragraph INTEGER,
  PRIMARY KEY (doc, idx));
CREATE TABLE IF NOT EXISTS tokens (
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT, kind TEXT,
  space_after INTEGER, sentence INTEGER, upos TEXT, xpos TEXT, lemma TEXT, head INTEGER, deprel TEXT,
  PRIMARY KEY (doc, idx));
CREATE TABLE IF NOT EXISTS entities (
  doc INTEGER NOT NULL, entity TEXT NOT NULL, type TEXT, name TEXT, key TEXT,
  actor_code TEXT, actor_country TEXT, actor_role TEXT, actor_source TEXT,
  handles TEXT, ambiguous INTEGER, lat REAL, lon REAL, geo_country TEXT, geo_admin1 TEXT,
  geonameid INTEGER, geo_feature TEXT, PRIMARY KEY (doc, entity));
CREATE TABLE IF NOT EXISTS mentions (
  doc INTEGER NOT NULL, entity TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER, end INTEGER,
  text TEXT, kind TEXT, tokens TEXT, PRIMARY KEY (doc, entity, idx));
CREATE TABLE IF NOT EXISTS quotes (
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT, kind TEXT,
  speaker TEXT, speaker_key TEXT, speaker_text TEXT, cue TEXT, continues INTEGER,
  PRIMARY KEY (doc, idx));
CREATE TABLE IF NOT EXISTS posts (
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, platform TEXT, start INTEGER, end INTEGER, text TEXT,
  signature TEXT, author TEXT, handle TEXT, date TEXT, author_entity TEXT,
  hashtags TEXT, mentions TEXT, urls TEXT, PRIMARY KEY (doc, idx));
CREATE TABLE IF NOT EXISTS social (
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER, end INTEGER,
  text TEXT, value TEXT, PRIMARY KEY (doc, idx));
CREATE TABLE IF NOT EXISTS times (
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT, type TEXT,
  value TEXT, utc_offset TEXT, same_as INTEGER, PRIMARY KEY (doc, idx));
CREATE TABLE IF NOT EXISTS events (
  doc INTEGER NOT NULL, event TEXT NOT NULL, cameo TEXT, cameo_name TEXT, root_code TEXT,
  plover_type TEXT, plover_mode TEXT, quad_class INTEGER, goldstein REAL,
  source_entity TEXT, source_actor TEXT, source_country TEXT,
  target_entity TEXT, target_actor TEXT, target_country TEXT,
  date TEXT, date_source TEXT, location TEXT, mood TEXT, sentence INTEGER,
  trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT, confidence REAL,
  PRIMARY KEY (doc, event));
CREATE TABLE IF NOT EXISTS errors (
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, code TEXT NOT NULL, message TEXT, offset INTEGER,
  PRIMARY KEY (doc, idx));
CREATE INDEX IF NOT EXISTS documents_id ON documents (id);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date);
CREATE INDEX IF NOT EXISTS entities_key ON entities (key);
CREATE INDEX IF NOT EXISTS entities_type_name ON entities (type, name);
CREATE INDEX IF NOT EXISTS quotes_speaker_key ON quotes (speaker_key);
CREATE INDEX IF NOT EXISTS posts_handle ON posts (handle);
CREATE INDEX IF NOT EXISTS times_value ON times (value);
CREATE INDEX IF NOT EXISTS events_countries ON events (source_country, target_country, date);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo);
CREATE INDEX IF NOT EXISTS errors_code ON errors (code);
)sql";

}  // namespace

const std::vector<std::string>& layer_tables() {
  static const std::vector<std::string> tables = {"documents", "sentences", "tokens", "entities", "mentions", "quotes",
                                                  "posts",     "social",    "times",  "events",   "errors"};
  return tables;
}

Status create_schema(SqliteDb& db) {
  CHRONICLE_RETURN_IF_ERROR(db.exec(kSchema));
  return db.exec(std::string("INSERT OR IGNORE INTO meta VALUES ('schema', '") + kSqliteSchema + "')");
}

Result<std::string> read_meta(SqliteDb& db, const std::string& schema_name, const std::string& key) {
  SqliteStmt q;
  CHRONICLE_RETURN_IF_ERROR(q.prepare(db, "SELECT value FROM " + schema_name + ".meta WHERE key = ?"));
  q.bind_text(1, key);
  std::string value = q.row() ? q.column_text(0) : std::string();
  if (!q.status().ok()) return q.status();
  return value;
}

Status write_meta(SqliteDb& db, const std::string& key, const std::string& value) {
  SqliteStmt q;
  CHRONICLE_RETURN_IF_ERROR(q.prepare(db, "INSERT OR REPLACE INTO meta VALUES (?, ?)"));
  q.bind_text(1, key);
  q.bind_text(2, value);
  return q.run();
}

Status check_schema(SqliteDb& db, const std::string& schema_name) {
  SqliteStmt probe;
  Status st = probe.prepare(db, "SELECT value FROM " + schema_name + ".meta WHERE key = 'schema'");
  std::string found;
  if (st.ok() && probe.row()) found = probe.column_text(0);
  if (found != kSqliteSchema) {
    return Status(StatusCode::kUnsupported,
                  std::string("not a chronicle database (meta 'schema' is '") + found + "', expected '" +
                      kSqliteSchema + "')",
                  db.path());
  }
  return Status::ok_status();
}

}  // namespace chronicle::store
