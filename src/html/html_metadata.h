// Article metadata from a parsed news page: title, publication date, author
// and canonical URL, read from <meta> tags (Open Graph, article:*, Dublin
// Core, parsely/sailthru), JSON-LD (schema.org NewsArticle and kin, also
// inside @graph), microdata (itemprop), <link rel=canonical>, <time
// datetime> and <title>.
//
// ensures: fields are empty when the page does not say; `date` is
// yyyy-mm-dd when the page's date could be read (ISO 8601, yyyy/mm/dd,
// "May 31, 2018", "31 May 2018", RFC 1123), else the raw value as found (the
// caller notes it). Thread safety: pure functions.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace chronicle::html {

struct HtmlMetadata {
  std::string title;
  std::string date;
  std::string author;  // several authors joined with ", "
  std::string url;
};

// `base_url` resolves a relative canonical link ("/2018/05/story.html"); may be empty.
HtmlMetadata extract_metadata(const GumboNode* root, std::string_view base_url);

// "2018-05-31T09:05:00-04:00" -> "2018-05-31", "May 31, 2018" -> "2018-05-31";
// "" when no date is recognised.
std::string normalise_date(std::string_view value);

}  // namespace chronicle::html
