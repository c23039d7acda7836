// merge_sqlite_stores: ATTACH each shard and copy its rows, one transaction
// per shard. Rows are keyed by input position, so no renumbering is needed
// and a duplicate position means the same documents were given twice.
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <set>

#include "chronicle/sqlite_store.h"
#include "store/sqlite_db.h"
#include "store/sqlite_schema.h"

namespace chronicle {

using store::SqliteDb;
using store::SqliteStmt;

namespace {

void remove_database(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((path + suffix).c_str());
}

Status merge_one(SqliteDb& db, const std::string& input, std::map<std::string, std::string>& shards) {
  SqliteStmt attach;
  CHRONICLE_RETURN_IF_ERROR(attach.prepare(db, "ATTACH DATABASE ? AS shard"));
  attach.bind_text(1, input);
  Status st = attach.run();
  if (!st.ok()) return Status(StatusCode::kIoError, "cannot open: " + st.message(), input);
  attach.finalize();
  st = store::check_schema(db, "shard");
  if (!st.ok()) st = Status(st.code(), st.message(), input);
  if (st.ok()) {
    auto shard = store::read_meta(db, "shard", "shard");
    if (!shard.ok()) {
      st = shard.status();
    } else if (!shard->empty()) {
      auto [it, fresh] = shards.emplace(*shard, input);
      if (!fresh) {
        st = Status(StatusCode::kInvalidArgument, "shard " + *shard + " was already merged from " + it->second, input);
      }
    }
  }
  if (st.ok()) {
    SqliteStmt dup;
    st = dup.prepare(db, "SELECT doc, id FROM shard.documents WHERE doc IN (SELECT doc FROM main.documents) LIMIT 1");
    if (st.ok() && dup.row()) {
      st = Status(StatusCode::kInvalidArgument,
                  "input position " + std::to_string(dup.column_int(0)) + " (id '" + dup.column_text(1) +
                      "') is already in the merge from an earlier input",
                  input);
    } else if (st.ok()) {
      st = dup.status();
    }
  }
  if (st.ok()) st = db.exec("BEGIN");
  for (const std::string& table : store::layer_tables()) {
    if (!st.ok()) break;
    st = db.exec("INSERT INTO main." + table + " SELECT * FROM shard." + table);
    if (!st.ok()) st = Status(st.code(), "copying table " + table + ": " + st.message(), input);
  }
  if (st.ok()) {
    st = db.exec("COMMIT");
  } else {
    db.exec("ROLLBACK");
  }
  db.exec("DETACH DATABASE shard");
  return st;
}

}  // namespace

Status merge_sqlite_stores(const std::vector<std::string>& inputs, const std::string& output) {
  if (inputs.empty()) return Status(StatusCode::kInvalidArgument, "merge needs at least one input database");
  struct stat st {};
  if (::stat(output.c_str(), &st) == 0 && st.st_size > 0) {
    return Status(StatusCode::kInvalidArgument, "the output exists and is not empty; remove it first", output);
  }
  for (const std::string& input : inputs) {
    if (input == output) return Status(StatusCode::kInvalidArgument, "an input is also the output", input);
    if (::stat(input.c_str(), &st) != 0) return Status(StatusCode::kNotFound, "no such file", input);
  }
  Status status;
  {
    SqliteDb db;
    status = db.open(output, true);
    if (status.ok()) status = db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    if (status.ok()) status = store::create_schema(db);
    std::map<std::string, std::string> shards;  // "I/N" -> input
    for (const std::string& input : inputs) {
      if (!status.ok()) break;
      status = merge_one(db, input, shards);
    }
    // A complete set of shards of one split is the single run: say so.
    std::set<std::string> counts;
    for (const auto& [shard, input] : shards) counts.insert(shard.substr(shard.find('/') + 1));
    const bool complete = counts.size() == 1 && std::to_string(shards.size()) == *counts.begin();
    if (status.ok()) status = store::write_meta(db, "shard", complete ? "0/1" : "merged");
    if (status.ok() && !inputs.empty()) {
      // The models of the first input; shards of one run share them.
      SqliteStmt attach;
      status = attach.prepare(db, "ATTACH DATABASE ? AS first");
      if (status.ok()) {
        attach.bind_text(1, inputs.front());
        status = attach.run();
      }
      attach.finalize();
      if (status.ok()) {
        status = db.exec("INSERT OR REPLACE INTO main.meta SELECT key, value FROM first.meta "
                         "WHERE key IN ('models', 'chronicle')");
      }
      db.exec("DETACH DATABASE first");
    }
    if (status.ok()) status = db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  if (!status.ok()) remove_database(output);
  return status;
}

}  // namespace chronicle
