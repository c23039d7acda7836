// Speaker finder: the cue word of a quotation and the words of its subject,
// over the dependency parse when there is one, else over tokens and tags.
#pragma once

#include <cstdint>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::quote {

// True when token i is a cue: a verb whose lemma is in the cue lexicon
// (tags are used when present), or "according" before "to".
bool is_cue_token(const Document& doc, uint32_t i);

struct Subject {
  bool found = false;
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  bool pronoun = false;
  bool name = false;  // a name (PROPN run), not a common noun phrase
  uint32_t title_first = 0;  // for a name: where its job words start ("Bishop" of "Bishop X Y")
};

// requires: `cue` is in [lo, hi) (a sentence or a few), in_quote[i] >= 0 for
// tokens inside a quotation (never a subject).
// ensures: the subject of the cue: its nsubj in the parse (climbing from
// "adding" to "said"; an appositive name replaces a job title), else the
// pronoun or name just before the cue, else the inverted subject after it
// ("said Mr Haddad"); for "according to" the phrase after "to". The span is
// the name run or the noun phrase, never a whole relative clause.
Subject find_subject(const Document& doc, uint32_t cue, uint32_t lo, uint32_t hi, const std::vector<int32_t>& in_quote);

// The clause a cue reports ("said [that] X", "told reporters X"), tokens [first, last), or false.
bool reported_content(const Document& doc, uint32_t cue, const Subject& subj, uint32_t lo, uint32_t hi,
                      const std::vector<int32_t>& in_quote, uint32_t& first, uint32_t& last);

}  // namespace chronicle::quote
