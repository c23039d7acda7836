#include "actor/actor_coder.h"

#include <algorithm>

#include "rules/dictionary_entry.h"
#include "rules/dictionary_text.h"

namespace chronicle::actor {

namespace {

enum class Fit { kNone = 0, kExpired = 1, kUndated = 2, kDated = 3 };

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

// The code of an entry on `date`: valid dated, else undated; kExpired when
// only dated codes that do not cover the date exist (then the latest is given).
std::string pick_code(const std::vector<rules::DatedCode>& codes, uint32_t date, Fit& fit) {
  fit = Fit::kNone;
  const rules::DatedCode* undated = nullptr;
  const rules::DatedCode* latest = nullptr;
  for (const auto& c : codes) {
    if (!c.restricted()) {
      if (!undated) undated = &c;
      continue;
    }
    if (date != 0 && c.valid_on(date)) {
      fit = Fit::kDated;
      return c.code;
    }
    if (date == 0 && !latest) latest = &c;  // no date: the file's first period
    if (date != 0 && (!latest || c.to > latest->to)) latest = &c;
  }
  if (undated) {
    fit = Fit::kUndated;
    return undated->code;
  }
  // With no document date no period can be chosen: the entry counts as
  // expired, so its country holds and a role the text states gives the rest
  // ("US President Donald Trump" in an undated text is USAGOV, not the
  // USABUS of his first period).
  if (latest) {
    fit = Fit::kExpired;
    return latest->code;
  }
  return {};
}

// The best-fitting code among entries sharing a phrase (PRESIDENT_BUSH is a
// synonym of both Bushes: on a 2005 date the son's dated GOV beats the
// father's undated ELI); file order breaks ties.
std::string best_code(const rules::CompiledDictionary& d, const std::vector<uint32_t>& hits, uint32_t date, Fit& fit) {
  std::string code;
  fit = Fit::kNone;
  for (uint32_t hit : hits) {
    Fit f = Fit::kNone;
    std::string c = pick_code(d.codes(hit), date, f);
    if (!c.empty() && f > fit) {
      code = std::move(c);
      fit = f;
    }
  }
  return code;
}

// The first dictionary (user files first) with an entry for `phrase` gives the code.
std::string lookup_actor(const ActorDictionaries& dicts, const std::string& phrase, uint32_t date, Fit& fit) {
  fit = Fit::kNone;
  for (const auto& d : dicts.actors) {
    std::string code = best_code(d, d.find(phrase), date, fit);
    if (!code.empty()) return code;
  }
  return {};
}

std::string agent_code(std::string_view code) {
  std::string c(code);
  c.erase(std::remove(c.begin(), c.end(), '~'), c.end());
  return c;
}

}  // namespace

namespace {

std::vector<std::string> split_words(std::string_view text, bool upper) {
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
    if (!w.empty()) out.push_back(upper ? rules::upper_ascii(w) : w);
  }
  return out;
}

bool starts_upper(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

}  // namespace

std::vector<std::string> dictionary_words(std::string_view text) { return split_words(text, true); }

bool is_cameo_role(std::string_view code) {
  static const char* const kRoles[] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU",
                                       "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "MOD", "RAD", "AGR",
                                       "DEV", "ENV", "HRI", "ELI", "SEP", "INS", "UAF"};
  if (code.size() < 3) return false;
  return std::any_of(std::begin(kRoles), std::end(kRoles), [&](const char* r) { return code.substr(0, 3) == r; });
}

std::string ActorCoder::country_of(std::string_view code) const {
  if (code.size() >= 3 && countries_.by_cameo(code.substr(0, 3))) return std::string(code.substr(0, 3));
  return {};
}

