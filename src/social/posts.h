// Embedded posts: a tweet flattened into an article (body lines, then a
// signature line "— Name (@handle) Month D, YYYY") becomes a Post record.
#pragma once

#include "chronicle/document.h"

namespace chronicle::social {

// requires: doc.text, hashtags, mentions and urls are filled (paragraphs are
// not needed: the text's own line structure is read).
// ensures: appends one Post per signature line found ("— Name (@handle) Date"
// ending its line), in text order. Its body is the text before the dash on
// the same line if any, else the tweet-sized block since the previous blank
// line, else the one line just above (see docs/segmentation.md); hashtags,
// mentions and urls inside the body are copied onto the post. `date` is ISO
// or empty when the signature has none.
// Thread safety: stateless.
void extract_posts(Document& doc);

}  // namespace chronicle::social
