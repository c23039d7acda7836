#include "html/article_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <unordered_map>

#include "html/boilerplate.h"
#include "html/charset.h"
#include "html/gumbo_util.h"

namespace chronicle::html {

namespace {

// Deeper elements are ignored: no article nests this deep, and the walks
// below recurse.
constexpr int kMaxDepth = 400;

const GumboNode* child(const GumboNode* node, unsigned i) {
  return static_cast<const GumboNode*>(node->v.element.children.data[i]);
}

unsigned child_count(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT ? node->v.element.children.length : 0;
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

// Tags whose text is a paragraph of the body for scoring.
bool is_paragraph_like(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_H2 ||
         tag == GUMBO_TAG_H3;
}

// Text length under `node`, boilerplate excluded (for choosing the body);
// runs of whitespace count as one byte.
size_t text_length(const GumboNode* node, int depth = 0) {
  if (node->type == GUMBO_NODE_TEXT) {
    size_t n = 0;
    bool space = true;
    for (const char* p = node->v.text.text; *p; ++p) {
      const bool is_space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
      if (!is_space || !space) ++n;
      space = is_space;
    }
    return n;
  }
  if (node->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth || is_boilerplate(node)) return 0;
  size_t n = 0;
  for (unsigned i = 0; i < child_count(node); ++i) n += text_length(child(node, i), depth + 1);
  return n;
}

struct Candidates {
  std::vector<const GumboNode*> article_body;  // itemprop=articleBody
  std::vector<const GumboNode*> articles;      // outermost <article>s with paragraphs
  const GumboNode* main = nullptr;
  const GumboNode* best = nullptr;  // highest paragraph score
  double best_score = 0;
  std::unordered_map<const GumboNode*, double> score;
};

// Paragraph text directly in `node`: its text children and paragraph-like children.
size_t direct_paragraph_text(const GumboNode* node) {
  size_t n = 0;
  for (unsigned i = 0; i < child_count(node); ++i) {
    const GumboNode* c = child(node, i);
    if (c->type == GUMBO_NODE_TEXT) {
      n += text_length(c);
    } else if (c->type == GUMBO_NODE_ELEMENT && is_paragraph_like(c->v.element.tag) && !is_boilerplate(c)) {
      n += text_length(c);
    }
  }
  return n;
}

// Returns the node's paragraph score: its own paragraph text plus half of its
// children's (so a container of many short entries beats any one entry).
size_t collect(const GumboNode* node, bool inside_article, Candidates& c, int depth) {
  if (node->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth || is_boilerplate(node)) return 0;
  const GumboTag tag = node->v.element.tag;
  const size_t own = direct_paragraph_text(node);
  if (attribute(node, "itemprop") == "articleBody") c.article_body.push_back(node);
  if (tag == GUMBO_TAG_MAIN || attribute(node, "role") == "main") {
    if (!c.main) c.main = node;
  }
  const bool is_article = tag == GUMBO_TAG_ARTICLE;
  size_t children = 0;
  for (unsigned i = 0; i < child_count(node); ++i) children += collect(child(node, i), inside_article || is_article, c, depth + 1);
  if (is_article && !inside_article && text_length(node) >= 140) c.articles.push_back(node);
  const double score = static_cast<double>(own) + 0.5 * static_cast<double>(children);
  if (score > c.best_score) {
    c.best_score = score;
    c.best = node;
  }
  return own;
}

const GumboNode* common_ancestor(const std::vector<const GumboNode*>& nodes) {
  std::vector<const GumboNode*> path;
  for (const GumboNode* n = nodes[0]; n; n = n->parent) path.push_back(n);
  const GumboNode* best = nodes[0];
  size_t depth = 0;  // index into path of the current common ancestor
  for (const GumboNode* other : nodes) {
    for (const GumboNode* n = other; n; n = n->parent) {
      auto it = std::find(path.begin(), path.end(), n);
      if (it != path.end()) {
        const auto index = static_cast<size_t>(it - path.begin());
        if (index > depth) {
          depth = index;
          best = n;
        }
        break;
      }
    }
  }
  return best;
}

// Writes the text of the body as paragraphs.
class TextWriter {
 public:
  explicit TextWriter(std::string skip_heading) : skip_heading_(collapse_space(skip_heading)) {}

  void write(const GumboNode* node, int depth) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      add_text(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth || is_boilerplate(node)) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      line_break();
      return;
    }
    if (tag == GUMBO_TAG_H1 && !skip_heading_.empty() && node_text(node) == skip_heading_) return;
    const bool block = is_block(tag);
    const bool link = tag == GUMBO_TAG_A;
    if (block) end_paragraph();
    if (link) ++in_link_;
    for (unsigned i = 0; i < child_count(node); ++i) write(child(node, i), depth + 1);
    if (link) --in_link_;
    if (block) end_paragraph();
    else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) space_ = true;
  }