ActorCoder::RoleEvidence ActorCoder::read_roles(const std::vector<std::string>& roles, uint32_t date,
                                                bool agents_only) const {
  RoleEvidence ev;
  for (const auto& role : roles) {
    const auto cased = split_words(role, false);
    std::vector<std::string> words;
    words.reserve(cased.size());
    for (const auto& w : cased) words.push_back(rules::upper_ascii(w));
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
      // A named actor starts with a capital: "labour market" is no party.
      for (const auto& d : dicts_.actors) {
        // In a name, only a leading country counts ("US Department of Energy").
        if ((agents_only && i != 0) || cased.size() != words.size() || !starts_upper(cased[i])) break;
        size_t len = 0;
        auto hits = d.longest_match(words, i, len);
        if (len > best_actor) {
          best_actor = len;
          Fit fit = Fit::kNone;
          actor = best_code(d, hits, date, fit);
        }
      }
      if (agents_only && actor.size() != 3) best_actor = 0;
      if (best_actor == 0 && best_agent == 0 && ev.country.empty() && cased.size() == words.size() &&
          starts_upper(cased[i]) && (!agents_only || i == 0)) {
        // Country names the dictionaries lack ("UK Chancellor Gordon Brown").
        const auto hit = countries_.find(cased[i]);
        if (hit.country >= 0 && hit.kind != geo::CountryNameKind::kCapital)
          ev.country = countries_.countries()[static_cast<size_t>(hit.country)].cameo;
      }
      if (best_actor == 0 && best_agent == 0) {
        ++i;
        continue;
      }
      if (best_actor >= best_agent) {
        if (ev.country.empty()) ev.country = country_of(actor);
        if (ev.actor.empty()) ev.actor = actor;
        if (ev.affiliation.empty() && actor.size() > 3 && !country_of(actor).empty()) ev.affiliation = actor;
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
  // The best-fitting entry over all the names ("George Bush" may be the
  // father, "George W Bush" is the son).
  std::string dict_code;
  Fit dict_fit = Fit::kNone;
  for (const auto& name : q.names) {
    auto words = dictionary_words(name);
    while (!words.empty() && is_honorific(words.front())) words.erase(words.begin());
    if (words.empty()) continue;
    const std::string phrase = join(words);
    for (const auto& d : dicts_.discards) {
      if (!d.find(phrase).empty()) return out;
    }
    std::vector<std::string> phrases{phrase};
    // Initials written without a point: "George W Bush" is GEORGE_W._BUSH_.
    std::string dotted;
    for (const auto& w : words)
      dotted += (dotted.empty() ? "" : " ") + w + (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' ? "." : "");
    if (dotted != phrase) phrases.push_back(dotted);
    // A people named in the plural ("Ethiopians", "Jews") is coded as its
    // singular entry ("ETHIOPIAN_"), as PETRARCH2's nouns take plurals.
    if (words.back().size() > 3 && words.back().back() == 'S') phrases.push_back(phrase.substr(0, phrase.size() - 1));
    for (const auto& p : phrases) {
      Fit fit = Fit::kNone;
      std::string c = lookup_actor(dicts_, p, date, fit);
      if (!c.empty() && fit > dict_fit) {
        dict_code = std::move(c);
        dict_fit = fit;
      }
    }
    if (dict_fit == Fit::kDated) break;
  }
  if (dict_code.empty()) {
    // Country names and demonyms the dictionaries lack ("UK"): the country table.
    for (const auto& name : q.names) {
      const auto hit = countries_.find(name);
      if (hit.country < 0 || hit.kind == geo::CountryNameKind::kCapital) continue;
      dict_code = countries_.countries()[static_cast<size_t>(hit.country)].cameo;
      dict_fit = Fit::kUndated;
      break;
    }
  }
  const bool expired = dict_fit == Fit::kExpired;
  // A place is coded from its name alone: the roles around it belong to the
  // people near it ("told reporters in Halifax" gives Halifax no MED).
  RoleEvidence role = q.type == "GPE" ? RoleEvidence{} : read_roles(q.roles, date, false);
  if (role.agent.empty() && q.name_agents && q.type != "GPE") {
    // The agent words of an organisation's own name ("Court of Appeal",
    // "Northumbria Police"); named actors inside it are not its affiliation
    // ("Federal Labour Agency" is no Labour Party body).
    const RoleEvidence own = read_roles(q.names, date, true);
    role.agent = own.agent;
    role.agent_words = own.agent_words;
    if (role.country.empty()) role.country = own.country;
  }
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
    if (!role.affiliation.empty() && (country.empty() || country_of(role.affiliation) == country)) {
      // An organisation with a role of its own says more than a generic
      // title: "Tory leader Michael Howard" is GBROPP, not GBR + LEADER's GOV.
      out.code = role.affiliation;
      out.source = "affiliation";
      // A region rather than an organisation ("Gibraltar's Chief Minister":
      // GBRGIB) takes the stated role after it, as a country does.
      if (!is_cameo_role(std::string_view(role.affiliation).substr(3)) && !role.agent.empty() && q.type == "PERSON")
        out.code += role.agent;
    } else if (role.agent.empty() && role.actor.size() > 3 && (country.empty() || country_of(role.actor) == country)) {
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
