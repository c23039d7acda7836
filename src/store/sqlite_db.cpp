#include "store/sqlite_db.h"

namespace chronicle::store {

SqliteDb::~SqliteDb() { close(); }

Status SqliteDb::open(const std::string& path, bool create) {
  close();
  path_ = path;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    Status st = error("cannot open the database");
    close();
    return st;
  }
  sqlite3_extended_result_codes(db_, 1);
  // Another process (a reader, or a killed run's leftovers) may hold a lock briefly.
  sqlite3_busy_timeout(db_, 10000);
  return Status::ok_status();
}

void SqliteDb::close() {
  if (db_) sqlite3_close_v2(db_);
  db_ = nullptr;
}

Status SqliteDb::exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return Status::ok_status();
  std::string text = message ? message : "unknown error";
  sqlite3_free(message);
  return Status(StatusCode::kIoError, text, path_);
}

Status SqliteDb::error(std::string_view what) const {
  std::string text(what);
  text += ": ";
  text += db_ ? sqlite3_errmsg(db_) : "out of memory";
  return Status(StatusCode::kIoError, text, path_);
}

SqliteStmt::~SqliteStmt() { finalize(); }

void SqliteStmt::finalize() {
  if (stmt_) sqlite3_finalize(stmt_);
  stmt_ = nullptr;
}

Status SqliteStmt::prepare(const SqliteDb& db, const std::string& sql) {
  db_ = &db;
  sql_ = sql;
  if (stmt_) sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
    return db.error("cannot prepare '" + sql + "'");
  }
  return Status::ok_status();
}

Status SqliteStmt::run() {
  const int rc = sqlite3_step(stmt_);
  Status st;
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) st = db_->error("'" + sql_.substr(0, 40) + "...' failed");
  reset();
  return st;
}

bool SqliteStmt::row() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = db_->error("'" + sql_.substr(0, 40) + "...' failed");
  return false;
}

std::string SqliteStmt::column_text(int i) const {
  const unsigned char* s = sqlite3_column_text(stmt_, i);
  return s ? std::string(reinterpret_cast<const char*>(s), static_cast<size_t>(sqlite3_column_bytes(stmt_, i)))
           : std::string();
}

}  // namespace chronicle::store
