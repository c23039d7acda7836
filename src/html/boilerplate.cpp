#include "html/boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "html/gumbo_util.h"

namespace chronicle::html {

namespace {

bool dropped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_MENU:
    case GUMBO_TAG_MATH: case GUMBO_TAG_MAP: case GUMBO_TAG_INPUT:
      return true;
    default:
      return false;
  }
}

// Words that, as a whole part of a class or id name ("related-posts",
// "cookie_banner", "site-nav"), mark boilerplate.
constexpr std::array<std::string_view, 47> kWords = {
    "nav",        "navbar",      "navigation", "menu",     "breadcrumb", "breadcrumbs", "sidebar",
    "comment",    "comments",    "disqus",     "related",  "recommended", "trending",   "share",
    "sharing",    "social",      "cookie",     "cookies",  "consent",    "gdpr",        "footer",
    "header",     "masthead",    "newsletter", "subscribe", "subscription", "promo",    "advert",
    "advertisement", "ad",       "ads",        "sponsored", "popup",     "modal",       "banner",
    "widget",     "byline",      "tags",       "pagination", "outbrain", "taboola",     "paywall",
    "skip",       "toolbar",     "meta",       "print",       "analytics"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// True when one name in a space-separated class list (or an id) has a part,
// split at '-' and '_', that is a boilerplate word.
bool names_boilerplate(std::string_view names) {
  const std::string s = lower(names);
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t end = i;
    while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
    std::string_view name(s.data() + i, end - i);
    i = end;
    // State classes describe the page, not the element ("has-sidebar").
    if (name.starts_with("has-") || name.starts_with("with-") || name.starts_with("no-")) continue;
    size_t p = 0;
    while (p <= name.size()) {
      size_t q = name.find_first_of("-_", p);
      if (q == std::string_view::npos) q = name.size();
      const std::string_view part = name.substr(p, q - p);
      if (std::find(kWords.begin(), kWords.end(), part) != kWords.end()) return true;
      p = q + 1;
    }
  }
  return false;
}

}  // namespace

bool is_boilerplate(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboTag tag = node->v.element.tag;
  if (dropped_tag(tag)) return true;
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden")) return true;
  if (attribute(node, "aria-hidden") == "true") return true;
  const std::string style = lower(attribute(node, "style"));
  if (style.find("display:none") != std::string::npos || style.find("display: none") != std::string::npos) return true;
  const std::string role = lower(attribute(node, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
      role == "menu" || role == "menubar" || role == "search" || role == "dialog") {
    return true;
  }
  // The page's own containers carry state classes ("single-post has-comments");
  // only inner elements are judged by their names.
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE) {
    return false;
  }
  if (attribute(node, "itemprop") == "articleBody") return false;
  if (tag == GUMBO_TAG_UNKNOWN) {
    // Custom elements name themselves: <amp-ad>, <amp-sidebar>, <share-bar>.
    GumboStringPiece name = node->v.element.original_tag;
    gumbo_tag_from_original_text(&name);
    if (name.data && names_boilerplate(std::string_view(name.data, name.length))) return true;
  }
  return names_boilerplate(attribute(node, "class")) || names_boilerplate(attribute(node, "id"));
}

}  // namespace chronicle::html
