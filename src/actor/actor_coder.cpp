#include "actor/actor_coder.h"

#include <algorithm>

#include "actor/central_bank.h"
#include "actor/organisation_head.h"
#include "rules/dictionary_entry.h"
#include "rules/dictionary_text.h"
#include "rules/special_codes.h"

namespace chronicle::actor {

// Tags, types and kinds are compared as views: length first, no strlen.
using namespace std::string_view_literals;

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
    // Every period starts years after the date: the name is no one the
    // entry knows yet. A common name ("Michael Smith", an Irish minister
    // from 2003) in 1987 text says nothing of its bearer's country; an
    // office held and left still does, and so does one taken within a few
    // years (a rising politician is of his country already).
    constexpr uint32_t kYearsAhead = 5 * 10000;  // dates are yyyymmdd
    if (date != 0 && std::all_of(codes.begin(), codes.end(), [date](const rules::DatedCode& c) {
          return c.restricted() && c.from != rules::kOpenStart && c.from > date + kYearsAhead;
        }))
      return {};
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

// A short initialism is written in capitals: "Ico" (a game's title) is no
// ICO, the initials of INTERNATIONAL COFFEE ORGANIZATION. True when `w` is
// three letters or fewer, written with lower case, and spells the initials
// of the entry's primary (its words but OF, THE, AND, FOR). Longer ones are
// often written as words ("Nato", "Opec"), so they still match.
bool cased_initialism(std::string_view w, std::string_view primary) {
  if (w.size() < 2 || w.size() > 3 || !std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  std::string initials;
  size_t k = 0;
  while (k < primary.size()) {
    const size_t e = std::min(primary.find(' ', k), primary.size());
    const std::string_view word = primary.substr(k, e - k);
    if (!word.empty() && word != "OF" && word != "THE" && word != "AND" && word != "FOR") initials += word[0];
    k = e + 1;
  }
  if (initials.size() != w.size()) return false;
  for (size_t j = 0; j < w.size(); ++j)
    if (initials[j] != (w[j] >= 'a' && w[j] <= 'z' ? static_cast<char>(w[j] - 32) : w[j])) return false;
  return true;
}

// The initials of a name's words but OF, THE, AND, FOR, ON ("American
// Soybean Association": ASA), upper-case.
std::string initials_of(const std::vector<std::string>& words) {
  std::string initials;
  for (const auto& w : words)
    if (!w.empty() && w != "OF" && w != "THE" && w != "AND" && w != "FOR" && w != "ON") initials += w[0];
  return initials;
}

// An acronym the text spells out ("American Soybean Association (ASA)")
// names that body: an entry listed under the same letters is another's
// ("ASA LIMITED", a firm) unless its primary is the acronym itself, is
// spelt by it, or opens as the long form does ("EUROPEAN UNION" for the
// European Community's EC).
bool fits_long_form(std::string_view primary, std::string_view acronym, const std::vector<std::string>& long_form) {
  if (primary == acronym) return true;
  std::vector<std::string> words;
  for (size_t k = 0; k < primary.size();) {
    const size_t e = std::min(primary.find(' ', k), primary.size());
    if (e > k) words.emplace_back(primary.substr(k, e - k));
    k = e + 1;
  }
  if (words.empty()) return true;
  return initials_of(words) == acronym || (!long_form.empty() && words.front() == long_form.front());
}

// The first dictionary (user files first) with an entry for `phrase` gives
// the code. `cased`: the one word as written, when the name is one word
// (a short initialism in lower case is no entry's, cased_initialism).
// `long_form`: the words the text spells the acronym `phrase` out in, when
// it does (fits_long_form).
std::string lookup_actor(const ActorDictionaries& dicts, const std::string& phrase, uint32_t date, Fit& fit,
                         std::string_view cased = {}, const std::vector<std::string>* long_form = nullptr) {
  fit = Fit::kNone;
  for (const auto& d : dicts.actors) {
    auto hits = d.find(phrase);
    if (!cased.empty())
      hits.erase(std::remove_if(hits.begin(), hits.end(), [&](uint32_t h) { return cased_initialism(cased, d.primary(h)); }),
                 hits.end());
    if (long_form)
      hits.erase(std::remove_if(hits.begin(), hits.end(),
                                [&](uint32_t h) { return !fits_long_form(d.primary(h), phrase, *long_form); }),
                 hits.end());
    std::string code = best_code(d, hits, date, fit);
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

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// True when the word at `index` (counting whitespace-separated words) of a
// name ends in a possessive "'s" ("Labour's" in "Labour's pre-election").
bool owner_word(std::string_view name, size_t index) {
  size_t i = 0, k = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j == i) break;
    if (k++ == index) {
      const std::string_view w = name.substr(i, j - i);
      return (w.size() > 2 && w.substr(w.size() - 2) == "'s") || (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s");
    }
    i = j;
  }
  return false;
}

// One whitespace-free word as the dictionaries write it: possessive cut
// (`owner` says so), outer punctuation and typographic quotes stripped, a
// final '.' of a word that has no other kept ("desk." but not "U.S.").
// It runs on every word of every name and role, so each test looks at one
// byte before it compares more: most words end in a letter.
std::string_view trim_word(std::string_view w, bool& owner) {
  constexpr std::string_view kRightQuote = "\xE2\x80\x99";
  owner = false;
  // Possessives: ASCII and typographic apostrophes.
  if (w.size() > 2 && (w.back() == 's' || w.back() == 'S')) {
    if (w[w.size() - 2] == '\'') {
      w.remove_suffix(2);
      owner = true;
    } else if (w.size() > 4 && w.substr(w.size() - 4, 3) == kRightQuote) {
      w.remove_suffix(4);
      owner = true;
    }
  }
  auto outer = [](char c) { return c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '!' || c == '?' || c == '\''; };
  while (!w.empty() && outer(w.front())) w.remove_prefix(1);
  while (!w.empty() && outer(w.back())) w.remove_suffix(1);
  if (w.size() > 1 && w.back() == '.' && w.find('.') == w.size() - 1) w.remove_suffix(1);
  // Typographic quotes: all start with the byte 0xE2.
  auto quote_at = [&w](size_t at) {
    if (w.size() < at + 3 || w[at] != '\xE2' || w[at + 1] != '\x80') return false;
    const char c = w[at + 2];
    return c == '\x9C' || c == '\x9D' || c == '\x98' || c == '\x99';
  };
  while (quote_at(0)) w.remove_prefix(3);
  while (w.size() >= 3 && quote_at(w.size() - 3)) w.remove_suffix(3);
  return w;
}

// The words of a text as written (`cased`, views into `text`) and
// upper-cased (`upper`, when given), and which ended in "'s" (`possessive`,
// when given). The vectors are refilled, so a caller may reuse them and the
// strings' buffers: this runs on every word of every name and role.
void split_words(std::string_view text, std::vector<std::string_view>& cased, std::vector<std::string>* upper = nullptr,
                 std::vector<bool>* possessive = nullptr) {
  cased.clear();
  if (possessive) possessive->clear();
  size_t i = 0, n = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    bool owner = false;
    const std::string_view w = trim_word(text.substr(i, j - i), owner);
    i = j;
    if (w.empty()) continue;
    cased.push_back(w);
    if (upper) {
      if (n == upper->size()) upper->emplace_back();
      std::string& u = (*upper)[n];
      u.assign(w);
      for (char& c : u)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    ++n;
    if (possessive) possessive->push_back(owner);
  }
  if (upper) upper->resize(n);
}

std::vector<std::string> split_words(std::string_view text, bool upper) {
  std::vector<std::string_view> cased;
  std::vector<std::string> up;
  // Room for every word at once: growing one word at a time was most of the
  // stage's allocations.
  const size_t most = 1 + static_cast<size_t>(std::count_if(text.begin(), text.end(), is_space));
  cased.reserve(most);
  if (upper) up.reserve(most);
  split_words(text, cased, upper ? &up : nullptr);
  if (upper) return up;  // moved out: the conditional operator copied every word
  return std::vector<std::string>(cased.begin(), cased.end());
}

bool starts_upper(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// Titles that say a person heads something but not what: the body they head
// gives the role ("director general of [a national business lobby]" is
// BUS, "chairman of [a Commons select committee]" LEG). Alone they
// keep their own code ("Britain's Europe Director": GOV).
bool is_generic_title(const std::vector<std::string>& words, size_t from, size_t to) {
  static constexpr std::string_view kTitles[] = {"LEADER",    "OFFICIAL",  "SENIOR OFFICIAL", "CHAIRMAN",          "CHAIRWOMAN",
                                        "CHAIR",     "DIRECTOR",  "DIRECTOR GENERAL", "HEAD",             "CHIEF",
                                        "PRESIDENT", "SPOKESMAN", "SPOKESWOMAN",     "GENERAL SECRETARY", "SECRETARY GENERAL"};
  // words[from, to) joined by spaces equals the title, compared in place.
  auto equals = [&](std::string_view t) {
    for (size_t k = from; k < to; ++k) {
      if (k > from) {
        if (t.empty() || t[0] != ' ') return false;
        t.remove_prefix(1);
      }
      if (t.substr(0, words[k].size()) != words[k]) return false;
      t.remove_prefix(words[k].size());
    }
    return t.empty();
  };
  return std::any_of(std::begin(kTitles), std::end(kTitles), equals);
}

// Words that only qualify the title after them ("deputy planning director",
// "assistant chief constable"); PETRARCH2's agents list DEPUTY alone as a
// police deputy (~COP), which is right only when no title follows.
bool is_title_modifier(const std::string& w) {
  return w == "DEPUTY" || w == "ASSISTANT" || w == "ACTING" || w == "VICE";
}

// An office of government or parliament, which one leaves: GOV (with any
// sector), LEG.
bool is_office(const std::string& agent) { return agent.compare(0, 3, "GOV") == 0 || agent == "LEG"; }

// The agents Phoenix puts after GOV for a sector's minister or ministry.
bool is_government_sector(const std::string& agent) {
  static const char* const kSectors[] = {"AGR", "BUS", "DEV", "EDU", "ENV", "HLH", "LAB", "MED", "MIL", "REF"};
  return std::any_of(std::begin(kSectors), std::end(kSectors), [&](const char* s) { return agent == s; });
}

}  // namespace

std::vector<std::string> dictionary_words(std::string_view text) { return split_words(text, true); }

bool dictionary_word(std::string_view token, std::string& word) {
  if (std::any_of(token.begin(), token.end(), is_space)) {
    const auto words = dictionary_words(token);
    if (words.size() != 1) return false;
    word = words[0];
    return true;
  }
  bool owner = false;
  const std::string_view w = trim_word(token, owner);
  if (w.empty()) return false;
  word = rules::upper_ascii(w);
  return true;
}

bool is_cameo_role(std::string_view code) {
  static const char* const kRoles[] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU",
                                       "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "MOD", "RAD", "AGR",
                                       "DEV", "ENV", "HRI", "ELI", "SEP", "INS", "UAF"};
  if (code.size() < 3) return false;
  return std::any_of(std::begin(kRoles), std::end(kRoles), [&](const char* r) { return code.substr(0, 3) == r; });
}

std::string ActorCoder::whole_agent_code(std::string_view name) const {
  const auto words = dictionary_words(name);
  if (words.empty()) return {};
  for (const auto& d : dicts_.agents) {
    size_t len = 0;
    const auto hits = d.longest_match(words, 0, len);
    if (len != words.size() || hits.empty()) continue;
    const std::string_view first = d.first_code(hits.front());
    if (first.empty()) continue;
    return agent_code(first);
  }
  return {};
}

std::string ActorCoder::group_code(std::string_view name) const {
  std::string code = whole_agent_code(name);
  return is_cameo_group(code) ? code : std::string();
}

namespace {

// True when a phrase of any of the dictionaries starts at words[i].
bool starts_phrase(const std::vector<rules::CompiledDictionary>& dicts, const std::vector<std::string>& words,
                   size_t i) {
  for (const auto& d : dicts) {
    size_t len = 0;
    d.longest_match(words, i, len);
    if (len > 0) return true;
  }
  return false;
}

}  // namespace

bool ActorCoder::starts_actor(const std::vector<std::string>& words, size_t i) const {
  return starts_phrase(dicts_.actors, words, i);
}

bool ActorCoder::starts_agent(const std::vector<std::string>& words, size_t i) const {
  return starts_phrase(dicts_.agents, words, i);
}

bool is_cameo_group(std::string_view code) {
  // CAMEO's religion codes; Phoenix writes Muslim MUS where CAMEO has MOS.
  static const char* const kGroups[] = {"ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "DRZ", "HIN",
                                        "JAI", "JEW", "MOS", "MUS", "PAG", "SHN", "SIK", "TAO", "ZRO"};
  if (code.size() < 3) return false;
  return std::any_of(std::begin(kGroups), std::end(kGroups), [&](const char* g) { return code.substr(0, 3) == g; });
}

std::string ActorCoder::country_of(std::string_view code) const {
  if (code.size() >= 3 && countries_.by_cameo(code.substr(0, 3))) return std::string(code.substr(0, 3));
  return {};
}

ActorCoder::RoleEvidence ActorCoder::read_roles(const std::vector<std::string>& roles, uint32_t date,
                                                bool agents_only) const {
  RoleEvidence ev;
  bool former_office = false;  // an office the role words say was held
  // One set of word buffers for all the roles: this runs for every entity.
  std::vector<bool> possessive;
  std::vector<std::string_view> cased;
  std::vector<std::string> words;
  for (size_t r = 0; r < roles.size(); ++r) {
    const std::string& role = roles[r];
    // A role met before adds nothing: its first-found country, actor and
    // affiliation are already in, and its agents were weighed. (An entity's
    // name is usually also its first mention, so names repeat.)
    if (std::find(roles.begin(), roles.begin() + static_cast<long>(r), role) != roles.begin() + static_cast<long>(r))
      continue;
    split_words(role, cased, &words, &possessive);
    // "vice-premier", "vice-minister", "deputy-minister": a modifier joined
    // to a minister's title by a hyphen is read as the two words ("vice
    // minister"). Only titles of state: a firm's vice-chairman would read
    // as the generic CHAIRMAN's GOV, and "co-operative" is no OPERATIVE.
    for (size_t k = 0; k < words.size(); ++k) {
      for (std::string_view prefix : {"VICE-"sv, "DEPUTY-"sv}) {
        if (words[k].size() <= prefix.size() + 2 || words[k].compare(0, prefix.size(), prefix) != 0) continue;
        const std::string title = words[k].substr(prefix.size());
        if (title != "PREMIER" && title != "MINISTER" && title != "CHANCELLOR") continue;
        words[k] = std::string(prefix.substr(0, prefix.size() - 1));
        words.insert(words.begin() + static_cast<long>(k) + 1, title);
        const std::string_view c = cased[k];
        cased[k] = c.substr(0, prefix.size() - 1);
        cased.insert(cased.begin() + static_cast<long>(k) + 1, c.substr(prefix.size()));
        possessive.insert(possessive.begin() + static_cast<long>(k), false);
        break;
      }
    }
    // "Ex-Labour MP": a body one has left still gives one's country, not an
    // affiliation, and a former office no role of its own ("ex-Home
    // Secretary": ELI below); the prefix is cut so the dictionaries find them.
    size_t former = words.size();  // the one such word, if any
    for (size_t k = 0; k < words.size() && former == words.size(); ++k)
      if (words[k].size() > 3 && words[k].compare(0, 3, "EX-") == 0) {  // "Ex-Labour", "ex-foreign [secretary]"
        words[k].erase(0, 3);
        cased[k].remove_prefix(3);
        former = k;
      }
    // "Former Cabinet minister", "a former minister": the offices after
    // "former" are no longer held, but the bodies still say where one belongs
    // ("Former Labour leader" is Labour's).
    // "former [party] minister and now a [body] commissioner": up to "now".
    const size_t former_from = static_cast<size_t>(std::find(words.begin(), words.end(), "FORMER") - words.begin()) + 1;
    const size_t former_to = static_cast<size_t>(std::find(words.begin() + static_cast<long>(std::min(former_from, words.size())),
                                                           words.end(), "NOW") - words.begin());
    // British titles name ministers and ministries "Secretary" and
    // "Department" ("Home Secretary", "Department for Education"); the
    // Phoenix agents list them as HOME_!MINIST!, !MINIST! FOR_EDUCATION.
    const bool any_british = std::any_of(words.begin(), words.end(), [](const std::string& w) {
      return w == "SECRETARY" || w == "DEPARTMENT";
    });
    std::vector<std::string> british;  // the words read so, built only when one is there
    if (any_british) {
      british = words;
      for (auto& w : british) {
        if (w == "SECRETARY") w = "MINISTER";
        else if (w == "DEPARTMENT") w = "MINISTRY";
      }
    }
    bool past_of = false;  // in a name, the words after "of"/"for" qualify its head
    // A British shadow post is the opposition's, whatever office it shadows
    // ("Shadow attorney general" is no attorney general's GOV).
    const size_t shadow = static_cast<size_t>(std::find(words.begin(), words.end(), "SHADOW") - words.begin());
    size_t agent_end = words.size();  // just after the agent phrase this role gave, if any
    std::string agent_before;         // that phrase's agent code
    for (size_t i = 0; i < words.size();) {
      if (words[i] == "OF" || words[i] == "FOR") past_of = true;
      size_t best_agent = 0, best_actor = 0;
      std::string agent, actor;
      bool party = false;  // the actor matched is a political party
      for (const auto* variant : {&words, &british}) {
        if (variant == &british && !any_british) break;
        for (const auto& d : dicts_.agents) {
          size_t len = 0;
          auto hits = d.longest_match(*variant, i, len);
          // As written wins a tie; the British reading must name the office
          // ("Home Secretary"), not just a minister ("general secretary").
          if (variant == &british && len < 2) continue;
          if (len > best_agent) {
            best_agent = len;
            agent = d.first_code(hits.front());
          }
        }
      }
      // "Fisheries Minister" is Phoenix's minister for fisheries where it
      // lists only that order (!MINIST! FOR_FISHERIES [~GOVAGR]).
      if (best_agent < 2 && i + 1 < words.size() && (words[i + 1] == "MINISTER" || words[i + 1] == "SECRETARY")) {
        const std::vector<std::string> reordered{"MINISTER", "FOR", words[i]};
        for (const auto& d : dicts_.agents) {
          size_t len = 0;
          auto hits = d.longest_match(reordered, 0, len);
          if (len != reordered.size()) continue;
          best_agent = 2;
          agent = d.first_code(hits.front());
          break;
        }
      }
      if (best_agent == 1 && i + 1 < words.size() && is_title_modifier(words[i])) best_agent = 0;
      // A named actor starts with a capital: "labour market" is no party.
      for (const auto& d : dicts_.actors) {
        // In a name, only a leading country counts ("US Department of Energy").
        if ((agents_only && i != 0) || cased.size() != words.size() || !starts_upper(cased[i])) break;
        size_t len = 0;
        auto hits = d.longest_match(words, i, len);
        if (len == 1 && !hits.empty() && cased_initialism(cased[i], d.primary(hits.front()))) continue;
        if (len > best_actor) {
          best_actor = len;
          Fit fit = Fit::kNone;
          actor = best_code(d, hits, date, fit);
          const std::string_view primary = hits.empty() ? std::string_view() : d.primary(hits.front());
          party = primary.size() >= 5 && (primary.substr(primary.size() - 5) == "PARTY" ||
                                          primary.find(" PARTY ") != std::string_view::npos);
          // A null- or complexity-coded phrase is a known non-actor: its
          // match still covers its words, with no code.
          if (rules::is_null_code(actor) || rules::is_complex_code(actor)) actor.clear();
        }
      }
      if (agents_only && actor.size() != 3) best_actor = 0;
      // A named actor followed by more name words is part of a longer name
      // ("Federal Labour Agency" is no Labour Party body, "British Chambers
      // of Commerce" no British government body): it gives at most a country.
      // A title may follow it ("Labour MP", "Tory Leader") or another actor
      // or country ("Amnesty International UK director"), and a possessive
      // ends it ("the State Department's Korea desk").
      // A title modifier before a title ("[Fed] Vice Chairman") starts the
      // body's officer, not more of its name.
      const size_t after = i + best_actor;
      const bool modified_title = after + 1 < words.size() && is_title_modifier(words[after]) &&
                                  starts_agent(words, after + 1);
      if (best_actor > 0 && !agents_only && i + best_actor < words.size() && !possessive[i + best_actor - 1] &&
          starts_upper(cased[i + best_actor]) && !starts_agent(words, i + best_actor) && !modified_title &&
          !starts_actor(words, i + best_actor) && countries_.find(cased[i + best_actor]).country < 0) {
        // A party's word there is the name's own ("Federal Labour Agency",
        // "Liberal Arts College"): it gives no country either.
        const std::string c = party ? std::string() : country_of(actor);
        if (ev.country.empty() && !c.empty()) ev.country = c;
        best_actor = 0;
        if (best_agent == 0) {
          ++i;
          continue;
        }
      }
      if (best_actor == 0 && best_agent == 0 && ev.country.empty() && cased.size() == words.size() &&
          starts_upper(cased[i]) && (!agents_only || i == 0)) {
        // Country names the dictionaries lack ("UK Chancellor Gordon Brown").
        // "UK-based", "London-based": where a firm or person is based is
        // their country, a capital included.
        std::string_view w = cased[i];
        const bool based = w.size() > 6 && w.substr(w.size() - 6) == "-based";
        if (based) w.remove_suffix(6);
        const auto hit = countries_.find(w);
        if (hit.country >= 0 && (based || hit.kind != geo::CountryNameKind::kCapital))
          ev.country = countries_.countries()[static_cast<size_t>(hit.country)].cameo;
      }
      if (best_actor == 0 && best_agent == 0) {
        ++i;
        continue;
      }
      if (best_actor >= best_agent) {
        if (ev.country.empty()) ev.country = country_of(actor);
        if (i == former) {
          i += best_actor;
          continue;
        }
        if (ev.actor.empty()) ev.actor = actor;
        if (ev.employer.empty() && ev.affiliation.empty() && ev.country.empty() && actor.size() > 3 &&
            country_of(actor).empty() && !is_cameo_group(std::string_view(actor).substr(0, 3)))
          ev.employer = actor;
        if (ev.affiliation.empty() && actor.size() > 3 && !country_of(actor).empty()) ev.affiliation = actor;
        i += best_actor;
      } else if ((i == former || (i >= former_from && i < former_to)) && is_office(agent_code(agent))) {
        // An ex-minister is no minister, an ex-MP no member (a former chief
        // executive is still in business, a former general a soldier); one who
        // held a shadow post is of the opposition.
        former_office = true;
        if (shadow < i) ev.agent = "OPP";
        i += best_agent;
      } else {
        // "IGO~" is a primary code used like a country; "~GOV" an agent.
        if (!agent.empty() && agent.back() == '~') {
          if (ev.actor.empty()) ev.actor = agent_code(agent);
        } else {
          const bool generic = is_generic_title(words, i, i + best_agent);
          // The longest phrase wins, and any title over a generic one. In an
          // organisation's own name the head noun says what it is: the last
          // agent phrase before "of"/"for" ("Fire Brigades Union" is a union,
          // "Treasury Select Committee" a committee; "Court of Appeal" a court).
          const bool head = agents_only && !past_of;
          // Civilians ("children", "pensioners") are whom a title serves,
          // not a title: "Children's Minister" is the minister's GOV.
          const bool civilians = agent_code(agent) == "CVL";
          // A minister named by what he is minister of, where no phrase lists
          // that ministry ("courts minister", "prisons minister"), is a
          // minister: the title after the word beats the word's own agent.
          const bool minister_after = !agents_only && i == agent_end && best_agent == 1 &&
                                      (words[i] == "MINISTER" || words[i] == "SECRETARY");
          if (ev.agent.empty() || head || minister_after || (ev.agent == "CVL" && !civilians) ||
              (ev.agent_generic && !generic && !civilians) ||
              (ev.agent_generic == generic && best_agent > ev.agent_words && !(civilians && !ev.agent.empty()))) {
            // The sector is the word's just before ("court minister"), not
            // the best agent so far ("economist court minister" is no EDU).
            const std::string sector = minister_after ? agent_before : std::string();
            ev.agent = agent_code(agent);
            ev.agent_words = best_agent;
            ev.agent_generic = generic;
            // Phoenix's sector ministers are GOV and the sector where it has
            // one (EDUCATION_MINIST GOVEDU, DEFENCE_MINIST GOVMIL), plain GOV
            // for justice and the interior: "schools minister" GOVEDU,
            // "courts minister" and "police minister" GOV.
            if (ev.agent == "GOV" && is_government_sector(sector)) ev.agent += sector;
            if (shadow < i) ev.agent = "OPP";
          }
          agent_end = i + best_agent;
          agent_before = agent_code(agent);
        }
        i += best_agent;
      }
    }
  }
  // Phoenix codes people out of the offices they held as the country's elite
  // (James Callaghan, Margaret Thatcher GBRELI): so is "ex-Foreign Secretary
  // Robin Cook", when no other role words give him one.
  if (ev.agent.empty() && former_office) {
    ev.agent = "ELI";
    ev.former = true;
  }
  return ev;
}

size_t ActorCoder::leading_role_words(const std::vector<std::string>& cased) const {
  std::vector<std::string> words;
  for (const auto& w : cased) words.push_back(rules::upper_ascii(w));
  // The British reading of titles, as read_roles does: "New Home Secretary
  // Ann Other" starts with HOME_!MINIST!.
  std::vector<std::string> british = words;
  for (auto& w : british) {
    if (w == "SECRETARY") w = "MINISTER";
    else if (w == "DEPARTMENT") w = "MINISTRY";
  }
  size_t end = 0;
  // A party or other body with a role of its own run into the name by the
  // tagger ("Liberal Democrat Ann Other"): its words are her role words when
  // a first name and a surname follow.
  // (Most names are two words: no lookup for them.)
  for (const auto& d : dicts_.actors) {
    if (words.size() < 3) break;
    size_t len = 0;
    const auto hits = d.longest_match(words, 0, len);
    if (len == 0 || len + 2 > words.size()) continue;
    for (uint32_t hit : hits)
      for (const auto& c : d.codes(hit))
        if (c.code.size() > 3 && !country_of(c.code).empty() && is_cameo_role(std::string_view(c.code).substr(3)))
          end = std::max(end, len);
  }
  for (size_t i = end; i + 1 < words.size();) {
    size_t len = 0;
    if (!starts_upper(cased[i])) {
      len = 1;
    } else {
      for (const auto& d : dicts_.agents) {
        size_t l = 0;
        d.longest_match(words, i, l);
        len = std::max(len, l);
        if (british != words) {
          d.longest_match(british, i, l);
          if (l >= 2) len = std::max(len, l);  // an office, not a bare "Secretary"
        }
      }
      if (len == 0) {
        ++i;
        continue;
      }
    }
    if (i + len >= words.size()) break;  // a name word must follow
    end = i + len;
    i += len;
  }
  return end;
}

ActorCode ActorCoder::code(const ActorQuery& query) const {
  ActorCode out;
  if (query.type != "PERSON"sv && query.type != "ORG"sv && query.type != "GPE"sv && query.type != "NORP"sv) return out;
  // The query as given, or a copy the rules below change (copied only then).
  ActorQuery local;
  const ActorQuery* qp = &query;
  auto own_copy = [&]() -> ActorQuery& {
    if (qp != &local) {
      local = query;
      qp = &local;
    }
    return local;
  };
  if (query.type == "PERSON"sv) {
    // A baroness is addressed as Lady ("Lady Hale", "Lady Thatcher"); the
    // dictionaries list her as BARONESS_HALE_.
    for (const auto* list : {&query.names, &query.roles})
      for (const std::string& n : *list)
        if (n.starts_with("Lady ") && n.size() > 5 && n[5] >= 'A' && n[5] <= 'Z' &&
            std::find(query.names.begin(), query.names.end(), "Baroness " + n.substr(5)) == query.names.end())
          own_copy().names.push_back("Baroness " + n.substr(5));
    // A name mention that starts with role words the name tagger took in
    // ("Tory co-chairman Liam Fox", "Constable David Warcup"): the words are
    // a role, the rest is the name.
    for (size_t k = 0; k < query.names.size(); ++k) {
      const std::string& name = query.names[k];
      if (name.find(' ') == std::string::npos) continue;  // one word is all name
      const auto begin = query.names.begin();
      if (std::find(begin, begin + static_cast<long>(k), name) != begin + static_cast<long>(k)) continue;  // read already
      const auto cased = split_words(name, false);
      // A title the tagger took in after the name ("Margaret Moran MP"): an
      // abbreviation (MP, MEP, QC) that is wholly an agent phrase, after two
      // name words. Whole words are left alone: "John Major" is no officer.
      const auto abbreviation = [](const std::string& w) {
        return w.size() >= 2 && w.size() <= 3 &&
               std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      };
      if (cased.size() >= 3 && abbreviation(cased.back()) && !whole_agent_code(cased.back()).empty()) {
        own_copy().roles.push_back(cased.back());
        own_copy().names.push_back(join(std::vector<std::string>(cased.begin(), cased.end() - 1)));
        continue;
      }
      const size_t n = leading_role_words(cased);
      if (n == 0) continue;
      own_copy().roles.push_back(join(std::vector<std::string>(cased.begin(), cased.begin() + static_cast<long>(n))));
      own_copy().names.push_back(join(cased, n));
    }
  }
  if (query.type == "ORG"sv) {
    // A body, its officer's title and the officer's name run into one
    // organisation by the tagger ("[Fed] Vice Chairman Ann Other"): the
    // words up to the title are the officer's role, the two or three
    // capitalised words after it the officer's name, and the officer is
    // coded as a person would be.
    for (const std::string& name : query.names) {
      const auto cased = split_words(name, false);
      if (cased.size() < 4) continue;
      const size_t n = leading_role_words(cased);
      if (n < 2 || cased.size() - n < 2 || cased.size() - n > 3) continue;
      if (!std::all_of(cased.begin(), cased.end(), [](const std::string& w) { return starts_upper(w); })) continue;
      std::vector<std::string> words;
      for (const auto& w : cased) words.push_back(rules::upper_ascii(w));
      // The words must open with a listed body that has a role of its own
      // (the Fed's USAGOVBUS) or an international body with its own code
      // (the European Commission's IGOEUREEC), not a country or a name like
      // any other.
      // An international body's entry may hold its head's title
      // (WORLD_BANK_PRESIDENT): then the title is the body's phrase.
      size_t body = 0;
      bool international = false;
      for (const auto& d : dicts_.actors) {
        size_t len = 0;
        const auto hits = d.longest_match(words, 0, len);
        for (uint32_t hit : hits)
          for (const auto& c : d.codes(hit)) {
            const bool igo = c.code.size() > 3 && c.code.compare(0, 3, "IGO") == 0;
            if (igo || (c.code.size() > 3 && !country_of(c.code).empty() && is_cameo_role(std::string_view(c.code).substr(3)))) {
              if (len > body) international = igo;
              body = std::max(body, len);
            }
          }
      }
      if (body == 0 || body > n || (body == n && !international)) continue;
      bool person = true;
      for (size_t i = n; i < cased.size() && person; ++i)
        person = starts_upper(cased[i]) && !starts_agent(words, i) && !starts_actor(words, i) &&
                 countries_.find(cased[i]).country < 0;
      // The name words may be a listed person's whole name ("... President
      // Jacques Delors").
      for (const auto& d : dicts_.actors) {
        if (person) break;
        size_t len = 0;
        d.longest_match(words, n, len);
        person = n + len == words.size();
      }
      if (!person) continue;
      // "... Governor Ann Other Report" names a document or a body, not the
      // officer: a person's name does not end in such a head noun.
      static constexpr std::string_view kNotAName[] = {
          "REPORT", "REVIEW", "STUDY", "PLAN", "ACT", "BILL", "INQUIRY", "COMMITTEE", "COMMISSION", "OFFICE",
          "BOARD", "COUNCIL", "DEPARTMENT", "AGENCY", "BUREAU", "GROUP", "FUND", "INSTITUTE", "ASSOCIATION"};
      if (std::find(std::begin(kNotAName), std::end(kNotAName), std::string_view(words.back())) != std::end(kNotAName))
        continue;
      ActorQuery& c = own_copy();
      c.type = "PERSON";
      c.name_agents = false;
      c.roles.push_back(join(std::vector<std::string>(cased.begin(), cased.begin() + static_cast<long>(n))));
      c.names = {join(cased, n)};
      break;
    }
  }
  if (qp->name_agents) {
    // Words before an organisation that end in a preposition are another's
    // title: "an economist at [Nomura]", "director general of the [British
    // Chambers of Commerce]".
    auto someone_elses = [](const std::string& role) {
      // The last word, and the one before it after an article.
      std::string_view r(role);
      auto last_word = [&r]() {
        while (!r.empty() && r.back() == ' ') r.remove_suffix(1);
        const size_t sp = r.rfind(' ');
        const std::string_view w = sp == std::string_view::npos ? r : r.substr(sp + 1);
        r.remove_suffix(w.size());
        return w;
      };
      std::string_view w = last_word();
      if (w == "the" || w == "a" || w == "an") w = last_word();
      static const char* const kPrepositions[] = {"at",    "of",     "for",   "from",    "with", "by",
                                                  "to",    "in",     "on",    "after",   "before", "against",
                                                  "over",  "than",   "into",  "between", "under"};
      return std::any_of(std::begin(kPrepositions), std::end(kPrepositions), [&](const char* p) { return w == p; });
    };
    if (std::any_of(query.roles.begin(), query.roles.end(), someone_elses)) {
      auto& roles = own_copy().roles;
      roles.erase(std::remove_if(roles.begin(), roles.end(), someone_elses), roles.end());
    }
  }
  const ActorQuery& q = *qp;
  const uint32_t date = rules::date_number(q.date);
  // 1-2: names against discards and actor dictionaries.
  // The best-fitting entry over all the names ("George Bush" may be the
  // father, "George W Bush" is the son).
  std::string dict_code;
  Fit dict_fit = Fit::kNone;
  // The entity's name is usually also its first mention: a name met before
  // gives nothing new to these first-hit and best-fit searches.
  auto repeated = [&q](const std::string& name) {
    for (const std::string& n : q.names) {
      if (&n == &name) return false;
      if (n == name) return true;
    }
    return false;
  };
  // Each name's dictionary words, split once for the rules below that read them.
  std::vector<std::vector<std::string>> split(q.names.size());
  std::vector<bool> is_split(q.names.size(), false);
  auto words_of = [&](const std::string& name) -> const std::vector<std::string>& {
    const size_t k = static_cast<size_t>(&name - q.names.data());
    if (!is_split[k]) {
      split[k] = dictionary_words(name);
      is_split[k] = true;
    }
    return split[k];
  };
  const bool full_named_person = q.type == "PERSON"sv && !q.names.empty() && words_of(q.names.front()).size() >= 2;
  // The words of another name of the entity that an acronym name spells
  // out ("American Soybean Association" for its "ASA"), else null.
  auto spelt_out = [&](const std::string& name) -> const std::vector<std::string>* {
    if (name.size() < 2 || name.size() > 6 || !std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return nullptr;
    for (const auto& other : q.names) {
      const auto& w = words_of(other);
      if (w.size() >= 2 && initials_of(w) == name) return &w;
    }
    return nullptr;
  };
  for (const auto& name : q.names) {
    if (repeated(name)) continue;
    auto words = words_of(name);
    while (!words.empty() && is_honorific(words.front())) words.erase(words.begin());
    if (words.empty()) continue;
    const std::string phrase = join(words);
    for (const auto& d : dicts_.discards) {
      if (!d.find(phrase).empty()) return out;
    }
    std::vector<std::string> phrases{phrase};
    // Initials written without a point: "George W Bush" is GEORGE_W._BUSH_.
    std::string dotted;
    for (const auto& w : words) {
      if (!dotted.empty()) dotted += ' ';
      dotted += w;
      if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') dotted += '.';
    }
    if (dotted != phrase) phrases.push_back(dotted);
    // Wire copy dots a country's initials ("U.S. Congress"); Phoenix lists
    // such names undotted too (US_CONGRESS_, US_SENATE_).
    std::string undotted;
    for (const auto& w : words) {
      if (!undotted.empty()) undotted += ' ';
      const bool initials = w.size() >= 4 && w.size() % 2 == 0 && [&w] {
        for (size_t i = 0; i < w.size(); i += 2)
          if (!(w[i] >= 'A' && w[i] <= 'Z') || w[i + 1] != '.') return false;
        return true;
      }();
      if (!initials) {
        undotted += w;
        continue;
      }
      for (size_t i = 0; i < w.size(); i += 2) undotted += w[i];
    }
    if (undotted != phrase && words.size() >= 2) phrases.push_back(undotted);
    // A people named in the plural ("Ethiopians", "Jews") is coded as its
    // singular entry ("ETHIOPIAN_"), as PETRARCH2's nouns take plurals. A
    // person with a full name is no people: "Elmo Gondors" and his "Gondors"
    // are not GONDOR_ (a PERSON "Danes" alone, the tagger's slip, still is DANE_).
    if (words.back().size() > 3 && words.back().back() == 'S' && !full_named_person)
      phrases.push_back(phrase.substr(0, phrase.size() - 1));
    const std::string_view one_word =
        words.size() == 1 && name.find(' ') == std::string::npos ? std::string_view(name) : std::string_view();
    const std::vector<std::string>* long_form = spelt_out(name);
    for (const auto& p : phrases) {
      Fit fit = Fit::kNone;
      std::string c = lookup_actor(dicts_, p, date, fit, one_word, long_form);
      // A person named by a one-word demonym is no people: "Mr German" (Mike
      // German, a Welsh Liberal Democrat) is not DEU, though the dictionaries
      // list "German" for Germany.
      if (q.type == "PERSON"sv && words.size() == 1 && c.size() == 3) {
        const auto hit = countries_.find(words[0]);
        if (hit.country >= 0 && hit.kind == geo::CountryNameKind::kDemonym) c.clear();
      }
      if (!c.empty() && fit > dict_fit) {
        dict_code = std::move(c);
        dict_fit = fit;
      }
    }
    if (dict_fit == Fit::kDated) break;
  }
  // "[---]" (and TABARI's "[+++]"): the dictionaries know the name and say it
  // is no actor (a footballer namesake, an ocean), so no other step codes it.
  if (rules::is_null_code(dict_code) || rules::is_complex_code(dict_code)) return ActorCode{};
  if (dict_code.empty() && q.type == "ORG"sv) {
    // News names a company without its legal form ("Barclays", "Apple");
    // Phoenix lists most multinationals with it (BARCLAYS_PLC_, APPLE_INC_),
    // Continental ones with theirs (SIEMENS_AG_, STATOIL_ASA_, ENI_S.P.A._).
    // Only a multinational's code with its country is taken so.
    static constexpr std::string_view kForms[] = {"INC", "CORPORATION", "CORP", "PLC", "LTD", "LIMITED", "COMPANY",
                                                  "CO", "GROUP", "HOLDINGS", "HOLDING", "INCORPORATED", "AG", "SA",
                                                  "NV", "N.V.", "SPA", "S.P.A.", "ASA", "AB", "OYJ", "KGAA"};
    for (const auto& name : q.names) {
      if (repeated(name) || !dict_code.empty()) continue;
      // An acronym the text spells out is that body's, no firm listed
      // under the same letters and a legal form (ASA_LIMITED_).
      if (spelt_out(name)) continue;
      const auto& words = words_of(name);
      if (words.empty()) continue;
      const std::string phrase = join(words);
      // And the other way round: a wire headline's "ELMFORD CO" is the
      // multinational Phoenix lists as ELMFORD_.
      if (words.size() >= 2 && std::find(std::begin(kForms), std::end(kForms), words.back()) != std::end(kForms)) {
        Fit fit = Fit::kNone;
        std::string c = lookup_actor(dicts_, join(std::vector<std::string>(words.begin(), words.end() - 1)), date, fit);
        if (c.size() >= 6 && c.compare(0, 3, "MNC") == 0 && !country_of(std::string_view(c).substr(3)).empty() &&
            fit != Fit::kExpired) {
          dict_code = std::move(c);
          dict_fit = fit;
          continue;
        }
      }
      for (std::string_view form : kForms) {
        Fit fit = Fit::kNone;
        std::string c = lookup_actor(dicts_, phrase + " " + std::string(form), date, fit);
        if (c.size() < 6 || c.compare(0, 3, "MNC") != 0 || country_of(std::string_view(c).substr(3)).empty() ||
            fit == Fit::kExpired)
          continue;
        dict_code = std::move(c);
        dict_fit = fit;
        break;
      }
    }
  }
  if (dict_code.empty() && q.type == "ORG"sv) {
    // A body named after its country's name ("the US Federal Reserve", "the
    // UK Treasury"): the country says whose it is, which the entry of the
    // rest ("FEDERAL_RESERVE" USAGOVBUS) says too when both agree. Phoenix
    // spells such names "U.S._" only.
    for (const auto& name : q.names) {
      if (repeated(name)) continue;
      const auto& words = words_of(name);
      const size_t space = name.find(' ');
      if (words.size() < 2 || space == std::string::npos) continue;
      const auto hit = countries_.find(std::string_view(name).substr(0, space));
      if (hit.country < 0 || hit.kind != geo::CountryNameKind::kName) continue;
      Fit fit = Fit::kNone;
      std::string c = lookup_actor(dicts_, join(words, 1), date, fit);
      if (c.empty() || fit == Fit::kExpired) continue;
      if (country_of(c) != countries_.countries()[static_cast<size_t>(hit.country)].cameo) continue;
      dict_code = std::move(c);
      dict_fit = fit;
      break;
    }
  }
  if (dict_code.empty() && (q.name_agents || q.type == "NORP"sv)) {
    // An organisation the name tagger ran on into a title or a generic noun
    // ("Labour MP", "G7 Group"; tagged NORP too: "some Labour MPs"): a named
    // body with a role of its own, then only agent phrases, is that body. A country so followed is not one
    // ("British Chambers of Commerce").
    for (const auto& name : q.names) {
      if (repeated(name)) continue;
      const auto& words = words_of(name);
      // The body may follow one more word the tagger took in ("Veteran
      // Labour MP" at a sentence's start).
      for (size_t from = 0; from < 2 && from + 2 <= words.size() && dict_code.empty(); ++from)
      for (const auto& d : dicts_.actors) {
        size_t len = 0;
        const auto hits = d.longest_match(words, from, len);
        if (len == 0 || from + len >= words.size()) continue;
        len += from;
        Fit fit = Fit::kNone;
        std::string c = best_code(d, hits, date, fit);
        if (c.size() <= 3 || fit == Fit::kExpired) continue;
        // "Labour's pre-election ...": a body named as the owner of what the
        // tagger ran on into is that body, whatever follows.
        if (owner_word(name, len - 1)) {
          dict_code = std::move(c);
          dict_fit = fit;
          break;
        }
        size_t i = len;
        while (i < words.size()) {
          if (words[i] == "GROUP" || words[i] == "GROUPS") {
            ++i;
            continue;
          }
          size_t l = 0;
          for (const auto& a : dicts_.agents) {
            size_t al = 0;
            a.longest_match(words, i, al);
            l = std::max(l, al);
          }
          if (l == 0) break;
          i += l;
        }
        if (i < words.size()) continue;
        dict_code = std::move(c);
        dict_fit = fit;
        break;
      }
      if (!dict_code.empty()) break;
    }
  }
  if (dict_code.empty()) {
    // Country names and demonyms the dictionaries lack ("UK"): the country table.
    for (const auto& name : q.names) {
      if (repeated(name)) continue;
      const auto hit = countries_.find(name);
      if (hit.country < 0 || hit.kind == geo::CountryNameKind::kCapital) continue;
      // A person is no people: "Mr German" is not DEU.
      if (q.type == "PERSON"sv && hit.kind == geo::CountryNameKind::kDemonym && name.find(' ') == std::string::npos) continue;
      dict_code = countries_.countries()[static_cast<size_t>(hit.country)].cameo;
      dict_fit = Fit::kUndated;
      break;
    }
  }
  if (dict_code.empty() && q.type == "ORG"sv) {
    // "Bank of Mexico": a central bank is its country's GOVBUS.
    for (const auto& name : q.names) {
      if (repeated(name)) continue;
      const std::string place = central_bank_place(words_of(name));
      if (place.empty()) continue;
      const auto hit = countries_.find(place);
      if (hit.country < 0 || hit.kind != geo::CountryNameKind::kName) continue;
      dict_code = countries_.countries()[static_cast<size_t>(hit.country)].cameo + "GOVBUS";
      dict_fit = Fit::kUndated;
      break;
    }
  }
  bool from_group = false;
  if (dict_code.empty() && q.type == "NORP"sv) {
    // A religious or ethnic group named alone ("Jews", "Buddhists"): CAMEO
    // codes it by its own group code, which PETRARCH2 lists as an agent.
    for (const auto& name : q.names) {
      if (repeated(name)) continue;
      const std::string group = group_code(name);
      if (group.empty()) continue;
      dict_code = group;
      dict_fit = Fit::kUndated;
      from_group = true;
      break;
    }
  }
  const bool expired = dict_fit == Fit::kExpired;
  // A valid entry is the code, and the role words are read only where they
  // can add to it: a person whose entry is a country alone (PRK + MIL).
  const bool roles_matter = dict_code.empty() || expired || (dict_code.size() == 3 && q.type == "PERSON"sv);
  RoleEvidence role = roles_matter ? read_roles(q.roles, date, false) : RoleEvidence{};
  // Only a person leaves an office: "the ex-chief of [Bank of Arnor]"
  // gives the bank nothing.
  if (role.former && q.type != "PERSON"sv) role.agent.clear();
  // "Mr Justice Forbes", "Lady Justice Hale": the title is the English
  // bench's own (High Court, Court of Appeal), so the judge is a British
  // judge whatever else the sentence names.
  if (q.type == "PERSON"sv && dict_code.empty()) {
    for (const auto& name : q.names) {
      if (name.starts_with("Mr Justice ") || name.starts_with("Mrs Justice ") || name.starts_with("Lord Justice ") ||
          name.starts_with("Lady Justice ")) {
        role.country = "GBR";
        role.agent = "JUD";
        role.affiliation.clear();
        break;
      }
    }
  }
  if (q.type == "GPE"sv) {
    // A place holds no role: titles and bodies in the words before it are
    // someone else's ("the party's Bournemouth conference", "an official in
    // Europe"); only a country there still places it.
    const std::string c = role.country;
    role = RoleEvidence{};
    role.country = c;
  }
  if (q.name_agents && roles_matter) {
    // The agent words of an organisation's own name ("Court of Appeal",
    // "Northumbria Police"); named actors inside it are not its affiliation
    // ("Federal Labour Agency" is no Labour Party body). They beat the words
    // before the name, which may be another's title ("director general of
    // the British Chambers of Commerce").
    RoleEvidence own = read_roles(q.names, date, true);
    // Civilians in a body's name say whom it serves, not what it is: the
    // "Pensioners' Advice Agency" is a government agency, not CVL, so the head
    // noun below decides.
    if (own.agent == "CVL") own.agent.clear();
    if (!own.agent.empty()) {
      role.agent = own.agent;
      role.agent_words = own.agent_words;
    }
    // The country a state body's own name opens with ("the [British Foreign
    // Aid Ministry]") beats one the words before it name, another body's in
    // a list ("by the Indian ministry and the ...").
    // (A firm's name may open with a market it trades in.)
    const bool state_body = own.agent.starts_with("GOV") || own.agent == "LEG" || own.agent == "MIL" ||
                            own.agent == "JUD" || own.agent == "COP";
    if (role.country.empty() || is_cameo_group(own.agent) || (state_body && !own.country.empty()))
      role.country = own.country;
    // A religious group ("Muslims", "Muslim Council") takes a country only
    // from its own name ("British Muslims"), not from the words around it.
    if (own.agent.empty() && dict_code.empty()) {
      // No agent phrase in the name: its head noun may still say what the
      // body is ("Law Commission": GOV), over the words around it.
      for (const auto& name : q.names) {
        const std::string head = organisation_head_role(words_of(name));
        if (head.empty()) continue;
        role.agent = head;
        role.agent_words = 1;
        role.affiliation.clear();  // "the Labour-run Highland Council" is the council
        break;
      }
    }
  }
  if (q.name_agents && role.agent == "GOV" && dict_code.empty()) {
    for (const auto& name : q.names) {
      const std::string sector = government_sector(words_of(name));
      if (sector.empty()) continue;
      role.agent += sector;
      break;
    }
  }
  std::string country, agent;
  if (!dict_code.empty() && !expired) {
    out.source = "dictionary";
    if (dict_code.size() == 3 && country_of(dict_code) == dict_code && !role.agent.empty() && q.type == "PERSON"sv) {
      out.code = dict_code + role.agent;
      out.source = "dictionary+role";
    } else {
      out.code = dict_code;
    }
  } else {
    // Expired entry: its country holds; the stated role supplies the agent.
    country = !dict_code.empty() ? country_of(dict_code) : std::string();
    if (country.empty()) country = role.country;
    if (!role.employer.empty() && country_of(dict_code).empty() && q.type == "PERSON"sv) {
      // "Harriet Vane, World Bank country director for [two territories]"
      // is the World Bank's, not the territory's.
      out.code = role.employer;
      out.source = "role";
    } else if (!role.affiliation.empty() && (country.empty() || country_of(role.affiliation) == country)) {
      // An organisation with a role of its own says more than a generic
      // title: "Tory leader Michael Howard" is GBROPP, not GBR + LEADER's GOV.
      out.code = role.affiliation;
      out.source = "affiliation";
      // A region rather than an organisation ("Gibraltar's Chief Minister":
      // GBRGIB) takes the stated role after it, as a country does.
      if (!is_cameo_role(std::string_view(role.affiliation).substr(3)) && !role.agent.empty() && q.type == "PERSON"sv)
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
  if (q.government_sense && (q.type == "GPE"sv || q.type == "ORG"sv)) {
    for (const auto& name : q.names) {
      if (repeated(name)) continue;
      const auto hit = countries_.find(name);
      if (hit.country >= 0 && hit.kind == geo::CountryNameKind::kCapital) {
        out.code = countries_.countries()[static_cast<size_t>(hit.country)].cameo + "GOV";
        out.source = "capital";
        break;
      }
    }
  }
  if (out.code.empty()) return ActorCode{};
  // A bare agent or group code is no country even when its letters are one:
  // Phoenix's Muslim ~MUS is also Mauritius' country code.
  const bool countryless = (out.source == "role" && out.code == role.agent && country.empty()) ||
                           (from_group && out.code == dict_code);
  // A multi-code ("ELR/GAL") is several actors: no one country or role.
  if (out.code.find('/') != std::string::npos) return out;
  // A person the role words tie to a multinational ("the Zorbco manager",
  // "Ann Other of Zorbco") is its officer: business of its country (CAMEO's
  // MNCSYL is the firm, SYLBUS its people), as the firm-officer rule codes
  // one it finds by the title.
  if (q.type == "PERSON"sv && out.source != "dictionary"sv && out.code.size() >= 6 && out.code.compare(0, 3, "MNC") == 0 &&
      !country_of(std::string_view(out.code).substr(3)).empty()) {
    out.code = out.code.substr(3, 3) + "BUS";
    out.source += "+firm";
  }
  out.country = countryless ? std::string() : country_of(out.code);
  out.role = out.country.empty() ? std::string() : out.code.substr(3);
  if (out.country.empty() && out.code.size() >= 3) out.role = out.code;
  return out;
}

std::string entity_key(std::string_view name, std::string_view code) {
  // One allocation: room for the name, the bar and the code.
  std::string k;
  k.reserve(name.size() + 1 + code.size());
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
  if (!code.empty()) k.append(1, '|').append(code);
  return k;
}

}  // namespace chronicle::actor
