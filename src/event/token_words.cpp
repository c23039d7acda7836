#include "event/token_words.h"

#include "actor/actor_coder.h"

namespace chronicle::event {

TokenWords::TokenWords(const Document& doc) {
  begin_.reserve(doc.tokens.size() + 1);
  words_.reserve(doc.tokens.size());
  std::string word;
  for (const Token& tok : doc.tokens) {
    begin_.push_back(static_cast<uint32_t>(words_.size()));
    const std::string_view text = doc.token_text(tok);
    // Most tokens are one word or none (punctuation): dictionary_word gives
    // it without the vectors. It says false for none and for several, and a
    // token can only hold several when it holds a space (actor_coder's
    // is_space): those are split again.
    if (actor::dictionary_word(text, word)) {
      words_.push_back(word);
    } else if (text.find_first_of(" \t\n\r") != std::string_view::npos) {
      for (std::string& w : actor::dictionary_words(text)) words_.push_back(std::move(w));
    }
  }
  begin_.push_back(static_cast<uint32_t>(words_.size()));
}

}  // namespace chronicle::event
