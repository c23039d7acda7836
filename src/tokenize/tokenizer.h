// News-aware, UD-compatible tokenizer (issue 2, item 5).
#pragma once

#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::tokenize {

// requires: `text` is valid UTF-8 (malformed bytes are tolerated: each one
// becomes a one-byte symbol token, never a crash).
// ensures: appends tokens in text order with byte offsets; tokens are never
// empty, never overlap and never contain white space (Unicode spaces, line
// breaks, U+200B and U+FEFF count as white space); every other character is in
// exactly one token; `space_after` tells whether white space follows (false for
// the last token when the text ends right after it); `sentence` is left 0.
//
// Conventions follow UD English EWT, so EWT can score us (token F1 0.996 on dev):
// - clitics: "do|n't", "ca|n't", "wo|n't", "Google|'s", "I|'m", "can|not",
//   "gon|na", "workers|'" (also with ’), `joined_with_next` set on all but the
//   last piece of the orthographic word;
// - titles, abbreviations and initials keep their period ("Mr.", "U.S.",
//   "J."), except a non-title abbreviation that ends a sentence ("etc|.");
// - numbers keep separators ("1,000.5", "31/05/2018", "11:30") but unit
//   letters are split off ("9.05|am", "$|5|bn"); ordinals and decades stay
//   ("20th", "1970s");
// - most hyphenated compounds are split ("well|-|known") except after common
//   prefixes ("non-profit", "e-mail", "co-workers");
// - URLs (twitter-text rules, with or without scheme), e-mail addresses,
//   hashtags, @mentions and emoji sequences (ZWJ, skin tones, flags, keycaps)
//   are single tokens of their own kind; each quote character is a token.
// Thread safety: stateless, callable from any thread.
void tokenize(std::string_view text, std::vector<Token>& tokens);

}  // namespace chronicle::tokenize
