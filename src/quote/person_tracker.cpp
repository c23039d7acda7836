#include "quote/person_tracker.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace chronicle::quote {

namespace {

constexpr std::string_view kHonorifics[] = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof",
                                            "baroness", "baron", "rev", "mr.", "mrs.", "ms.", "dr."};
constexpr std::string_view kTitles[] = {
    "secretary", "minister", "president", "chancellor", "spokesman", "spokeswoman", "spokesperson", "leader",
    "chairman", "chairwoman", "chair", "chief", "executive", "director", "governor", "senator", "mayor",
    "ambassador", "envoy", "adviser", "advisor", "commissioner", "premier", "king", "queen", "prince",
    "princess", "general", "judge", "professor", "prof", "deputy", "shadow", "state", "prime", "foreign",
    "home", "mp", "mep", "councillor", "economist", "analyst", "official", "head", "boss", "founder",
    "attorney", "speaker", "chairperson", "vice", "treasurer", "manager", "officer", "spokesmen", "cardinal",
    "archbishop", "bishop", "rabbi", "qc", "msp", "correspondent", "editor", "lawyer", "pope"};
// Words that make a capitalised run an organisation or place, not a person.
constexpr std::string_view kNotPerson[] = {
    "party", "department", "ministry", "council", "office", "bank", "committee", "commission", "union",
    "association", "group", "house", "court", "company", "corporation", "inc", "ltd", "plc", "university",
    "street", "government", "parliament", "news", "agency", "board", "trust", "service", "fund", "organisation",
    "organization", "federation", "institute", "times", "post", "club", "airlines", "motors", "kingdom",
    "states", "korea", "britain", "england", "scotland", "wales", "europe", "america", "china", "city", "bbc",
    "radio", "tv", "itv", "gmtv", "channel", "reuters", "programme", "cathedral", "church", "hospital", "school",
    "palace", "hall", "abbey", "inquiry", "act", "review", "report", "conference", "watch", "concern", "labour",
    "conservatives", "tories", "democrats", "executive", "stockbrokers", "securities", "holdings", "lib", "dem",
    "dems", "tory", "nhs", "eu", "un", "g8", "g7", "imf", "oecd", "opec", "mass", "day", "christmas", "budget",
    "prize", "award", "cup", "festival", "week", "port", "authority", "airport", "airways", "police", "center",
    "centre"};

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// A word list sorted once, for the lists asked about nearly every capitalised
// word (a binary search, not a scan of a hundred words).
template <size_t N>
std::array<std::string_view, N> sorted(const std::string_view (&list)[N]) {
  std::array<std::string_view, N> a;
  std::copy(std::begin(list), std::end(list), a.begin());
  std::sort(a.begin(), a.end());
  return a;
}

template <size_t N>
bool in_sorted(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::binary_search(list.begin(), list.end(), w);
}

}  // namespace

std::string_view entity_type_at(const Document& doc, uint32_t start, uint32_t end) {
  for (const Entity& e : doc.entities)
    for (const EntityMention& m : e.mentions)
      if (m.start < end && start < m.end && m.kind == "name") return e.type;  // the cheap test first
  return {};
}

bool is_honorific(std::string_view lower) { return in(kHonorifics, lower); }
bool is_title_word(std::string_view lower) {
  static const auto titles = sorted(kTitles);
  return in_sorted(titles, lower);
}
bool is_org_word(std::string_view lower) {
  static const auto not_person = sorted(kNotPerson);
  return in_sorted(not_person, lower);
}

bool holds_office(std::string_view titles, std::string_view office) {
  static constexpr std::string_view kLesser[] = {"shadow", "deputy", "vice", "former", "assistant", "junior", "ex"};
  std::string key(1, ' ');
  key.append(office);
  key.push_back(' ');
  for (size_t at = titles.find(key); at != std::string_view::npos; at = titles.find(key, at + 1)) {
    const size_t before = titles.rfind(' ', at == 0 ? 0 : at - 1);
    const std::string_view word = at == 0 || before == std::string_view::npos ? std::string_view()
                                                                              : titles.substr(before + 1, at - before - 1);
    if (!in(kLesser, word)) return true;
  }
  return false;
}

