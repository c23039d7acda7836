#include "io/line_reader.h"

#include <cstring>

namespace chronicle::io {

bool LineReader::fill() {
  if (eof_) return false;
  size_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  pos_ = 0;
  bytes_read_ += size_;
  if (size_ == 0) eof_ = true;
  return size_ > 0;
}

bool LineReader::next(std::string& line, bool& truncated, bool& error) {
  line.clear();
  truncated = false;
  error = false;
  bool any = false;
  for (;;) {
    if (pos_ == size_ && !fill()) {
      if (std::ferror(file_)) error = true;
      if (any) ++line_number_;
      return any;
    }
    any = true;
    const char* start = buffer_.data() + pos_;
    const size_t avail = size_ - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (line.size() < max_line_) {
      const size_t room = static_cast<size_t>(max_line_ - line.size());
      line.append(start, take < room ? take : room);
      if (take > room) truncated = true;
    } else if (take > 0) {
      truncated = true;
    }
    pos_ += take;
    if (nl) {
      ++pos_;  // the '\n'
      ++line_number_;
      return true;
    }
  }
}

}  // namespace chronicle::io
