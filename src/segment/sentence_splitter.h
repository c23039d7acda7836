// Paragraph and sentence segmentation over tokens (issue 2, item 6).
#pragma once

#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::segment {

// requires: `tokens` come from tokenize::tokenize(text).
// ensures: paragraphs and sentences cover every token, in order, without
// overlap; every sentence lies inside one paragraph; each token's `sentence`
// field is set; spans run from the first token's start to the last token's end.
void segment(std::string_view text, std::vector<Token>& tokens,
             std::vector<Paragraph>& paragraphs, std::vector<Sentence>& sentences);

}  // namespace chronicle::segment
