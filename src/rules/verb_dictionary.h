// The CAMEO verb dictionary (PETRARCH2's CAMEO.2.0.txt format) as a plain
// data API, for the event coder.
//
// Format:
//   &MILITARY              a synset: the '+' lines that follow are its members
//   +TROOP
//   ---  RUSH   [---]  --- a verb block: name and default code ("---": none)
//   RUSH                   a form line; "{...}" lists irregular forms, else
//   SPEED {SPEEDS SPED }   regular ones are added (-S, -ED, -ING)
//   +CALL_OFF [160]        '+': a multi-word form, optionally with its own code
//   - * AID        [070]   a pattern: '*' the verb, '$' source, '+' target,
//                          '%' compound actor, '&NAME' a synset, '(..)' a
//                          prepositional phrase, '{..}' a noun phrase, '^' skip,
//                          '_' next to '*' a word right before or after the verb
// Codes are kept as written inside the brackets ("042:043", "080!", ":190").
// Thread safety: a VerbDictionary is a plain immutable value after loading.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/status.h"
#include "rules/dictionary_text.h"

namespace chronicle::rules {

enum class PatternTokenKind : uint8_t {
  kWord, kVerb, kSource, kTarget, kCompound, kSynset, kOpenPhrase, kClosePhrase, kOpenNoun, kCloseNoun, kSkip,
  kJoin  // '_' between a word and the verb: "RECENTLY_*", "*_UP" (next to each other)
};

struct PatternToken {
  PatternTokenKind kind = PatternTokenKind::kWord;
  std::string text;  // the word, or the synset name with its '&'
};

struct VerbPattern {
  std::vector<PatternToken> tokens;
  std::string code;
  uint32_t line = 0;
  // What a sentence must hold for the pattern to match, made by
  // VerbDictionary::build_index so the coder rules most patterns out without
  // splitting their words or looking their synsets up (empty before it: then
  // nothing is ruled out). `needed_words`: every plain word of its word tokens
  // ("NEW &TIETYPES RELATIONS": NEW, RELATIONS); `needed_synsets`: per synset
  // token, an index into VerbDictionary::synset_openers, one of whose words
  // must be there (a synset with a member opening with a synset may always
  // start, and is not listed); `unmatchable`: it names an unknown synset.
  std::vector<std::string> needed_words;
  std::vector<uint32_t> needed_synsets;
  bool unmatchable = false;
};

struct VerbForm {
  std::string words;  // normalised ("CALL OFF")
  std::string code;   // its own code, empty when it takes the block's
  bool generated = false;  // a regular form chronicle added
};

struct VerbBlock {
  std::string name;
  std::string code;  // "---" when the block has none
  std::vector<VerbForm> forms;
  std::vector<VerbPattern> patterns;
  uint32_t line = 0;
};

struct VerbDictionary {
  std::map<std::string, std::vector<std::string>> synsets;  // "&MILITARY" -> members
  std::vector<VerbBlock> verbs;
  // Verb block of a form ("SPED" -> the SPEED block's index); -1 when none.
  int32_t block_of(std::string_view form) const;
  std::map<std::string, uint32_t, std::less<>> form_index;
  // The first words of a synset's members (VerbPattern::needed_synsets).
  std::vector<std::vector<std::string>> synset_openers;
  // form_index, and the patterns' needed words and synsets.
  void build_index();
};

void parse_verb_dictionary(std::string_view text, const std::string& file, VerbDictionary& out,
                           DictionaryErrors& errors);

// Blocks from `first_own` on (a dictionary parsed after CAMEO.2.0.txt) whose
// first form an earlier block lists: their patterns go in front of that
// block's, so a pattern with the same words takes the later file's code, and
// a form the later block codes itself ("SUE [115]") takes that code there.
void put_own_patterns_first(VerbDictionary& v, size_t first_own);

// Regular English forms of a verb: "ADD" -> ADDS ADDED ADDING.
std::vector<std::string> regular_verb_forms(const std::string& verb);

// The container (ModelKind::kDictionary, section VERB) and back.
Result<std::string> compile_verbs(const VerbDictionary& verbs, const std::string& source);
Result<VerbDictionary> load_verbs(const std::string& path);

}  // namespace chronicle::rules
