#include "actor/actor_coder.h"

#include <algorithm>

#include "rules/dictionary_entry.h"
#include "rules/dictionary_text.h"

namespace chronicle::actor {

namespace {

bool is_honorific(const std::string& w) {
  static const char* const kWords[] = {"MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "SIR", "DAME", "MISS"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* k) { return w == k; });
}

std::string join(const std::vector<std::string>& w, size_t from = 0) {
  std::string s;
  for (size_t i = from; i < w.size(); ++i) {
    if (!s.empty()) s.push_back(' ');
    s += w[i];
  }
  return s;
}

// The code of an entry on `date`: valid dated, else undated; `expired` when
// only dated codes that do not cover the date exist (then the latest is given).
std::string pick_code(const std::vector<rules::DatedCode>& codes, uint32_t date, bool& expired) {
  expired = false;
  const rules::DatedCode* undated = nullptr;
  const rules::DatedCode* latest = nullptr;
  for (const auto& c : codes) {
    if (!c.restricted()) {
      if (!undated) undated = &c;
      continue;
    }
    if (date != 0 && c.valid_on(date)) return c.code;
    if (date == 0 && !latest) latest = &c;  // no date: trust the file's order
    if (date != 0 && (!latest || c.to > latest->to)) latest = &c;
  }
  if (undated) return undated->code;
  if (latest) {
    expired = date != 0;
    return latest->code;
  }
  return {};
}

std::string agent_code(std::string_view code) {
  std::string c(code);
  c.erase(std::remove(c.begin(), c.end(), '~'), c.end());
  return c;
}

}  // namespace

std::vector<std::string> dictionary_words(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r') ++j;
    std::string w(text.substr(i, j - i));
    i = j;
    // Possessives: ASCII and typographic apostrophes.
    for (const char* s : {"'s", "'S", "\xE2\x80\x99s", "\xE2\x80\x99S"}) {
      const std::string suf(s);
      if (w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0) {
        w.resize(w.size() - suf.size());
        break;
      }
    }
    // Strip outer punctuation but keep a final '.' of an abbreviation (U.S.).
    auto outer = [](char c) { return c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '!' || c == '?' || c == '\''; };
    while (!w.empty() && outer(w.front())) w.erase(w.begin());
    while (!w.empty() && outer(w.back())) w.pop_back();
    if (w.size() > 1 && w.back() == '.' && w.find('.') == w.size() - 1) w.pop_back();  // "desk." but not "U.S."
    // Typographic quotes.
    for (const char* q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"}) {
      const std::string qs(q);
      while (w.size() >= qs.size() && w.compare(0, qs.size(), qs) == 0) w.erase(0, qs.size());
      while (w.size() >= qs.size() && w.compare(w.size() - qs.size(), qs.size(), qs) == 0) w.resize(w.size() - qs.size());
    }
    if (!w.empty()) out.push_back(rules::upper_ascii(w));
  }
  return out;
}

std::string ActorCoder::country_of(std::string_view code) const {
  if (code.size() >= 3 && countries_.by_cameo(code.substr(0, 3))) return std::string(code.substr(0, 3));
  return {};
}

ActorCoder::RoleEvidence ActorCoder::read_roles(const std::vector<std::string>& roles) const {
  RoleEvidence ev;
  for (const auto& role : roles) {
    const auto words = dictionary_words(role);
    for (size_t i = 0; i < words.size();) {
      size_t best_agent = 0, best_actor = 0;
      std::string agent, actor;
      for (const auto& d : dicts_.agents) {
        size_t len = 0;
        auto hits = d.longest_match(words, i, len);
        if (len > best_agent) {
          best_agent = len;
          const auto codes = d.codes(hits.front());
          agent = codes.empty() ? std::string() : codes.front().code;
        }
      }
      for (const auto& d : dicts_.actors) {
        size_t len = 0;
        auto hits = d.longest_match(words, i, len);
        if (len > best_actor) {
          best_actor = len;
          bool expired = false;
          actor = pick_code(d.codes(hits.front()), 0, expired);
        }
      }
      if (best_actor == 0 && best_agent == 0) {
        ++i;
        continue;
      }
      if (best_actor >= best_agent) {
        if (ev.country.empty()) ev.country = country_of(actor);
        if (ev.actor.empty()) ev.actor = actor;
        i += best_actor;
      } else {
        // "IGO~" is a primary code used like a country; "~GOV" an agent.
        if (!agent.empty() && agent.back() == '~') {
          if (ev.actor.empty()) ev.actor = agent_code(agent);
        } else if (best_agent > ev.agent_words) {
          ev.agent = agent_code(agent);
          ev.agent_words = best_agent;
        }
        i += best_agent;
      }
    }
  }
  return ev;
}

ActorCode ActorCoder::code(const ActorQuery& q) const {
  ActorCode out;
  if (q.type != "PERSON" && q.type != "ORG" && q.type != "GPE" && q.type != "NORP") return out;
  const uint32_t date = rules::date_number(q.date);
  // 1-2: names against discards and actor dictionaries.
  std::string dict_code;
  bool expired = false;
  for (const auto& name : q.names) {
    auto words = dictionary_words(name);
    while (!words.empty() && is_honorific(words.front())) words.erase(words.begin());
    if (words.empty()) continue;
    const std::string phrase = join(words);
    for (const auto& d : dicts_.discards) {
      if (!d.find(phrase).empty()) return out;
    }
    for (const auto& d : dicts_.actors) {
      auto hits = d.find(phrase);
      if (hits.empty()) continue;
      bool exp = false;
      std::string c = pick_code(d.codes(hits.front()), date, exp);
      if (c.empty()) continue;
      dict_code = c;
      expired = exp;
      break;
    }
    if (!dict_code.empty()) break;
  }
  const RoleEvidence role = read_roles(q.roles);
  std::string country, agent;
  if (!dict_code.empty() && !expired) {
    out.source = "dictionary";
    if (dict_code.size() == 3 && country_of(dict_code) == dict_code && !role.agent.empty() && q.type == "PERSON") {
      out.code = dict_code + role.agent;
      out.source = "dictionary+role";
    } else {
      out.code = dict_code;
    }
  } else {
    // Expired entry: its country holds; the stated role supplies the agent.
    country = !dict_code.empty() ? country_of(dict_code) : std::string();
    if (country.empty()) country = role.country;
    if (role.agent.empty() && role.actor.size() > 3 && (country.empty() || country_of(role.actor) == country)) {
      // An organisation in the role words gives country and role ("the head
      // of a CIA unit" -> USASPY).
      out.code = role.actor;
      out.source = "role";
    } else if (!country.empty() || !role.agent.empty()) {
      out.code = country + role.agent;
      out.source = role.agent.empty() ? "country" : "role";
    } else if (!dict_code.empty()) {
      out.code = dict_code;
      out.source = "dictionary-expired";
    }
  }
  // 5: a capital standing for its government.
  if (q.government_sense && (q.type == "GPE" || q.type == "ORG")) {
    for (const auto& name : q.names) {
      const auto hit = countries_.find(name);
      if (hit.country >= 0 && hit.kind == geo::CountryNameKind::kCapital) {
        out.code = countries_.countries()[static_cast<size_t>(hit.country)].cameo + "GOV";
        out.source = "capital";
        break;
      }
    }
  }
  if (out.code.empty()) return ActorCode{};
  out.country = country_of(out.code);
  out.role = out.country.empty() ? std::string() : out.code.substr(3);
  if (out.country.empty() && out.code.size() >= 3) out.role = out.code;
  return out;
}

std::string entity_key(std::string_view name, std::string_view code) {
  std::string k;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !k.empty();
      continue;
    }
    if (space) k.push_back(' ');
    space = false;
    k.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // No code: the name alone, so a later coding does not change the name part.
  return code.empty() ? k : k + "|" + std::string(code);
}

}  // namespace chronicle::actor
