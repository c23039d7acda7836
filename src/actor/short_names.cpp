#include "actor/short_names.h"

#include <algorithm>
#include <map>
#include <utility>
#include <string>
#include <vector>

#include "actor/actor_coder.h"
#include "actor/organisation_head.h"
#include "rules/dictionary_text.h"

namespace chronicle::actor {

namespace {

using namespace std::string_view_literals;

bool is_honorific(std::string_view w) {
  return w == "MR"sv || w == "MRS"sv || w == "MS"sv || w == "DR"sv || w == "SIR"sv || w == "DAME"sv ||
         w == "MISS"sv || w == "LORD"sv || w == "LADY"sv || w == "BARON"sv || w == "BARONESS"sv || w == "THE"sv;
}

// The entity's name words, upper case, honorifics and "the" dropped.
std::vector<std::string> bare_words(const std::string& name) {
  std::vector<std::string> w = dictionary_words(name);
  w.erase(std::remove_if(w.begin(), w.end(), [](const std::string& x) { return is_honorific(x); }), w.end());
  return w;
}

// The last `k` words of a name, joined by spaces.
std::string joined_tail(const std::vector<std::string>& words, size_t k) {
  std::string out;
  for (size_t i = words.size() - k; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// A person's name as written, three or four words: capitalised ones and the
// particles of surnames ("de", "van der", "bin"), no body's words ("Office
// of the ...") and no punctuation but a point or hyphen, so its tail is a
// surname.
bool personal_name(std::string_view name) {
  static constexpr std::string_view kParticles[] = {"de", "da", "das", "do", "dos", "du", "del", "della", "di", "la",
                                                    "le", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al", "y"};
  size_t words = 0;
  for (size_t at = 0; at < name.size();) {
    const size_t end = std::min(name.find(' ', at), name.size());
    const std::string_view w = name.substr(at, end - at);
    at = end + 1;
    if (w.empty()) continue;
    ++words;
    if (!std::all_of(w.begin(), w.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '\'' ||
                 static_cast<unsigned char>(c) >= 0x80;
        }))
      return false;
    if (!(w[0] >= 'A' && w[0] <= 'Z') &&
        std::find(std::begin(kParticles), std::end(kParticles), w) == std::end(kParticles))
      return false;
  }
  return words >= 3 && words <= 4;
}

// A name's last word is two or three capitals ("MP", "MSP", "QC").
bool post_nominal(std::string_view name) {
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view w = name.substr(space + 1);
  return w.size() >= 2 && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// What a word may stand for: the code of the one coded entity it names,
// `ambiguous` when two entities with different codes share it.
struct Referent {
  const Entity* entity = nullptr;
  bool ambiguous = false;
};

void note(std::map<std::string, Referent>& index, const std::string& word, const Entity& e) {
  Referent& r = index[word];
  if (r.entity && r.entity->actor.code != e.actor.code) r.ambiguous = true;
  if (!r.entity) r.entity = &e;
}

// An organisation's head nouns: the last word before "of"/"for" ("the Bank"
// of "the Bank of England"), else the last word; and the last word when it is
// a body's head noun after all ("the Committee" of "House of Lords Economic
// Affairs Committee").
std::vector<std::string> head_nouns(const std::vector<std::string>& words) {
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i] != "OF" && words[i] != "FOR") continue;
    if (organisation_head_role({words[i - 1], words.back()}).empty()) return {words[i - 1]};
    return {words[i - 1], words.back()};
  }
  return {words.back()};
}

bool capitalised(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

// "NUJ", "EOC": two to six capital letters.
bool is_acronym(std::string_view t) {
  return t.size() >= 2 && t.size() <= 6 && std::all_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The initials of a name of two or more words, glue words aside: "National
// Union of Journalists" -> NUJ. Empty for a shorter name.
std::string initials(const std::vector<std::string>& words) {
  std::string out;
  size_t n = 0;
  for (const std::string& w : words) {
    if (w == "OF" || w == "FOR" || w == "AND" || w == "THE" || w == "&") continue;
    out.push_back(w[0]);
    ++n;
  }
  return n >= 2 ? out : std::string();
}

// "U.S.", "U.K.": capitals each followed by a dot.
bool dotted_abbreviation(const std::string& w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (!(w[i] >= 'A' && w[i] <= 'Z') || w[i + 1] != '.') return false;
  return true;
}

// The British government's acronyms keep "of" and "for" as lower-case
// letters: "Ministry of Defence" -> MoD, "Department for International
// Development" -> DfID. Empty when the name has neither.
std::string mixed_initials(const std::vector<std::string>& words) {
  if (std::none_of(words.begin(), words.end(), [](const std::string& w) { return w == "OF" || w == "FOR"; })) return {};
  std::string out;
  bool glue = false;
  for (const std::string& w : words) {
    if (w == "AND" || w == "THE" || w == "&") continue;
    if (w == "OF" || w == "FOR") {
      out.push_back(static_cast<char>(w[0] - 'A' + 'a'));
      glue = true;
      continue;
    }
    out.push_back(w[0]);
  }
  return glue && out.size() >= 3 ? out : std::string();
}

// "MoD", "DfES": capitals with a lower-case letter inside.
bool is_mixed_acronym(std::string_view t) {
  if (t.size() < 3 || t.size() > 6 || !capitalised(t) || !(t.back() >= 'A' && t.back() <= 'Z')) return false;
  size_t lower = 0;
  for (char c : t) {
    if (c >= 'a' && c <= 'z') ++lower;
    else if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return lower >= 1 && lower * 2 < t.size();
}

// Every occurrence of a coded body's acronym that no mention covers ("the
// National Union of Journalists ... said Ann Other, NUJ General Secretary")
// becomes a name mention of the body.
void add_acronym_mentions(Document& doc, const std::map<std::string, Referent>& acronyms) {
  if (acronyms.empty()) return;
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // every mention, sorted
  for (const Entity& e : doc.entities)
    for (const auto& m : e.mentions) spans.emplace_back(m.start, m.end);
  std::sort(spans.begin(), spans.end());
  auto covered = [&spans](uint32_t a, uint32_t b) {
    auto it = std::lower_bound(spans.begin(), spans.end(), std::make_pair(b, uint32_t{0}));
    while (it != spans.begin()) {
      --it;
      if (it->second > a) return true;
      if (it->first + 64 < a) break;  // no name is that long
    }
    return false;
  };
  // Mixed-case acronyms ("MoD") are looked for only when a body has one.
  const bool any_mixed = std::any_of(acronyms.begin(), acronyms.end(), [](const auto& a) {
    return std::any_of(a.first.begin(), a.first.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  });
  std::vector<Entity*> grown;
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    const std::string_view w = doc.token_text(t);
    if (!is_acronym(w) && !(any_mixed && is_mixed_acronym(w))) continue;
    const auto it = acronyms.find(std::string(w));
    if (it == acronyms.end() || it->second.ambiguous || covered(t.start, t.end)) continue;
    Entity* e = const_cast<Entity*>(it->second.entity);  // one of doc.entities
    e->mentions.push_back(EntityMention{t.start, t.end, "acronym", {static_cast<uint32_t>(k)}});
    grown.push_back(e);
  }
  for (Entity* e : grown)
    std::sort(e->mentions.begin(), e->mentions.end(),
              [](const EntityMention& x, const EntityMention& y) { return x.start < y.start; });
}

// "Commission", "Community": a capital, then lower case only (a headline's
// capitals are not read here).
bool title_case(std::string_view t) {
  return t.size() >= 3 && capitalised(t) && std::all_of(t.begin() + 1, t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Head nouns that name a body when written alone with a capital ("the
// Commission", "the Bank"). Others stand for a company's product or trade
// ("Rover", "Tobacco", "Stores"), a station ("Radio 1") or a street.
bool is_body_head(const std::string& w) {
  static constexpr std::string_view kHeads[] = {
      "COMMISSION", "COUNCIL",     "COMMUNITY",  "COMMITTEE",   "AGENCY",      "AUTHORITY", "ORGANIZATION",
      "ORGANISATION", "BANK",      "FUND",       "ASSEMBLY",    "FEDERATION",  "ASSOCIATION", "CONFEDERATION",
      "CHAMBER",    "UNION",       "MINISTRY",   "DEPARTMENT",  "TRIBUNAL",    "BUREAU",    "INSTITUTE"};
  return std::any_of(std::begin(kHeads), std::end(kHeads), [&](std::string_view h) { return w == h; });
}

// People who act for a body, named with it before them as a modifier
// ("Commission officials", "Community agriculture ministers").
bool is_office_holder_noun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"minister", "ministers", "official", "officials", "spokesman",
                                                "spokeswoman", "spokesperson", "delegate", "delegates", "sources",
                                                "president", "chairman", "head", "members", "experts", "staff"};
  return std::any_of(std::begin(kNouns), std::end(kNouns), [&](std::string_view n) { return w == n; });
}

// Every occurrence of a coded body's head noun that no mention covers, which
// the tagger did not take for a name ("the European Community ... Arnor
// asked the Community for aid"), becomes a name mention of the
// body: a body's head noun (is_body_head), written alone with a capital
// (at a sentence's start, only before the body's people), not inside a
// longer name (no capitalised word right before it in its sentence, nor a
// capitalised word, "of" or "for" right after it).
void add_head_noun_mentions(Document& doc, const std::map<std::string, Referent>& heads) {
  if (std::none_of(heads.begin(), heads.end(), [](const auto& h) { return is_body_head(h.first); })) return;
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // every mention, sorted
  for (const Entity& e : doc.entities)
    for (const auto& m : e.mentions) spans.emplace_back(m.start, m.end);
  std::sort(spans.begin(), spans.end());
  auto covered = [&spans](uint32_t a, uint32_t b) {
    auto it = std::lower_bound(spans.begin(), spans.end(), std::make_pair(b, uint32_t{0}));
    while (it != spans.begin()) {
      --it;
      if (it->second > a) return true;
      if (it->first + 64 < a) break;  // no name is that long
    }
    return false;
  };
  std::vector<Entity*> grown;
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    const std::string_view w = doc.token_text(t);
    if (!title_case(w)) continue;
    std::string word;
    if (!dictionary_word(w, word)) continue;
    if (!is_body_head(word)) continue;
    const auto it = heads.find(word);
    if (it == heads.end() || it->second.ambiguous || covered(t.start, t.end)) continue;
    const bool after_name = k > 0 && doc.tokens[k - 1].sentence == t.sentence && capitalised(doc.token_text(doc.tokens[k - 1])) &&
                            doc.token_text(doc.tokens[k - 1]) != "The"sv;
    // "Bank of New England" names another bank: the name goes on after "of".
    const bool before_name = k + 1 < doc.tokens.size() && doc.tokens[k + 1].sentence == t.sentence &&
                             (capitalised(doc.token_text(doc.tokens[k + 1])) || doc.token_text(doc.tokens[k + 1]) == "of"sv ||
                              doc.token_text(doc.tokens[k + 1]) == "for"sv);
    // A sentence's first word has its capital by position ("Fund managers
    // sold", "Commission payments rose"): it is the body only before the
    // body's own people ("Community farm ministers", "Fund officials").
    const bool opens_sentence = k == 0 || doc.tokens[k - 1].sentence != t.sentence;
    bool its_people = false;
    for (size_t j = k + 1; opens_sentence && !its_people && j < doc.tokens.size() && j <= k + 3 &&
                           doc.tokens[j].sentence == t.sentence;
         ++j) {
      const std::string_view n = doc.token_text(doc.tokens[j]);
      if (n.empty() || !(n[0] >= 'a' && n[0] <= 'z')) break;
      its_people = is_office_holder_noun(n);
    }
    if (after_name || before_name || (opens_sentence && !its_people)) continue;
    Entity* e = const_cast<Entity*>(it->second.entity);  // one of doc.entities
    e->mentions.push_back(EntityMention{t.start, t.end, "name", {static_cast<uint32_t>(k)}});
    grown.push_back(e);
  }
  for (Entity* e : grown)
    std::sort(e->mentions.begin(), e->mentions.end(),
              [](const EntityMention& x, const EntityMention& y) { return x.start < y.start; });
}

// The initials of a country or people the name tagger cut off the front of
// a body's name ("[Ruritanian] Fish Council", "[North Sylvania] Traders
// Guild"): a GPE or NORP mention that ends one space before one of the
// body's name mentions. The news then writes the whole name's acronym
// (RFC, NSTG) with no brackets to join them. Empty when none is so placed.
std::vector<std::string> cut_off_country_initials(const Document& doc, const Entity& body) {
  std::vector<std::string> out;
  for (const auto& m : body.mentions) {
    if (m.kind != "name"sv) continue;
    for (const Entity& o : doc.entities) {
      if (o.type != "GPE"sv && o.type != "NORP"sv) continue;
      for (const auto& om : o.mentions)
        if (om.end + 1 == m.start && doc.text[om.end] == ' ') {
          std::string letters;
          for (const std::string& w : dictionary_words(doc.span_text(om.start, om.end))) letters.push_back(w[0]);
          if (!letters.empty() && std::find(out.begin(), out.end(), letters) == out.end()) out.push_back(letters);
        }
    }
  }
  return out;
}

// The same for a country the tagger cut off the end, after "of"
// ("[Ruritanian Fish Council] of [Sylvania]", acronym RFCS).
std::vector<std::string> cut_off_trailing_country_initials(const Document& doc, const Entity& body) {
  std::vector<std::string> out;
  for (const auto& m : body.mentions) {
    if (m.kind != "name"sv || doc.span_text(m.end, std::min<size_t>(m.end + 4, doc.text.size())) != " of "sv) continue;
    for (const Entity& o : doc.entities) {
      if (o.type != "GPE"sv) continue;
      for (const auto& om : o.mentions)
        if (om.start == m.end + 4) {
          std::string letters;
          for (const std::string& w : dictionary_words(doc.span_text(om.start, om.end))) letters.push_back(w[0]);
          if (!letters.empty() && std::find(out.begin(), out.end(), letters) == out.end()) out.push_back(letters);
        }
    }
  }
  return out;
}

bool is_glue(std::string_view w) { return w == "and"sv || w == "of"sv || w == "for"sv || w == "the"sv || w == "&"sv; }

}  // namespace

void add_defined_acronym_names(Document& doc) {
  const size_t n = doc.tokens.size();
  for (Entity& e : doc.entities) {
    if (!is_acronym(e.name)) continue;
    std::vector<EntityMention> found;
    for (const auto& m : e.mentions) {
      const auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.start,
                                       [](const Token& t, uint32_t s) { return t.start < s; });
      const size_t k = static_cast<size_t>(at - doc.tokens.begin());
      if (k < 2 || k + 1 >= n || doc.tokens[k].start != m.start || doc.token_text(doc.tokens[k - 1]) != "("sv ||
          doc.token_text(doc.tokens[k + 1]) != ")"sv)
        continue;
      // Back from the bracket over capitalised and glue words while their
      // initials can still end the acronym.
      std::string got;  // initials read so far, last first
      size_t first = k - 1;
      for (size_t j = k - 1; j > 0 && got.size() < e.name.size() && k - 1 - j < 12;) {
        --j;
        if (doc.tokens[j].sentence != doc.tokens[k].sentence) break;
        const std::string_view w = doc.token_text(doc.tokens[j]);
        if (is_glue(w)) continue;
        if (!capitalised(w) || w[0] != e.name[e.name.size() - 1 - got.size()]) break;
        got.push_back(w[0]);
        first = j;
      }
      if (got.size() != e.name.size()) continue;
      const uint32_t a = doc.tokens[first].start, b = doc.tokens[k - 2].end;
      // Words another name holds are taken, but for a country or people
      // the name starts with ("the [Ruritanian] Guild of Traders (RGT)"),
      // which the tagger cut off as a name of its own: the full name covers
      // it and is the body's.
      bool taken = false;
      for (const Entity& o : doc.entities)
        for (const auto& om : o.mentions)
          if (om.start < b && om.end > a)
            taken = taken || om.start != a || om.end >= b || (o.type != "NORP"sv && o.type != "GPE"sv);
      if (taken) continue;
      EntityMention full{a, b, "name", {}};
      for (size_t t = first; t <= k - 2; ++t) full.tokens.push_back(static_cast<uint32_t>(t));
      found.push_back(std::move(full));
    }
    if (found.empty()) continue;
    for (auto& f : found) e.mentions.push_back(std::move(f));
    std::sort(e.mentions.begin(), e.mentions.end(),
              [](const EntityMention& x, const EntityMention& y) { return x.start < y.start; });
  }
}

void code_short_names(Document& doc) {
  // `middles`: the middle word of a three-word name, a Spanish-style first
  // surname ("Quintero" of "Rafael Quintero Salcedo"); read only when no
  // name ends in the word, so it never makes a real surname ambiguous.
  // `tails`: the last two or more words of a person's name of three or
  // more, a surname of several words ("Bra Kanon" of "Denis Bra Kanon",
  // "De la Cruz", "Cavaco Silva"), written alone later.
  std::map<std::string, Referent> surnames, middles, heads, acronyms, knights, tails;
  for (const Entity& e : doc.entities) {
    if (e.actor.code.empty() || e.actor.role.empty()) continue;  // a full code only
    if (e.type != "PERSON"sv && e.type != "ORG"sv) continue;
    const std::vector<std::string> words = bare_words(e.name);
    if (words.size() < 2) continue;
    // After a name the tagger ran on into a post-nominal ("Ann Other MSP",
    // "... QC"), the surname is the word before it.
    if (e.type == "PERSON"sv) {
      const bool titled = words.size() >= 3 && post_nominal(e.name);
      const std::string& surname = titled ? words[words.size() - 2] : words.back();
      note(surnames, surname, e);
      if (words.size() == 3 && !titled && words[1].size() >= 3 && words[1].back() != '.') note(middles, words[1], e);
      if (!titled && personal_name(e.name))
        for (size_t k = 2; k < words.size(); ++k) note(tails, joined_tail(words, k), e);
      // A double-barrelled surname the tagger cut at its hyphen ("[Ann
      // Other]-Smith"): the surname is the whole hyphenated word.
      for (const auto& m : e.mentions) {
        if (m.kind != "name"sv || m.end + 1 >= doc.text.size() || doc.text[m.end] != '-') continue;
        size_t k = m.end + 1;
        while (k < doc.text.size() && ((doc.text[k] >= 'a' && doc.text[k] <= 'z') || (doc.text[k] >= 'A' && doc.text[k] <= 'Z'))) ++k;
        if (k == m.end + 1 || !capitalised(std::string_view(doc.text).substr(m.end + 1))) continue;
        note(surnames, surname + "-" + rules::upper_ascii(std::string_view(doc.text).substr(m.end + 1, k - m.end - 1)), e);
        break;
      }
    }
    // A knight or dame is "Sir John" for short: the first name after the honorific.
    if (e.type == "PERSON"sv && (e.name.rfind("Sir ", 0) == 0 || e.name.rfind("Dame ", 0) == 0)) note(knights, words[0], e);
    if (e.type != "ORG"sv) continue;
    for (const std::string& head : head_nouns(words)) note(heads, head, e);
    const std::string a = initials(words);
    if (!a.empty()) note(acronyms, a, e);
    // A name opening with its country's dotted abbreviation ("U.S. National
    // Widget Processors Association") is written by the acronym of the rest
    // (NWPA): the country is no letter of it. Two letters are too few: "U.S.
    // Department of Commerce" would claim "DC", the capital's own name.
    if (words.size() >= 3 && dotted_abbreviation(words[0])) {
      const std::string rest = initials(std::vector<std::string>(words.begin() + 1, words.end()));
      if (rest.size() >= 3) note(acronyms, rest, e);
    }
    for (const std::string& front : cut_off_country_initials(doc, e))
      if (!a.empty()) note(acronyms, front + a, e);
    for (const std::string& back : cut_off_trailing_country_initials(doc, e))
      if (!a.empty()) note(acronyms, a + back, e);
    const std::string mixed = mixed_initials(words);
    if (!mixed.empty()) note(acronyms, mixed, e);
  }
  if (surnames.empty() && heads.empty()) return;
  add_acronym_mentions(doc, acronyms);
  add_head_noun_mentions(doc, heads);
  auto find = [](const std::map<std::string, Referent>& index, const std::string& w) -> const Entity* {
    const auto it = index.find(w);
    return it == index.end() || it->second.ambiguous ? nullptr : it->second.entity;
  };
  for (Entity& e : doc.entities) {
    // A surname the words around gave only a country ("Quintero of
    // Venezuela") is still the short name of the full name of that country.
    const bool country_only = e.type == "PERSON"sv && e.actor.source == "country"sv && e.actor.role.empty() &&
                              !e.actor.country.empty();
    if ((!e.actor.code.empty() && !country_only) || e.mentions.empty()) continue;
    // Several words are no short name, but for a surname of several words
    // and a person's honorific and surname ("Dr Fox"): test the words
    // before splitting them.
    const size_t space = e.name.find(' ');
    if (space != std::string::npos && e.type == "PERSON"sv) {
      const std::vector<std::string> words = bare_words(e.name);
      const Entity* full = words.size() >= 2 ? find(tails, joined_tail(words, words.size())) : nullptr;
      if (full && full != &e && (!country_only || full->actor.country == e.actor.country)) {
        e.actor = full->actor;
        e.actor.source += "+surname";
        e.key = entity_key(e.name, e.actor.code);
        continue;
      }
    }
    if (space != std::string::npos) {
      if (e.type != "PERSON"sv || e.name.find(' ', space + 1) != std::string::npos) continue;
      std::string a, b;  // one of the two words must be dropped ("Dr Fox", "Hadi: \"The")
      const bool first = dictionary_word(std::string_view(e.name).substr(0, space), a) && is_honorific(a);
      const bool second = dictionary_word(std::string_view(e.name).substr(space + 1), b) && is_honorific(b);
      if (!first && !second) continue;
    }
    const std::vector<std::string> words = bare_words(e.name);
    const Entity* full = nullptr;
    bool person = true;
    // "[Sir] John" after "Sir John Doe": the honorific just before a mention.
    auto after_knights_honorific = [&]() {
      for (const auto& m : e.mentions) {
        const std::string_view text = doc.span_text(m.start, m.end);
        if (text.rfind("Sir ", 0) == 0 || text.rfind("Dame ", 0) == 0) return true;
        const auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.start,
                                         [](const Token& t, uint32_t s) { return t.start < s; });
        if (at == doc.tokens.begin() || at == doc.tokens.end() || at->start != m.start) continue;
        const std::string_view before = doc.token_text(*(at - 1));
        if (before == "Sir"sv || before == "Dame"sv) return true;
      }
      return e.name.rfind("Sir ", 0) == 0 || e.name.rfind("Dame ", 0) == 0;
    };
    if (words.size() == 1 && e.type == "PERSON"sv && after_knights_honorific()) full = find(knights, words[0]);
    if (full) {
      // a knight's first name: nothing more to look for
    } else if (words.size() == 1) {
      full = find(surnames, words[0]);
      if (!full && e.type == "PERSON"sv && surnames.find(words[0]) == surnames.end()) full = find(middles, words[0]);
      // The second half of a double-barrelled surname the tagger took apart
      // ("Other-[Smith]"): the word before the hyphen and it are the surname.
      for (const auto& m : e.mentions) {
        if (full || m.start < 2 || doc.text[m.start - 1] != '-') continue;
        size_t k = m.start - 1;
        while (k > 0 && ((doc.text[k - 1] >= 'a' && doc.text[k - 1] <= 'z') || (doc.text[k - 1] >= 'A' && doc.text[k - 1] <= 'Z'))) --k;
        if (k == m.start - 1 || !capitalised(std::string_view(doc.text).substr(k))) continue;
        full = find(surnames, rules::upper_ascii(std::string_view(doc.text).substr(k, m.start - 1 - k)) + "-" + words[0]);
      }
      if (!full && e.type != "PERSON"sv) {
        full = find(heads, words[0]);
        if (!full && is_acronym(words[0])) full = find(acronyms, words[0]);
        if (!full && is_mixed_acronym(e.name)) full = find(acronyms, e.name);
        person = false;
      }
    } else if (words.empty() && e.type == "PERSON"sv) {
      // Cut to its honorific ("[Dr] Fox"): the word after a mention is the
      // name, and the mentions grow to take it in ("Dr Fox").
      std::string surname;
      for (const auto& m : e.mentions) {
        const auto next = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.end,
                                           [](const Token& t, uint32_t end) { return t.start < end; });
        if (next == doc.tokens.end()) continue;
        const std::string_view w = doc.token_text(*next);
        if (!capitalised(w)) continue;
        std::string word;
        if (!dictionary_word(w, word)) continue;
        full = find(surnames, word);
        if (full) {
          surname = std::string(w);
          break;
        }
      }
      if (full && full != &e) {
        for (auto& m : e.mentions) {
          const auto next = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.end,
                                             [](const Token& t, uint32_t end) { return t.start < end; });
          if (next == doc.tokens.end() || next->start != m.end + 1 || doc.token_text(*next) != surname) continue;
          const bool named_by_it = e.name == doc.span_text(m.start, m.end);
          m.end = next->end;
          if (!m.tokens.empty()) m.tokens.push_back(static_cast<uint32_t>(next - doc.tokens.begin()));
          if (named_by_it) e.name = std::string(doc.span_text(m.start, m.end));
        }
      }
    }
    if (!full || full == &e) continue;
    if (country_only && full->actor.country != e.actor.country) continue;
    e.actor = full->actor;
    e.actor.source += person ? "+surname" : "+head-noun";
    e.type = person ? "PERSON" : "ORG";
    e.key = entity_key(e.name, e.actor.code);
  }
}

}  // namespace chronicle::actor
