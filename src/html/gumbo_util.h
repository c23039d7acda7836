// Small read-only helpers over gumbo's tree, shared by the HTML modules.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace chronicle::html {

// The attribute's value, or "" when absent.
std::string_view attribute(const GumboNode* node, const char* name);

// All text under `node` (scripts and styles excluded), whitespace collapsed
// to single spaces and trimmed.
std::string node_text(const GumboNode* node);

// Collapses runs of whitespace (and no-break spaces) to one space; trims.
std::string collapse_space(std::string_view s);

bool is_element(const GumboNode* node, GumboTag tag);

}  // namespace chronicle::html
