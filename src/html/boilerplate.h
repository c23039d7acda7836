// Which parts of a news page are not the article: navigation, site header and
// footer, sidebars, menus, comments, related links, share bars, cookie
// banners, ads, scripts and styles. Judged from the tag, ARIA role, hidden
// markers and the words in class and id names, not from any one site's markup.
#pragma once

#include <gumbo.h>

namespace chronicle::html {

// True when the element and everything under it is boilerplate.
bool is_boilerplate(const GumboNode* element);

}  // namespace chronicle::html
