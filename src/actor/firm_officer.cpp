#include "actor/firm_officer.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "actor/actor_coder.h"

namespace chronicle::actor {

namespace {

using namespace std::string_view_literals;

// The titles of a firm's officers, as lower-case words. "Leader",
// "spokesman" and "director general" are left out: parties, unions and
// public agencies have them too.
constexpr std::string_view kTitles[][3] = {
    {"chairman"}, {"chairwoman"}, {"co-chairman"}, {"co-chairwoman"}, {"chief"}, {"boss"}, {"president"},
    {"vice-president"}, {"vice", "president"}, {"chief", "executive"}, {"chief", "operating", "officer"},
    {"chief", "financial", "officer"}, {"finance", "director"}, {"managing", "director"}, {"director"},
    {"chief", "finance", "officer"}, {"head"}, {"founder"}, {"owner"}, {"executive"},
    // A firm's analysts and economists speak for it as its officers do
    // (docs/actor-gold.md: a named firm's analyst is the firm's BUS); the
    // firm must be named with the title ("analysts said" names none).
    {"analyst"}, {"economist"}, {"chief", "economist"},
    // "[firm] counterpart Ann Other": the peer of another firm's officer.
    {"counterpart"},
};

// Lower-case words between a firm and a title that make the title another
// body's: "Fiat union chief" heads a union.
// Words of campaigns and charities, whose heads are no firm's officers:
// "Countryside Alliance chairman", "Band Aid founder".
// Also the heads of bodies that are no firm either: "Elmford Festival
// founder", "Arnor League chairman", "Elmford Museum director". Not
// "club" (a football club's chairman is in business, Wexford FC) nor
// "association" (a trade association's director is business too).
bool names_a_cause(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "alliance", "campaign", "aid",     "charity",    "foundation", "trust",   "festival",   "league",
      "gallery",  "museum",  "university", "college",    "school",  "orchestra",  "theatre",
      "party",    "society",  "institute"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view k) { return w == k; });
}

// True when a word of the name heads no firm ("Elmford Trust").
bool name_says_a_cause(std::string_view name) {
  size_t from = 0;
  while (from <= name.size()) {
    size_t to = name.find(' ', from);
    if (to == std::string_view::npos) to = name.size();
    std::string w(name.substr(from, to - from));
    for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (names_a_cause(w)) return true;
    from = to + 1;
  }
  return false;
}

bool is_possessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'"; }

bool names_another_body(std::string_view w) {
  static constexpr std::string_view kWords[] = {"union", "unions",  "party", "workers",   "staff",
                                                "police", "army",   "state", "government", "council"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view k) { return w == k; });
}

// What a firm is called when it is referred back to ("the company's founder").
bool is_firm_noun(std::string_view w) {
  static constexpr std::string_view kWords[] = {"company", "firm", "group", "bank", "carmaker", "airline", "retailer",
                                                "insurer", "business", "corporation"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view k) { return w == k; });
}

std::string lower(std::string_view s) {
  std::string l(s);
  for (char& c : l) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return l;
}

bool starts_lower(std::string_view t) { return !t.empty() && t[0] >= 'a' && t[0] <= 'z'; }

// An organisation the dictionaries give no role: a firm, for this rule. Its
// country, if it has one, in `country`.
bool is_firm(const Entity& e, std::string& country) {
  const ActorCode& a = e.actor;
  country.clear();
  // A multinational the dictionaries list is a firm whatever type the name
  // tagger gave it ("Merrill Lynch" read as a person's name).
  if (e.type == "PERSON"sv && a.source == "dictionary"sv && a.code.size() >= 6 && a.code.compare(0, 3, "MNC") == 0 &&
      !is_cameo_role(std::string_view(a.code).substr(3))) {
    country = a.code.substr(3, 3);
    return true;
  }
  if (e.type != "ORG"sv) return false;
  // A charity, a club or a college the dictionaries do not list is no
  // firm, whatever country the words around it gave.
  if ((a.code.empty() || a.source == "country"sv) && name_says_a_cause(e.name)) return false;
  if (a.code.empty()) return true;
  // A country read from the words around it, not the entry of a country
  // tagged as an organisation ("Britain's chief negotiator").
  if (a.role.empty() && a.source == "country"sv) {
    country = a.country;
    return true;
  }
  // A body the words around it call a business ("oil group Yukos").
  if (a.role == "BUS"sv) {
    country = a.country;
    return true;
  }
  // A multinational: MNC and its country (MNCSWEMED).
  if (a.code.size() >= 6 && a.code.compare(0, 3, "MNC") == 0 && !is_cameo_role(std::string_view(a.code).substr(3))) {
    country = a.code.substr(3, 3);
    return true;
  }
  return false;
}

