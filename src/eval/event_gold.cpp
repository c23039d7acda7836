#include "eval/event_gold.h"

#include <cstdio>
#include <sstream>

#include "eval/gold_tsv.h"
#include "rules/dictionary_text.h"

namespace chronicle::eval {

namespace {

bool overlaps(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) { return a0 < b1 && b0 < a1; }

const Entity* entity_by_id(const Document& doc, const std::string& id) {
  for (const Entity& e : doc.entities)
    if (e.id == id) return &e;
  return nullptr;
}

bool same_party(const Document& doc, const CodepointIndex& cp, const EventParty& p, uint32_t g0, uint32_t g1,
                const std::string& gold_code) {
  if (!p.entity.empty()) {
    const Entity* e = entity_by_id(doc, p.entity);
    if (!e) return false;
    for (const EntityMention& m : e->mentions)
      if (overlaps(cp(m.start), cp(m.end), g0, g1)) return true;
    return false;
  }
  return p.actor.size() >= 3 && gold_code.size() >= 3 && p.actor.compare(0, 3, gold_code, 0, 3) == 0;
}

}  // namespace

Result<EventGold> read_event_gold(const std::string& path) {
  auto text = rules::read_text_file(path);
  if (!text.ok()) return text.status();
  EventGold gold;
  std::string root;
  std::stringstream in(*text);
  uint32_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (line[0] == '#') {
      header_value(line, "# root:", root);
      header_value(line, "# date:", gold.date);
      continue;
    }
    const auto bad = [&](const std::string& what) {
      return Status(StatusCode::kParseError, path + ":" + std::to_string(line_no) + ": " + what);
    };
    const std::vector<std::string> c = split_tabs(line);
    if (c.size() != 10) return bad("expected 10 tab-separated columns, found " + std::to_string(c.size()));
    GoldEventSentence s;
    s.doc = c[0];
    if (!parse_u32(c[1], s.start) || !parse_u32(c[2], s.end) || s.end <= s.start) return bad("bad sentence offsets");
    if (gold.sentences.empty() || gold.sentences.back().doc != s.doc || gold.sentences.back().start != s.start)
      gold.sentences.push_back(s);
    else if (gold.sentences.back().end != s.end)
      return bad("sentence " + c[1] + " ends at " + c[2] + " here but elsewhere at " +
                 std::to_string(gold.sentences.back().end));
    if (c[3] == "-") continue;
    GoldEvent g;
    g.cameo = c[3];
    if (!parse_u32(c[4], g.source_start) || !parse_u32(c[5], g.source_end) || !parse_u32(c[6], g.target_start) ||
        !parse_u32(c[7], g.target_end) || g.source_end <= g.source_start || g.target_end <= g.target_start)
      return bad("bad party offsets");
    if (g.source_start < s.start || g.source_end > s.end || g.target_start < s.start || g.target_end > s.end)
      return bad("a party lies outside its sentence");
    if (g.cameo.size() < 2 || g.cameo.size() > 4) return bad("bad CAMEO code '" + g.cameo + "'");
    g.source_code = c[8];
    g.target_code = c[9];
    gold.sentences.back().events.push_back(std::move(g));
  }
  if (root.empty()) return Status(StatusCode::kParseError, path + ": no '# root: DIR' line");
  gold.root = resolve_root(path, root);
  if (gold.sentences.empty()) return Status(StatusCode::kParseError, path + ": no sentences");
  return gold;
}

bool event_gold_reported(const Event& e) {
  return e.mood == "asserted" || (e.mood == "intended" && e.cameo.starts_with("03"));
}

void score_event_sentence(const GoldEventSentence& sentence, const Document& doc, EventGoldScores& scores,
                          std::vector<std::string>* listing) {
  const CodepointIndex cp(doc.text);
  ++scores.sentences;
  scores.gold += sentence.events.size();
  std::vector<bool> found(sentence.events.size(), false), found_root(sentence.events.size(), false);
  for (const Event& e : doc.events) {
    const uint32_t at = cp(e.trigger_start);
    if (at < sentence.start || at >= sentence.end) continue;
    bool right = false, root = false;
    for (size_t i = 0; i < sentence.events.size(); ++i) {
      const GoldEvent& g = sentence.events[i];
      if (!same_party(doc, cp, e.source, g.source_start, g.source_end, g.source_code) ||
          !same_party(doc, cp, e.target, g.target_start, g.target_end, g.target_code))
        continue;
      if (g.cameo.compare(0, 2, e.cameo, 0, 2) != 0) continue;
      root = true;
      found_root[i] = true;
      if (g.cameo == e.cameo) {
        right = true;
        found[i] = true;
      }
    }
    const bool coded = !e.source.actor.empty() && !e.target.actor.empty();
    if (coded) {
      ++scores.system;
      scores.correct += right;
      scores.root_correct += root;
      if (event_gold_reported(e)) {
        ++scores.asserted;
        scores.asserted_correct += right;
        scores.asserted_root_correct += root;
      }
    } else {
      ++scores.uncoded;
      scores.uncoded_correct += right;
    }
    if (listing) {
      const char* verdict = right ? "RIGHT" : root ? "ROOT " : "WRONG";
      const Entity* s = entity_by_id(doc, e.source.entity);
      const Entity* t = entity_by_id(doc, e.target.entity);
      listing->push_back(std::string(verdict) + (coded ? " " : " (uncoded) ") + sentence.doc + ":" +
                         std::to_string(sentence.start) + " " + e.cameo + " " + (s ? s->name : "-") + "[" +
                         e.source.actor + "] -> " + (t ? t->name : "-") + "[" + e.target.actor + "] trigger '" +
                         std::string(doc.span_text(e.trigger_start, e.trigger_end)) + "' " + e.mood);
    }
  }
  for (size_t i = 0; i < sentence.events.size(); ++i) {
    scores.found += found[i];
    scores.found_root += found_root[i];
    if (listing && !found_root[i]) {
      const GoldEvent& g = sentence.events[i];
      listing->push_back("MISSED " + sentence.doc + ":" + std::to_string(sentence.start) + " " + g.cameo + " " +
                         g.source_code + " -> " + g.target_code);
    }
  }
}

std::string format_event_gold_scores(const EventGoldScores& s) {
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  char buf[1024];
  std::snprintf(buf, sizeof buf,
                "sentences %zu, gold events %zu\n"
                "asserted coded events (both actors coded; mood asserted, or an intent code 03x): %zu\n"
                "  precision: %.1f%% exact code (%zu right), %.1f%% same root (%zu)\n"
                "  recall:    %.1f%% exact code (%zu of %zu gold), %.1f%% same root (%zu)\n"
                "all coded events, plans and hypotheticals included: %zu, precision %.1f%% exact code (%zu right), "
                "%.1f%% same root (%zu)\n"
                "events with an uncoded party (not in the figures above): %zu, of which %zu right\n",
                s.sentences, s.gold, s.asserted, pct(s.asserted_correct, s.asserted), s.asserted_correct,
                pct(s.asserted_root_correct, s.asserted), s.asserted_root_correct, pct(s.found, s.gold), s.found,
                s.gold, pct(s.found_root, s.gold), s.found_root, s.system, pct(s.correct, s.system), s.correct,
                pct(s.root_correct, s.system), s.root_correct, s.uncoded, s.uncoded_correct);
  return buf;
}

}  // namespace chronicle::eval
