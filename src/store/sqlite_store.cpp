// SqliteStore: one prepared INSERT per table, a transaction per batch.
//
// The database runs in WAL mode: a killed writer leaves the last committed
// batch intact and the next open rolls the torn one back. synchronous=NORMAL
// keeps that guarantee for a killed process (only a power cut may lose the
// last batches, never consistency).
#include "chronicle/sqlite_store.h"

#include <sys/stat.h>

#include <array>

#include "chronicle/annotate.h"
#include "io/json_out.h"
#include "store/sqlite_db.h"
#include "store/sqlite_schema.h"

namespace chronicle {

using store::SqliteDb;
using store::SqliteStmt;

namespace {

enum Table { kDocuments, kSentences, kTokens, kEntities, kMentions, kQuotes, kPosts, kSocial, kTimes, kEvents, kErrors,
             kTableCount };

constexpr std::array<const char*, kTableCount> kInserts = {
    "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO sentences VALUES (?,?,?,?,?)",
    "INSERT INTO tokens VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)",
    "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO posts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO social VALUES (?,?,?,?,?,?,?)",
    "INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?)",
    "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO errors VALUES (?,?,?,?,?)",
};

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    io::append_json_string(items[i], out);
  }
  return out + "]";
}

std::string json_list(const std::vector<uint32_t>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(items[i]);
  }
  return out + "]";
}

const Entity* find_entity(const Document& doc, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const Entity& e : doc.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

// Binds start, end (code points) and the span's text at i, i+1, i+2; a span
// outside the text (a stage bug) is stored as NULLs rather than read past the end.
class SpanBinder {
 public:
  explicit SpanBinder(const Document& doc) : doc_(doc), cp_(doc.text) {}
  void bind(SqliteStmt& s, int i, uint32_t start, uint32_t end) const {
    if (start > end || end > doc_.text.size()) {
      s.bind_null(i);
      s.bind_null(i + 1);
      s.bind_null(i + 2);
      return;
    }
    s.bind(i, static_cast<int64_t>(cp_(start)));
    s.bind(i + 1, static_cast<int64_t>(cp_(end)));
    s.bind_text(i + 2, doc_.span_text(start, end));
  }
  void bind_offsets(SqliteStmt& s, int i, uint32_t start, uint32_t end) const {
    if (start > end || end > doc_.text.size()) {
      s.bind_null(i);
      s.bind_null(i + 1);
      return;
    }
    s.bind(i, static_cast<int64_t>(cp_(start)));
    s.bind(i + 1, static_cast<int64_t>(cp_(end)));
  }

 private:
  const Document& doc_;
  CodepointIndex cp_;
};

}  // namespace

struct SqliteStore::Impl {
  SqliteDb db;
  SqliteStoreOptions options;
  std::array<SqliteStmt, kTableCount> insert;
  uint32_t pending = 0;  // documents in the open transaction
  bool closed = false;

  Status begin() { return db.exec("BEGIN IMMEDIATE"); }
  Status commit() {
    if (pending == 0) return Status::ok_status();
    CHRONICLE_RETURN_IF_ERROR(db.exec("COMMIT"));
    pending = 0;
    return Status::ok_status();
  }

  // Inserts the document's rows in the open transaction.
  Status add_rows(const Document& doc, uint64_t position);

  // A failed insert rolls the whole batch back rather than commit half a
  // document: the database keeps only whole documents, and --resume redoes the batch.
  Status add(const Document& doc, uint64_t position) {
    if (pending == 0) CHRONICLE_RETURN_IF_ERROR(begin());
    Status st = add_rows(doc, position);
    if (!st.ok()) {
      db.exec("ROLLBACK");
      pending = 0;
      return st;
    }
    if (++pending >= options.batch) return commit();
    return Status::ok_status();
  }
};

SqliteStore::SqliteStore() : impl_(std::make_unique<Impl>()) {}

