#include "eval/ner_eval.h"

#include <cstdio>

namespace chronicle::eval {

std::string coarse_ner_type(std::string_view t) {
  if (t == "PERSON" || t == "PER" || t == "per") return "PER";
  if (t == "ORG" || t == "org" || t == "Organisation" || t == "ORGANIZATION") return "ORG";
  if (t == "GPE" || t == "LOC" || t == "FAC" || t == "geo" || t == "Location" || t == "LOCATION") return "LOC";
  if (t == "NORP" || t == "MISC" || t == "gpe" || t == "art" || t == "eve" || t == "nat") return "MISC";
  return "";
}

std::vector<NerSpan> bio_spans(const std::vector<std::string>& tags) {
  std::vector<NerSpan> spans;
  bool open = false;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const std::string& t = tags[i];
    if (t.size() < 3 || t[1] != '-') {
      open = false;
      continue;
    }
    const char p = t[0];
    std::string type = t.substr(2);
    const bool continues = (p == 'I' || p == 'L') && open && spans.back().type == type;
    if (continues) {
      spans.back().last = i + 1;
    } else {
      spans.push_back({i, i + 1, type});
    }
    open = p == 'B' || p == 'I';
  }
  return spans;
}

void NerScorer::add(const std::vector<NerSpan>& gold, const std::vector<NerSpan>& predicted) {
  auto mapped = [&](const std::vector<NerSpan>& in) {
    std::set<NerSpan> out;
    for (const NerSpan& s : in) {
      std::string c = coarse_ner_type(s.type);
      if (c.empty() || (!types_.empty() && !types_.count(c))) continue;
      out.insert({s.first, s.last, c});
    }
    return out;
  };
  const std::set<NerSpan> g = mapped(gold), p = mapped(predicted);
  for (const NerSpan& s : g) {
    ++overall_.gold;
    ++per_type_[s.type].gold;
  }
  for (const NerSpan& s : p) {
    ++overall_.predicted;
    ++per_type_[s.type].predicted;
    if (g.count(s)) {
      ++overall_.correct;
      ++per_type_[s.type].correct;
    }
  }
}

std::string NerScorer::format() const {
  std::string out = "type       gold   pred correct      P      R     F1\n";
  char buf[160];
  auto line = [&](const std::string& name, const NerCounts& c) {
    std::snprintf(buf, sizeof buf, "%-8s %6lld %6lld %7lld %6.2f %6.2f %6.2f\n", name.c_str(),
                  static_cast<long long>(c.gold), static_cast<long long>(c.predicted),
                  static_cast<long long>(c.correct), c.precision(), c.recall(), c.f1());
    out += buf;
  };
  for (const auto& [type, c] : per_type_) line(type, c);
  line("overall", overall_);
  return out;
}

}  // namespace chronicle::eval
