#include "eval/mention_eval.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "eval/gold_tsv.h"

namespace chronicle::eval {

namespace {

// The entity and mention overlapping [start, end) (code points) the most;
// on a tie the shorter mention, so a name inside another entity's
// description ("a backer of plans to bring Arnor into the league") is the
// name's entity.
struct Found {
  const Entity* entity = nullptr;
  uint32_t overlap = 0;
  uint32_t length = 0;
};

Found find_entity(const Document& doc, const CodepointIndex& cp, uint32_t start, uint32_t end) {
  Found best;
  for (const Entity& e : doc.entities) {
    for (const EntityMention& m : e.mentions) {
      const uint32_t s = cp(m.start), t = cp(m.end);
      const uint32_t lo = std::max(s, start), hi = std::min(t, end);
      if (hi <= lo) continue;
      if (hi - lo > best.overlap || (hi - lo == best.overlap && t - s < best.length)) best = {&e, hi - lo, t - s};
    }
  }
  return best;
}

std::string gold_text(const Document& doc, uint32_t start, uint32_t end) {
  uint32_t n = 0;
  size_t b = doc.text.size(), e = doc.text.size();
  for (size_t i = 0; i <= doc.text.size(); ++i) {
    if (i < doc.text.size() && (static_cast<unsigned char>(doc.text[i]) & 0xC0) == 0x80) continue;
    if (n == start) b = i;
    if (n == end) {
      e = i;
      break;
    }
    ++n;
  }
  return b < e ? doc.text.substr(b, e - b) : std::string();
}

double pct(size_t a, size_t b) { return b ? 100.0 * double(a) / double(b) : 0.0; }

}  // namespace

Result<MentionGold> read_mention_gold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, "cannot open the gold file", path);
  MentionGold gold;
  std::string line, root;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    const std::string where = path + ":" + std::to_string(n);
    if (line.empty()) continue;
    if (line[0] == '#') {
      header_value(line, "# root:", root);
      header_value(line, "# date:", gold.date);
      continue;
    }
    const auto cells = split_tabs(line);
    if (cells.size() != 5)
      return Status(StatusCode::kParseError, "expected 5 tab-separated columns, found " + std::to_string(cells.size()),
                    where);
    if (cells[4] != "dev" && cells[4] != "test")
      return Status(StatusCode::kParseError, "split must be dev or test, not '" + cells[4] + "'", where);
    if (gold.articles.empty() || gold.articles.back().doc != cells[0]) {
      for (const auto& a : gold.articles)
        if (a.doc == cells[0]) return Status(StatusCode::kParseError, "rows of '" + cells[0] + "' are not together", where);
      gold.articles.push_back({cells[0], cells[4], {}});
    } else if (gold.articles.back().split != cells[4]) {
      return Status(StatusCode::kParseError, "'" + cells[0] + "' is in both splits", where);
    }
    // Offsets of at most nine digits, as this reader has always taken them.
    const auto offset = [](const std::string& c, uint32_t& v) { return c.size() <= 9 && parse_u32(c, v); };
    GoldMention m;
    if (!offset(cells[1], m.start) || !offset(cells[2], m.end) || m.end <= m.start)
      return Status(StatusCode::kParseError, "bad offsets in '" + line + "'", where);
    if (cells[3].empty()) return Status(StatusCode::kParseError, "empty label", where);
    m.label = cells[3];
    gold.articles.back().mentions.push_back(std::move(m));
  }
  if (root.empty()) return Status(StatusCode::kParseError, "no '# root: DIR' line", path);
  gold.root = resolve_root(path, root);
  return gold;
}

void GeoScores::add(const GeoScores& o) {
  gold += o.gold;
  unscored += o.unscored;
  geocoded += o.geocoded;
  within_161 += o.within_161;
  exact_id += o.exact_id;
  unknown_gold_id += o.unknown_gold_id;
  errors.insert(errors.end(), o.errors.begin(), o.errors.end());
}