char pronoun_gender(std::string_view w) {
  if (w == "he" || w == "him") return 'm';
  if (w == "she" || w == "her") return 'f';
  if (w == "they" || w == "we" || w == "i") return 'p';
  return 0;
}

namespace {

bool capitalised(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  return t.kind == TokenKind::kWord && std::isupper(static_cast<unsigned char>(doc.text[t.start])) != 0;
}

// "The UK's biggest producer": a possessor is not the sentence's subject.
bool possessive(const Document& doc, uint32_t i, uint32_t last) {
  if (i >= last) return false;
  const std::string_view t = doc.token_text(doc.tokens[i]);
  return t == "'s" || t == "\xE2\x80\x99s" || t == "'";
}

// "On Monday, defence lawyer Omar Haddad tried ...": by the parse, a word of
// tokens [a, b) is the subject of its sentence's main verb, wherever it stands.
bool subject_of_main_verb(const Document& doc, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; ++i) {
    const Token& t = doc.tokens[i];
    if (t.deprel != "nsubj" || t.head < 0) continue;
    if (doc.tokens[static_cast<size_t>(t.head)].head == -1) return true;
  }
  return false;
}

bool honorific_at(const Document& doc, uint32_t i) {
  return capitalised(doc, i) && is_honorific(to_lower(doc.token_text(doc.tokens[i])));
}

}  // namespace

bool is_name_token(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  if (t.upos.empty()) return capitalised(doc, i);
  if (t.upos == "PROPN") return true;
  // The tagger reads a sentence-initial "Lord Dubs agreed" as two nouns; an
  // honorific and the capitalised word after it are a name whatever the tags.
  if (!capitalised(doc, i)) return false;
  const size_t n = doc.tokens.size();
  if (honorific_at(doc, i)) return i + 1 < n && capitalised(doc, i + 1) && !honorific_at(doc, i + 1);
  return i > 0 && honorific_at(doc, i - 1) && doc.tokens[i - 1].sentence == t.sentence;
}

uint32_t strip_titles(const Document& doc, uint32_t first, uint32_t last, std::string* titles) {
  // Drop leading job words and the "of"/"and" between them: "Fisheries Minister of State Ana Ruiz".
  uint32_t name_first = first;
  for (uint32_t i = first; i + 1 < last; ++i) {
    const std::string w = to_lower(doc.token_text(doc.tokens[i]));
    // "of", "and", "the" join job words only ("Secretary of State"), not a name to
    // an organisation ("Lena Fisk of Morrow Capital").
    const bool joins_titles = (w == "of" || w == "and" || w == "the") && name_first == i;
    if (is_title_word(w) || joins_titles || w == "us" || w == "uk" || w == "eu") {
      name_first = i + 1;
    }
  }
  if (name_first > first && name_first < last) {
    const std::string before = to_lower(doc.token_text(doc.tokens[name_first - 1]));
    if (is_honorific(before)) --name_first;
  }
  // "Bishop of Elmford Dr Ivo Brandt": a name starts at its honorific.
  for (uint32_t i = name_first + 1; i + 1 < last; ++i) {
    if (is_honorific(to_lower(doc.token_text(doc.tokens[i])))) {
      name_first = i;
      break;
    }
  }
  if (titles) {
    for (uint32_t i = first; i < name_first; ++i) {
      *titles += ' ';
      *titles += to_lower(doc.token_text(doc.tokens[i]));
    }
    *titles += ' ';
  }
  return name_first;
}