// A code the role words did not give whole: none, a bare country, BUS with
// no country yet, or the GOV or MED of a generic title read from the role
// words.
bool open_to_a_firm(const ActorCode& a) {
  if (a.code.find('/') != std::string::npos) return false;
  if (a.code.empty() || a.role.empty()) return true;
  // A business title with no country yet ("chief executive of Fiat") takes
  // the firm's.
  if (a.code == "BUS"sv) return true;
  // EDU: Phoenix's ECONOMIST [~EDU], which a firm's economist is not.
  return (a.role == "GOV"sv || a.role == "MED"sv || a.role == "EDU"sv) && a.source == "role"sv;
}

// The words before a mention by honorific ("Lord Roe", "Dr Roe"), back to
// punctuation, at most eight: the stage reads no role words there (before
// "Mr Roe" they were found to be other people's as often as his), but a
// firm and its title right before it ("Acme chief executive Lord Roe") are
// his, and the rules below ask for both.
void add_spans_before_honorifics(const Document& doc, const Entity& person,
                                 std::vector<std::pair<uint32_t, uint32_t>>& spans) {
  for (const auto& m : person.mentions) {
    if (m.kind != "title"sv) continue;
    const size_t first = static_cast<size_t>(
        std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.start,
                         [](const Token& t, uint32_t at) { return t.start < at; }) -
        doc.tokens.begin());
    if (first == 0 || first >= doc.tokens.size() || doc.tokens[first].start != m.start) continue;
    const uint32_t sentence = doc.tokens[first].sentence;
    size_t a = first;
    while (a > 0 && first - a < 8 && doc.tokens[a - 1].sentence == sentence) {
      const std::string_view t = doc.token_text(doc.tokens[a - 1]);
      if (t.empty() || !(std::isalnum(static_cast<unsigned char>(t[0])) || t[0] == '\'')) break;
      --a;
    }
    // "Former Acme chief executive Lord Roe" holds the office no longer.
    bool former = false;
    for (size_t k = a; k < first; ++k) {
      const std::string w = lower(doc.token_text(doc.tokens[k]));
      former = former || w == "former" || w.starts_with("ex-");
    }
    if (a < first && !former) spans.emplace_back(doc.tokens[a].start, doc.tokens[first - 1].end);
  }
}

}  // namespace

