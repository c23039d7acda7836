// CAMEO actor coding of one entity from its names, the role words the text
// gives it and the document date.
//
// Order of evidence:
//  1. A discard phrase among the names: no code.
//  2. A dictionary entry for a name (user dictionaries first, then the
//     shipped ones). A code valid on the document date wins, else the
//     undated code. If every dated code has expired, only the entry's
//     country still holds.
//  3. Role words ("US Secretary of State", "the head of the State
//     Department's Korea desk"): the first country or organisation actor in
//     them gives the country, the longest agent phrase gives the role
//     ("SECRETARY OF STATE" -> ~GOV), except that a generic title yields to
//     the body it heads ("director of the Chambers of Commerce": BUS), a
//     modifier yields to the title after it ("deputy planning director"),
//     and an actor inside a longer name gives only its country ("Federal
//     Labour Agency"); in an organisation's own name the head noun's
//     phrase gives the role ("Fire Brigades Union": LAB). Role words a
//     person's name starts with ("Tory co-chairman Liam Fox") are read as a
//     role, the rest as the name.
//  4. A role the text states beats an expired entry (National Security
//     Adviser John Bolton in 2018 is USA + the adviser's agent code), and an
//     entry that is only a country gets the role appended (CAMEO's
//     country + agent: PRK + MIL = PRKMIL).
//  5. A capital in its government sense ("Washington said") is that
//     country's GOV.
// Thread safety: const, any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "geo/country_table.h"
#include "rules/compiled_dictionary.h"

namespace chronicle::actor {

struct ActorDictionaries {
  std::vector<rules::CompiledDictionary> actors;    // searched in order: user files first
  std::vector<rules::CompiledDictionary> agents;
  std::vector<rules::CompiledDictionary> discards;
};

struct ActorQuery {
  std::vector<std::string> names;  // canonical name and name mentions
  std::string type;                // PERSON | ORG | GPE | NORP | ...
  std::vector<std::string> roles;  // titles and descriptions near the mentions
  std::string date;                // document date yyyy-mm-dd, empty when unknown
  bool government_sense = false;   // a place standing for its government
  bool name_agents = false;        // an organisation: agent words of its names count as its role
};

// Upper-case dictionary words of a text: possessive "'s" dropped, outer
// punctuation stripped ("Department's" -> DEPARTMENT, "U.S." stays).
std::vector<std::string> dictionary_words(std::string_view text);
// The one dictionary word of a token, as dictionary_words gives it; false
// when it gives none or several. No vector: it runs on every token scanned.
bool dictionary_word(std::string_view token, std::string& word);

class ActorCoder {
 public:
  ActorCoder(const ActorDictionaries& dictionaries, const geo::CountryTable& countries)
      : dicts_(dictionaries), countries_(countries) {}

  // An empty code when nothing warrants one.
  ActorCode code(const ActorQuery& query) const;

  // The CAMEO religious group code ("JEW", "MOS") of a name that is wholly
  // an agent phrase with such a code ("Jews"); empty otherwise.
  std::string group_code(std::string_view name) const;

  // The agent code (without '~') of a name that is wholly one agent phrase
  // ("Cabinet": GOV, "Jews": JEW); empty otherwise.
  std::string whole_agent_code(std::string_view name) const;

 private:
  struct RoleEvidence {
    std::string country;  // CAMEO country code
    std::string agent;    // agent code without '~' ("GOV", "MILSPY")
    std::string actor;    // a full actor code found in the role words
    std::string affiliation;  // the first of them with a role of its own ("Tory" -> GBROPP)
    size_t agent_words = 0;
    bool agent_generic = false;  // a title that does not say what it heads ("director")
    bool former = false;         // the agent is ELI for an office no longer held
    // An international or other non-state body named before any country
    // ("World Bank country director"): the one a person works for.
    std::string employer;
  };
  bool starts_agent(const std::vector<std::string>& words, size_t i) const;
  bool starts_actor(const std::vector<std::string>& words, size_t i) const;
  // How many leading words of a name (as written) are role words: up to the
  // last lower-case word or agent phrase that more words follow.
  size_t leading_role_words(const std::vector<std::string>& cased) const;
  // Dictionary codes are picked for `date`; `agents_only` skips named actors.
  RoleEvidence read_roles(const std::vector<std::string>& roles, uint32_t date, bool agents_only) const;
  std::string country_of(std::string_view code) const;
  const ActorDictionaries& dicts_;
  const geo::CountryTable& countries_;
};

// True for CAMEO role codes that stand after a country (GOV, OPP, MIL, ...),
// false for primary non-state codes (IGO, NGO, MNC) and region codes.
bool is_cameo_role(std::string_view code);

// True for CAMEO's religion codes, which stand first like a country (JEW,
// MOS, CHR, BUD, HIN, ...).
bool is_cameo_group(std::string_view code);

// "mike pompeo|USAGOV": the lower-cased name and the code (DESIGN.md §2);
// the name alone when there is no code.
std::string entity_key(std::string_view name, std::string_view code);

}  // namespace chronicle::actor
