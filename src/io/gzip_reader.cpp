#include "io/gzip_reader.h"

#include <cerrno>
#include <cstring>
#include <system_error>

namespace chronicle::io {

Result<std::unique_ptr<GzipReader>> GzipReader::open(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    std::error_code ec(errno, std::generic_category());
    return Status(errno == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError, "cannot open: " + ec.message(), path);
  }
  auto r = std::unique_ptr<GzipReader>(new GzipReader());
  r->file_ = f;
  const int c1 = std::fgetc(f);
  const int c2 = std::fgetc(f);
  r->gzip_ = c1 == 0x1f && c2 == 0x8b;
  std::rewind(f);
  if (r->gzip_) {
    // 15 + 16: gzip wrapper only, so a member boundary is Z_STREAM_END.
    if (inflateInit2(&r->z_, 15 + 16) != Z_OK) return Status(StatusCode::kInternal, "zlib initialisation failed", path);
    r->z_init_ = true;
  }
  return r;
}

GzipReader::~GzipReader() {
  if (z_init_) inflateEnd(&z_);
  if (file_) std::fclose(file_);
}

std::string GzipReader::take_error() {
  std::string e = std::move(error_);
  error_.clear();
  return e;
}

bool GzipReader::fill_input() {
  if (z_.avail_in > 0) return true;
  const size_t n = std::fread(in_.data(), 1, in_.size(), file_);
  z_.next_in = in_.data();
  z_.avail_in = static_cast<uInt>(n);
  return n > 0;
}

// Skips to the next "1f 8b 08" (gzip magic + deflate) after the damage.
bool GzipReader::resync() {
  for (;;) {
    if (!fill_input()) return false;
    while (z_.avail_in > 0) {
      if (z_.next_in[0] == 0x1f) {
        if (z_.avail_in < 3) {
          // Keep the partial magic at the front of the buffer and read on.
          std::memmove(in_.data(), z_.next_in, z_.avail_in);
          const size_t kept = z_.avail_in;
          const size_t n = std::fread(in_.data() + kept, 1, in_.size() - kept, file_);
          z_.next_in = in_.data();
          z_.avail_in = static_cast<uInt>(kept + n);
          if (n == 0) {
            file_offset_ += z_.avail_in;
            z_.avail_in = 0;
            return false;
          }
          continue;
        }
        if (z_.next_in[1] == 0x8b && z_.next_in[2] == 0x08) {
          inflateReset(&z_);
          member_start_ = file_offset_;
          return true;
        }
      }
      ++z_.next_in;
      --z_.avail_in;
      ++file_offset_;
    }
  }
}

size_t GzipReader::read(char* out, size_t n) {
  if (end_ || n == 0) return 0;
  if (!gzip_) {
    const size_t got = std::fread(out, 1, n, file_);
    file_offset_ += got;
    if (got == 0) {
      if (std::ferror(file_)) error_ = "read failed at byte " + std::to_string(file_offset_);
      end_ = true;
    }
    return got;
  }
  if (broken_) {
    broken_ = false;
    if (!resync()) {
      end_ = true;
      return 0;
    }
  }
  z_.next_out = reinterpret_cast<Bytef*>(out);
  z_.avail_out = static_cast<uInt>(n);
  while (z_.avail_out == n) {
    if (!fill_input()) {
      if (std::ferror(file_)) {
        error_ = "read failed at byte " + std::to_string(file_offset_);
      } else if (member_start_ != file_offset_ || z_.total_in > 0) {
        // EOF inside a member (inflate had not reached its end).
        error_ = "truncated gzip member starting at byte " + std::to_string(member_start_) + " of the file (the file ends at byte " +
                 std::to_string(file_offset_) + ")";
      }
      end_ = true;
      break;
    }
    const uInt before = z_.avail_in;
    const int rc = inflate(&z_, Z_NO_FLUSH);
    file_offset_ += before - z_.avail_in;
    if (rc == Z_STREAM_END) {
      inflateReset(&z_);  // the next member, if any, starts here
      member_start_ = file_offset_;
      continue;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      error_ = "corrupt gzip data in the member starting at byte " + std::to_string(member_start_) + " of the file: " +
               (z_.msg ? z_.msg : "inflate error " + std::to_string(rc));
      broken_ = true;
      // The bytes that made it out of the broken member are dropped by the
      // caller with the record they belong to.
      break;
    }
  }
  return n - z_.avail_out;
}

}  // namespace chronicle::io
