// GzipReader: reads a file as a byte stream, inflating it with zlib when it
// starts with the gzip magic (one member or many concatenated, as in
// .warc.gz where each record is its own member), passing it through otherwise.
//
// A corrupt member (bad deflate data, bad CRC) is reported through error()
// and reading resumes at the next gzip member header found after it; a file
// that ends inside a member is reported as truncated. Memory is bounded by
// two 64 KiB buffers. Thread safety: one instance, one thread.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "chronicle/status.h"

namespace chronicle::io {

class GzipReader {
 public:
  // kNotFound / kIoError naming the path when it cannot be opened.
  static Result<std::unique_ptr<GzipReader>> open(const std::string& path);
  ~GzipReader();
  GzipReader(const GzipReader&) = delete;
  GzipReader& operator=(const GzipReader&) = delete;

  // Reads up to `n` bytes; 0 means end of input or an error. After an error
  // (take_error() non-empty) the next read continues after the damage.
  size_t read(char* out, size_t n);

  // The last error ("corrupt gzip data at byte 1234 of the file: ...") and
  // clears it; empty when there was none since the last call.
  std::string take_error();
  bool at_end() const { return end_; }
  bool compressed() const { return gzip_; }
  // Bytes of the file consumed so far (compressed offset).
  uint64_t file_offset() const { return file_offset_; }

 private:
  GzipReader() = default;
  bool fill_input();
  bool resync();

  std::FILE* file_ = nullptr;
  bool gzip_ = false;
  bool end_ = false;
  bool broken_ = false;  // inside damaged data: look for the next member
  std::vector<unsigned char> in_ = std::vector<unsigned char>(1 << 16);
  z_stream z_{};
  bool z_init_ = false;
  uint64_t file_offset_ = 0;   // bytes handed to zlib or passed through
  uint64_t member_start_ = 0;  // file offset of the current member
  std::string error_;
};

}  // namespace chronicle::io