void code_firm_officers(Document& doc, const std::vector<std::vector<std::pair<uint32_t, uint32_t>>>& role_spans,
                        const ActorCoder* coder, const std::string& date) {
  struct FirmMention {
    uint32_t start, end;
    std::string country;
  };
  std::vector<FirmMention> firms;
  for (const Entity& e : doc.entities) {
    std::string country;
    if (!is_firm(e, country)) continue;
    for (const auto& m : e.mentions)
      if (m.kind == "name"sv || m.kind == "acronym"sv) firms.push_back({m.start, m.end, country});
  }
  std::vector<uint32_t> named;  // where every name mention starts
  for (const Entity& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.kind == "name"sv || m.kind == "acronym"sv) named.push_back(m.start);
  // The token starting at or after a byte.
  auto token_from = [&](uint32_t byte) {
    return static_cast<size_t>(std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte,
                                                [](const Token& t, uint32_t at) { return t.start < at; }) -
                               doc.tokens.begin());
  };
  auto word = [&](size_t k) { return lower(doc.token_text(doc.tokens[k])); };
  // The length in tokens of a title starting at token k, 0 if none; the
  // longest wins ("chief executive" over "chief").
  auto title_at = [&](size_t k, uint32_t span_end) {
    size_t best = 0;
    for (const auto& title : kTitles) {
      size_t n = 0;
      while (n < 3 && !title[n].empty()) ++n;
      bool match = k + n <= doc.tokens.size() && doc.tokens[k + n - 1].end <= span_end;
      for (size_t j = 0; match && j < n; ++j) match = word(k + j) == title[j];
      if (match) best = std::max(best, n);
    }
    return best;
  };
  // "Zentrax chief", "Acme Europe president": role words ending in a firm's
  // title after proper nouns (at most three) that no entity with a code
  // covers and no dictionary codes.
  FirmMention unnamed{0, 0, {}};
  // "former Acme chief", "ex-finance chief": an office no longer held, which
  // the guidelines leave uncoded; the coder reads "former" only with an
  // agent phrase, and "chief" is none.
  auto held_before = [&](uint32_t a, uint32_t b) {
    for (size_t k = token_from(a); k < doc.tokens.size() && doc.tokens[k].end <= b; ++k) {
      const std::string w = word(k);
      if (w == "former" || w.starts_with("ex-")) return true;
    }
    return false;
  };
  auto unnamed_firm_before_title = [&](uint32_t a, uint32_t b) {
    if (coder == nullptr) return false;
    const size_t end = token_from(b);  // the first token at or after b
    for (size_t k = token_from(a); k < end && k < doc.tokens.size(); ++k) {
      const size_t n = title_at(k, b);
      if (n == 0 || doc.tokens[k + n - 1].end != b) continue;
      size_t p = k;
      while (p > 0 && k - p < 3 && doc.tokens[p - 1].start >= a && doc.tokens[p - 1].upos == "PROPN"sv &&
             doc.tokens[p - 1].sentence == doc.tokens[k].sentence)
        --p;
      if (p == k) return false;
      // "Britain's Europe director" is a country's office; "Aid Alliance
      // chairman", "Party chief executive" head no firm.
      if (p > 0 && doc.tokens[p - 1].start >= a && is_possessive(word(p - 1))) return false;
      for (size_t j = p; j < k; ++j)
        if (names_another_body(word(j)) || names_a_cause(word(j))) return false;
      const uint32_t from = doc.tokens[p].start, to = doc.tokens[k - 1].end;
      for (const Entity& e : doc.entities) {
        if (e.actor.code.empty() || e.actor.role == "BUS"sv) continue;
        for (const auto& m : e.mentions)
          if (m.start < to && m.end > from) return false;
      }
      // An acronym of a coded body the article names in full ("FRA
      // director" after "the Freedonian Regional Assembly"), which the
      // short-name rules join to it only later.
      const std::string_view run = doc.span_text(from, to);
      for (const Entity& e : doc.entities) {
        if (e.actor.code.empty() || e.actor.role == "BUS"sv || e.type != "ORG"sv) continue;
        std::string letters;
        for (size_t at = 0; at < e.name.size(); ++at)
          if ((at == 0 || e.name[at - 1] == ' ') && e.name[at] >= 'A' && e.name[at] <= 'Z') letters.push_back(e.name[at]);
        if (letters.size() >= 2 && letters == run) return false;
      }
      ActorQuery q;
      q.names.emplace_back(run);
      q.type = "ORG";
      q.date = date;
      if (!coder->code(q).code.empty() || !coder->whole_agent_code(q.names.front()).empty()) return false;
      return true;
    }
    return false;
  };
  for (size_t i = 0; i < doc.entities.size() && i < role_spans.size(); ++i) {
    Entity& person = doc.entities[i];
    if (person.type != "PERSON"sv || !open_to_a_firm(person.actor)) continue;
    const FirmMention* firm = nullptr;
    std::vector<std::pair<uint32_t, uint32_t>> spans = role_spans[i];
    add_spans_before_honorifics(doc, person, spans);
    for (const auto& [a, b] : spans) {
      for (const FirmMention& f : firms) {
        if (f.start < a || f.end > b) continue;
        // After the firm: "Gazprom chief", "DaimlerChrysler's chairman",
        // "ISM survey chairman"; the title ends the role words.
        size_t k = token_from(f.end);
        if (k < doc.tokens.size() && doc.tokens[k].end <= b) {
          const std::string w = word(k);
          if (w == "'s" || w == "\xE2\x80\x99s" || w == "'") ++k;
        }
        if (k < doc.tokens.size() && doc.tokens[k].end <= b && title_at(k, b) == 0) {
          const std::string w = word(k);
          if (starts_lower(doc.token_text(doc.tokens[k])) && !names_another_body(w)) ++k;
        }
        if (k < doc.tokens.size()) {
          const size_t n = title_at(k, b);
          if (n > 0 && doc.tokens[k + n - 1].end == b) firm = &f;
        }
        // Before it: "chief executive of Fiat", "a director at the ISM",
        // where the firm ends the role words.
        const size_t first = token_from(f.start);
        if (f.end == b && first >= 2 && first < doc.tokens.size()) {
          size_t p = first - 1;
          if (word(p) == "the" && p >= 2) --p;
          const std::string prep = word(p);
          if (prep == "of" || prep == "at" || prep == "with")
            for (size_t n = 1; n <= 3 && n <= p; ++n)
              if (title_at(p - n, b) == n && doc.tokens[p - n].start >= a) firm = &f;
        }
        if (firm) break;
      }
      if (firm) break;
      // "its founder", "the company's chief executive": the firm is the one
      // named last before, in this sentence or the one before.
      const size_t from = token_from(a);
      for (size_t k = from; k < doc.tokens.size() && doc.tokens[k].end <= b && !firm; ++k) {
        const size_t n = title_at(k, b);
        if (n == 0 || doc.tokens[k + n - 1].end != b || k == from) continue;
        const std::string before = word(k - 1);
        const bool its = before == "its";
        const bool the_firms = before == "'s" && k >= from + 3 && word(k - 3) == "the" &&
                               is_firm_noun(word(k - 2));
        if (!its && !the_firms) break;
        // The name mentioned last before must be the firm's: "Kazakhstan
        // ... its president" is the country's.
        const uint32_t sentence = doc.tokens[from].sentence;
        uint32_t last = 0;
        for (const uint32_t start : named)
          if (start < a) last = std::max(last, start);
        for (const FirmMention& f : firms) {
          const size_t t = token_from(f.start);
          if (f.start != last || t >= doc.tokens.size() || doc.tokens[t].sentence + 1 < sentence) continue;
          firm = &f;
        }
      }
      if (firm) break;
      if (!held_before(a, b) && unnamed_firm_before_title(a, b)) {
        unnamed.country.clear();
        firm = &unnamed;
        break;
      }
    }
    // After the name: "analyst Ann Other of Bree Corp", "chairman Bob Roe
    // at Acme" (a firm's title right before the name), or "Ann Other,
    // analyst at Bree Corp", "Bob Roe, an economist with Acme" (set off
    // after it; the stage reads such an appositive only for the titles the
    // agent dictionaries list, and "analyst" is none); then "of", "at" or
    // "with" and the firm. The tagger may have cut the firm's first words
    // ("of Shearson [Lehman Brothers Inc]"): up to two proper nouns may
    // come before its mention.
    auto firm_from = [&](size_t k) -> const FirmMention* {
      if (k >= doc.tokens.size()) return nullptr;
      const std::string prep = word(k);
      if (prep != "of" && prep != "at" && prep != "with") return nullptr;
      ++k;
      if (k < doc.tokens.size() && word(k) == "the") ++k;
      for (size_t skipped = 0; k < doc.tokens.size() && skipped <= 2; ++skipped, ++k) {
        for (const FirmMention& f : firms)
          if (f.start == doc.tokens[k].start) return &f;
        if (doc.tokens[k].upos != "PROPN"sv) return nullptr;
      }
      return nullptr;
    };
    for (const auto& m : person.mentions) {
      if (firm || m.kind != "name"sv) continue;
      const size_t first = token_from(m.start);
      const size_t k = token_from(m.end);
      if (first >= doc.tokens.size() || k + 1 >= doc.tokens.size() ||
          doc.tokens[k].sentence != doc.tokens[first].sentence)
        continue;
      bool titled = false;
      for (const auto& [a, b] : spans) {
        if (first == 0 || b != doc.tokens[first - 1].end) continue;
        for (size_t n = 1; n <= 3 && n <= first && !titled; ++n)
          titled = title_at(first - n, b) == n && doc.tokens[first - n].start >= a && !held_before(a, b);
      }
      if (titled) firm = firm_from(k);
      if (firm || word(k) != ",") continue;
      size_t t = k + 1;
      if (t < doc.tokens.size() && (word(t) == "a" || word(t) == "an" || word(t) == "the")) ++t;
      if (t >= doc.tokens.size() || !starts_lower(doc.token_text(doc.tokens[t]))) continue;
      // One lower-case word may say what an analyst or economist covers
      // (", oil analyst with Acme", ", senior economist at Bree Corp"), as
      // wire copy writes it with no article. Not a generic title: ",
      // commercial director at <a firm no list names>" says too little
      // (actor_stage's rule), nor a cause's or union's word.
      if (title_at(t, doc.tokens.back().end) == 0 && t + 1 < doc.tokens.size() &&
          (doc.tokens[t].upos == "NOUN"sv || doc.tokens[t].upos == "ADJ"sv) && !names_a_cause(word(t)) &&
          word(t) != "union" && (word(t + 1) == "analyst" || word(t + 1) == "economist"))
        ++t;
      const size_t n = title_at(t, doc.tokens.back().end);
      if (n > 0) firm = firm_from(t + n);
    }
    if (!firm) continue;
    const std::string country = !firm->country.empty() ? firm->country : person.actor.country;
    person.actor.code = country + "BUS";
    person.actor.country = country;
    person.actor.role = "BUS";
    person.actor.source = "firm-officer";
    person.key = entity_key(person.name, person.actor.code);
  }
}

}  // namespace chronicle::actor
