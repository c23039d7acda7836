// The tagger's per-thread memory of recent lemmas: (word, tag) -> lemma.
//
// Why: the lemmatizer hashes the word, probes its exceptions, lower-cases
// the word and probes up to seven suffix rules (a twentieth of tagging and
// parsing on news text), while most (word, tag) pairs of a document were
// lemmatized a few sentences before. An entry keeps the word itself and is
// used only when word, tag and tagger instance all match, so the lemma is
// exactly the one the lemmatizer gives.
//
// Direct-mapped, 4096 entries (about 300 kB): a newer pair replaces an older
// one in its slot.
// Thread safety: one per thread (Tagger holds it thread_local).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "learn/perceptron.h"

namespace chronicle::tag {

class LemmaCache {
 public:
  static constexpr size_t kSize = 4096;

  // The slot a (word, label) pair lives in.
  static size_t slot_of(std::string_view word, uint32_t label) {
    return static_cast<size_t>(learn::hashing::mix64(learn::hash_string(word) + label)) & (kSize - 1);
  }
  // The lemma stored in `slot` for this tagger, label and word, or null.
  const std::string* find(size_t slot, uint64_t owner, uint32_t label, std::string_view word) const {
    const Entry& e = entries_[slot];
    return e.owner == owner && e.label == label && e.word == word ? &e.lemma : nullptr;
  }
  void put(size_t slot, uint64_t owner, uint32_t label, std::string_view word, const std::string& lemma) {
    Entry& e = entries_[slot];
    e.owner = owner;
    e.label = label;
    e.word.assign(word);
    e.lemma = lemma;
  }

 private:
  struct Entry {
    uint64_t owner = 0;  // Tagger instance id; 0: empty
    uint32_t label = 0;
    std::string word;
    std::string lemma;
  };
  std::vector<Entry> entries_ = std::vector<Entry>(kSize);
};

}  // namespace chronicle::tag
