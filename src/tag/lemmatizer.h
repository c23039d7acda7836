// Lemmatizer: exceptions learned from a treebank plus suffix rules for every
// other word, keyed by XPOS.
//
// A rule turns a form into its lemma by stripping `strip` bytes and appending
// `append`, optionally after lower-casing the form. Rules are chosen by the
// longest known suffix (up to kMaxSuffix bytes) of the lowercase form under
// the word's XPOS; exceptions ((form, XPOS) pairs whose lemma the rules get
// wrong in training) are looked up first, by exact then lowercase form.
//
// Thread safety: immutable after read(); lemmatize() is const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/byte_io.h"
#include "learn/u64_map.h"

namespace chronicle::tag {

struct LemmaRule {
  uint8_t strip = 0;
  bool lower = false;
  std::string append;
  bool operator==(const LemmaRule&) const = default;
};

class Lemmatizer {
 public:
  static constexpr size_t kMaxSuffix = 6;

  // The lemma of `form` tagged `xpos`, written into `out`.
  void lemmatize(std::string_view form, std::string_view xpos, std::string& out) const;
  // The same, given learn::hash_string(xpos) (the tagger hashes its tags once).
  void lemmatize(std::string_view form, uint64_t xpos_hash, std::string& out) const;

  // Keys shared with the trainer.
  static uint64_t exception_key(std::string_view form, std::string_view xpos);
  static uint64_t rule_key(std::string_view xpos, std::string_view lower_suffix);
  // Applies a rule to a form (the rule must fit: strip <= form size).
  static std::string apply(const LemmaRule& rule, std::string_view form);

  // Building (used by the trainer).
  void add_exception(std::string_view form, std::string_view xpos, const std::string& lemma);
  void add_rule(std::string_view xpos, std::string_view lower_suffix, const LemmaRule& rule);
  size_t num_exceptions() const { return exceptions_.size(); }
  size_t num_rules() const { return rule_keys_.size(); }

  // u32 version (1); strings; rules; exception map; rule map.
  void write(io::ByteWriter& w) const;
  bool read(io::ByteReader& r, std::string& error);

 private:
  uint32_t intern(const std::string& s);
  const LemmaRule* find_rule(uint64_t xpos_hash, std::string_view lower) const;

  std::vector<std::string> strings_;  // exception lemmas
  learn::U64Map string_ids_;          // building only
  learn::U64Map exceptions_;          // exception_key -> index into strings_
  std::vector<LemmaRule> rules_;
  learn::U64Map rule_keys_;  // rule_key -> index into rules_
  learn::U64Map rule_ids_;   // building only: rule hash -> index
};

}  // namespace chronicle::tag
