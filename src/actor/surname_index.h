// The people of the actor dictionaries by surname, for an article that names
// someone only by title and surname ("Mr Blair" with no "Tony Blair"): a
// reader of the time knows who is meant when one office-holder of the
// article's country carries the name on its date. Phoenix lists TONY_BLAIR_
// but no bare BLAIR, and a bare surname would code every namesake.
//
// Built once at load from the compiled dictionaries (a sorted table of the
// last word's hash for every two- or three-word phrase); thread safety:
// immutable after build, any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rules/compiled_dictionary.h"

namespace chronicle::actor {

class SurnameIndex {
 public:
  void build(const std::vector<rules::CompiledDictionary>& actors);
  // The one code valid on `date` (yyyymmdd) that entries ending in
  // `surname` (upper case) give with `country` and a role; empty when none
  // or several differ.
  std::string code(const std::vector<rules::CompiledDictionary>& actors, std::string_view surname, uint32_t date,
                   std::string_view country) const;

 private:
  struct Row {
    uint64_t hash;
    uint32_t dictionary;
    uint32_t entry;
    bool operator<(const Row& o) const { return hash < o.hash; }
  };
  std::vector<Row> rows_;  // sorted by hash
};

}  // namespace chronicle::actor
