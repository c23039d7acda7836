// SqliteStore: writes annotated Documents into a SQLite database (schema in
// docs/sqlite.md), in batches of documents per transaction, so a run that is
// killed leaves a database holding exactly the documents of its committed
// batches, and a resumed run can skip them.
//
// requires: documents are added in input order with their input position
// (0-based index of the document in the whole input, shards included);
// ensures: each document becomes one `documents` row keyed by its position
// plus rows in the layer tables; offsets are code points, as in the JSON
// output. Never throws, prints or exits.
// Thread safety: one instance, one thread (SQLite connection per store).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle {

// Version of the table layout; stored in meta('schema').
inline constexpr const char* kSqliteSchema = "chronicle.sqlite/1";

struct SqliteStoreOptions {
  // Continue a database that already holds documents; without it such a
  // database is refused (kInvalidArgument), so a finished run is never mixed
  // with another by accident.
  bool resume = false;
  bool text = false;    // fill documents.text
  bool tokens = false;  // fill the tokens table
  uint32_t batch = 256;  // documents per transaction
  // Recorded in meta('shard') as "I/N"; a resume must use the same shard.
  uint32_t shard_index = 0;
  uint32_t shard_count = 1;
  // Recorded in meta('models') as "stage=model,...".
  std::vector<std::pair<std::string, std::string>> models;
};

class SqliteStore {
 public:
  // Creates the file and its tables, or opens an existing chronicle database
  // (kUnsupported for another schema, kInvalidArgument for a shard mismatch
  // or a non-empty database without `resume`). kIoError names the path.
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path, const SqliteStoreOptions& options);
  // Commits the pending batch (a failure there is lost: call close()).
  ~SqliteStore();

  // Documents committed by earlier runs: input position -> id.
  const std::unordered_map<uint64_t, std::string>& committed() const { return committed_; }

  // Adds one document; commits when the batch is full. kIoError on a write
  // failure, kInvalidArgument when `position` is already stored.
  Status add(const Document& doc, uint64_t position);
  // Commits the pending batch and checkpoints the write-ahead log.
  Status close();

 private:
  SqliteStore();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::unordered_map<uint64_t, std::string> committed_;
};

// Joins shard databases (as written by SqliteStore, e.g. from --shard runs)
// into `output`, which must not exist or be empty. Rows keep their input
// positions, so the result equals a single run over the whole input. A
// position present in two inputs is kInvalidArgument naming both files;
// nothing is left at `output` when merging fails.
Status merge_sqlite_stores(const std::vector<std::string>& inputs, const std::string& output);

}  // namespace chronicle
