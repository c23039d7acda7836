#include "html/html_metadata.h"

#include <simdjson.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <vector>

#include "html/boilerplate.h"
#include "html/gumbo_util.h"

namespace chronicle::html {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool looks_like_url(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("/"); }

// Everything the page says, first occurrence of each key kept.
struct Found {
  std::map<std::string, std::string> meta;  // lower-case name/property/itemprop -> content
  std::string canonical;
  std::string title_tag;
  std::string first_h1;
  std::string time_datetime;    // first <time datetime> outside boilerplate
  std::string pubdate_time;     // a <time pubdate> or itemprop=datePublished
  std::string rel_author;       // <a rel=author> text
  std::string itemprop_author;  // itemprop=author text
  std::string byline;           // text of a class=byline element
  std::vector<std::string> json_ld;
};

void put(Found& f, std::string key, std::string_view value) {
  std::string v = collapse_space(value);
  if (v.empty()) return;
  f.meta.emplace(lower(key), std::move(v));
}

bool class_has(const GumboNode* node, std::string_view word) {
  const std::string cls = lower(attribute(node, "class"));
  return cls.find(word) != std::string::npos;
}

void walk(const GumboNode* node, bool in_boilerplate, Found& f, int depth) {
  // As in the article walk: nothing a page says about itself nests this deep.
  if (node->type != GUMBO_NODE_ELEMENT || depth > 400) return;
  const GumboTag tag = node->v.element.tag;
  // <head> is "boilerplate" for the article text but holds the metadata.
  if (tag != GUMBO_TAG_HEAD && tag != GUMBO_TAG_SCRIPT && is_boilerplate(node)) in_boilerplate = true;
  const std::string_view itemprop = attribute(node, "itemprop");
  switch (tag) {
    case GUMBO_TAG_META: {
      const std::string_view content = attribute(node, "content");
      for (const char* a : {"property", "name", "itemprop", "http-equiv"}) {
        const std::string_view key = attribute(node, a);
        if (!key.empty()) put(f, std::string(key), content);
      }
      return;
    }
    case GUMBO_TAG_LINK: {
      const std::string rel = lower(attribute(node, "rel"));
      if (rel == "canonical" && f.canonical.empty()) f.canonical = collapse_space(attribute(node, "href"));
      return;
    }
    case GUMBO_TAG_TITLE:
      if (f.title_tag.empty()) f.title_tag = node_text(node);
      return;
    case GUMBO_TAG_SCRIPT:
      if (lower(attribute(node, "type")) == "application/ld+json" && node->v.element.children.length > 0) {
        const auto* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
        if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA || text->type == GUMBO_NODE_WHITESPACE) {
          f.json_ld.emplace_back(text->v.text.text);
        }
      }
      return;
    case GUMBO_TAG_H1:
      if (!in_boilerplate && f.first_h1.empty()) f.first_h1 = node_text(node);
      break;
    case GUMBO_TAG_TIME: {
      const std::string_view dt = attribute(node, "datetime");
      const std::string value(dt.empty() ? std::string_view() : dt);
      if (!value.empty()) {
        if ((gumbo_get_attribute(&node->v.element.attributes, "pubdate") || itemprop == "datePublished" ||
             class_has(node, "publish")) &&
            f.pubdate_time.empty()) {
          f.pubdate_time = value;
        }
        if (!in_boilerplate && f.time_datetime.empty()) f.time_datetime = value;
      }
      break;
    }
    case GUMBO_TAG_A:
      if (lower(attribute(node, "rel")) == "author" && f.rel_author.empty()) f.rel_author = node_text(node);
      break;
    default:
      break;
  }
  if (itemprop == "author" && f.itemprop_author.empty()) {
    // <span itemprop="author" itemscope><span itemprop="name">A</span></span>
    f.itemprop_author = node_text(node);
  }
  if (itemprop == "datePublished" && tag != GUMBO_TAG_META && f.pubdate_time.empty()) {
    const std::string_view dt = attribute(node, "datetime");
    f.pubdate_time = dt.empty() ? node_text(node) : std::string(dt);
  }
  if (f.byline.empty() && (class_has(node, "byline") || lower(attribute(node, "rel")) == "author")) {
    f.byline = node_text(node);
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) walk(static_cast<const GumboNode*>(children.data[i]), in_boilerplate, f, depth + 1);
}

