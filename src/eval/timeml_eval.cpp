// A small TimeML reader (the files are flat: TIMEX3/EVENT/SIGNAL tags inside
// <TEXT>, no nesting of TIMEX3) and the TempEval-3 counts.
#include "eval/timeml_eval.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace chronicle::eval {

namespace {

std::string attribute(const std::string& tag, const char* name) {
  const std::string key = std::string(" ") + name + "=\"";
  const size_t at = tag.find(key);
  if (at == std::string::npos) return {};
  const size_t b = at + key.size();
  const size_t e = tag.find('"', b);
  return e == std::string::npos ? std::string() : tag.substr(b, e - b);
}

// Decodes the XML entity at xml[i] ('&'); returns false when it is not one.
bool decode_entity(const std::string& xml, size_t& i, std::string& out) {
  static const struct { const char* name; char c; } kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (const auto& e : kEntities) {
    if (xml.compare(i, std::char_traits<char>::length(e.name), e.name) == 0) {
      out.push_back(e.c);
      i += std::char_traits<char>::length(e.name);
      return true;
    }
  }
  return false;
}

// Up to 40 bytes each side of [b, e), on UTF-8 boundaries, on one line: the
// diff is read by a person classifying errors, who needs the clause.
std::string context(const std::string& text, size_t b, size_t e) {
  auto lead = [&](size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  size_t from = b > 40 ? b - 40 : 0;
  while (from < b && lead(from)) ++from;
  size_t to = std::min(text.size(), e + 40);
  while (to > e && lead(to)) --to;
  std::string s = text.substr(from, b - from) + "[" + text.substr(b, e - b) + "]" + text.substr(e, to - e);
  for (char& c : s) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return s;
}

double ratio(uint64_t a, uint64_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace

Result<TimemlDocument> parse_timeml(const std::string& xml, const std::string& where) {
  TimemlDocument doc;
  const size_t id_b = xml.find("<DOCID>");
  if (id_b != std::string::npos) {
    const size_t id_e = xml.find("</DOCID>", id_b);
    if (id_e != std::string::npos) doc.id = xml.substr(id_b + 7, id_e - id_b - 7);
  }
  const size_t dct_b = xml.find("<DCT>");
  if (dct_b != std::string::npos) {
    const size_t t = xml.find("<TIMEX3", dct_b);
    const size_t te = t == std::string::npos ? t : xml.find('>', t);
    if (te != std::string::npos) doc.dct = attribute(xml.substr(t, te - t), "value").substr(0, 10);
  }
  const size_t text_b = xml.find("<TEXT>");
  const size_t text_e = xml.find("</TEXT>");
  if (text_b == std::string::npos || text_e == std::string::npos || text_e < text_b) {
    return Status(StatusCode::kInvalidArgument, where + ": no <TEXT> ... </TEXT> element", where);
  }
  bool open = false;
  Timex current;
  for (size_t i = text_b + 6; i < text_e;) {
    const char c = xml[i];
    if (c == '<') {
      const size_t close = xml.find('>', i);
      if (close == std::string::npos || close > text_e) {
        return Status(StatusCode::kInvalidArgument, where + ": unterminated tag at byte " + std::to_string(i), where,
                      static_cast<int64_t>(i));
      }
      const std::string tag = xml.substr(i, close - i + 1);
      if (tag.compare(0, 7, "<TIMEX3") == 0) {
        if (open) {
          return Status(StatusCode::kInvalidArgument, where + ": nested TIMEX3 at byte " + std::to_string(i), where,
                        static_cast<int64_t>(i));
        }
        open = true;
        current = Timex{};
        current.start = static_cast<uint32_t>(doc.text.size());
        current.type = attribute(tag, "type");
        current.value = attribute(tag, "value");
      } else if (tag == "</TIMEX3>") {
        if (!open) {
          return Status(StatusCode::kInvalidArgument, where + ": </TIMEX3> without <TIMEX3> at byte " + std::to_string(i),
                        where, static_cast<int64_t>(i));
        }
        open = false;
        current.end = static_cast<uint32_t>(doc.text.size());
        doc.timexes.push_back(current);
      }
      i = close + 1;
    } else if (c == '&' && decode_entity(xml, i, doc.text)) {
    } else {
      doc.text.push_back(c);
      ++i;
    }
  }
  if (open) return Status(StatusCode::kInvalidArgument, where + ": TIMEX3 not closed before </TEXT>", where);
  return doc;
}

Result<TimemlDocument> read_timeml(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open " + path, path);
  std::ostringstream s;
  s << in.rdbuf();
  return parse_timeml(s.str(), path);
}

void score_timexes(const std::string& text, const std::vector<Timex>& gold, const std::vector<Timex>& system,
                   TimexCounts& counts, std::vector<std::string>* diff) {
  counts.gold += gold.size();
  counts.system += system.size();
  std::vector<bool> gold_used(gold.size(), false);
  auto show = [&](const Timex& t) {
    // Appends rather than operator+ chains (GCC 12 -Wrestrict false positive).
    std::string s(1, '\'');
    s.append(text, t.start, t.end - t.start);
    s.append("' ").append(t.type).append(" ").append(t.value);
    return s;
  };
  auto where = [&](const Timex& t) { return "\t| " + context(text, t.start, t.end); };
  for (const Timex& s : system) {
    // Prefer the same extent, else the first overlapping unused gold.
    int match = -1;
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!gold_used[g] && gold[g].start == s.start && gold[g].end == s.end) { match = static_cast<int>(g); break; }
    }
    if (match < 0) {
      for (size_t g = 0; g < gold.size(); ++g) {
        if (!gold_used[g] && gold[g].start < s.end && s.start < gold[g].end) { match = static_cast<int>(g); break; }
      }
    }
    if (match < 0) {
      if (diff) diff->push_back("spurious " + show(s) + where(s));
      continue;
    }
    const Timex& g = gold[match];
    gold_used[match] = true;
    ++counts.relaxed;
    if (g.start == s.start && g.end == s.end) ++counts.strict;
    else if (diff) diff->push_back("extent   " + show(s) + "  gold " + show(g) + where(g));
    if (g.type == s.type) ++counts.type_ok;
    if (g.value == s.value) ++counts.value_ok;
    else if (diff) diff->push_back("value    " + show(s) + "  gold " + show(g) + where(g));
  }
  if (diff) {
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!gold_used[g]) diff->push_back("missed   " + show(gold[g]) + where(gold[g]));
    }
  }
}

