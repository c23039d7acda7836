#include "html/gumbo_util.h"

namespace chronicle::html {

namespace {

void append_text(const GumboNode* node, std::string& out, int depth) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  if ((node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) || depth > 400) return;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    append_text(static_cast<const GumboNode*>(children.data[i]), out, depth + 1);
    out.push_back(' ');  // element boundaries separate words ("<td>a</td><td>b</td>")
  }
}

}  // namespace

std::string_view attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
      if (nbsp) ++i;
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string node_text(const GumboNode* node) {
  std::string raw;
  append_text(node, raw, 0);
  return collapse_space(raw);
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

}  // namespace chronicle::html