// ---- JSON-LD ----

struct LdArticle {
  std::string headline, date, author, url;
};

// The first pass takes article types only; a second pass lets a WebPage
// fill what no article gave.
bool is_article_type(std::string_view t, bool webpage) {
  if (webpage) return t == "WebPage" || t == "ItemPage";
  return t.ends_with("Article") || t == "BlogPosting" || t == "LiveBlogPosting" || t == "Report";
}

std::string ld_string(simdjson::dom::element e) {
  std::string_view s;
  if (!e.get(s)) return std::string(s);
  return {};
}

// "author": "A" | {"name": "A"} | [{"name": "A"}, "B"]
std::string ld_names(simdjson::dom::element e) {
  using namespace simdjson;
  std::string out;
  auto add = [&](std::string name) {
    name = collapse_space(name);
    if (name.empty()) return;
    if (!out.empty()) out += ", ";
    out += name;
  };
  dom::array arr;
  dom::object obj;
  if (!e.get(arr)) {
    for (dom::element x : arr) {
      std::string_view s;
      if (!x.get(s)) add(std::string(s));
      else if (!x.get(obj)) {
        dom::element name;
        if (!obj["name"].get(name)) add(ld_string(name));
      }
    }
  } else if (!e.get(obj)) {
    dom::element name;
    if (!obj["name"].get(name)) add(ld_string(name));
  } else {
    add(ld_string(e));
  }
  return out;
}

bool has_article_type(simdjson::dom::object obj, bool webpage) {
  using namespace simdjson;
  dom::element type;
  if (obj["@type"].get(type)) return false;
  std::string_view s;
  if (!type.get(s)) return is_article_type(s, webpage);
  dom::array arr;
  if (!type.get(arr)) {
    for (dom::element t : arr) {
      if (!t.get(s) && is_article_type(s, webpage)) return true;
    }
  }
  return false;
}

void ld_visit(simdjson::dom::element e, LdArticle& out, int depth, bool webpage) {
  using namespace simdjson;
  if (depth > 8) return;
  dom::array arr;
  if (!e.get(arr)) {
    for (dom::element x : arr) ld_visit(x, out, depth + 1, webpage);
    return;
  }
  dom::object obj;
  if (e.get(obj)) return;
  dom::element graph;
  if (!obj["@graph"].get(graph)) ld_visit(graph, out, depth + 1, webpage);
  if (!has_article_type(obj, webpage)) return;
  dom::element v;
  if (out.headline.empty() && (!obj["headline"].get(v) || !obj["name"].get(v))) out.headline = collapse_space(ld_string(v));
  if (out.date.empty() && !obj["datePublished"].get(v)) out.date = ld_string(v);
  if (out.date.empty() && !obj["dateCreated"].get(v)) out.date = ld_string(v);
  if (out.author.empty() && !obj["author"].get(v)) out.author = ld_names(v);
  if (out.author.empty() && !obj["creator"].get(v)) out.author = ld_names(v);
  if (out.url.empty() && !obj["url"].get(v)) out.url = ld_string(v);
  if (out.url.empty() && !obj["mainEntityOfPage"].get(v)) {
    dom::object page;
    dom::element id;
    if (v.get(page)) {
      out.url = ld_string(v);
    } else if (!page["@id"].get(id)) {
      out.url = ld_string(id);
    }
  }
}

LdArticle read_json_ld(const std::vector<std::string>& scripts) {
  LdArticle out;
  if (scripts.empty()) return out;
  simdjson::dom::parser parser;
  for (bool webpage : {false, true}) {
    for (const std::string& s : scripts) {
      simdjson::padded_string json(s);
      simdjson::dom::element root;
      if (parser.parse(json).get(root)) continue;  // broken JSON-LD is common; the rest of the page still counts
      ld_visit(root, out, 0, webpage);
    }
  }
  return out;
}

std::string first_of(const Found& f, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = f.meta.find(k);
    if (it != f.meta.end() && !it->second.empty()) return it->second;
  }
  return {};
}

std::string strip_by(std::string s) {
  const std::string low = lower(s.substr(0, 3));
  if (low == "by ") s = s.substr(3);
  return collapse_space(s);
}

