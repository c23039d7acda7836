// Runs twitter-text's conformance cases (extract.yml) for hashtags, mentions
// and URLs against our scanners. The YAML is read at run time with a small
// parser for the subset that file uses (block maps and lists, flow lists of
// double-quoted strings or integers, \n and \U escapes).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "social/twitter_text.h"

namespace chronicle::social {
namespace {

struct Expected {
  std::string value;
  long start = -1;  // code points
  long end = -1;
};

struct Case {
  std::string description;
  std::string text;
  std::vector<Expected> expected;
};

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Parses a double-quoted scalar starting at s[pos] == '"'; pos ends after it.
std::string parse_quoted(const std::string& s, size_t& pos) {
  std::string out;
  ++pos;
  while (pos < s.size() && s[pos] != '"') {
    if (s[pos] == '\\' && pos + 1 < s.size()) {
      char e = s[pos + 1];
      pos += 2;
      if (e == 'n') out += '\n';
      else if (e == 't') out += '\t';
      else if (e == 'u' || e == 'U') {
        size_t digits = e == 'u' ? 4 : 8;
        append_utf8(out, static_cast<uint32_t>(std::stoul(s.substr(pos, digits), nullptr, 16)));
        pos += digits;
      } else {
        out += e;  // \" \\ and friends
      }
    } else {
      out += s[pos++];
    }
  }
  ++pos;
  return out;
}

std::string scalar(const std::string& v) {
  size_t p = 0;
  while (p < v.size() && v[p] == ' ') ++p;
  if (p < v.size() && v[p] == '"') return parse_quoted(v, p);
  size_t e = v.find_last_not_of(' ');
  return e == std::string::npos ? std::string() : v.substr(p, e - p + 1);
}

// "[a, b]" of quoted strings or integers
std::vector<std::string> flow_list(const std::string& v) {
  std::vector<std::string> out;
  size_t p = v.find('[');
  if (p == std::string::npos) return out;
  ++p;
  while (p < v.size()) {
    while (p < v.size() && (v[p] == ' ' || v[p] == ',')) ++p;
    if (p >= v.size() || v[p] == ']') break;
    if (v[p] == '"') {
      out.push_back(parse_quoted(v, p));
    } else {
      size_t e = v.find_first_of(",]", p);
      out.push_back(scalar(v.substr(p, e - p)));
      p = e;
    }
  }
  return out;
}

std::map<std::string, std::vector<Case>> load(const std::string& path) {
  std::map<std::string, std::vector<Case>> sections;
  std::ifstream in(path);
  std::string line, section;
  Case* current = nullptr;
  Expected* item = nullptr;
  while (std::getline(in, line)) {
    size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos || line[indent] == '#') continue;
    std::string body = line.substr(indent);
    bool dash = body.rfind("- ", 0) == 0;
    if (dash) body = body.substr(2);
    size_t colon = body.find(':');
    if (colon == std::string::npos) continue;
    std::string key = body.substr(0, colon);
    std::string value = body.substr(colon + 1);
    if (indent == 2 && !dash) {
      section = key;
      current = nullptr;
      continue;
    }
    if (indent == 0) continue;
    if (dash && key == "description") {
      sections[section].push_back({});
      current = &sections[section].back();
      current->description = scalar(value);
      item = nullptr;
      continue;
    }
    if (!current) continue;
    if (key == "text") {
      current->text = scalar(value);
    } else if (key == "expected") {
      if (value.find('[') != std::string::npos)
        for (std::string& v : flow_list(value)) current->expected.push_back({v, -1, -1});
    } else if (key == "indices" && item) {
      std::vector<std::string> ix = flow_list(value);
      if (ix.size() == 2) {
        item->start = std::stol(ix[0]);
        item->end = std::stol(ix[1]);
      }
    } else if (dash) {  // "- screen_name: x" / "- url: x" / "- hashtag: x"
      current->expected.push_back({scalar(value), -1, -1});
      item = &current->expected.back();
    } else if (item && key != "list_slug") {
      // other keys of an item are not needed
    }
  }
  return sections;
}

long codepoints(std::string_view s, size_t byte) {
  long n = 0;
  for (size_t i = 0; i < byte && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<Expected> run(const std::string& section, const std::string& text) {
  std::vector<Expected> got;
  auto add = [&](std::string v, size_t s, size_t e) {
    got.push_back({std::move(v), codepoints(text, s), codepoints(text, e)});
  };
  if (section.rfind("mentions", 0) == 0) {
    for (const Mention& m : extract_mentions(text)) add(m.handle, m.start, m.end);
  } else if (section.find("urls") != std::string::npos) {
    for (const Url& u : extract_urls(text)) add(text.substr(u.start, u.end - u.start), u.start, u.end);
  } else {
    for (const Hashtag& h : extract_hashtags(text)) add(h.tag, h.start, h.end);
  }
  return got;
}

bool same(const std::vector<Expected>& want, const std::vector<Expected>& got, bool indices) {
  if (want.size() != got.size()) return false;
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i].value != got[i].value) return false;
    if (indices && want[i].start >= 0 && (want[i].start != got[i].start || want[i].end != got[i].end)) return false;
  }
  return true;
}

TEST(TwitterConformance, ExtractHashtagsMentionsUrls) {
  const std::string path = std::string(CHRONICLE_SHARED_DIR) + "/corpora/twitter-text-conformance/extract.yml";
  if (!std::ifstream(path).good()) GTEST_SKIP() << "../shared not found at " << CHRONICLE_SHARED_DIR;
  auto sections = load(path);
  const char* names[] = {"mentions", "mentions_with_indices", "urls", "urls_with_indices", "hashtags",
                         "hashtags_from_astral", "hashtags_with_indices"};
  size_t pass = 0, total = 0;
  for (const char* name : names) {
    auto it = sections.find(name);
    ASSERT_NE(it, sections.end()) << "section " << name << " missing from " << path;
    size_t sp = 0;
    for (const Case& c : it->second) {
      bool indices = std::string(name).find("indices") != std::string::npos;
      std::vector<Expected> got = run(name, c.text);
      if (same(c.expected, got, indices)) {
        ++sp;
      } else {
        std::string g;
        for (auto& e : got) g += "[" + e.value + " " + std::to_string(e.start) + "," + std::to_string(e.end) + "] ";
        std::printf("  FAIL %s: %s\n    got: %s\n", name, c.description.c_str(), g.c_str());
      }
    }
    std::printf("%-24s %3zu / %3zu  (%.1f%%)\n", name, sp, it->second.size(),
                it->second.empty() ? 100.0 : 100.0 * double(sp) / double(it->second.size()));
    pass += sp;
    total += it->second.size();
  }
  // informational: sections outside the target set (not asserted)
  for (const char* name : {"urls_with_directional_markers", "tco_urls_with_params"}) {
    auto it = sections.find(name);
    if (it == sections.end()) continue;
    size_t sp = 0;
    for (const Case& c : it->second) sp += same(c.expected, run(name, c.text), true);
    std::printf("%-24s %3zu / %3zu  (extra, not counted)\n", name, sp, it->second.size());
  }
  double rate = total ? double(pass) / double(total) : 0.0;
  std::printf("twitter-text conformance: %zu / %zu = %.1f%%\n", pass, total, 100.0 * rate);
  EXPECT_GE(rate, 0.95);
}

}  // namespace
}  // namespace chronicle::social
