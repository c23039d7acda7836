// Reader of PETRARCH2 discard lists (Phoenix.discards.txt): one phrase a line,
// '+' for a story-level discard (the whole story is skipped), none for a
// sentence-level one. Entries carry no codes.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/dictionary_entry.h"
#include "rules/dictionary_text.h"

namespace chronicle::rules {

void parse_discard_list(std::string_view text, const std::string& file,
                        std::vector<DictEntry>& out, DictionaryErrors& errors);

}  // namespace chronicle::rules
