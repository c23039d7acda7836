#include "io/warc_reader.h"

#include <algorithm>
#include <cctype>

namespace chronicle::io {

namespace {

constexpr size_t kChunk = 1 << 16;
constexpr size_t kMaxHeaderLine = 1 << 16;
constexpr size_t kMaxHeaders = 1 << 10;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

std::string_view WarcRecord::header(std::string_view lower_name) const {
  for (const auto& [name, value] : headers) {
    if (name == lower_name) return value;
  }
  return {};
}

WarcReader::WarcReader(std::unique_ptr<GzipReader> input, uint64_t max_block)
    : in_(std::move(input)), max_block_(max_block) {}

void WarcReader::compact() {
  if (pos_ > kChunk) {
    buf_.erase(0, pos_);
    buf_offset_ += pos_;
    pos_ = 0;
  }
}

bool WarcReader::fill() {
  compact();
  const size_t old = buf_.size();
  buf_.resize(old + kChunk);
  const size_t n = in_->read(buf_.data() + old, kChunk);
  buf_.resize(old + n);
  std::string e = in_->take_error();
  if (!e.empty()) errors_.emplace_back(buf_offset_ + buf_.size(), std::move(e));
  // After damage the reader resumes at the next member: keep going.
  return n > 0 || (!e.empty() && !in_->at_end() && fill());
}

// A line without its "\n" (and "\r"); false at end of input or when the line
// is longer than kMaxHeaderLine (then `line` is what was read).
bool WarcReader::read_line(std::string& line) {
  size_t scanned = pos_;
  for (;;) {
    const size_t nl = buf_.find('\n', scanned);
    if (nl != std::string::npos) {
      line.assign(buf_, pos_, nl - pos_);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      pos_ = nl + 1;
      return true;
    }
    scanned = buf_.size();
    if (scanned - pos_ > kMaxHeaderLine || !fill()) {
      line.assign(buf_, pos_, std::min(buf_.size() - pos_, kMaxHeaderLine));
      return false;
    }
  }
}

// Moves pos_ to the next line that starts with "WARC/"; false at end.
bool WarcReader::find_version_line() {
  size_t from = pos_;
  for (;;) {
    if (pos_ == 0 && buf_offset_ == 0 && buf_.compare(0, 5, "WARC/") == 0) return true;
    const size_t at = buf_.find("\nWARC/", from > 0 ? from - 1 : 0);
    if (at != std::string::npos && at + 1 >= pos_) {
      pos_ = at + 1;
      return true;
    }
    // Keep the last few bytes: the marker may straddle the refill.
    from = buf_.size() > 6 ? buf_.size() - 6 : 0;
    if (from > pos_) pos_ = from;
    if (!fill()) return false;
  }
}

std::string WarcReader::take_errors(uint64_t upto) {
  std::string out;
  while (!errors_.empty() && errors_.front().first <= upto) {
    if (!out.empty()) out += "; ";
    out += errors_.front().second;
    errors_.erase(errors_.begin());
  }
  return out;
}

WarcReader::Next WarcReader::corrupt(std::string& problem, std::string what, uint64_t upto) {
  const std::string damage = take_errors(upto);
  problem = damage.empty() ? std::move(what) : std::move(what) + " (" + damage + ")";
  resync_ = true;
  return Next::kCorrupt;
}

WarcReader::Next WarcReader::next(WarcRecord& record, std::string& problem) {
  record.headers.clear();
  record.block.clear();
  problem.clear();
  if (resync_) {
    resync_ = false;
    if (!find_version_line()) pos_ = buf_.size();
  }
  // Blank lines between records are tolerated.
  std::string line;
  uint64_t start = 0;
  bool found = false;  // a non-blank line
  for (;;) {
    if (pos_ >= buf_.size() && !fill()) break;
    start = buf_offset_ + pos_;
    const bool complete = read_line(line);
    if (!trim(line).empty()) {
      found = true;
      break;
    }
    if (!complete) break;
  }
  // Damage before this record (a whole member lost) is a record of its own.
  if (!errors_.empty() && (errors_.front().first <= start || !found)) {
    record.number = ++records_;
    record.offset = errors_.front().first;
    problem = take_errors(errors_.front().first);
    if (found) pos_ = static_cast<size_t>(start - buf_offset_);  // read this record next time
    return Next::kCorrupt;
  }
  if (!found) return Next::kEnd;
  record.number = ++records_;
  record.offset = start;
  if (!line.starts_with("WARC/")) {
    return corrupt(problem, "bad record header: expected a 'WARC/1.x' version line, found '" + line.substr(0, 40) + "'",
                   buf_offset_ + pos_);
  }
  uint64_t length = 0;
  bool has_length = false;
  for (;;) {
    if (!read_line(line)) return corrupt(problem, "the file ends inside the record header", buf_offset_ + buf_.size());
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !record.headers.empty()) {
      record.headers.back().second += " " + trim(line);  // folded continuation line
      continue;
    }
    const size_t colon = line.find(':');
    // A field name is a token: no spaces, tabs or separators before the colon.
    if (colon == std::string::npos || colon == 0 || line.find_first_of(" \t\"()<>@,;/[]?={}", 0) < colon) {
      return corrupt(problem, "bad record header line '" + line.substr(0, 60) + "'", buf_offset_ + pos_);
    }
    if (record.headers.size() >= kMaxHeaders) return corrupt(problem, "more than 1024 header lines", buf_offset_ + pos_);
    record.headers.emplace_back(lower(trim(std::string_view(line).substr(0, colon))),
                                trim(std::string_view(line).substr(colon + 1)));
    if (record.headers.back().first == "content-length") {
      const std::string& v = record.headers.back().second;
      if (v.empty() || v.size() > 18 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return corrupt(problem, "bad Content-Length '" + v + "'", buf_offset_ + pos_);
      }
      length = std::stoull(v);
      has_length = true;
    }
  }
  if (!has_length) return corrupt(problem, "no Content-Length header", buf_offset_ + pos_);

