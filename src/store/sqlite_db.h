// SqliteDb and SqliteStmt: thin RAII owners of a SQLite connection and a
// prepared statement that turn SQLite result codes into Status values naming
// the database file.
// Thread safety: one instance, one thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "chronicle/status.h"

namespace chronicle::store {

class SqliteDb {
 public:
  SqliteDb() = default;
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;
  ~SqliteDb();

  // Opens (creating when `create`) the file; kIoError naming it on failure.
  Status open(const std::string& path, bool create);
  void close();
  // Runs one or more statements that return no rows.
  Status exec(const std::string& sql);
  // kIoError "<path>: <what>: <sqlite message>".
  Status error(std::string_view what) const;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class SqliteStmt {
 public:
  SqliteStmt() = default;
  SqliteStmt(const SqliteStmt&) = delete;
  SqliteStmt& operator=(const SqliteStmt&) = delete;
  ~SqliteStmt();

  Status prepare(const SqliteDb& db, const std::string& sql);
  // Releases the statement (a connection closes only when all are released).
  void finalize();
  // Parameters are 1-based, as in SQLite.
  void bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  void bind_text(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  // Empty strings are unknown values: stored as NULL, never as ''.
  void bind_optional(int i, std::string_view s) {
    if (s.empty()) {
      sqlite3_bind_null(stmt_, i);
    } else {
      bind_text(i, s);
    }
  }
  void bind_null(int i) { sqlite3_bind_null(stmt_, i); }

  // Runs a statement that returns no rows, then resets it for the next use.
  Status run();
  // Steps once: true with a row, false at the end (check `status()`).
  bool row();
  const Status& status() const { return status_; }
  void reset() { sqlite3_reset(stmt_); sqlite3_clear_bindings(stmt_); }

  int64_t column_int(int i) const { return sqlite3_column_int64(stmt_, i); }
  std::string column_text(int i) const;

 private:
  const SqliteDb* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::string sql_;
  Status status_;
};

}  // namespace chronicle::store
