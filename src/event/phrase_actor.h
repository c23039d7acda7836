// PETRARCH's way of coding a noun phrase as an actor, over the words of a
// dependency phrase: the actor dictionaries' longest matches give the primary
// actor ("CALENARDHON" -> CAL), the agent dictionaries' the roles that follow
// it ("GOVERNMENT" -> ~GOV: CALGOV; "SOLDIERS FROM GONDOR" -> GONMIL) and
// primary-side agents the prefix ("MSF" -> NGO~: NGOARNGOV). The event coder
// uses it where the text names an actor that NER did not find or coded
// without its role.
// Thread safety: pure function of its arguments.
#pragma once

#include <string>
#include <vector>

#include "actor/actor_coder.h"

namespace chronicle::event {

struct PhraseActor {
  // The primary actor's code on `date`, empty when none or null-coded ("---");
  // a multi-code ("ELR/GAL") names several actors (rules/special_codes.h).
  std::string actor;
  std::vector<std::string> agents;  // role codes in text order, '~' dropped ("GOV", "GOVFRM")
  std::string prefix;               // primary-side agent codes ("NGO", "IGO")
  bool discarded = false;  // a discard phrase among the words
  bool complex = false;    // the head actor has the complexity code "+++"
  // prefix + actor + agents; a role already in the code is not added again
  // ("Gondor government officials": GONGOV, not GONGOVGOV).
  // A multi-code actor gives one such code per part, joined by '/'.
  std::string code() const;

 private:
  std::string code_of(const std::string& primary) const;
};

// `words`: upper-case dictionary words of the phrase in text order (see
// actor::dictionary_words); `date`: yyyy-mm-dd or empty.
PhraseActor code_phrase(const actor::ActorDictionaries& dicts, const std::vector<std::string>& words,
                        const std::string& date);

}  // namespace chronicle::event
