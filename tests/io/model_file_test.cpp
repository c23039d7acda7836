#include "io/model_file.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <thread>

#include "io/byte_io.h"
#include "io/crc32.h"
#include "io/model_writer.h"
#include "learn/perceptron.h"

namespace chronicle::io {
namespace {

// A real small model: a trained perceptron section plus a labels section.
std::string small_model() {
  learn::Perceptron p(3);
  for (int i = 0; i < 30; ++i) {
    learn::FeatureId f[2] = {learn::hash_feature(1, i % 3), learn::hash_feature(2, i)};
    p.update(f, i % 3, (i + 1) % 3);
    p.tick();
  }
  p.average();
  ModelWriter w(ModelKind::kTest);
  w.set_meta("created", "2026-01-01T00:00:00Z");
  w.set_meta("git_describe", "test");
  w.set_meta("training_data", "synthetic");
  EXPECT_TRUE(w.add_section("WGTS", p.to_bytes()).ok());
  EXPECT_TRUE(w.add_section("LABL", "a\nb\nc").ok());
  return w.to_bytes();
}

void put_u32(std::string& s, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}
void put_u64(std::string& s, size_t at, uint64_t v) {
  for (int i = 0; i < 8; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}
// After editing the header or table, recompute the header checksum so the
// targeted check (not the header CRC) is the one that fires.
void fix_header_crc(std::string& s) {
  uint32_t count = static_cast<uint8_t>(s[20]);
  std::string copy = s.substr(0, kModelHeaderSize + count * kSectionEntrySize);
  put_u32(copy, 32, 0);
  put_u32(s, 32, crc32(copy));
}

std::string error_of(const std::string& bytes) {
  auto m = ModelFile::parse(bytes, "tiny.chm");
  if (m.ok()) return "ok";
  return m.status().to_string();
}

TEST(Crc32Test, KnownValues) {
  EXPECT_EQ(crc32(""), 0u);
  EXPECT_EQ(crc32("123456789"), 0xCBF43926u);
  EXPECT_EQ(crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
  EXPECT_EQ(crc32("56789", crc32("1234")), 0xCBF43926u);
}

TEST(ModelFileTest, RoundTrip) {
  std::string bytes = small_model();
  EXPECT_EQ(bytes.size() % 8, 0u);
  auto m = ModelFile::parse(bytes, "tiny.chm");
  ASSERT_TRUE(m.ok()) << m.status().to_string();
  EXPECT_EQ(m->kind(), ModelKind::kTest);
  EXPECT_EQ(m->format_version(), kModelFormatVersion);
  ASSERT_EQ(m->sections().size(), 3u);
  EXPECT_EQ(m->sections()[0].tag_string(), "META");
  EXPECT_EQ(m->sections()[1].tag_string(), "WGTS");
  for (const auto& s : m->sections()) EXPECT_EQ(s.offset % 8, 0u);
  auto labels = m->section("LABL");
  ASSERT_TRUE(labels.ok());
  EXPECT_EQ(*labels, "a\nb\nc");
  auto w = m->section("WGTS");
  ASSERT_TRUE(w.ok());
  learn::Perceptron p;
  std::string error;
  EXPECT_TRUE(learn::Perceptron::from_bytes(*w, p, error)) << error;
  auto meta = m->meta();
  ASSERT_TRUE(meta.ok());
  bool found = false;
  for (auto& [k, v] : *meta)
    if (k == "training_data") found = (v == "synthetic");
  EXPECT_TRUE(found);
  EXPECT_TRUE(m->expect_kind(ModelKind::kTest).ok());
  EXPECT_EQ(m->expect_kind(ModelKind::kTagger).to_string(), "tiny.chm: header: model kind is test, expected tagger");
  EXPECT_EQ(m->section("NOPE").status().to_string(), "tiny.chm: section NOPE: missing from the model");
  EXPECT_EQ(small_model(), bytes);  // deterministic
}

TEST(ModelFileTest, Truncated) {
  std::string bytes = small_model();
  EXPECT_EQ(error_of(bytes.substr(0, 20)), "tiny.chm: header: file is 20 bytes, shorter than the 40-byte header");
  std::string cut = bytes.substr(0, bytes.size() - 8);
  EXPECT_EQ(error_of(cut), "tiny.chm: header: file is truncated: " + std::to_string(cut.size()) +
                               " bytes, the header declares " + std::to_string(bytes.size()));
}

TEST(ModelFileTest, TrailingBytes) {
  std::string bytes = small_model() + "junk";
  EXPECT_EQ(error_of(bytes), "tiny.chm: header: 4 trailing bytes after the declared total size " +
                                 std::to_string(bytes.size() - 4));
}

TEST(ModelFileTest, BadMagic) {
  std::string bytes = small_model();
  bytes[1] = 'X';
  EXPECT_EQ(error_of(bytes), "tiny.chm: header: not a chronicle model file (bad magic)");
}

TEST(ModelFileTest, UnknownVersion) {
  std::string bytes = small_model();
  put_u32(bytes, 8, 7);
  fix_header_crc(bytes);
  auto m = ModelFile::parse(bytes, "tiny.chm");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(m.status().to_string(), "tiny.chm: header: unsupported model format version 7 (this build reads version 1)");
}

TEST(ModelFileTest, FlippedTableCrcByteFailsHeaderChecksum) {
  std::string bytes = small_model();
  size_t wgts_crc = kModelHeaderSize + 1 * kSectionEntrySize + 24;
  bytes[wgts_crc] ^= 0x01;
  std::string err = error_of(bytes);
  EXPECT_EQ(err.rfind("tiny.chm: header: checksum mismatch (stored 0x", 0), 0u) << err;
}

TEST(ModelFileTest, FlippedSectionCrcFailsWhenSectionIsRead) {
  std::string bytes = small_model();
  size_t wgts_crc = kModelHeaderSize + 1 * kSectionEntrySize + 24;
  uint32_t stored = 0;
  for (int i = 0; i < 4; ++i) stored |= uint32_t(uint8_t(bytes[wgts_crc + i])) << (8 * i);
  put_u32(bytes, wgts_crc, stored ^ 0xff);
  fix_header_crc(bytes);
  auto m = ModelFile::parse(bytes, "tiny.chm");
  ASSERT_TRUE(m.ok()) << m.status().to_string();  // the table itself is sound
  char buf[128];
  std::snprintf(buf, sizeof buf, "tiny.chm: section WGTS: checksum mismatch (stored 0x%08x, computed 0x%08x)",
                stored ^ 0xff, stored);
  EXPECT_EQ(m->section("WGTS").status().to_string(), buf);
  EXPECT_EQ(m->section("WGTS").status().code(), StatusCode::kDataLoss);
  EXPECT_TRUE(m->section("LABL").ok());
}

TEST(ModelFileTest, CorruptSectionData) {
  std::string bytes = small_model();
  auto m0 = ModelFile::parse(bytes, "tiny.chm");
  ASSERT_TRUE(m0.ok());
  bytes[m0->sections()[2].offset] ^= 0x20;  // LABL's first byte
  auto m = ModelFile::parse(bytes, "tiny.chm");
  ASSERT_TRUE(m.ok());
  std::string err = m->section("LABL").status().to_string();
  EXPECT_EQ(err.rfind("tiny.chm: section LABL: checksum mismatch", 0), 0u) << err;
}

TEST(ModelFileTest, OffsetPastEnd) {
  std::string bytes = small_model();
  size_t labl_offset = kModelHeaderSize + 2 * kSectionEntrySize + 8;
  put_u64(bytes, labl_offset, bytes.size() + 64);
  fix_header_crc(bytes);
  EXPECT_EQ(error_of(bytes), "tiny.chm: section LABL: offset " + std::to_string(bytes.size() + 64) +
                                 " + size 5 runs past the end of the file (" + std::to_string(bytes.size()) +
                                 " bytes)");
}

TEST(ModelFileTest, MisplacedSection) {
  std::string bytes = small_model();
  size_t labl_offset = kModelHeaderSize + 2 * kSectionEntrySize + 8;
  uint64_t off = 0;
  for (int i = 0; i < 8; ++i) off |= uint64_t(uint8_t(bytes[labl_offset + i])) << (8 * i);
  put_u64(bytes, labl_offset, off - 8);
  fix_header_crc(bytes);
  EXPECT_EQ(error_of(bytes), "tiny.chm: section LABL: offset " + std::to_string(off - 8) +
                                 " is not where the layout puts it (" + std::to_string(off) + ")");
}

TEST(ModelFileTest, MissingFile) {
  auto m = ModelFile::read("/nonexistent/dir/x.chm");
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(m.status().to_string(), "/nonexistent/dir/x.chm: cannot open model file");
}

// A file is read at once by its size; a pipe, which has none, is copied
// from the stream (the open itself must not need a seek).
TEST(ModelFileTest, ReadsAFileAndAPipe) {
  const std::string bytes = small_model();
  const std::string dir = ::testing::TempDir();
  const std::string file = dir + "model_file_test_read.chm";
  {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
  }
  auto from_file = ModelFile::read(file);
  ASSERT_TRUE(from_file.ok()) << from_file.status().to_string();
  EXPECT_EQ(from_file->sections().size(), 3u);
  std::remove(file.c_str());

  const std::string fifo = dir + "model_file_test_read.fifo";
  std::remove(fifo.c_str());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::signal(SIGPIPE, SIG_IGN);  // a reader that gives up fails the test, not the process
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    out << bytes;
  });
  auto from_pipe = ModelFile::read(fifo);
  writer.join();
  std::remove(fifo.c_str());
  ASSERT_TRUE(from_pipe.ok()) << from_pipe.status().to_string();
  ASSERT_EQ(from_pipe->sections().size(), 3u);
  auto labels = from_pipe->section("LABL");
  ASSERT_TRUE(labels.ok());
  EXPECT_EQ(*labels, "a\nb\nc");
}

// read() keeps the file in a buffer of its own (not a string): the sections
// are still there, checked, after the ModelFile moves, as loaders move it.
TEST(ModelFileTest, AFileReadKeepsItsBytesWhenMoved) {
  const std::string bytes = small_model();
  const std::string file = ::testing::TempDir() + "model_file_test_moved.chm";
  {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
  }
  auto read = ModelFile::read(file);
  std::remove(file.c_str());
  ASSERT_TRUE(read.ok()) << read.status().to_string();
  auto moved = std::make_unique<ModelFile>(std::move(*read));
  EXPECT_EQ(moved->total_size(), bytes.size());
  auto labels = moved->section("LABL");
  ASSERT_TRUE(labels.ok()) << labels.status().to_string();
  EXPECT_EQ(*labels, "a\nb\nc");
  EXPECT_TRUE(moved->section("WGTS").ok());
}

TEST(ModelWriterTest, RejectsBadTags) {
  ModelWriter w(ModelKind::kTest);
  EXPECT_FALSE(w.add_section("ABC", "").ok());
  EXPECT_FALSE(w.add_section("META", "").ok());
  EXPECT_TRUE(w.add_section("ABCD", "").ok());
  EXPECT_FALSE(w.add_section("ABCD", "").ok());
}

TEST(ModelWriterTest, SourceDateEpochFixesTheDate) {
  setenv("SOURCE_DATE_EPOCH", "86400", 1);
  EXPECT_EQ(build_timestamp(), "1970-01-02T00:00:00Z");
  unsetenv("SOURCE_DATE_EPOCH");
}

// The committed fixtures keep old files readable and old versions rejected.
TEST(ModelFileTest, CommittedFixtures) {
  const std::string dir = std::string(CHRONICLE_SOURCE_DIR) + "/models/test/";
  if (std::getenv("CHRONICLE_UPDATE_FIXTURES")) {
    std::string bytes = small_model();
    std::ofstream(dir + "tiny-v1.chm", std::ios::binary) << bytes;
    put_u32(bytes, 8, 0);  // a pre-release format version no build reads
    fix_header_crc(bytes);
    std::ofstream(dir + "tiny-v0.chm", std::ios::binary) << bytes;
  }
  auto v1 = ModelFile::read(dir + "tiny-v1.chm");
  ASSERT_TRUE(v1.ok()) << v1.status().to_string();
  EXPECT_TRUE(v1->section("WGTS").ok());
  auto v0 = ModelFile::read(dir + "tiny-v0.chm");
  ASSERT_FALSE(v0.ok());
  EXPECT_EQ(v0.status().message(), "header: unsupported model format version 0 (this build reads version 1)");
}

}  // namespace
}  // namespace chronicle::io
