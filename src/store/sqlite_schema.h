// The chronicle.sqlite/1 table layout (docs/sqlite.md) and the checks shared
// by the store and the merge.
#pragma once

#include <string>
#include <vector>

#include "chronicle/status.h"
#include "store/sqlite_db.h"

namespace chronicle::store {

// Layer tables, parents first; each has a `doc` column (input position).
const std::vector<std::string>& layer_tables();

// Creates every table and index (IF NOT EXISTS) and meta('schema').
Status create_schema(SqliteDb& db);

// meta(key) or "" when absent.
Result<std::string> read_meta(SqliteDb& db, const std::string& schema_name, const std::string& key);
Status write_meta(SqliteDb& db, const std::string& key, const std::string& value);

// kUnsupported unless the database (attached as `schema_name`: "main", ...)
// says it is chronicle.sqlite/1.
Status check_schema(SqliteDb& db, const std::string& schema_name);

}  // namespace chronicle::store
