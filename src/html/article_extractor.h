// Main article text and metadata from the bytes of a news page.
//
// requires: any bytes (not necessarily HTML, not necessarily UTF-8).
// ensures: `text` is valid UTF-8 holding the article body, one paragraph per
// block element (p, h2-h6, li, blockquote, div text, ...) with a blank line
// between paragraphs and a single '\n' for one <br>; boilerplate (see
// boilerplate.h), link lists and the headline repeated as <h1> are left out.
// The body is the itemprop=articleBody element, else the <article>
// elements that hold paragraphs (their common ancestor when there are several,
// as on a live blog), else <main>, else the element whose paragraphs carry
// the most text. `notes` says what was repaired (charset problems).
// Thread safety: pure function; gumbo keeps no global state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/html_metadata.h"

namespace chronicle::html {

struct HtmlOptions {
  std::string charset;   // from a Content-Type header; a byte-order mark still wins
  std::string base_url;  // where the page came from, to resolve a relative canonical link
};

struct HtmlArticle {
  std::string text;
  HtmlMetadata meta;
  std::vector<std::string> notes;
};

HtmlArticle extract_article(std::string_view bytes, const HtmlOptions& options);

}  // namespace chronicle::html
