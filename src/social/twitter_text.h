// Hashtags, @mentions and URLs following Twitter's twitter-text rules
// (issue 2, item 7). Offsets are byte offsets into valid UTF-8 `text`.
#pragma once

#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::social {

// The extractors behave like twitter-text's extractHashtags, extractMentions
// and extractUrls (its conformance suite passes): entities come in text order;
// an entity needs a suitable character before it (or the start of the text)
// that is not part of an earlier match; hashtags need a letter and drop when
// they overlap a URL; mentions are 1-20 of [A-Za-z0-9_] and "@user/list"
// lists are not mentions; URLs without a scheme need a known TLD, trailing
// punctuation is left out, balanced parentheses kept, t.co slugs over 40
// characters rejected. Thread safety: stateless.
std::vector<Hashtag> extract_hashtags(std::string_view text);
std::vector<Mention> extract_mentions(std::string_view text);
std::vector<Url> extract_urls(std::string_view text);

// Scanners for the tokenizer: length in bytes of the entity that starts at
// `pos` (respecting what precedes it), or 0 when none starts there.
// match_mention gives the "@user" part of "@user/list"; match_url gives the
// URL twitter-text would extract starting exactly at `pos` (for a scheme-less
// run like "a.com中b.com" only the first domain). Work is bounded: domains
// longer than 512 bytes are not followed further.
size_t match_hashtag(std::string_view text, size_t pos);
size_t match_mention(std::string_view text, size_t pos);
size_t match_url(std::string_view text, size_t pos);

}  // namespace chronicle::social
