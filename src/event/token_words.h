// The actor dictionaries' words of every token of a document
// (actor::dictionary_words of its text), made once: the discard scan reads
// every token and each party's phrase reads its tokens again, verb after
// verb, and splitting a token anew cost a sixth of the event stage.
// Thread safety: an immutable value after construction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::event {

class TokenWords {
 public:
  explicit TokenWords(const Document& doc);
  // Appends the words of tokens [first, last) to `out`, in order.
  void append(uint32_t first, uint32_t last, std::vector<std::string>& out) const {
    out.insert(out.end(), words_.begin() + begin_[first], words_.begin() + begin_[last]);
  }

 private:
  std::vector<std::string> words_;  // all tokens' words, token after token
  std::vector<uint32_t> begin_;     // token k's words are words_[begin_[k], begin_[k + 1])
};

}  // namespace chronicle::event
