// Embedded posts: a tweet flattened into an article (body lines, then a
// signature line "— Name (@handle) Month D, YYYY") becomes a Post record.
#pragma once

#include "chronicle/document.h"

namespace chronicle::social {

// requires: doc.text, paragraphs, hashtags, mentions and urls are filled.
// ensures: appends one Post per signature line found, its body being the
// paragraph(s) just above it; hashtags, mentions and urls inside the body are
// copied onto the post.
void extract_posts(Document& doc);

}  // namespace chronicle::social
