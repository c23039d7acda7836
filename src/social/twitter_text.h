// Hashtags, @mentions and URLs following Twitter's twitter-text rules
// (issue 2, item 7). Offsets are byte offsets into valid UTF-8 `text`.
#pragma once

#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::social {

std::vector<Hashtag> extract_hashtags(std::string_view text);
std::vector<Mention> extract_mentions(std::string_view text);
std::vector<Url> extract_urls(std::string_view text);

// Scanners for the tokenizer: length in bytes of the entity that starts at
// `pos` (respecting what precedes it), or 0 when none starts there.
size_t match_hashtag(std::string_view text, size_t pos);
size_t match_mention(std::string_view text, size_t pos);
size_t match_url(std::string_view text, size_t pos);

}  // namespace chronicle::social
