// Cue lexicon: the verbs (by lemma) that introduce what someone said.
#pragma once

#include <string_view>

namespace chronicle::quote {

// True when `lemma` (lower case) is a speech or attribution verb: say, tell,
// tweet, add, insist, warn, ask, ... (docs/quotes.md lists them; over 100).
bool is_cue_lemma(std::string_view lemma);

// Number of lemmas in the lexicon (for tests and docs).
size_t cue_lemma_count();

// Lemma of an inflected form when no tagger has run: "said" -> "say",
// "tweeted" -> "tweet", "warns" -> "warn"; empty when `word` (lower case) is not a cue.
std::string_view cue_lemma_of_form(std::string_view word);

}  // namespace chronicle::quote
