#include "actor/speaks_for.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "actor/actor_coder.h"

namespace chronicle::actor {

namespace {

using namespace std::string_view_literals;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A code the role words did not give whole: none, a bare country, a role
// with no country at all ("spokeswoman": Phoenix's MED), or the GOV the
// generic titles give ("official", "leader") or a spokesperson's MED, with a
// country from the sentence or the article. A specific title keeps its role
// ("shadow home secretary": OPP).
bool open_to_a_body(const ActorCode& a) {
  return a.code.empty() || a.role.empty() || a.country.empty() ||
         ((a.role == "GOV"sv || a.role == "MED"sv) &&
          (ends_with(a.source, "+article-country"sv) || ends_with(a.source, "+sentence-country"sv) ||
           ends_with(a.source, "+sentence-subject"sv)));
}

// A business title's holder whose country came from the context ("managing
// director Ann Other" with the article's country): an international body's
// officers hold such titles too (the IMF's managing director), so the one
// named just before may still claim the person.
bool business_guess(const ActorCode& a) {
  return a.role == "BUS"sv && (ends_with(a.source, "+article-country"sv) || ends_with(a.source, "+sentence-country"sv) ||
                               ends_with(a.source, "+sentence-subject"sv));
}

// A person speaks for a body with its code; a multinational's people are
// business of its country (MNCUSA: USABUS), as CAMEO codes a firm's officers.
void take_the_bodys_code(Entity& person, const Entity& body, const char* source) {
  const std::string& code = body.actor.code;
  if (code.size() >= 6 && code.compare(0, 3, "MNC") == 0 && !is_cameo_role(std::string_view(code).substr(3))) {
    person.actor.country = code.substr(3, 3);
    person.actor.role = "BUS";
    person.actor.code = person.actor.country + "BUS";
  } else {
    person.actor.code = code;
    person.actor.country = body.actor.country;
    person.actor.role = body.actor.role;
  }
  person.actor.source = source;
  person.key = entity_key(person.name, person.actor.code);
}

}  // namespace

void code_people_by_their_bodies(Document& doc, const std::vector<std::vector<std::pair<uint32_t, uint32_t>>>& role_spans) {
  // The bodies a person may speak for. A news organisation's people are its
  // journalists or its executives: the role words must say which.
  std::vector<const Entity*> bodies;
  for (const Entity& org : doc.entities)
    if (org.type == "ORG"sv && !org.actor.code.empty() && !org.actor.role.empty() && org.actor.role.rfind("MED", 0) != 0)
      bodies.push_back(&org);
  if (bodies.empty()) return;
  for (size_t i = 0; i < doc.entities.size() && i < role_spans.size(); ++i) {
    Entity& person = doc.entities[i];
    // (Only an open code or a GOV may take a body's: see below.)
    if (role_spans[i].empty() || person.type != "PERSON"sv ||
        !(open_to_a_body(person.actor) || person.actor.role == "GOV"sv))
      continue;
    const Entity* body = nullptr;
    bool several = false;
    for (const Entity* org_p : bodies) {
      const Entity& org = *org_p;
      bool inside = false;
      for (const auto& m : org.mentions)
        for (const auto& [a, b] : role_spans[i])
          if (m.start >= a && m.end <= b) inside = true;
      if (!inside) continue;
      if (body && body->actor.code != org.actor.code) several = true;
      body = &org;
    }
    // A role the text gives is kept, but for the GOV of a generic title
    // ("chairman") in the words of a business body it heads ("the Gondor
    // Growers Association board chairman"): a trade body's officer is the
    // body's, of the same country.
    if (!open_to_a_body(person.actor) &&
        !(body && !several && person.actor.role == "GOV"sv && body->actor.role == "BUS"sv &&
          person.actor.country == body->actor.country))
      continue;
    if (!body || several) continue;
    // A bare country must agree with the body's ("the French minister ...
    // of the EU" keeps what it has).
    if (!person.actor.code.empty() && person.actor.role.empty() && !body->actor.country.empty() &&
        person.actor.country != body->actor.country)
      continue;
    take_the_bodys_code(person, *body, "body");
  }
}

namespace {

// Titles that say someone heads or speaks for a body but not which, and a
// portfolio spokesperson's. It
// runs on the role words of every uncoded person: lower-cased into a buffer,
// compared by length first.
bool is_bare_generic_title(std::string_view text) {
  char buf[40];
  if (text.size() > sizeof buf) return false;
  size_t n = 0;
  for (char c : text) buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  std::string_view t(buf, n);
  // A knight's or doctor's honorific may close the words ("Chairman Sir").
  static constexpr std::string_view kHonorifics[] = {" sir", " dame", " dr", " lord", " lady", " mr", " mrs", " ms"};
  for (bool again = true; again;) {
    while (!t.empty() && (t.back() == ' ' || t.back() == ',')) t.remove_suffix(1);
    again = false;
    for (std::string_view h : kHonorifics)
      if (t.size() > h.size() && t.substr(t.size() - h.size()) == h) {
        t.remove_suffix(h.size());
        again = true;
      }
  }
  // A portfolio spokesperson ("health spokesman", "economics spokeswoman")
  // speaks for a party or body the title does not name either.
  for (std::string_view spokes : {" spokesman"sv, " spokeswoman"sv}) {
    if (t.size() <= spokes.size() || t.substr(t.size() - spokes.size()) != spokes) continue;
    const std::string_view portfolio = t.substr(0, t.size() - spokes.size());
    if (std::all_of(portfolio.begin(), portfolio.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return true;
  }
  static constexpr std::string_view kTitles[] = {"chairman", "chairwoman", "chair",     "director general", "director", "managing director",
                                                 "head",     "chief",      "president", "chief executive",  "leader",
                                                 "spokesman", "spokeswoman", "general secretary", "secretary general",
                                                 // a seat on a body's board, which the title does not name
                                                 "board member"};
  return std::any_of(std::begin(kTitles), std::end(kTitles), [&](std::string_view k) { return t.size() == k.size() && t == k; });
}

}  // namespace

void code_people_by_the_body_before(Document& doc, const std::vector<std::vector<std::pair<uint32_t, uint32_t>>>& role_spans) {
  auto sentence_at = [&](uint32_t byte) -> int64_t {
    const auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte,
                                     [](const Token& t, uint32_t at) { return t.start < at; });
    return it == doc.tokens.end() || it->start != byte ? -1 : static_cast<int64_t>(it->sentence);
  };
  for (size_t i = 0; i < doc.entities.size() && i < role_spans.size(); ++i) {
    Entity& person = doc.entities[i];
    const bool business = business_guess(person.actor);
    if (person.type != "PERSON"sv || person.mentions.empty() || !(open_to_a_body(person.actor) || business)) continue;
    // The role words before the name; a title mention's span holds the name
    // too ("[General Secretary Lord Elrond]" after "NATO"): only the words
    // before the name are the title.
    std::vector<std::pair<uint32_t, uint32_t>> spans = role_spans[i];
    for (auto& sp : spans) {
      const std::string_view text = doc.span_text(sp.first, sp.second);
      if (text.size() > person.name.size() && text.ends_with(person.name))
        sp.second = sp.first + static_cast<uint32_t>(text.size() - person.name.size());
    }
    if (spans.empty()) continue;
    if (!std::all_of(spans.begin(), spans.end(), [&](const auto& sp) {
          return is_bare_generic_title(doc.span_text(sp.first, sp.second));
        }))
      continue;
    const uint32_t at = person.mentions.front().start;
    const int64_t sentence = sentence_at(at);
    if (sentence < 0) continue;
    // The coded bodies named in the sentence before and in this one before the name.
    const Entity* body = nullptr;
    bool several = false;
    for (const Entity& org : doc.entities) {
      if (org.type != "ORG"sv || org.actor.code.empty() || org.actor.role.empty() || org.actor.role.rfind("MED", 0) == 0)
        continue;
      for (const auto& m : org.mentions) {
        const int64_t s = m.start < at ? sentence_at(m.start) : -1;
        if (s != sentence && s != sentence - 1) continue;
        if (body && body->actor.code != org.actor.code) several = true;
        body = &org;
      }
    }
    if (!body || several) continue;
    if (business && body->actor.code.compare(0, 3, "IGO") != 0) continue;  // a firm's title stays the firm's
    take_the_bodys_code(person, *body, "body-before");
  }
}

}  // namespace chronicle::actor