std::string job_words_before(const Document& doc, uint32_t first, uint32_t lo, const std::vector<int32_t>& skip) {
  uint32_t a = first;
  bool job = false;
  while (a > lo && first - a < 4 && skip[a - 1] < 0) {
    const Token& t = doc.tokens[a - 1];
    if (t.sentence != doc.tokens[first].sentence || t.kind != TokenKind::kWord) break;
    if (t.upos != "NOUN" && t.upos != "ADJ" && !(t.upos == "PROPN" && is_title_word(to_lower(doc.token_text(t))))) break;
    job = job || is_title_word(to_lower(doc.token_text(t)));
    --a;
  }
  if (!job) return {};
  std::string out;
  for (uint32_t i = a; i < first; ++i) {
    out += ' ';
    out += to_lower(doc.token_text(doc.tokens[i]));
  }
  return out + ' ';
}

size_t PersonTracker::observe(const Document& doc, uint32_t first, uint32_t last, std::string_view title_words) {
  const Token& lt = doc.tokens[last - 1];
  std::string surname = to_lower(doc.token_text(lt));
  const std::string first_word = to_lower(doc.token_text(doc.tokens[first]));
  int found = find_surname(surname);
  const size_t idx = found >= 0 ? static_cast<size_t>(found) : people_.size();
  if (found < 0) {
    Person p;
    p.name = std::string(doc.span_text(doc.tokens[first].start, lt.end));
    p.surname = surname;
    p.titles = " ";
    people_.push_back(std::move(p));
  }
  Person& p = people_[idx];
  p.name = std::string(doc.span_text(doc.tokens[first].start, lt.end));  // the latest words for them
  if (!title_words.empty()) p.titles.append(title_words);
  // Two name words or an honorific make a person; a lone word or an organisation may not be.
  bool org = false;
  for (uint32_t i = first; i < last; ++i) org = org || is_org_word(to_lower(doc.token_text(doc.tokens[i])));
  // The entity stage's type, except over an honorific ("Lord Falconer" is a person whatever it says).
  std::string_view type = entity_type_at(doc, doc.tokens[first].start, lt.end);
  if (is_honorific(first_word)) type = {};
  if (!type.empty() && type != "PERSON") org = true;
  const bool has_title = title_words.find_first_not_of(' ') != std::string_view::npos;
  if (!org && (last - first >= 2 || is_honorific(first_word) || has_title)) p.person = true;
  if (!type.empty() && type != "PERSON") p.person = false;
  if (first_word == "mr" || first_word == "sir" || first_word == "lord") p.gender = 'm';
  if (first_word == "mrs" || first_word == "ms" || first_word == "miss" || first_word == "lady" ||
      first_word == "dame" || first_word == "baroness")
    p.gender = 'f';
  p.start = doc.tokens[first].start;
  p.end = lt.end;
  p.last_seen = ++clock_;
  return idx;
}

