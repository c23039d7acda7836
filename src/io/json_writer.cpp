#include "io/json_writer.h"

#include <algorithm>

#include "io/json_out.h"

#ifndef CHRONICLE_VERSION
#define CHRONICLE_VERSION "0.0.0"
#endif

namespace chronicle::io {

const char* chronicle_version() { return CHRONICLE_VERSION; }

namespace {

// Writes spans with code-point offsets; clamps offsets a buggy stage might
// have left out of range so the writer never reads past the text.
class SpanWriter {
 public:
  SpanWriter(const Document& doc, JsonOut& json) : doc_(doc), json_(json), index_(doc.text) {}

  uint32_t cp(uint32_t byte) const { return index_(clamp(byte)); }

  // "start", "end", "text" fields of the current object.
  void span_fields(uint32_t start, uint32_t end) {
    start = clamp(start);
    end = std::max(start, clamp(end));
    json_.field("start", index_(start));
    json_.field("end", index_(end));
    json_.key("text");
    json_.trusted_value(doc_.span_text(start, end));  // a slice at code-point boundaries
  }

 private:
  uint32_t clamp(uint32_t byte) const {
    const uint32_t size = static_cast<uint32_t>(doc_.text.size());
    if (byte > size) return size;
    // Back off to a code-point boundary.
    while (byte > 0 && byte < size && (static_cast<unsigned char>(doc_.text[byte]) & 0xC0) == 0x80) --byte;
    return byte;
  }