  std::string finish() {
    end_paragraph();
    return std::move(out_);
  }

 private:
  void add_text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
        if (nbsp) ++i;
        space_ = true;
        continue;
      }
      if (!para_.empty() && space_ && para_.back() != '\n') {
        para_.push_back(' ');
        if (in_link_) ++link_chars_;
      }
      space_ = false;
      breaks_ = 0;
      para_.push_back(c);
      if (in_link_) ++link_chars_;
    }
  }

  // One <br> is a line break; two in a row end the paragraph.
  void line_break() {
    if (para_.empty()) return;
    if (++breaks_ >= 2) {
      end_paragraph();
      return;
    }
    para_.push_back('\n');
    space_ = false;
  }

  void end_paragraph() {
    while (!para_.empty() && (para_.back() == '\n' || para_.back() == ' ')) para_.pop_back();
    // A short block that is mostly link text is navigation ("Read more: ...",
    // a related-stories list item), not prose.
    const bool link_block = link_chars_ * 2 > para_.size() && para_.size() < 400;
    if (!para_.empty() && !link_block) {
      if (!out_.empty()) out_ += "\n\n";
      out_ += para_;
    }
    para_.clear();
    link_chars_ = 0;
    space_ = false;
    breaks_ = 0;
  }

  std::string skip_heading_;
  std::string out_;
  std::string para_;
  size_t link_chars_ = 0;
  int in_link_ = 0;
  int breaks_ = 0;
  bool space_ = false;
};

const GumboNode* find_body(const GumboNode* root) {
  for (unsigned i = 0; i < child_count(root); ++i) {
    if (is_element(child(root, i), GUMBO_TAG_BODY)) return child(root, i);
  }
  return root;
}

}  // namespace

HtmlArticle extract_article(std::string_view bytes, const HtmlOptions& options) {
  HtmlArticle article;
  std::string charset = sniff_charset(bytes.substr(0, 3));  // a byte-order mark decides first
  if (charset.empty()) charset = options.charset;
  if (charset.empty()) charset = sniff_charset(bytes);
  std::string utf8;
  std::string note = to_utf8(bytes, charset, utf8);
  if (!note.empty()) article.notes.push_back(std::move(note));

  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 0;  // parse errors are normal on the web; do not keep them
  GumboOutput* output = gumbo_parse_with_options(&gumbo_options, utf8.data(), utf8.size());
  if (!output) {
    article.notes.push_back("the HTML parser ran out of memory");
    return article;
  }
  article.meta = extract_metadata(output->root, options.base_url);

  const GumboNode* body = find_body(output->root);
  Candidates c;
  collect(body, false, c, 0);
  const GumboNode* content = body;
  if (!c.article_body.empty()) {
    content = common_ancestor(c.article_body);
  } else if (!c.articles.empty()) {
    content = common_ancestor(c.articles);
  } else if (c.main) {
    content = c.main;
  } else if (c.best) {
    content = c.best;
  }
  TextWriter writer(article.meta.title);
  writer.write(content, 0);
  article.text = writer.finish();
  gumbo_destroy_output(&gumbo_options, output);
  return article;
}

}  // namespace chronicle::html
