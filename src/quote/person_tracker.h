// Person tracker: a light record of the people an article has named so far,
// so that "he said" and "the secretary of state said" can be given a name
// when no entity stage has run (or to find the entity when it has).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "text/ascii_case.h"

namespace chronicle::quote {

// "Mr", "Mrs", "Dr", "Sir", ... : kept in a name ("Mr Haddad").
bool is_honorific(std::string_view lower);
// Job words that may stand before a name or be a speaker on their own:
// "secretary", "minister", "chancellor", "spokesman", ...
bool is_title_word(std::string_view lower);
// 'm' for he/him, 'f' for she/her, 'p' for they/we/I (plural or unknown), 'n' for it, 0 when not a pronoun.
char pronoun_gender(std::string_view lower);
// Words that make a capitalised run an organisation or place: "party", "department", ...
bool is_org_word(std::string_view lower);

// ASCII lower case, as std::tolower in the "C" locale; inline because the
// stage lowers nearly every word it looks at, several times over.
inline std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  return out;
}

using text::lower_in;  // text/ascii_case.h

// True when `office` ("chancellor", "prime minister") is among `titles` (" shadow
// chancellor ", space-separated lower-case job words) as the office itself, not
// only as a lesser one beside it: "shadow chancellor" and "deputy prime minister"
// do not hold "the chancellor" or "the prime minister".
bool holds_office(std::string_view titles, std::string_view office);

// The type the entity stage gave a name mention inside bytes [start, end)
// ("PERSON", "ORG", ...), empty when it gave none or has not run.
std::string_view entity_type_at(const Document& doc, uint32_t start, uint32_t end);

struct Person {
  std::string name;     // words of the latest mention, titles stripped: "Omar Haddad", "Ms Ruiz"
  std::string surname;  // lower case last word of the name: "haddad"
  std::string titles;   // lower-case job words seen with the name: " us secretary of state "
  char gender = 0;      // 'm' | 'f' | 0 unknown
  bool person = false;  // a person's name (two words, an honorific or a job title), not an organisation
  bool plural = false;  // a plural noun phrase ("richest countries"): never an "it"
  uint32_t start = 0;   // byte span of the latest mention
  uint32_t end = 0;
  uint32_t last_seen = 0;  // order of the latest mention (higher is later)
  uint32_t salient_at = 0;  // order of the latest time it spoke or was a sentence's subject, 0 never
  uint32_t salient_sentence = 0;
};

// Thread safety: one tracker per document, used by one thread.
class PersonTracker {
 public:
  // Records a name mention [first, last) of tokens (titles before it already
  // split off by the caller as `title_words`) and returns the person's index.
  size_t observe(const Document& doc, uint32_t first, uint32_t last, std::string_view title_words);

  // Scans tokens [first, last) (skipping those flagged in `skip`) for name runs
  // ("Ms Ruiz", "Prime Minister Lena Fisk", "Omar Haddad") and observes them;
  // a name or job title that opens sentence `sentence` ([first, ...) starting it
  // when `at_start`) is its subject and made salient.
  void observe_tokens(const Document& doc, uint32_t first, uint32_t last, const std::vector<int32_t>& skip,
                      bool at_start, uint32_t sentence);

  // Marks `person` as salient in `sentence`: it spoke there or is its subject.
  // A he/she pronoun also fixes the gender.
  void spoke(size_t person, char gender, uint32_t sentence);

  // Who spoke or was a subject when: saved before a mention that should leave
  // it as it was ("..., according to our correspondent, ..."), restored after.
  std::vector<uint32_t> salience() const;
  void restore_salience(const std::vector<uint32_t>& saved);

  // Not a person (an organisation, a report, "the committee").
  void mark_org(size_t person) { people_[person].person = false; }
  // A person known by a job word only ("a Home Office spokesman"): "he" may be them.
  void mark_person(size_t person) { people_[person].person = true; }
  void mark_plural(size_t person) { people_[person].plural = true; }

  // The person (gender 'm', 'f' or 0 for either) who spoke or was a subject
  // latest, in this or the two sentences before. -1 when none.
  int resolve_salient_person(char gender, uint32_t sentence) const;

  // What a pronoun of `gender` in `sentence` most likely refers to (he/she:
  // people; it: organisations; they: any): the latest compatible one that
  // spoke or was a subject in this or the two sentences before, else the
  // latest compatible one named. -1 when none.
  int resolve_pronoun(char gender, uint32_t sentence) const;

  // The organisation (not a person, not plural) that spoke or was a subject
  // latest, in this or the two sentences before: what "the company said"
  // names again. -1 when none.
  int resolve_salient_org(uint32_t sentence) const;

  // The latest person who holds `title` ("secretary") by holds_office. -1 when none.
  int resolve_title(std::string_view title) const;

  int find_surname(std::string_view lower) const;

  const Person& person(size_t i) const { return people_[i]; }

 private:
  std::vector<Person> people_;
  std::vector<size_t> speakers_;  // in the order they spoke
  uint32_t clock_ = 0;
};

// The name part of tokens [first, last): leading job words are dropped
// (returned in `titles`, lower case), an honorific directly before the
// name is kept. Returns the new first token.
uint32_t strip_titles(const Document& doc, uint32_t first, uint32_t last, std::string* titles);

// " port leader " for "Port leader Ana Ruiz": the job words (tagged nouns and
// adjectives, at least one of them a title word) just before token `first`,
// not before `lo`; "" when none.
std::string job_words_before(const Document& doc, uint32_t first, uint32_t lo, const std::vector<int32_t>& skip);

// True for a token that can be part of a name: PROPN when tagged, else a capitalised word.
bool is_name_token(const Document& doc, uint32_t i);

// Widens [a, b) within [lo, hi) to the whole name run: name tokens, honorifics,
// "of" between name words ("Secretary of State Ana Ruiz") and pieces glued
// by a hyphen or apostrophe without spaces ("Jean-Marc", "Dunne-O'Hara").
// Tokens with skip[i] >= 0 are never taken.
void name_run(const Document& doc, uint32_t lo, uint32_t hi, const std::vector<int32_t>& skip, uint32_t& a,
              uint32_t& b);

}  // namespace chronicle::quote