void PersonTracker::observe_tokens(const Document& doc, uint32_t first, uint32_t last,
                                   const std::vector<int32_t>& skip, bool at_start, uint32_t sentence) {
  // The sentence's subject: its first name or "the <job>" ("The bishop used ...").
  if (at_start && first < last && skip[first] < 0) {
    uint32_t f = first;
    const std::string w0 = to_lower(doc.token_text(doc.tokens[f]));
    if ((w0 == "the" || w0 == "a") && f + 1 < last && !is_name_token(doc, f + 1)) {
      const int p = resolve_title(to_lower(doc.token_text(doc.tokens[f + 1])));
      if (p >= 0 && f + 2 < last && doc.tokens[f + 2].kind == TokenKind::kWord) spoke(static_cast<size_t>(p), 0, sentence);
    }
  }
  bool first_run = at_start;
  for (uint32_t i = first; i < last;) {
    if (skip[i] >= 0 || !is_name_token(doc, i)) {
      // "The", "But", "However," before the subject still leave it first.
      if (!lower_in(doc.token_text(doc.tokens[i]), {"the", "but", "however", ",", "and"})) first_run = false;
      ++i;
      continue;
    }
    uint32_t a = i, j = i + 1;
    name_run(doc, i, last, skip, a, j);
    std::string titles;
    const uint32_t name_first = strip_titles(doc, i, j, &titles);
    bool person = false;
    const std::string w0 = to_lower(doc.token_text(doc.tokens[name_first]));
    const uint32_t len = j - name_first;
    if (is_honorific(w0) && len >= 2) person = true;
    if (len >= 2 && len <= 5) person = true;
    if (len == 1 && find_surname(to_lower(doc.token_text(doc.tokens[name_first]))) >= 0) person = true;
    if (is_title_word(to_lower(doc.token_text(doc.tokens[j - 1])))) person = false;  // "Green MP"
    for (uint32_t k = name_first; k < j && person; ++k) {
      const std::string lowered = to_lower(doc.token_text(doc.tokens[k]));
      const std::string_view w = lowered;
      if (is_org_word(w) || w == "of") person = false;
    }
    // The entity stage knows "UK Coal" is a company, whatever its shape.
    std::string_view type = entity_type_at(doc, doc.tokens[name_first].start, doc.tokens[j - 1].end);
    if (is_honorific(w0)) type = {};
    if (!type.empty() && type != "PERSON") person = false;
    if (person) {
      if (name_first == i) titles += job_words_before(doc, i, first, skip);
      const size_t idx = observe(doc, name_first, j, titles);
      if (first_run || subject_of_main_verb(doc, name_first, j)) spoke(idx, 0, sentence);
    } else if (first_run && titles.find_first_not_of(' ') == std::string::npos && !possessive(doc, j, last) &&
               !is_title_word(to_lower(doc.token_text(doc.tokens[j - 1]))) &&
               (type == "ORG" || is_org_word(to_lower(doc.token_text(doc.tokens[j - 1]))))) {
      // "Reuters beat forecasts", "The EU sought to ...": an organisation that is
      // the sentence's subject is what a later "it" or "the company" names again
      // (not a job title such as "Secretary of State").
      const size_t idx = observe(doc, name_first, j, {});
      mark_org(idx);
      spoke(idx, 0, sentence);
    }
    first_run = false;
    i = j;
  }
}

namespace {

bool is_name_particle(std::string_view w) {
  return w == "van" || w == "den" || w == "der" || w == "de" || w == "la" || w == "von" || w == "da" || w == "di" ||
         w == "du" || w == "del" || w == "le" || w == "bin" || w == "al";
}

}  // namespace

void name_run(const Document& doc, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q, uint32_t& a, uint32_t& b) {
  auto lower_at = [&](uint32_t i) { return to_lower(doc.token_text(doc.tokens[i])); };
  auto glued = [&](uint32_t i) {  // token i joins i-1 and i+1 with no space
    if (i <= lo || i + 1 >= hi || q[i] >= 0 || q[i + 1] >= 0) return false;
    const std::string_view t = doc.token_text(doc.tokens[i]);
    return (t == "-" || t == "'" || t == "\xE2\x80\x99") && !doc.tokens[i - 1].space_after && !doc.tokens[i].space_after &&
           doc.tokens[i + 1].kind == TokenKind::kWord;
  };
  auto part = [&](uint32_t i) {
    if (q[i] >= 0) return false;
    if (is_name_token(doc, i) || is_honorific(lower_at(i))) return true;
    if (glued(i)) return true;
    if (i > lo && glued(i - 1)) return true;  // the piece after a hyphen may be tagged otherwise
    // "Nick Van den Brul", "Ana de la Torre": lower-case particles inside a name.
    if (is_name_particle(lower_at(i)) && i > lo && i + 1 < hi && q[i + 1] < 0) {
      uint32_t k = i + 1;
      while (k + 1 < hi && q[k] < 0 && is_name_particle(lower_at(k)) && doc.tokens[k].kind == TokenKind::kWord) ++k;
      if (is_name_token(doc, k) && (is_name_token(doc, i - 1) || is_name_particle(lower_at(i - 1)))) return true;
    }
    return i + 1 < hi && q[i + 1] < 0 && lower_at(i) == "of" && is_name_token(doc, i + 1) && i > lo &&
           is_name_token(doc, i - 1);
  };
  while (a > lo && part(a - 1)) --a;
  while (b < hi && part(b)) ++b;
  while (b > a + 1 && (lower_at(b - 1) == "of" || doc.tokens[b - 1].kind != TokenKind::kWord)) --b;
  while (a + 1 < b && doc.tokens[a].kind != TokenKind::kWord) ++a;
}

