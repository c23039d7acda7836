// The model container: one binary format for every model chronicle ships
// (tagger, parser, NER, dictionaries). Spec: docs/model-format.md.
//
// A file is a 40-byte header, a table of sections (4-char tag, offset, size,
// CRC-32) and the sections themselves, 8-byte aligned and packed in table
// order, all little-endian. ModelFile reads a whole file, checks the header
// and table strictly (magic, format version, declared size == file size, no
// trailing bytes, sections inside the file, header checksum) and hands out a
// section's bytes only after verifying its CRC. Every error names the file and
// the part of it ("header", "section WGTS") that is wrong.
//
// Thread safety: a ModelFile is immutable after read(); its methods are const
// and may be called from any thread.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronicle/status.h"

namespace chronicle::io {

// "\x89CHRM\r\n\x1a": the high byte catches 7-bit transfers, CR LF and ^Z
// catch text-mode conversions (the PNG trick).
inline constexpr std::array<char, 8> kModelMagic = {'\x89', 'C', 'H', 'R', 'M', '\r', '\n', '\x1a'};
inline constexpr uint32_t kModelFormatVersion = 1;
inline constexpr size_t kModelHeaderSize = 40;
inline constexpr size_t kSectionEntrySize = 32;
inline constexpr uint32_t kMaxSections = 1024;

enum class ModelKind : uint32_t {
  kTagger = 1,
  kParser = 2,
  kNer = 3,
  kTokenizer = 4,
  kDictionary = 5,
  kTest = 99,  // fixtures for the container's own tests
};
// "tagger", "parser", ...; "unknown(N)" for values this build does not know.
std::string model_kind_name(ModelKind kind);

struct SectionEntry {
  std::array<char, 4> tag{};
  uint64_t offset = 0;
  uint64_t size = 0;
  uint32_t crc = 0;
  std::string tag_string() const { return std::string(tag.data(), 4); }
};

using MetaList = std::vector<std::pair<std::string, std::string>>;

class ModelFile {
 public:
  // Reads and validates `path`. Errors: kNotFound / kIoError (cannot read),
  // kParseError (not a model, bad table), kUnsupported (format version),
  // kDataLoss (truncated, trailing bytes, checksum).
  static Result<ModelFile> read(const std::string& path);
  // Same checks on bytes already in memory; `name` stands for the file in errors.
  static Result<ModelFile> parse(std::string bytes, std::string name);

  // kInvalidArgument unless the file holds a model of `kind`.
  Status expect_kind(ModelKind kind) const;

  const std::string& name() const { return name_; }
  uint32_t format_version() const { return format_version_; }
  ModelKind kind() const { return kind_; }
  uint32_t producer_version() const { return producer_version_; }
  uint64_t total_size() const { return bytes().size(); }
  uint32_t header_crc() const { return header_crc_; }
  const std::vector<SectionEntry>& sections() const { return sections_; }

  bool has_section(std::string_view tag) const;
  // The section's bytes, after checking its CRC (on every call: loaders call
  // it once per section). The view lives as long as this ModelFile and is
  // 8-byte aligned. kNotFound when absent, kDataLoss on a checksum mismatch.
  Result<std::string_view> section(std::string_view tag) const;
  // The META section decoded (provenance: producer, git describe, date,
  // training data and settings), in file order.
  Result<MetaList> meta() const;

  // A located error for a section decoder: "<file>: section TAG: message".
  Status section_error(std::string_view tag, const std::string& message,
                       StatusCode code = StatusCode::kParseError) const;

 private:
  // The checks of parse(), on bytes the caller then hands to the result.
  static Result<ModelFile> check(std::string_view bytes, std::string name);
  std::string_view bytes() const {
    return file_bytes_ ? std::string_view(file_bytes_.get(), file_size_) : std::string_view(given_bytes_);
  }

  std::string name_;
  // The bytes: read() fills a buffer it never zeroes first (a std::string of
  // the file's size was set to zero, tens of MB per start, only to be
  // overwritten); parse() keeps the string it is given.
  std::unique_ptr<char[]> file_bytes_;
  size_t file_size_ = 0;
  std::string given_bytes_;
  uint32_t format_version_ = 0;
  ModelKind kind_ = ModelKind::kTest;
  uint32_t producer_version_ = 0;
  uint32_t header_crc_ = 0;
  std::vector<SectionEntry> sections_;
};

// Producer version as stored in the header: major * 10000 + minor * 100 + patch.
uint32_t encode_version(std::string_view dotted);
std::string decode_version(uint32_t v);

// Decodes a META section body (used by ModelFile::meta and tests).
bool decode_meta(std::string_view bytes, MetaList& out, std::string& error);
std::string encode_meta(const MetaList& meta);

}  // namespace chronicle::io
