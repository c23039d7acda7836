#include "io/gkg_writer.h"

#include <cstdio>
#include <set>

#include "io/gdelt_common.h"

namespace chronicle::io {

namespace {

std::string number(double v) {
  char buf[32];
  const int n = std::snprintf(buf, sizeof buf, "%g", v);
  return std::string(buf, n > 0 ? static_cast<size_t>(n) : 0);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// V1 and V2 location fields for the places with coordinates.
void locations(const Document& doc, const CodepointIndex& cp, std::string& v1, std::string& v2) {
  for (const Entity& e : doc.entities) {
    if (!e.has_geo) continue;
    const GeoPoint& g = e.geo;
    const std::string fips(fips_country(g.country));
    const std::string adm1 = fips.empty() ? std::string() : fips + g.admin1;
    const std::string type = std::to_string(gdelt_geo_type(g));
    const std::string feature = g.geonameid >= 0 ? std::to_string(g.geonameid) : std::string();
    std::string name;
    append_clean(name, e.name, ";#,");
    v1 += type + "#" + name + "#" + fips + "#" + adm1 + "#" + number(g.lat) + "#" + number(g.lon) + "#" + feature + ";";
    for (const EntityMention& m : e.mentions) {
      v2 += type + "#" + name + "#" + fips + "#" + adm1 + "##" + number(g.lat) + "#" + number(g.lon) + "#" + feature +
            "#" + std::to_string(cp(m.start)) + ";";
    }
  }
  if (!v1.empty()) v1.pop_back();
  if (!v2.empty()) v2.pop_back();
}

// V1 (unique lower-case names) and V2 (name,offset per mention) for one type.
void names(const Document& doc, const CodepointIndex& cp, std::string_view type, std::string& v1, std::string& v2) {
  std::set<std::string> seen;
  for (const Entity& e : doc.entities) {
    if (e.type != type) continue;
    std::string name;
    append_clean(name, e.name, ";,#");
    if (seen.insert(lower(name)).second) v1 += lower(name) + ";";
    for (const EntityMention& m : e.mentions) {
      if (m.kind != "name" && m.kind != "acronym" && m.kind != "title") continue;
      std::string surface;
      append_clean(surface, doc.span_text(m.start, m.end), ";,#");
      v2 += surface + "," + std::to_string(cp(m.start)) + ";";
    }
  }
  if (!v1.empty()) v1.pop_back();
  if (!v2.empty()) v2.pop_back();
}

// "Resolution#Month#Day#Year#Offset" for DATE values GDELT can hold:
// 1 year, 2 month, 3 day (4, month and day without a year, never arises here
// since values are resolved against the document date).
std::string dates(const Document& doc, const CodepointIndex& cp) {
  std::string out;
  for (const TimeExpr& t : doc.times) {
    if (t.type != "DATE") continue;
    const std::string& v = t.value;
    auto digits = [&](size_t from, size_t n) {
      if (v.size() < from + n) return false;
      for (size_t i = from; i < from + n; ++i) {
        if (v[i] < '0' || v[i] > '9') return false;
      }
      return true;
    };
    if (!digits(0, 4)) continue;
    std::string year = v.substr(0, 4), month = "0", day = "0";
    int resolution = 1;
    if (v.size() >= 7 && v[4] == '-' && digits(5, 2)) {
      month = std::to_string(std::stoi(v.substr(5, 2)));
      resolution = 2;
      if (v.size() >= 10 && v[7] == '-' && digits(8, 2)) {
        day = std::to_string(std::stoi(v.substr(8, 2)));
        resolution = 3;
      }
    } else if (v.size() > 4) {
      continue;  // weeks, seasons, decades: no GDELT form
    }
    out += std::to_string(resolution) + "#" + month + "#" + day + "#" + year + "#" + std::to_string(cp(t.start)) + ";";
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::string quotations(const Document& doc, const CodepointIndex& cp) {
  std::string out;
  for (const Quote& q : doc.quotes) {
    if (q.kind == "scare") continue;
    std::string text;
    append_clean(text, doc.span_text(q.start, q.end), "#|");
    std::string cue;
    append_clean(cue, q.cue, "#|");
    if (!out.empty()) out.push_back('#');
    out += std::to_string(cp(q.start)) + "|" + std::to_string(cp(q.end) - cp(q.start)) + "|" + cue + "|" + text;
  }
  return out;
}

std::string all_names(const Document& doc, const CodepointIndex& cp) {
  std::string out;
  for (const Entity& e : doc.entities) {
    for (const EntityMention& m : e.mentions) {
      if (m.kind != "name" && m.kind != "acronym") continue;
      std::string surface;
      append_clean(surface, doc.span_text(m.start, m.end), ";,");
      out += surface + "," + std::to_string(cp(m.start)) + ";";
    }
  }
  if (!out.empty()) out.pop_back();
  return out;
}

bool is_video(std::string_view url) {
  for (std::string_view host : {"youtube.com", "youtu.be", "vimeo.com", "dailymotion.com"}) {
    if (url.find(host) != std::string_view::npos) return true;
  }
  return false;
}

bool is_image(std::string_view url) {
  for (std::string_view host : {"pic.twitter.com", "instagram.com", "imgur.com", "flickr.com"}) {
    if (url.find(host) != std::string_view::npos) return true;
  }
  return false;
}

// Semicolon-terminated URL lists, as GDELT writes its embeds.
void embeds(const Document& doc, std::string& images, std::string& videos) {
  std::set<std::string> seen;
  for (const Url& u : doc.urls) {
    std::string url;
    append_clean(url, doc.span_text(u.start, u.end), ";");
    if (!seen.insert(url).second) continue;
    if (is_image(url)) images += url + ";";
    if (is_video(url)) videos += url + ";";
  }
}

std::string host_of(std::string_view url) {
  size_t from = url.find("://");
  from = from == std::string_view::npos ? 0 : from + 3;
  size_t to = url.find_first_of("/?#:", from);
  std::string host(url.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from));
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

}  // namespace

void append_document_gkg(const Document& doc, std::string& out) {
  const CodepointIndex cp(doc.text);
  std::vector<std::string> f(kGkgColumns);
  const std::string date = gdelt_sql_date(doc.meta.date);
  const std::string stamp = date.empty() ? std::string() : date + "000000";
  f[0] = (stamp.empty() ? std::string("0") : stamp) + "-" + std::to_string(gdelt_record_id(doc.id, 0));
  f[1] = stamp;
  const bool web = !doc.meta.url.empty();
  f[2] = web ? "1" : "2";
  append_clean(f[3], web ? host_of(doc.meta.url) : doc.meta.source);
  append_clean(f[4], web ? doc.meta.url : doc.id);
  locations(doc, cp, f[9], f[10]);
  names(doc, cp, "PERSON", f[11], f[12]);
  names(doc, cp, "ORG", f[13], f[14]);
  f[16] = dates(doc, cp);
  f[17] = "wc:" + std::to_string(doc.tokens.size());
  embeds(doc, f[20], f[21]);
  f[22] = quotations(doc, cp);
  f[23] = all_names(doc, cp);
  if (!doc.meta.title.empty()) {
    f[26].append("<PAGE_TITLE>");
    append_clean(f[26], doc.meta.title, "<>");
    f[26] += "</PAGE_TITLE>";
  }
  for (int i = 0; i < kGkgColumns; ++i) {
    if (i > 0) out.push_back('\t');
    out += f[i];
  }
  out.push_back('\n');
}

}  // namespace chronicle::io