TimexScores timex_scores(const TimexCounts& c) {
  TimexScores s;
  s.strict_p = ratio(c.strict, c.system);
  s.strict_r = ratio(c.strict, c.gold);
  s.strict_f1 = f1(s.strict_p, s.strict_r);
  s.relaxed_p = ratio(c.relaxed, c.system);
  s.relaxed_r = ratio(c.relaxed, c.gold);
  s.relaxed_f1 = f1(s.relaxed_p, s.relaxed_r);
  s.type_accuracy = ratio(c.type_ok, c.relaxed);
  s.value_accuracy = ratio(c.value_ok, c.relaxed);
  s.type_f1 = s.relaxed_f1 * s.type_accuracy;
  s.value_f1 = s.relaxed_f1 * s.value_accuracy;
  return s;
}

std::string format_timex_scores(const TimexCounts& c) {
  const TimexScores s = timex_scores(c);
  char buf[640];
  std::snprintf(buf, sizeof buf,
                "TIMEX3: %llu gold, %llu system\n"
                "strict   P %6.2f  R %6.2f  F1 %6.2f\n"
                "relaxed  P %6.2f  R %6.2f  F1 %6.2f\n"
                "type     accuracy %6.2f  F1 %6.2f\n"
                "value    accuracy %6.2f  F1 %6.2f\n",
                static_cast<unsigned long long>(c.gold), static_cast<unsigned long long>(c.system), 100 * s.strict_p,
                100 * s.strict_r, 100 * s.strict_f1, 100 * s.relaxed_p, 100 * s.relaxed_r, 100 * s.relaxed_f1,
                100 * s.type_accuracy, 100 * s.type_f1, 100 * s.value_accuracy, 100 * s.value_f1);
  return buf;
}

}  // namespace chronicle::eval
