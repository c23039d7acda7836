// News-aware, UD-compatible tokenizer (issue 2, item 5).
#pragma once

#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::tokenize {

// requires: `text` is valid UTF-8.
// ensures: appends tokens in text order with byte offsets; tokens never overlap
// and never contain whitespace; `space_after` tells whether whitespace follows;
// clitics are split as UD English EWT does ("do|n't", "Google|'s") with
// `joined_with_next` set on all but the last piece; `sentence` is left 0.
// Thread safety: stateless, callable from any thread.
void tokenize(std::string_view text, std::vector<Token>& tokens);

}  // namespace chronicle::tokenize
