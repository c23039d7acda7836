#include "io/model_writer.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>

#include "io/byte_io.h"
#include "io/crc32.h"

#ifndef CHRONICLE_VERSION
#define CHRONICLE_VERSION "0.0.0"
#endif
#ifndef CHRONICLE_GIT_DESCRIBE
#define CHRONICLE_GIT_DESCRIBE "unknown"
#endif

namespace chronicle::io {

std::string build_timestamp() {
  std::time_t t = std::time(nullptr);
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long v = std::strtoll(sde, &end, 10);
    if (end != sde && *end == '\0' && v >= 0) t = static_cast<std::time_t>(v);
  }
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

ModelWriter::ModelWriter(ModelKind kind) : kind_(kind) {
  set_meta("producer", std::string("chronicle ") + CHRONICLE_VERSION);
  set_meta("git_describe", CHRONICLE_GIT_DESCRIBE);
  set_meta("created", build_timestamp());
}

Status ModelWriter::add_section(std::string_view tag, std::string bytes) {
  if (tag.size() != 4) return Status(StatusCode::kInvalidArgument, "section tag '" + std::string(tag) + "' is not 4 characters");
  for (unsigned char c : tag)
    if (c < 0x21 || c > 0x7e)
      return Status(StatusCode::kInvalidArgument, "section tag '" + std::string(tag) + "' is not printable ASCII");
  if (tag == "META") return Status(StatusCode::kInvalidArgument, "section META is written by ModelWriter itself");
  for (const auto& s : sections_)
    if (s.first == tag) return Status(StatusCode::kInvalidArgument, "section " + std::string(tag) + " added twice");
  sections_.emplace_back(std::string(tag), std::move(bytes));
  return {};
}

void ModelWriter::set_meta(const std::string& key, const std::string& value) {
  for (auto& kv : meta_) {
    if (kv.first == key) {
      kv.second = value;
      return;
    }
  }
  meta_.emplace_back(key, value);
}

std::string ModelWriter::to_bytes() const {
  std::vector<std::pair<std::string_view, std::string_view>> all;
  std::string meta = encode_meta(meta_);
  all.emplace_back("META", meta);
  for (const auto& s : sections_) all.emplace_back(s.first, s.second);

  const uint64_t table_end = kModelHeaderSize + all.size() * kSectionEntrySize;
  std::vector<uint64_t> offsets;
  uint64_t pos = (table_end + 7) & ~uint64_t{7};
  for (const auto& s : all) {
    offsets.push_back(pos);
    pos = (pos + s.second.size() + 7) & ~uint64_t{7};
  }
  const uint64_t total = pos;

  ByteWriter w;
  w.raw(std::string_view(kModelMagic.data(), kModelMagic.size()));
  w.u32(kModelFormatVersion);
  w.u32(static_cast<uint32_t>(kind_));
  w.u32(encode_version(CHRONICLE_VERSION));
  w.u32(static_cast<uint32_t>(all.size()));
  w.u64(total);
  w.u32(0);  // header CRC, patched below
  w.u32(0);  // reserved
  for (size_t i = 0; i < all.size(); ++i) {
    w.raw(all[i].first);
    w.u32(0);
    w.u64(offsets[i]);
    w.u64(all[i].second.size());
    w.u32(crc32(all[i].second));
    w.u32(0);
  }
  std::string out = std::move(w).bytes();
  uint32_t hcrc = crc32(out);
  for (int i = 0; i < 4; ++i) out[32 + i] = static_cast<char>((hcrc >> (8 * i)) & 0xff);
  out.reserve(total);
  for (size_t i = 0; i < all.size(); ++i) {
    out.resize(offsets[i], '\0');
    out.append(all[i].second);
  }
  out.resize(total, '\0');
  return out;
}

Status ModelWriter::write_file(const std::string& path) const {
  std::string bytes = to_bytes();
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status(StatusCode::kIoError, "cannot create file", tmp);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) return Status(StatusCode::kIoError, "write failed", tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status(StatusCode::kIoError, "cannot rename " + tmp + " into place", path);
  }
  return {};
}

}  // namespace chronicle::io
