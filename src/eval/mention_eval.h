// Place and actor evaluation: the geocoder's GeoNames entries and the actor
// coder's CAMEO codes against the project's own gold files of name mentions
// (eval/geo/GUIDELINES.md, eval/actors/GUIDELINES.md), as library code so
// the CLI's `eval --geo` / `eval --actors-gold`, tests and CI score alike.
//
// Gold file: '#' comment lines ("# root: DIR" names the article folder,
// relative to the gold file; "# date: YYYY-MM-DD" the document date the codes
// hold for), then tab-separated rows
//   doc  start  end  label  split
// with code-point offsets into the article, label a GeoNames id (or "-" for
// a place the shared GeoNames files do not hold: listed, not scored) or a
// CAMEO actor code, split dev | test.
//
// A gold mention is found by the system when an entity has a mention that
// overlaps it (the one sharing most code points wins). Scores:
// - geo: accuracy@161 km (great-circle distance from the entity's point to
//   the gold entry's point in the same gazetteer), exact-id accuracy, and
//   recall (gold mentions whose entity has a point);
// - actors: exact-code accuracy, country-only accuracy (the first three
//   letters agree), and recall (gold mentions whose entity has a code).
// All accuracies are over every scored gold mention: a missed one is wrong.
//
// Thread safety: stateless functions over const inputs.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle::eval {

struct GoldMention {
  uint32_t start = 0;  // code points
  uint32_t end = 0;
  std::string label;
};

struct MentionArticle {
  std::string doc;
  std::string split;
  std::vector<GoldMention> mentions;
};

struct MentionGold {
  std::string root;
  std::string date;  // empty when the file has no "# date:" line
  std::vector<MentionArticle> articles;
};

// ensures: articles in file order; a malformed row gives kParseError naming "path:line".
Result<MentionGold> read_mention_gold(const std::string& path);

// One line of the error listing: gold mention, what the system said.
struct MentionError {
  std::string doc;
  uint32_t start = 0, end = 0;
  std::string text;
  std::string gold;
  std::string system;  // "(missed)" when no entity overlaps
  double km = -1;      // geo only, -1 when unknown
};

struct GeoScores {
  size_t gold = 0;       // scored gold mentions (label is a GeoNames id)
  size_t unscored = 0;   // "-" rows
  size_t geocoded = 0;   // ... found with a point
  size_t within_161 = 0;
  size_t exact_id = 0;
  size_t unknown_gold_id = 0;  // gold ids the gazetteer lacks (counted wrong)
  std::vector<MentionError> errors;
  void add(const GeoScores& o);
};

struct ActorScores {
  size_t gold = 0;
  size_t coded = 0;  // found with a code
  size_t exact = 0;
  size_t country = 0;
  std::vector<MentionError> errors;
  void add(const ActorScores& o);
};

// A gold point: geonameid -> (lat, lon).
using GoldPoints = std::unordered_map<int64_t, std::pair<double, double>>;

double great_circle_km(double lat1, double lon1, double lat2, double lon2);

// requires: `doc` was annotated from the article's text.
void score_geo(const MentionArticle& gold, const Document& doc, const GoldPoints& points, GeoScores& scores);
void score_actors(const MentionArticle& gold, const Document& doc, ActorScores& scores);

std::string format_geo_scores(const GeoScores& s);
std::string format_actor_scores(const ActorScores& s);

}  // namespace chronicle::eval