  const Document& doc_;
  JsonOut& json_;
  CodepointIndex index_;
};

void write_meta(const Document& doc, const JsonWriterOptions& options, JsonOut& json) {
  json.key("meta");
  json.begin_object();
  const Meta& m = doc.meta;
  if (!m.date.empty()) json.field("date", m.date);
  if (!m.date_source.empty()) json.field("date_source", m.date_source);
  if (!m.timezone.empty()) json.field("timezone", m.timezone);
  if (!m.url.empty()) json.field("url", m.url);
  if (!m.title.empty()) json.field("title", m.title);
  if (!m.author.empty()) json.field("author", m.author);
  if (!options.models.empty()) {
    json.key("models");
    json.begin_object(true);
    for (const auto& [stage, version] : options.models) json.field(stage, version);
    json.end_object();
  }
  json.field("chronicle", chronicle_version());
  json.end_object();
}

void write_string_list(JsonOut& json, std::string_view key, const std::vector<std::string>& list) {
  json.key(key);
  json.begin_array(true);
  for (const auto& s : list) json.value(s);
  json.end_array();
}

void write_tokens(const Document& doc, const JsonWriterOptions& options, SpanWriter& spans, JsonOut& json) {
  json.key("tokens");
  json.begin_array();
  for (const Token& t : doc.tokens) {
    json.begin_object(true);
    spans.span_fields(t.start, t.end);
    json.field("kind", token_kind_name(t.kind));
    json.field("space_after", t.space_after);
    if (!t.lemma.empty()) json.field("lemma", t.lemma);
    if (!t.upos.empty()) json.field("upos", t.upos);
    if (!t.xpos.empty()) json.field("xpos", t.xpos);
    if (t.head != kNoHead) json.field("head", t.head);
    if (!t.deprel.empty()) json.field("deprel", t.deprel);
    if (options.layers.segments) json.field("sentence", t.sentence);
    json.end_object();
  }
  json.end_array();
}

void write_posts(const Document& doc, SpanWriter& spans, JsonOut& json) {
  json.key("posts");
  json.begin_array();
  for (const Post& p : doc.posts) {
    json.begin_object();
    json.field("platform", p.platform);
    spans.span_fields(p.start, p.end);
    if (p.signature_end > p.signature_start) {
      json.key("signature");
      json.begin_object(true);
      spans.span_fields(p.signature_start, p.signature_end);
      json.end_object();
    }
    if (!p.author.empty()) json.field("author", p.author);
    if (!p.handle.empty()) json.field("handle", p.handle);
    if (!p.date.empty()) json.field("date", p.date);
    if (!p.author_entity.empty()) json.field("author_entity", p.author_entity);
    write_string_list(json, "hashtags", p.hashtags);
    write_string_list(json, "mentions", p.mentions);
    write_string_list(json, "urls", p.urls);
    json.end_object();
  }
  json.end_array();
}

void write_entities(const Document& doc, SpanWriter& spans, JsonOut& json) {
  json.key("entities");
  json.begin_array();
  for (const Entity& e : doc.entities) {
    json.begin_object();
    json.field("id", e.id);
    json.field("type", e.type);
    json.field("name", e.name);
    if (!e.key.empty()) json.field("key", e.key);
    if (!e.actor.code.empty()) {
      json.key("actor");
      json.begin_object(true);
      json.field("code", e.actor.code);
      if (!e.actor.country.empty()) json.field("country", e.actor.country);
      if (!e.actor.role.empty()) json.field("role", e.actor.role);
      if (!e.actor.source.empty()) json.field("source", e.actor.source);
      json.end_object();
    }
    if (e.has_geo) {
      json.key("geo");
      json.begin_object(true);
      json.field("lat", e.geo.lat);
      json.field("lon", e.geo.lon);
      if (!e.geo.country.empty()) json.field("country", e.geo.country);
      if (!e.geo.admin1.empty()) json.field("admin1", e.geo.admin1);
      if (e.geo.geonameid >= 0) json.field("geonameid", e.geo.geonameid);
      if (!e.geo.feature.empty()) json.field("feature", e.geo.feature);
      json.end_object();
    }
    if (!e.handles.empty()) write_string_list(json, "handles", e.handles);
    json.field("ambiguous", e.ambiguous);
    json.key("mentions");
    json.begin_array();
    for (const EntityMention& m : e.mentions) {
      json.begin_object(true);
      spans.span_fields(m.start, m.end);
      json.field("kind", m.kind);
      if (!m.tokens.empty()) {
        json.key("tokens");
        json.begin_array(true);
        for (uint32_t t : m.tokens) json.value(t);
        json.end_array();
      }
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

void write_times(const Document& doc, SpanWriter& spans, JsonOut& json) {
  json.key("times");
  json.begin_array();
  for (const TimeExpr& t : doc.times) {
    json.begin_object(true);
    spans.span_fields(t.start, t.end);
    json.field("type", t.type);
    json.field("value", t.value);
    if (!t.utc_offset.empty()) json.field("utc_offset", t.utc_offset);
    if (!t.mod.empty()) json.field("mod", t.mod);
    if (t.same_as >= 0) json.field("same_as", t.same_as);
    json.end_object();
  }
  json.end_array();
}

void write_quotes(const Document& doc, SpanWriter& spans, JsonOut& json) {
  json.key("quotes");
  json.begin_array();
  for (const Quote& q : doc.quotes) {
    json.begin_object(true);
    spans.span_fields(q.start, q.end);
    json.field("kind", q.kind);
    json.key("speaker");
    if (q.speaker.empty()) json.null(); else json.value(q.speaker);
    if (!q.speaker_text.empty()) json.field("speaker_text", q.speaker_text);
    if (!q.cue.empty()) json.field("cue", q.cue);
    json.key("continues");
    if (q.continues < 0) json.null(); else json.value(q.continues);
    json.end_object();
  }
  json.end_array();
}

void write_party(JsonOut& json, std::string_view key, const EventParty& party) {
  json.key(key);
  json.begin_object(true);
  if (!party.entity.empty()) json.field("entity", party.entity);
  if (!party.actor.empty()) json.field("actor", party.actor);
  json.end_object();
}

void write_events(const Document& doc, SpanWriter& spans, JsonOut& json) {
  json.key("events");
  json.begin_array();
  for (const Event& v : doc.events) {
    json.begin_object();
    json.field("id", v.id);
    json.field("cameo", v.cameo);
    if (!v.cameo_name.empty()) json.field("cameo_name", v.cameo_name);
    if (!v.root_code.empty()) json.field("root_code", v.root_code);
    if (!v.plover_type.empty()) {
      json.key("plover");
      json.begin_object(true);
      json.field("type", v.plover_type);
      json.field("mode", v.plover_mode);
      json.end_object();
    }
    if (v.quad_class > 0) json.field("quad_class", static_cast<int64_t>(v.quad_class));
    if (v.has_goldstein) json.field("goldstein", v.goldstein);
    write_party(json, "source", v.source);
    write_party(json, "target", v.target);
    if (!v.date.empty()) json.field("date", v.date);
    if (!v.date_source.empty()) json.field("date_source", v.date_source);
    if (!v.location.empty()) json.field("location", v.location);
    if (!v.mood.empty()) json.field("mood", v.mood);
    if (v.sentence >= 0) json.field("sentence", v.sentence);
    if (v.trigger_end > v.trigger_start) {
      json.key("trigger");
      json.begin_object(true);
      spans.span_fields(v.trigger_start, v.trigger_end);
      json.end_object();
    }
    if (v.confidence >= 0) json.field("confidence", v.confidence);
    json.end_object();
  }
  json.end_array();
}

}  // namespace

void append_document_json(const Document& doc, const JsonWriterOptions& options, std::string& out) {
  JsonOut json(out, options.pretty);
  SpanWriter spans(doc, json);
  json.begin_object();
  json.field("schema", "chronicle.document/1");
  json.field("id", doc.id);
  write_meta(doc, options, json);
  if (options.include_text) {
    json.key("text");
    json.trusted_value(doc.text);  // repaired by the text stage
  }

  if (options.layers.segments) {
    json.key("paragraphs");
    json.begin_array();
    for (const Paragraph& p : doc.paragraphs) {
      json.begin_object(true);
      spans.span_fields(p.start, p.end);
      json.end_object();
    }
    json.end_array();
    json.key("sentences");
    json.begin_array();
    for (const Sentence& s : doc.sentences) {
      json.begin_object(true);
      spans.span_fields(s.start, s.end);
      json.field("paragraph", s.paragraph);
      json.end_object();
    }
    json.end_array();
  }
  if (options.include_tokens && options.layers.tokens) write_tokens(doc, options, spans, json);

  if (options.layers.social) {
    write_posts(doc, spans, json);
    json.key("hashtags");
    json.begin_array();
    for (const Hashtag& h : doc.hashtags) {
      json.begin_object(true);
      spans.span_fields(h.start, h.end);
      json.field("tag", h.tag);
      json.end_object();
    }
    json.end_array();
    json.key("mentions");
    json.begin_array();
    for (const Mention& m : doc.mentions) {
      json.begin_object(true);
      spans.span_fields(m.start, m.end);
      json.field("handle", m.handle);
      json.end_object();
    }
    json.end_array();
    json.key("urls");
    json.begin_array();
    for (const Url& u : doc.urls) {
      json.begin_object(true);
      spans.span_fields(u.start, u.end);
      json.end_object();
    }
    json.end_array();
  }

  if (options.layers.entities) write_entities(doc, spans, json);
  if (options.layers.times) write_times(doc, spans, json);
  if (options.layers.quotes) write_quotes(doc, spans, json);
  if (options.layers.events) write_events(doc, spans, json);

  json.key("errors");
  json.begin_array();
  for (const ErrorNote& e : doc.errors) {
    json.begin_object(true);
    json.field("code", e.code);
    json.field("message", e.message);
    if (e.offset >= 0 && static_cast<uint64_t>(e.offset) <= doc.text.size()) {
      json.field("offset", spans.cp(static_cast<uint32_t>(e.offset)));
    }
    json.end_object();
  }
  json.end_array();
  json.end_object();
  out.push_back('\n');
}

}  // namespace chronicle::io