std::string resolve(const std::string& url, std::string_view base) {
  if (url.empty() || !url.starts_with("/") || url.starts_with("//")) {
    return url.starts_with("//") ? "https:" + url : url;
  }
  const size_t scheme = base.find("://");
  if (scheme == std::string_view::npos) return url;
  const size_t path = base.find('/', scheme + 3);
  return std::string(base.substr(0, path)) + url;
}

int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  const std::string w = lower(word.substr(0, 3));
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool valid_ymd(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string ymd(int y, int m, int d) {
  if (!valid_ymd(y, m, d)) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string normalise_date(std::string_view value) {
  const std::string v = collapse_space(value);
  int y = 0, m = 0, d = 0;
  char sep1 = 0, sep2 = 0;
  // 2018-05-31..., 2018/05/31...
  if (std::sscanf(v.c_str(), "%4d%c%2d%c%2d", &y, &sep1, &m, &sep2, &d) == 5 && sep1 == sep2 &&
      (sep1 == '-' || sep1 == '/' || sep1 == '.')) {
    return ymd(y, m, d);
  }
  // 20180531 (parsely and sailthru sometimes)
  if (v.size() >= 8 && std::all_of(v.begin(), v.begin() + 8, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
      (v.size() == 8 || !std::isdigit(static_cast<unsigned char>(v[8])))) {
    return ymd(std::stoi(v.substr(0, 4)), std::stoi(v.substr(4, 2)), std::stoi(v.substr(6, 2)));
  }
  // Words: "May 31, 2018", "Thu, 31 May 2018 09:05:00 GMT", "31 May 2018".
  std::vector<std::string> words;
  std::string cur;
  for (char c : v) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      cur.push_back(c);
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  auto number = [](const std::string& w) {
    return !w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })
               ? std::stoi(w)
               : -1;
  };
  for (size_t i = 0; i + 2 < words.size() + 0 && i < 4; ++i) {
    const int mo = month_number(words[i]);
    if (mo && words[i].size() <= 9) {
      const int a = number(words[i + 1]);
      const int b = number(words[i + 2]);
      if (a >= 1 && a <= 31 && b >= 1000) return ymd(b, mo, a);  // May 31 2018
    }
    const int a = number(words[i]);
    const int mo2 = month_number(words[i + 1]);
    const int b = number(words[i + 2]);
    if (a >= 1 && a <= 31 && mo2 && b >= 1000) return ymd(b, mo2, a);  // 31 May 2018
  }
  return {};
}

HtmlMetadata extract_metadata(const GumboNode* root, std::string_view base_url) {
  Found f;
  walk(root, false, f, 0);
  const LdArticle ld = read_json_ld(f.json_ld);
  HtmlMetadata m;
  m.title = first_of(f, {"og:title", "twitter:title", "dc.title", "dcterms.title"});
  if (m.title.empty()) m.title = ld.headline;
  if (m.title.empty()) m.title = first_of(f, {"headline", "title", "sailthru.title", "parsely-title"});
  if (m.title.empty()) m.title = f.first_h1;
  if (m.title.empty()) m.title = f.title_tag;

  std::string date = first_of(f, {"article:published_time", "og:article:published_time", "og:published_time",
                                  "datepublished", "published_time"});
  if (date.empty()) date = ld.date;
  if (date.empty()) date = f.pubdate_time;
  if (date.empty()) {
    date = first_of(f, {"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                        "dc.date.created", "pubdate", "publishdate", "publish-date", "publish_date",
                        "publication_date", "article.published", "parsely-pub-date", "sailthru.date",
                        "original-publish-date", "date"});
  }
  if (date.empty()) date = f.time_datetime;
  if (!date.empty()) {
    const std::string iso = normalise_date(date);
    m.date = iso.empty() ? date : iso;
  }

  m.author = ld.author;
  if (m.author.empty()) {
    for (const char* key : {"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                            "byl", "twitter:creator"}) {
      std::string a = first_of(f, {key});
      if (!a.empty() && !looks_like_url(a)) {
        m.author = strip_by(a);
        break;
      }
    }
  }
  if (m.author.empty()) m.author = f.itemprop_author;
  if (m.author.empty()) m.author = f.rel_author;
  if (m.author.empty()) m.author = strip_by(f.byline);

  m.url = f.canonical;
  if (m.url.empty()) m.url = first_of(f, {"og:url", "twitter:url"});
  if (m.url.empty()) m.url = ld.url;
  m.url = resolve(m.url, base_url);
  return m;
}

}  // namespace chronicle::html
