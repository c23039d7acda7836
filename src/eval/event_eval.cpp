#include "eval/event_eval.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <set>

#include "rules/dictionary_text.h"

namespace chronicle::eval {

namespace {

uint32_t line_at(std::string_view text, size_t pos) {
  return 1 + static_cast<uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

// Comments blanked to spaces (newlines kept, so line numbers stay right): a
// commented-out <EventCoding> must not count as expected.
std::string without_comments(std::string_view xml) {
  std::string out(xml);
  size_t from = 0;
  while ((from = out.find("<!--", from)) != std::string::npos) {
    size_t to = out.find("-->", from + 4);
    to = to == std::string::npos ? out.size() : to + 3;
    for (size_t i = from; i < to; ++i)
      if (out[i] != '\n') out[i] = ' ';
    from = to;
  }
  return out;
}

// Attributes of a tag's inside ("date = \"1995\" id='X'"), either quote style.
std::map<std::string, std::string> attributes(std::string_view tag) {
  std::map<std::string, std::string> out;
  size_t i = 0;
  auto skip_space = [&] {
    while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
  };
  while (i < tag.size()) {
    skip_space();
    const size_t name_start = i;
    while (i < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[i])) || tag[i] == '_')) ++i;
    const std::string name(tag.substr(name_start, i - name_start));
    skip_space();
    if (name.empty() || i >= tag.size() || tag[i] != '=') {
      ++i;
      continue;
    }
    ++i;
    skip_space();
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
    const char quote = tag[i++];
    const size_t end = tag.find(quote, i);
    if (end == std::string_view::npos) break;
    out[name] = std::string(tag.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

std::string xml_unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<const char*, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i).starts_with(name)) {
          out += c;
          i += std::char_traits<char>::length(name) - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// The text between <name> and </name> inside `within`, or nullopt.
std::optional<std::string_view> element_text(std::string_view within, std::string_view name) {
  const std::string open = "<" + std::string(name) + ">", close = "</" + std::string(name) + ">";
  const size_t a = within.find(open);
  if (a == std::string_view::npos) return std::nullopt;
  const size_t b = within.find(close, a + open.size());
  if (b == std::string_view::npos) return std::nullopt;
  return within.substr(a + open.size(), b - a - open.size());
}

Status parse_error(const std::string& name, std::string_view xml, size_t pos, const std::string& what) {
  return Status(StatusCode::kParseError, name + ":" + std::to_string(line_at(xml, pos)) + ": " + what);
}

}  // namespace

Result<EventValidation> parse_petrarch_validation(const std::string& raw, const std::string& name) {
  const std::string xml = without_comments(raw);
  EventValidation v;
  v.dir = std::filesystem::path(name).parent_path().string();
  if (v.dir.empty()) v.dir = ".";
  if (auto env = element_text(xml, "Environment")) {
    auto resolve = [&](const char* tag, std::string& out) {
      if (auto f = element_text(*env, tag)) {
        const std::string file = trimmed(*f);
        if (!file.empty()) out = (std::filesystem::path(v.dir) / file).string();
      }
    };
    resolve("Verbfile", v.verbs);
    resolve("Actorfile", v.actors);
    resolve("Agentfile", v.agents);
    resolve("Discardfile", v.discards);
  }
  size_t from = 0;
  while ((from = xml.find("<Sentence ", from)) != std::string::npos) {
    const size_t tag_end = xml.find('>', from);
    const size_t close = xml.find("</Sentence>", from);
    if (tag_end == std::string::npos || close == std::string::npos || close < tag_end)
      return parse_error(name, xml, from, "<Sentence> without its closing </Sentence>");
    const std::string_view body = std::string_view(xml).substr(tag_end + 1, close - tag_end - 1);
    auto attrs = attributes(std::string_view(xml).substr(from + 10, tag_end - from - 10));
    EventRecord r;
    r.line = line_at(xml, from);
    r.id = attrs["id"];
    r.category = attrs["category"];
    const std::string& d = attrs["date"];
    if (d.size() == 8 && std::all_of(d.begin(), d.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      r.date = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
    r.active = attrs["sentence"] != "false";
    auto text = element_text(body, "Text");
    if (!text) return parse_error(name, xml, from, "record '" + r.id + "' has no <Text>");
    // The file wraps a sentence over lines; a line break is not a paragraph.
    for (char ch : xml_unescape(trimmed(*text))) {
      const bool space = std::isspace(static_cast<unsigned char>(ch));
      if (!space) r.text += ch;
      else if (!r.text.empty() && r.text.back() != ' ') r.text += ' ';
    }
    size_t c = 0;
    bool noevents = false;
    while ((c = body.find("<EventCoding", c)) != std::string_view::npos) {
      const size_t end = body.find('>', c);
      if (end == std::string_view::npos) break;
      auto a = attributes(body.substr(c + 12, end - c - 12));
      const size_t at = tag_end + 1 + c;
      c = end;
      if (a.count("eventcode")) {
        r.expected.push_back({a["sourcecode"], a["targetcode"], a["eventcode"]});
      } else if (a.count("noevents")) {
        noevents = true;
      } else if (a.count("error")) {
        r.error = a["error"];
      } else {
        return parse_error(name, xml, at, "<EventCoding> in record '" + r.id + "' has no eventcode, noevents or error");
      }
    }
    if (r.expected.empty() && !noevents && r.error.empty())
      return parse_error(name, xml, from, "record '" + r.id + "' has no <EventCoding>");
    std::sort(r.expected.begin(), r.expected.end());
    r.expected.erase(std::unique(r.expected.begin(), r.expected.end()), r.expected.end());
    v.records.push_back(std::move(r));
    from = close;
  }
  if (v.records.empty()) return Status(StatusCode::kParseError, name + ": no <Sentence> records");
  return v;
}

Result<EventValidation> read_petrarch_validation(const std::string& path) {
  auto text = rules::read_text_file(path);
  if (!text.ok()) return text.status();
  return parse_petrarch_validation(*text, path);
}

bool score_event_record(const EventRecord& record, const std::vector<EventTriple>& system, EventScores& scores) {
  if (!record.active) {
    ++scores.skipped;
    return false;
  }
  const std::set<EventTriple> want(record.expected.begin(), record.expected.end());
  const std::set<EventTriple> got(system.begin(), system.end());
  size_t hit = 0;
  for (const auto& t : got) hit += want.count(t);
  scores.true_pos += hit;
  scores.false_pos += got.size() - hit;
  scores.false_neg += want.size() - hit;
  const bool pass = want == got;
  EventCategoryScore& cat = scores.categories[record.category];
  ++cat.records;
  ++scores.records;
  if (pass) {
    ++cat.passed;
    ++scores.passed;
  }
  return pass;
}

std::string format_event_scores(const EventScores& s) {
  std::string out = "category        records  passed   rate\n";
  char buf[160];
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  for (const auto& [name, c] : s.categories) {
    std::snprintf(buf, sizeof buf, "%-15s %7zu %7zu %5.1f%%\n", name.c_str(), c.records, c.passed, pct(c.passed, c.records));
    out += buf;
  }
  std::snprintf(buf, sizeof buf, "%-15s %7zu %7zu %5.1f%%\n", "ALL", s.records, s.passed, pct(s.passed, s.records));
  out += buf;
  if (s.skipped) {
    std::snprintf(buf, sizeof buf, "(%zu records marked sentence=\"false\" not scored)\n", s.skipped);
    out += buf;
  }
  const double p = pct(s.true_pos, s.true_pos + s.false_pos), r = pct(s.true_pos, s.true_pos + s.false_neg);
  std::snprintf(buf, sizeof buf, "triples: precision %.1f%% recall %.1f%% F1 %.1f%% (tp %zu fp %zu fn %zu)\n", p, r,
                p + r > 0 ? 2 * p * r / (p + r) : 0.0, s.true_pos, s.false_pos, s.false_neg);
  out += buf;
  return out;
}

std::string format_triples(const std::vector<EventTriple>& triples) {
  if (triples.empty()) return "-";
  std::string out;
  for (const auto& t : triples) {
    if (!out.empty()) out += ' ';
    out += t.source + ">" + t.target + ":" + t.code;
  }
  return out;
}

}  // namespace chronicle::eval