void ActorScores::add(const ActorScores& o) {
  gold += o.gold;
  coded += o.coded;
  exact += o.exact;
  country += o.country;
  errors.insert(errors.end(), o.errors.begin(), o.errors.end());
}

double great_circle_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(a)));
}

void score_geo(const MentionArticle& gold, const Document& doc, const GoldPoints& points, GeoScores& scores) {
  const CodepointIndex cp(doc.text);
  for (const GoldMention& g : gold.mentions) {
    if (g.label == "-") {
      ++scores.unscored;
      continue;
    }
    ++scores.gold;
    MentionError err{gold.doc, g.start, g.end, gold_text(doc, g.start, g.end), g.label, "(missed)", -1};
    const Found f = find_entity(doc, cp, g.start, g.end);
    if (f.entity && f.entity->has_geo) {
      ++scores.geocoded;
      const GeoPoint& p = f.entity->geo;
      err.system = std::to_string(p.geonameid) + " " + f.entity->name + " (" + p.feature + " " + p.country + ")";
      int64_t id = -1;
      for (char c : g.label)
        if (!std::isdigit(static_cast<unsigned char>(c))) id = -2;
      if (id == -1) id = std::stoll(g.label);
      if (id == p.geonameid) ++scores.exact_id;
      const auto it = points.find(id);
      if (it == points.end()) {
        ++scores.unknown_gold_id;
      } else {
        err.km = great_circle_km(it->second.first, it->second.second, p.lat, p.lon);
        if (err.km <= 161.0) {
          ++scores.within_161;
          continue;
        }
      }
    } else if (f.entity) {
      err.system = "(no point: " + f.entity->type + " " + f.entity->name + ")";
    }
    scores.errors.push_back(std::move(err));
  }
}

void score_actors(const MentionArticle& gold, const Document& doc, ActorScores& scores) {
  const CodepointIndex cp(doc.text);
  for (const GoldMention& g : gold.mentions) {
    ++scores.gold;
    MentionError err{gold.doc, g.start, g.end, gold_text(doc, g.start, g.end), g.label, "(missed)", -1};
    const Found f = find_entity(doc, cp, g.start, g.end);
    if (f.entity) err.system = "(no code: " + f.entity->type + " " + f.entity->name + ")";
    if (f.entity && !f.entity->actor.code.empty()) {
      ++scores.coded;
      const std::string& code = f.entity->actor.code;
      err.system = code + " " + f.entity->name + " [" + f.entity->actor.source + "]";
      if (code.compare(0, 3, g.label, 0, 3) == 0) ++scores.country;
      if (code == g.label) {
        ++scores.exact;
        continue;
      }
    }
    scores.errors.push_back(std::move(err));
  }
}

std::string format_geo_scores(const GeoScores& s) {
  char buf[768];
  std::snprintf(buf, sizeof buf,
                "scored gold mentions: %zu (%zu more with '-' not scored)\n"
                "accuracy@161km: %.2f%% (%zu)\n"
                "exact-id accuracy: %.2f%% (%zu)\n"
                "recall (geocoded): %.2f%% (%zu)\n"
                "gold ids missing from the gazetteer: %zu\n",
                s.gold, s.unscored, pct(s.within_161, s.gold), s.within_161, pct(s.exact_id, s.gold), s.exact_id,
                pct(s.geocoded, s.gold), s.geocoded, s.unknown_gold_id);
  return buf;
}

std::string format_actor_scores(const ActorScores& s) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "gold mentions: %zu\n"
                "exact-code accuracy: %.2f%% (%zu)\n"
                "country-only accuracy: %.2f%% (%zu)\n"
                "recall (coded): %.2f%% (%zu)\n",
                s.gold, pct(s.exact, s.gold), s.exact, pct(s.country, s.gold), s.country, pct(s.coded, s.gold), s.coded);
  return buf;
}

}  // namespace chronicle::eval
