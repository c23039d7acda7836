#include "io/model_file.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "io/byte_io.h"
#include "io/crc32.h"

namespace chronicle::io {

namespace {

std::string hex32(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", v);
  return buf;
}

// A tag as printed in messages: printable ASCII as is, other bytes escaped.
std::string printable_tag(std::string_view tag) {
  std::string out;
  for (unsigned char c : tag) {
    if (c >= 0x20 && c < 0x7f) {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

bool printable(std::string_view tag) {
  for (unsigned char c : tag)
    if (c < 0x21 || c > 0x7e) return false;
  return true;
}

uint64_t align8(uint64_t v) { return (v + 7) & ~uint64_t{7}; }

}  // namespace

std::string model_kind_name(ModelKind kind) {
  switch (kind) {
    case ModelKind::kTagger: return "tagger";
    case ModelKind::kParser: return "parser";
    case ModelKind::kNer: return "ner";
    case ModelKind::kTokenizer: return "tokenizer";
    case ModelKind::kDictionary: return "dictionary";
    case ModelKind::kTest: return "test";
  }
  return "unknown(" + std::to_string(static_cast<uint32_t>(kind)) + ")";
}

uint32_t encode_version(std::string_view dotted) {
  uint32_t parts[3] = {0, 0, 0};
  int i = 0;
  for (char c : dotted) {
    if (c == '.') {
      if (++i == 3) break;
    } else if (c >= '0' && c <= '9') {
      parts[i] = parts[i] * 10 + static_cast<uint32_t>(c - '0');
    } else {
      break;
    }
  }
  return parts[0] * 10000 + parts[1] * 100 + parts[2];
}

std::string decode_version(uint32_t v) {
  return std::to_string(v / 10000) + "." + std::to_string(v / 100 % 100) + "." + std::to_string(v % 100);
}

std::string encode_meta(const MetaList& meta) {
  ByteWriter w;
  w.u32(static_cast<uint32_t>(meta.size()));
  for (const auto& [k, v] : meta) {
    w.str(k);
    w.str(v);
  }
  return std::move(w).bytes();
}

bool decode_meta(std::string_view bytes, MetaList& out, std::string& error) {
  ByteReader r(bytes);
  uint32_t n = r.u32();
  if (!r.ok() || !r.can_read(n, 8)) {
    error = "entry count " + std::to_string(n) + " does not fit in " + std::to_string(bytes.size()) + " bytes";
    return false;
  }
  MetaList meta;
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view k = r.str();
    std::string_view v = r.str();
    if (!r.ok()) {
      error = "entry " + std::to_string(i) + " runs past the end of the section";
      return false;
    }
    meta.emplace_back(std::string(k), std::string(v));
  }
  if (!r.at_end()) {
    error = std::to_string(r.remaining()) + " trailing bytes after " + std::to_string(n) + " entries";
    return false;
  }
  out = std::move(meta);
  return true;
}

Result<ModelFile> ModelFile::read(const std::string& path) {
  // Opened without std::ios::ate: libstdc++ fails the open itself when that
  // first seek fails, as it does on a pipe, and the pipe is read below.
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open model file", path);
  // A file of known size is read at once into a buffer of that size: copied
  // through a string stream, it was copied three times over a buffer that
  // grew by doubling (tens of MB per model, on every start).
  const std::streamoff size = in.seekg(0, std::ios::end) ? std::streamoff(in.tellg()) : std::streamoff(-1);
  if (size >= 0 && in.seekg(0)) {
    std::unique_ptr<char[]> bytes(new char[static_cast<size_t>(size)]);  // not zeroed: read over
    if (!in.read(bytes.get(), size) || in.gcount() != size)
      return Status(StatusCode::kIoError, "read error", path);
    auto m = check(std::string_view(bytes.get(), static_cast<size_t>(size)), path);
    if (m.ok()) {
      m->file_bytes_ = std::move(bytes);
      m->file_size_ = static_cast<size_t>(size);
    }
    return m;
  }
  // Not seekable (a pipe): copy the stream.
  in.clear();
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "read error", path);
  return parse(std::move(ss).str(), path);
}

Result<ModelFile> ModelFile::parse(std::string bytes, std::string name) {
  auto m = check(bytes, std::move(name));
  if (m.ok()) m->given_bytes_ = std::move(bytes);
  return m;
}

Result<ModelFile> ModelFile::check(std::string_view bytes, std::string name) {
  auto header_error = [&](StatusCode code, const std::string& msg) {
    return Status(code, "header: " + msg, name);
  };
  const uint64_t file_size = bytes.size();
  if (file_size < kModelHeaderSize) {
    return header_error(StatusCode::kDataLoss, "file is " + std::to_string(file_size) +
                                                   " bytes, shorter than the " +
                                                   std::to_string(kModelHeaderSize) + "-byte header");
  }
  if (std::string_view(bytes.data(), 8) != std::string_view(kModelMagic.data(), 8)) {
    return header_error(StatusCode::kParseError, "not a chronicle model file (bad magic)");
  }
  ByteReader r(std::string_view(bytes).substr(8, kModelHeaderSize - 8));
  ModelFile m;
  m.format_version_ = r.u32();
  if (m.format_version_ != kModelFormatVersion) {
    return header_error(StatusCode::kUnsupported,
                        "unsupported model format version " + std::to_string(m.format_version_) +
                            " (this build reads version " + std::to_string(kModelFormatVersion) + ")");
  }
  m.kind_ = static_cast<ModelKind>(r.u32());
  m.producer_version_ = r.u32();
  uint32_t count = r.u32();
  uint64_t total = r.u64();
  m.header_crc_ = r.u32();
  uint32_t reserved = r.u32();
  if (total > file_size) {
    return header_error(StatusCode::kDataLoss, "file is truncated: " + std::to_string(file_size) +
                                                   " bytes, the header declares " + std::to_string(total));
  }
  if (total < file_size) {
    return header_error(StatusCode::kDataLoss, std::to_string(file_size - total) +
                                                   " trailing bytes after the declared total size " +
                                                   std::to_string(total));
  }
  if (reserved != 0) return header_error(StatusCode::kParseError, "reserved field is not zero");
  if (count > kMaxSections || kModelHeaderSize + uint64_t{count} * kSectionEntrySize > file_size) {
    return header_error(StatusCode::kParseError, "section table of " + std::to_string(count) +
                                                     " entries does not fit in " + std::to_string(file_size) +
                                                     " bytes");
  }
  const uint64_t table_end = kModelHeaderSize + uint64_t{count} * kSectionEntrySize;
  // The header checksum covers header and table with the checksum field zeroed.
  {
    std::string copy(bytes.substr(0, table_end));
    for (int i = 32; i < 36; ++i) copy[i] = '\0';
    uint32_t computed = crc32(copy);
    if (computed != m.header_crc_) {
      return header_error(StatusCode::kDataLoss, "checksum mismatch (stored " + hex32(m.header_crc_) +
                                                     ", computed " + hex32(computed) + ")");
    }
  }
  ByteReader table(std::string_view(bytes).substr(kModelHeaderSize, table_end - kModelHeaderSize));
  uint64_t expected_offset = align8(table_end);
  for (uint32_t i = 0; i < count; ++i) {
    SectionEntry e;
    std::string_view tag = table.raw(4);
    std::copy(tag.begin(), tag.end(), e.tag.begin());
    uint32_t reserved1 = table.u32();
    e.offset = table.u64();
    e.size = table.u64();
    e.crc = table.u32();
    uint32_t reserved2 = table.u32();
    const std::string where = "section " + printable_tag(tag) + ": ";
    if (!printable(tag)) {
      return Status(StatusCode::kParseError, where + "tag is not 4 printable ASCII characters", name);
    }
    for (const SectionEntry& prev : m.sections_) {
      if (prev.tag == e.tag) return Status(StatusCode::kParseError, where + "appears twice in the table", name);
    }
    if (reserved1 != 0 || reserved2 != 0) {
      return Status(StatusCode::kParseError, where + "reserved table field is not zero", name);
    }
    if (e.offset > file_size || e.size > file_size - e.offset) {
      return Status(StatusCode::kDataLoss,
                    where + "offset " + std::to_string(e.offset) + " + size " + std::to_string(e.size) +
                        " runs past the end of the file (" + std::to_string(file_size) + " bytes)",
                    name);
    }
    // Sections are packed in table order at 8-byte boundaries: one layout per
    // content, so a file has no hidden gaps or overlaps.
    if (e.offset != expected_offset) {
      return Status(StatusCode::kParseError,
                    where + "offset " + std::to_string(e.offset) + " is not where the layout puts it (" +
                        std::to_string(expected_offset) + ")",
                    name);
    }
    for (uint64_t p = e.offset + e.size; p < align8(e.offset + e.size) && p < file_size; ++p) {
      if (bytes[p] != '\0') return Status(StatusCode::kParseError, where + "padding after it is not zero", name);
    }
    expected_offset = align8(e.offset + e.size);
    m.sections_.push_back(e);
  }
  if (expected_offset != file_size) {
    return header_error(StatusCode::kDataLoss, "sections end at byte " + std::to_string(expected_offset) +
                                                   " but the file has " + std::to_string(file_size));
  }
  m.name_ = std::move(name);
  return m;
}

Status ModelFile::expect_kind(ModelKind kind) const {
  if (kind_ == kind) return {};
  return Status(StatusCode::kInvalidArgument,
                "header: model kind is " + model_kind_name(kind_) + ", expected " + model_kind_name(kind), name_);
}

bool ModelFile::has_section(std::string_view tag) const {
  for (const SectionEntry& e : sections_)
    if (std::string_view(e.tag.data(), 4) == tag) return true;
  return false;
}

Result<std::string_view> ModelFile::section(std::string_view tag) const {
  for (const SectionEntry& e : sections_) {
    if (std::string_view(e.tag.data(), 4) != tag) continue;
    std::string_view data = bytes().substr(e.offset, e.size);
    uint32_t computed = crc32(data);
    if (computed != e.crc) {
      return section_error(tag, "checksum mismatch (stored " + hex32(e.crc) + ", computed " + hex32(computed) + ")",
                           StatusCode::kDataLoss);
    }
    return data;
  }
  return section_error(tag, "missing from the model", StatusCode::kNotFound);
}

Result<MetaList> ModelFile::meta() const {
  auto data = section("META");
  if (!data.ok()) return data.status();
  MetaList out;
  std::string error;
  if (!decode_meta(*data, out, error)) return section_error("META", error);
  return out;
}

Status ModelFile::section_error(std::string_view tag, const std::string& message, StatusCode code) const {
  return Status(code, "section " + printable_tag(tag) + ": " + message, name_);
}

}  // namespace chronicle::io