  const uint64_t block_start = buf_offset_ + pos_;
  if (length > max_block_) {
    // Skip the block without keeping it.
    uint64_t left = length;
    while (left > 0) {
      const uint64_t have = buf_.size() - pos_;
      const uint64_t take = std::min(left, have);
      pos_ += take;
      left -= take;
      if (left > 0 && !fill()) {
        return corrupt(problem, "the file ends inside the record's block", buf_offset_ + buf_.size());
      }
    }
    const std::string damage = take_errors(buf_offset_ + pos_);
    if (!damage.empty()) return corrupt(problem, "record block damaged", block_start + length);
    problem = "record block of " + std::to_string(length) + " bytes is larger than the limit (" +
              std::to_string(max_block_) + " bytes)";
    // The trailing CRLF CRLF is consumed by the next call's blank-line skip.
    return Next::kTooLarge;
  }
  while (buf_.size() - pos_ < length + 4) {
    if (!fill()) break;
  }
  const uint64_t have = buf_.size() - pos_;
  if (have < length) {
    pos_ = buf_.size();
    return corrupt(problem, "the file ends inside the record's block (Content-Length " + std::to_string(length) + ", " +
                                std::to_string(have) + " bytes left)",
                   buf_offset_ + buf_.size());
  }
  // The block must be followed by CRLF CRLF (a bare LF LF is tolerated).
  const std::string_view tail(buf_.data() + pos_ + length, std::min<uint64_t>(4, have - length));
  const bool ends_right = tail.starts_with("\r\n\r\n") || tail.starts_with("\n\n") ||
                          (have == length + tail.size() && (tail.empty() || tail == "\r\n" || tail == "\n"));
  const uint64_t end = block_start + length + tail.size();
  const bool damaged = !errors_.empty() && errors_.front().first < end;
  if (!ends_right || damaged) {
    // Resync from the start of the block: when Content-Length was too long
    // the next record's version line is inside what it claimed.
    pos_ = static_cast<size_t>(block_start - buf_offset_);
    return corrupt(problem,
                   damaged ? std::string("record damaged")
                           : "Content-Length " + std::to_string(length) +
                                 " does not match the record (its block is not followed by CRLF CRLF)",
                   end);
  }
  record.block.assign(buf_, pos_, length);
  pos_ += length;
  return Next::kRecord;
}

}  // namespace chronicle::io
