#include "actor/surname_index.h"

#include <algorithm>

#include "actor/actor_coder.h"

namespace chronicle::actor {

namespace {

uint64_t word_hash(std::string_view w) {
  uint64_t h = rules::kFnvOffset;
  for (unsigned char c : w) h = rules::fnv_step(h, c);
  return h;
}

}  // namespace

void SurnameIndex::build(const std::vector<rules::CompiledDictionary>& actors) {
  rows_.clear();
  for (uint32_t d = 0; d < actors.size(); ++d) {
    const rules::CompiledDictionary& dict = actors[d];
    for (uint32_t e = 0; e < dict.size(); ++e) {
      const std::string_view p = dict.phrase(e);
      const size_t last = p.rfind(' ');
      if (last == std::string_view::npos) continue;  // one word: no first name
      if (p.find(' ') != last && p.find(' ', p.find(' ') + 1) != last) continue;  // four words or more
      rows_.push_back({word_hash(p.substr(last + 1)), d, e});
    }
  }
  std::sort(rows_.begin(), rows_.end());
}

std::string SurnameIndex::code(const std::vector<rules::CompiledDictionary>& actors, std::string_view surname,
                               uint32_t date, std::string_view country) const {
  if (date == 0 || surname.empty()) return {};
  const Row key{word_hash(surname), 0, 0};
  const auto [from, to] = std::equal_range(rows_.begin(), rows_.end(), key);
  std::string found;
  for (auto it = from; it != to; ++it) {
    const rules::CompiledDictionary& dict = actors[it->dictionary];
    const std::string_view p = dict.phrase(it->entry);
    if (p.substr(p.rfind(' ') + 1) != surname) continue;  // a hash collision
    for (const rules::DatedCode& c : dict.codes(it->entry)) {
      if (!c.restricted() || !c.valid_on(date)) continue;  // an office held on the date
      if (c.code.size() <= 3 || c.code.compare(0, 3, country) != 0 || !is_cameo_role(std::string_view(c.code).substr(3)))
        continue;
      if (!found.empty() && found != c.code) return {};  // two office-holders: no telling which
      found = c.code;
    }
  }
  return found;
}

}  // namespace chronicle::actor
