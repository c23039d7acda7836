// A dictionary (actors, agents or discards) compiled into the model container:
// flat little-endian tables that lookups read in place, so loading is a file
// read plus checksum and bounds checks, no per-entry allocation.
// Layout (docs/model-format.md, "Dictionaries"):
//   DHDR  u32 kind, u32 section version, u32 entries, u32 codes, u32 longest phrase in words
//   DENT  per entry: u32 phrase_off, phrase_len, primary_off, primary_len, first_code, n_codes, flags|line<<1
//   DCOD  per code:  u32 code_off, code_len, from, to        (dates yyyymmdd)
//   DIDX  per entry, sorted by (hash, entry): u64 FNV-1a hash of the phrase, u32 entry, u32 0
//   STRS  the string pool
// Lookups hash the phrase, binary-search DIDX and compare the phrase bytes.
//
// Thread safety: immutable after load; every method is const and may run on
// any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/status.h"
#include "io/hash_buckets.h"
#include "io/model_file.h"
#include "rules/dictionary_entry.h"
#include "rules/hash_flags.h"

namespace chronicle::rules {

inline constexpr uint32_t kDictionarySectionVersion = 1;

// Container bytes for `entries`; `source` goes into META ("source").
Result<std::string> compile_dictionary(DictionaryKind kind, const std::vector<DictEntry>& entries,
                                       const std::string& source);

// 64-bit FNV-1a, the DIDX hash, one byte at a time so that a phrase's hash
// extends word by word (the prefix table); inline, as the event coder's
// per-sentence word table hashes with it on every probe.
inline constexpr uint64_t kFnvOffset = 1469598103934665603ull;
inline uint64_t fnv_step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
inline uint64_t phrase_hash(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : s) h = fnv_step(h, c);
  return h;
}

class CompiledDictionary {
 public:
  static Result<CompiledDictionary> from_file(std::unique_ptr<io::ModelFile> file);
  static Result<CompiledDictionary> read(const std::string& path);
  // Compiles parsed entries in memory (user dictionaries given on the command line).
  static Result<CompiledDictionary> from_entries(DictionaryKind kind, const std::vector<DictEntry>& entries,
                                                 const std::string& source);

  DictionaryKind kind() const { return kind_; }
  uint32_t size() const { return n_entries_; }
  uint32_t max_words() const { return max_words_; }
  const std::string& name() const { return file_->name(); }

  std::string_view phrase(uint32_t entry) const;
  std::string_view primary(uint32_t entry) const;
  uint32_t line(uint32_t entry) const;
  bool story_level(uint32_t entry) const;
  // True when some entry has the complexity code "+++" (special_codes.h), so
  // the event coder scans sentences for such actors only when one exists.
  bool has_complex_codes() const { return has_complex_codes_; }
  std::vector<DatedCode> codes(uint32_t entry) const;
  // The first code of an entry as written, empty when it has none: an
  // agent's one code without building the vector codes() gives.
  std::string_view first_code(uint32_t entry) const;

  // Entries whose phrase equals `phrase` (normalised form), in file order.
  std::vector<uint32_t> find(std::string_view phrase) const;

  // Longest phrase starting at words[i]: sets `length` (in words, 0 when none)
  // and returns its entries. `words` are upper-case tokens.
  std::vector<uint32_t> longest_match(const std::vector<std::string>& words, size_t i, size_t& length) const;

  // True when some phrase starts with the upper-case word `word` (it may be
  // a hash collision: a cheap test before building the words to match).
  bool may_start_phrase(std::string_view word) const { return prefixes_.get(phrase_hash(word)) != 0; }

 private:
  uint32_t u32_at(std::string_view sec, size_t off) const;
  std::unique_ptr<io::ModelFile> file_;
  DictionaryKind kind_ = DictionaryKind::kActors;
  uint32_t n_entries_ = 0, n_codes_ = 0, max_words_ = 0;
  bool has_complex_codes_ = false;
  std::string_view ent_, cod_, idx_, strs_;
  // Built at load: the hash of every word prefix of every phrase ("A", "A B",
  // "A B C" of "A B C") -> kWhole when a phrase is that prefix, kLonger when a
  // phrase goes on past it. longest_match walks forward while the words so far
  // are a prefix and binary-searches DIDX only for the whole phrases met, so a
  // word that starts nothing costs one probe and a common first word ("NEW")
  // costs no search of the lengths no phrase has.
  static constexpr uint8_t kWhole = 1, kLonger = 2;
  HashFlags prefixes_;
  io::HashBuckets buckets_;  // DIDX's entries by hash: find() searches one bucket
};

}  // namespace chronicle::rules
