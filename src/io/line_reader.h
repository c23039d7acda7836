// LineReader: reads '\n'-terminated lines from a FILE* with a bounded line
// length, so one huge or newline-free line never takes more than `max_line`
// bytes of memory (the rest of it is skipped and the line flagged).
// Thread safety: one instance per thread.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace chronicle::io {

class LineReader {
 public:
  LineReader(std::FILE* file, uint64_t max_line) : file_(file), max_line_(max_line), buffer_(1 << 16) {}

  // Reads the next line (without its '\n'; a trailing '\r' is kept) into
  // `line`. Returns false at end of input. `truncated` is set when the line was
  // longer than max_line: `line` then holds only its first max_line bytes.
  // `error` is set when reading failed (ferror).
  bool next(std::string& line, bool& truncated, bool& error);

  // 1-based number of the line last returned.
  uint64_t line_number() const { return line_number_; }
  // Lines consumed before this reader took over (stdin sniffing); counted on.
  void set_line_number(uint64_t n) { line_number_ = n; }
  // Bytes taken from the file so far (read ahead in 64 KiB blocks): for progress.
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool fill();

  std::FILE* file_;
  uint64_t max_line_;
  std::vector<char> buffer_;
  size_t pos_ = 0;
  size_t size_ = 0;
  bool eof_ = false;
  uint64_t line_number_ = 0;
  uint64_t bytes_read_ = 0;
};

}  // namespace chronicle::io