void PersonTracker::spoke(size_t person, char gender, uint32_t sentence) {
  Person& p = people_[person];
  if ((gender == 'm' || gender == 'f') && p.gender == 0) p.gender = gender;
  p.last_seen = ++clock_;
  p.salient_at = clock_;
  p.salient_sentence = sentence;
}

std::vector<uint32_t> PersonTracker::salience() const {
  std::vector<uint32_t> saved;
  saved.reserve(people_.size() * 2);
  for (const Person& p : people_) {
    saved.push_back(p.salient_at);
    saved.push_back(p.salient_sentence);
  }
  return saved;
}

void PersonTracker::restore_salience(const std::vector<uint32_t>& saved) {
  for (size_t i = 0; i < people_.size(); ++i) {
    const bool known = 2 * i + 1 < saved.size();
    people_[i].salient_at = known ? saved[2 * i] : 0;
    people_[i].salient_sentence = known ? saved[2 * i + 1] : 0;
  }
}

int PersonTracker::resolve_pronoun(char gender, uint32_t sentence) const {
  auto fits = [&](const Person& p) {
    if (gender == 'n') return !p.person && !p.plural;
    if (gender == 'p') return true;
    return p.person && (p.gender == 0 || p.gender == gender);
  };
  // News copy's "he said" is the person just quoted or just the subject,
  // not whoever was named last in passing.
  int best = -1;
  for (size_t i = 0; i < people_.size(); ++i) {
    const Person& p = people_[i];
    if (!fits(p) || p.salient_at == 0 || p.salient_sentence + 2 < sentence) continue;
    if (best < 0 || p.salient_at > people_[static_cast<size_t>(best)].salient_at) best = static_cast<int>(i);
  }
  if (best >= 0) return best;
  for (size_t i = 0; i < people_.size(); ++i) {
    if (!fits(people_[i])) continue;
    if (best < 0 || people_[i].last_seen > people_[static_cast<size_t>(best)].last_seen) best = static_cast<int>(i);
  }
  return best;
}

int PersonTracker::resolve_salient_person(char gender, uint32_t sentence) const {
  int best = -1;
  for (size_t i = 0; i < people_.size(); ++i) {
    const Person& p = people_[i];
    if (!p.person || p.salient_at == 0 || p.salient_sentence + 2 < sentence) continue;
    if (gender != 0 && p.gender != 0 && p.gender != gender) continue;
    if (best < 0 || p.salient_at > people_[static_cast<size_t>(best)].salient_at) best = static_cast<int>(i);
  }
  return best;
}

int PersonTracker::resolve_salient_org(uint32_t sentence) const {
  int best = -1;
  for (size_t i = 0; i < people_.size(); ++i) {
    const Person& p = people_[i];
    if (p.person || p.plural || p.salient_at == 0 || p.salient_sentence + 2 < sentence) continue;
    if (best < 0 || p.salient_at > people_[static_cast<size_t>(best)].salient_at) best = static_cast<int>(i);
  }
  return best;
}

int PersonTracker::resolve_title(std::string_view title) const {
  int best = -1;
  for (size_t i = 0; i < people_.size(); ++i) {
    if (!holds_office(people_[i].titles, title)) continue;
    if (best < 0 || people_[i].last_seen > people_[static_cast<size_t>(best)].last_seen) best = static_cast<int>(i);
  }
  return best;
}

int PersonTracker::find_surname(std::string_view lower) const {
  for (size_t i = 0; i < people_.size(); ++i)
    if (people_[i].surname == lower) return static_cast<int>(i);
  return -1;
}

}  // namespace chronicle::quote
