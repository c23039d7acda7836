#include "io/gdelt_events_writer.h"

#include <charconv>
#include <cstdio>

#include "io/gdelt_common.h"

namespace chronicle::io {

namespace {

const Entity* find_entity(const Document& doc, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const Entity& e : doc.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

class Row {
 public:
  explicit Row(std::string& out) : out_(out) {}
  // Starts the next field and returns the line for appending to it.
  std::string& next() {
    if (fields_++ > 0) out_.push_back('\t');
    return out_;
  }
  void add(std::string_view s) { append_clean(next(), s); }
  void add_number(double v) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%g", v);
    next().append(buf, n > 0 ? static_cast<size_t>(n) : 0);
  }
  void empty(int count = 1) {
    for (int i = 0; i < count; ++i) next();
  }
  int fields() const { return fields_; }

 private:
  std::string& out_;
  int fields_ = 0;
};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// "20180531" -> "2018.4110": the year plus the share of it done by that day.
std::string fraction_date(const std::string& sql) {
  int y = 0, m = 0, d = 0;
  std::from_chars(sql.data(), sql.data() + 4, y);
  std::from_chars(sql.data() + 4, sql.data() + 6, m);
  std::from_chars(sql.data() + 6, sql.data() + 8, d);
  static constexpr int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  if (m < 1 || m > 12) return {};
  const int day_of_year = kBefore[m - 1] + d + (m > 2 && is_leap(y) ? 1 : 0);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d.%04d", y, day_of_year * 10000 / 365 > 9999 ? 9999 : day_of_year * 10000 / 365);
  return buf;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Actor columns 6-15 (and 16-25): code, name, country, known group, ethnic,
// religion 1 and 2, type 1 to 3.
void add_actor(Row& row, const EventParty& party, const Entity* entity) {
  const std::string& code = !party.actor.empty() ? party.actor : (entity ? entity->actor.code : party.actor);
  row.add(code);
  row.add(entity ? upper(entity->name) : std::string());
  std::string country, roles;
  if (entity && entity->actor.code == code && !code.empty()) {
    country = entity->actor.country;
    roles = entity->actor.role;
  } else if (code.size() >= 3) {
    country = code.substr(0, 3);
    roles = code.substr(3);
  }
  row.add(country);
  row.empty(4);  // known group, ethnic, religion 1, religion 2
  for (int i = 0; i < 3; ++i) row.add(roles.size() >= 3u * (i + 1) ? roles.substr(3 * i, 3) : std::string());
}

// Geography: type, full name, country, ADM1, ADM2, lat, long, feature id.
void add_geo(Row& row, const Entity* place) {
  if (!place || !place->has_geo) {
    row.empty(8);
    return;
  }
  const GeoPoint& g = place->geo;
  const std::string_view fips = fips_country(g.country);
  const int type = gdelt_geo_type(g);
  row.add_number(type);
  row.add(place->name);
  row.add(fips);
  row.add(fips.empty() ? std::string() : std::string(fips) + g.admin1);
  row.empty();  // ADM2
  row.add_number(g.lat);
  row.add_number(g.lon);
  row.add(g.geonameid >= 0 ? std::to_string(g.geonameid) : std::string());
}

}  // namespace

void append_document_gdelt_events(const Document& doc, std::string& out) {
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& v = doc.events[i];
    Row row(out);
    row.add(std::to_string(gdelt_record_id(doc.id, i)));
    const std::string sql = gdelt_sql_date(!v.date.empty() ? v.date : doc.meta.date);
    row.add(sql);
    row.add(sql.empty() ? std::string() : sql.substr(0, 6));
    row.add(sql.empty() ? std::string() : sql.substr(0, 4));
    row.add(sql.empty() ? std::string() : fraction_date(sql));
    const Entity* source = find_entity(doc, v.source.entity);
    const Entity* target = find_entity(doc, v.target.entity);
    add_actor(row, v.source, source);
    add_actor(row, v.target, target);
    bool lead = false;
    if (v.sentence >= 0 && static_cast<size_t>(v.sentence) < doc.sentences.size()) {
      lead = doc.sentences[v.sentence].paragraph == 0;
    }
    row.add(lead ? "1" : "0");
    row.add(v.cameo);
    row.add(v.cameo.substr(0, 3));
    row.add(!v.root_code.empty() ? v.root_code : v.cameo.substr(0, 2));
    row.add(v.quad_class > 0 ? std::to_string(v.quad_class) : std::string());
    if (v.has_goldstein) row.add_number(v.goldstein); else row.empty();
    row.add("1");  // NumMentions
    row.add("1");  // NumSources
    row.add("1");  // NumArticles
    row.empty();   // AvgTone: nothing measures tone
    add_geo(row, source && source->has_geo ? source : nullptr);
    add_geo(row, target && target->has_geo ? target : nullptr);
    add_geo(row, find_entity(doc, v.location));
    const std::string added = gdelt_sql_date(doc.meta.date);
    row.add(added.empty() ? std::string() : added + "000000");
    row.add(!doc.meta.url.empty() ? doc.meta.url : doc.id);
    out.push_back('\n');
  }
}

}  // namespace chronicle::io
