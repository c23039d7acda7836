// WarcReader: the records of a WARC file (ISO 28500, WARC/1.0 and 1.1, as in
// Common Crawl's CC-NEWS), plain or gzipped, one at a time.
//
// ensures: records come in file order, numbered from 1; a record whose block
// is larger than `max_block` is skipped without being held in memory and
// reported kTooLarge; a corrupt record (bad version or header line, missing
// or wrong Content-Length, truncated file, damaged gzip member) is reported
// kCorrupt with the record number and byte offset, and reading resumes at the
// next "WARC/" version line; nothing after a bad record is lost.
// Thread safety: one instance, one thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/gzip_reader.h"

namespace chronicle::io {

struct WarcRecord {
  uint64_t number = 0;  // 1-based
  uint64_t offset = 0;  // byte offset of its version line in the (decompressed) stream
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased, in order
  std::string block;
  std::string_view header(std::string_view lower_name) const;
};

class WarcReader {
 public:
  enum class Next { kRecord, kCorrupt, kTooLarge, kEnd };

  WarcReader(std::unique_ptr<GzipReader> input, uint64_t max_block);

  // kRecord: `record` is filled. kCorrupt / kTooLarge: `record.number` and
  // `record.offset` say which record, `problem` what is wrong. kEnd: done.
  Next next(WarcRecord& record, std::string& problem);

 private:
  bool fill();  // appends more input to buf_; false at end
  bool read_line(std::string& line);
  void compact();
  bool find_version_line();
  // Reports the current record corrupt, naming any gzip damage met up to
  // stream offset `upto`, and resyncs.
  Next corrupt(std::string& problem, std::string what, uint64_t upto);
  std::string take_errors(uint64_t upto);

  std::unique_ptr<GzipReader> in_;
  uint64_t max_block_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t buf_offset_ = 0;  // stream offset of buf_[0]
  uint64_t records_ = 0;
  bool resync_ = false;
  // Gzip problems, with the stream offset where the good bytes before them ended.
  std::vector<std::pair<uint64_t, std::string>> errors_;
};

}  // namespace chronicle::io
