// Reads a chronicle SQLite database back for tests: rows as text, whole
// tables dumped in a fixed order so two databases compare row for row.
#pragma once

#include <sqlite3.h>

#include <string>
#include <vector>

namespace chronicle::store_test {

using Rows = std::vector<std::vector<std::string>>;

// Runs `sql` on the database at `path` (read-only); every value as text,
// NULL as "NULL", reals printed by SQLite. An error comes back as one row
// {"ERROR", message}.
inline Rows query(const std::string& path, const std::string& sql) {
  Rows rows;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    rows.push_back({"ERROR", db ? sqlite3_errmsg(db) : "open failed"});
    sqlite3_close_v2(db);
    return rows;
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    rows.push_back({"ERROR", sqlite3_errmsg(db)});
    sqlite3_close_v2(db);
    return rows;
  }
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const unsigned char* v = sqlite3_column_text(stmt, i);
      row.push_back(v ? std::string(reinterpret_cast<const char*>(v), sqlite3_column_bytes(stmt, i)) : "NULL");
    }
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) rows.push_back({"ERROR", sqlite3_errmsg(db)});
  sqlite3_finalize(stmt);
  sqlite3_close_v2(db);
  return rows;
}

inline std::string scalar(const std::string& path, const std::string& sql) {
  Rows rows = query(path, sql);
  return rows.empty() || rows[0].empty() ? "" : rows[0][0];
}

inline const std::vector<std::string>& dump_tables() {
  static const std::vector<std::string> t = {"documents", "sentences", "tokens", "entities", "mentions", "quotes",
                                             "posts",     "social",    "times",  "events",   "errors"};
  return t;
}

// Every row of every layer table, ordered by all columns, one table after another.
inline std::string dump(const std::string& path) {
  std::string out;
  for (const std::string& table : dump_tables()) {
    out += "== " + table + "\n";
    Rows cols = query(path, "SELECT count(*) FROM pragma_table_info('" + table + "')");
    const int n = cols.empty() ? 1 : std::stoi(cols[0][0]);
    std::string order;
    for (int i = 1; i <= n; ++i) {
      if (i > 1) order += ',';
      order += std::to_string(i);
    }
    for (const auto& row : query(path, "SELECT * FROM " + table + " ORDER BY " + order)) {
      for (const auto& v : row) out += v + "\t";
      out += "\n";
    }
  }
  return out;
}

}  // namespace chronicle::store_test