SqliteStore::~SqliteStore() {
  if (impl_ && !impl_->closed) close();
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path, const SqliteStoreOptions& options) {
  if (options.shard_count < 1 || options.shard_index >= options.shard_count) {
    return Status(StatusCode::kInvalidArgument, "shard index must be below the shard count", path);
  }
  auto store = std::unique_ptr<SqliteStore>(new SqliteStore());
  Impl& s = *store->impl_;
  s.options = options;
  if (s.options.batch < 1) s.options.batch = 1;
  struct stat st {};
  const bool existed = ::stat(path.c_str(), &st) == 0 && st.st_size > 0;
  CHRONICLE_RETURN_IF_ERROR(s.db.open(path, true));
  CHRONICLE_RETURN_IF_ERROR(s.db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"));
  if (existed) {
    CHRONICLE_RETURN_IF_ERROR(store::check_schema(s.db, "main"));
  } else {
    CHRONICLE_RETURN_IF_ERROR(store::create_schema(s.db));
  }
  const std::string shard = std::to_string(options.shard_index) + "/" + std::to_string(options.shard_count);
  auto old_shard = store::read_meta(s.db, "main", "shard");
  if (!old_shard.ok()) return old_shard.status();
  SqliteStmt q;
  CHRONICLE_RETURN_IF_ERROR(q.prepare(s.db, "SELECT doc, id FROM documents"));
  while (q.row()) store->committed_.emplace(static_cast<uint64_t>(q.column_int(0)), q.column_text(1));
  if (!q.status().ok()) return q.status();
  if (!store->committed_.empty() && !options.resume) {
    return Status(StatusCode::kInvalidArgument,
                  "the database already holds " + std::to_string(store->committed_.size()) +
                      " documents: give --resume to continue that run, or remove the file",
                  path);
  }
  if (!old_shard->empty() && *old_shard != shard && !store->committed_.empty()) {
    return Status(StatusCode::kInvalidArgument,
                  "the database was written as shard " + *old_shard + ", not " + shard + "; resume it with the same --shard",
                  path);
  }
  CHRONICLE_RETURN_IF_ERROR(store::write_meta(s.db, "shard", shard));
  std::string models;
  for (const auto& [stage, model] : options.models) models += (models.empty() ? "" : ",") + stage + "=" + model;
  CHRONICLE_RETURN_IF_ERROR(store::write_meta(s.db, "models", models));
  CHRONICLE_RETURN_IF_ERROR(store::write_meta(s.db, "chronicle", CHRONICLE_VERSION));
  for (int t = 0; t < kTableCount; ++t) CHRONICLE_RETURN_IF_ERROR(s.insert[t].prepare(s.db, kInserts[t]));
  return store;
}

Status SqliteStore::add(const Document& doc, uint64_t position) {
  if (impl_->closed) return Status(StatusCode::kInvalidArgument, "the store is closed", impl_->db.path());
  if (committed_.count(position)) {
    return Status(StatusCode::kInvalidArgument, "input position " + std::to_string(position) + " is already stored",
                  impl_->db.path());
  }
  return impl_->add(doc, position);
}

Status SqliteStore::Impl::add_rows(const Document& doc, uint64_t position) {
  const auto p = static_cast<int64_t>(position);
  const SpanBinder spans(doc);
  bool failed = false;
  for (const auto& e : doc.errors) failed = failed || is_failure_code(e.code);

  SqliteStmt& d = insert[kDocuments];
  d.bind(1, p);
  d.bind_text(2, doc.id);
  d.bind_optional(3, doc.meta.source);
  d.bind_optional(4, doc.meta.date);
  d.bind_optional(5, doc.meta.date_source);
  d.bind_optional(6, doc.meta.timezone);
  d.bind_optional(7, doc.meta.url);
  d.bind_optional(8, doc.meta.title);
  d.bind(9, static_cast<int64_t>(failed));
  d.bind(10, static_cast<int64_t>(CodepointIndex(doc.text)(static_cast<uint32_t>(doc.text.size()))));
  d.bind(11, static_cast<int64_t>(doc.tokens.size()));
  d.bind(12, static_cast<int64_t>(doc.sentences.size()));
  if (options.text) {
    d.bind_text(13, doc.text);
  } else {
    d.bind_null(13);
  }
  CHRONICLE_RETURN_IF_ERROR(d.run());

  SqliteStmt& sen = insert[kSentences];
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    sen.bind(1, p);
    sen.bind(2, static_cast<int64_t>(i));
    spans.bind_offsets(sen, 3, s.start, s.end);
    sen.bind(5, static_cast<int64_t>(s.paragraph));
    CHRONICLE_RETURN_IF_ERROR(sen.run());
  }

  if (options.tokens) {
    SqliteStmt& tok = insert[kTokens];
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[i];
      tok.bind(1, p);
      tok.bind(2, static_cast<int64_t>(i));
      spans.bind(tok, 3, t.start, t.end);
      tok.bind_text(6, token_kind_name(t.kind));
      tok.bind(7, static_cast<int64_t>(t.space_after));
      tok.bind(8, static_cast<int64_t>(t.sentence));
      tok.bind_optional(9, t.upos);
      tok.bind_optional(10, t.xpos);
      tok.bind_optional(11, t.lemma);
      if (t.head == kNoHead) {
        tok.bind_null(12);
      } else {
        tok.bind(12, static_cast<int64_t>(t.head));
      }
      tok.bind_optional(13, t.deprel);
      CHRONICLE_RETURN_IF_ERROR(tok.run());
    }
  }

  SqliteStmt& ent = insert[kEntities];
  SqliteStmt& men = insert[kMentions];
  for (const Entity& e : doc.entities) {
    ent.bind(1, p);
    ent.bind_text(2, e.id);
    ent.bind_optional(3, e.type);
    ent.bind_optional(4, e.name);
    ent.bind_optional(5, e.key);
    ent.bind_optional(6, e.actor.code);
    ent.bind_optional(7, e.actor.country);
    ent.bind_optional(8, e.actor.role);
    ent.bind_optional(9, e.actor.source);
    ent.bind_text(10, json_list(e.handles));
    ent.bind(11, static_cast<int64_t>(e.ambiguous));
    if (e.has_geo) {
      ent.bind(12, e.geo.lat);
      ent.bind(13, e.geo.lon);
      ent.bind_optional(14, e.geo.country);
      ent.bind_optional(15, e.geo.admin1);
      if (e.geo.geonameid >= 0) {
        ent.bind(16, e.geo.geonameid);
      } else {
        ent.bind_null(16);
      }
      ent.bind_optional(17, e.geo.feature);
    } else {
      for (int i = 12; i <= 17; ++i) ent.bind_null(i);
    }
    CHRONICLE_RETURN_IF_ERROR(ent.run());
    for (size_t i = 0; i < e.mentions.size(); ++i) {
      const EntityMention& m = e.mentions[i];
      men.bind(1, p);
      men.bind_text(2, e.id);
      men.bind(3, static_cast<int64_t>(i));
      spans.bind(men, 4, m.start, m.end);
      men.bind_optional(7, m.kind);
      men.bind_text(8, json_list(m.tokens));
      CHRONICLE_RETURN_IF_ERROR(men.run());
    }
  }

  SqliteStmt& quo = insert[kQuotes];
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    const Entity* speaker = find_entity(doc, q.speaker);
    quo.bind(1, p);
    quo.bind(2, static_cast<int64_t>(i));
    spans.bind(quo, 3, q.start, q.end);
    quo.bind_optional(6, q.kind);
    quo.bind_optional(7, q.speaker);
    quo.bind_optional(8, speaker ? std::string_view(speaker->key) : std::string_view());
    quo.bind_optional(9, q.speaker_text);
    quo.bind_optional(10, q.cue);
    if (q.continues >= 0) {
      quo.bind(11, static_cast<int64_t>(q.continues));
    } else {
      quo.bind_null(11);
    }
    CHRONICLE_RETURN_IF_ERROR(quo.run());
  }

  SqliteStmt& pos = insert[kPosts];
  for (size_t i = 0; i < doc.posts.size(); ++i) {
    const Post& x = doc.posts[i];
    pos.bind(1, p);
    pos.bind(2, static_cast<int64_t>(i));
    pos.bind_optional(3, x.platform);
    spans.bind(pos, 4, x.start, x.end);
    if (x.signature_start <= x.signature_end && x.signature_end <= doc.text.size() && x.signature_end > 0) {
      pos.bind_text(7, doc.span_text(x.signature_start, x.signature_end));
    } else {
      pos.bind_null(7);
    }
    pos.bind_optional(8, x.author);
    pos.bind_optional(9, x.handle);
    pos.bind_optional(10, x.date);
    pos.bind_optional(11, x.author_entity);
    pos.bind_text(12, json_list(x.hashtags));
    pos.bind_text(13, json_list(x.mentions));
    pos.bind_text(14, json_list(x.urls));
    CHRONICLE_RETURN_IF_ERROR(pos.run());
  }

  SqliteStmt& soc = insert[kSocial];
  int64_t social_idx = 0;
  auto social = [&](const char* kind, uint32_t start, uint32_t end, std::string_view value) {
    soc.bind(1, p);
    soc.bind(2, social_idx++);
    soc.bind_text(3, kind);
    spans.bind(soc, 4, start, end);
    soc.bind_optional(7, value);
    return soc.run();
  };
  for (const Hashtag& h : doc.hashtags) CHRONICLE_RETURN_IF_ERROR(social("hashtag", h.start, h.end, h.tag));
  for (const Mention& m : doc.mentions) CHRONICLE_RETURN_IF_ERROR(social("mention", m.start, m.end, m.handle));
  for (const Url& u : doc.urls) CHRONICLE_RETURN_IF_ERROR(social("url", u.start, u.end, {}));

  SqliteStmt& tim = insert[kTimes];
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const TimeExpr& t = doc.times[i];
    tim.bind(1, p);
    tim.bind(2, static_cast<int64_t>(i));
    spans.bind(tim, 3, t.start, t.end);
    tim.bind_optional(6, t.type);
    tim.bind_optional(7, t.value);
    tim.bind_optional(8, t.utc_offset);
    if (t.same_as >= 0) {
      tim.bind(9, static_cast<int64_t>(t.same_as));
    } else {
      tim.bind_null(9);
    }
    CHRONICLE_RETURN_IF_ERROR(tim.run());
  }

  SqliteStmt& evt = insert[kEvents];
  for (const Event& v : doc.events) {
    // A party's country is its entity's actor country; unknown stays NULL.
    const Entity* source = find_entity(doc, v.source.entity);
    const Entity* target = find_entity(doc, v.target.entity);
    evt.bind(1, p);
    evt.bind_text(2, v.id);
    evt.bind_optional(3, v.cameo);
    evt.bind_optional(4, v.cameo_name);
    evt.bind_optional(5, v.root_code);
    evt.bind_optional(6, v.plover_type);
    evt.bind_optional(7, v.plover_mode);
    if (v.quad_class > 0) {
      evt.bind(8, static_cast<int64_t>(v.quad_class));
    } else {
      evt.bind_null(8);
    }
    if (v.has_goldstein) {
      evt.bind(9, v.goldstein);
    } else {
      evt.bind_null(9);
    }
    evt.bind_optional(10, v.source.entity);
    evt.bind_optional(11, v.source.actor);
    evt.bind_optional(12, source ? std::string_view(source->actor.country) : std::string_view());
    evt.bind_optional(13, v.target.entity);
    evt.bind_optional(14, v.target.actor);
    evt.bind_optional(15, target ? std::string_view(target->actor.country) : std::string_view());
    evt.bind_optional(16, v.date);
    evt.bind_optional(17, v.date_source);
    evt.bind_optional(18, v.location);
    evt.bind_optional(19, v.mood);
    if (v.sentence >= 0) {
      evt.bind(20, static_cast<int64_t>(v.sentence));
    } else {
      evt.bind_null(20);
    }
    spans.bind(evt, 21, v.trigger_start, v.trigger_end);
    if (v.confidence >= 0) {
      evt.bind(24, v.confidence);
    } else {
      evt.bind_null(24);
    }
    CHRONICLE_RETURN_IF_ERROR(evt.run());
  }

  SqliteStmt& err = insert[kErrors];
  for (size_t i = 0; i < doc.errors.size(); ++i) {
    const ErrorNote& e = doc.errors[i];
    err.bind(1, p);
    err.bind(2, static_cast<int64_t>(i));
    err.bind_text(3, e.code);
    err.bind_optional(4, e.message);
    if (e.offset >= 0 && static_cast<uint64_t>(e.offset) <= doc.text.size()) {
      err.bind(5, static_cast<int64_t>(CodepointIndex(doc.text)(static_cast<uint32_t>(e.offset))));
    } else {
      err.bind_null(5);
    }
    CHRONICLE_RETURN_IF_ERROR(err.run());
  }

  return Status::ok_status();
}

Status SqliteStore::close() {
  if (impl_->closed) return Status::ok_status();
  impl_->closed = true;
  Status st = impl_->commit();
  if (!st.ok()) impl_->db.exec("ROLLBACK");
  for (auto& s : impl_->insert) s.finalize();
  // Folds the write-ahead log back into the file, so the database is one file again.
  if (st.ok()) st = impl_->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  impl_->db.close();
  return st;
}

}  // namespace chronicle
