// The mood of an event (DESIGN.md §2): asserted, intended ("will travel",
// "plans to meet", "to deliver a letter"), negated ("did not meet"),
// cancelled ("the summit, later cancelled", "called off the talks") or
// hypothetical ("could meet", "if they meet", "a potential summit").
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>

#include "event/dependency_view.h"

namespace chronicle::event {

// Mood of a verbal trigger, from its own auxiliaries, negation and marker,
// then from the verb that governs it (an xcomp of "plan", an advcl of
// purpose, a clause a speaker denies: "denied that it had attacked").
std::string verb_mood(const DependencyView& view, uint32_t verb);
// The same; `own_words` says whether the mood came from the verb's own
// auxiliaries and markers or the word that directly governs it ("will meet",
// "is to meet", "plans to meet", "is due to meet"), not from a verb further
// up ("will be hosting Bo to celebrate ...").
std::string verb_mood(const DependencyView& view, uint32_t verb, bool& own_words);

// Mood of a nominal trigger ("summit", "talks"): its modifiers ("planned",
// "cancelled by", "potential"), then the verb it is the object of.
std::string noun_mood(const DependencyView& view, uint32_t noun);

// Index of a cancel participle that follows a nominal trigger in its
// sentence before any new clause (a subject of its own, a subordinating
// conjunction, a finite or bare verb) ("a meeting
// between Mr Trump and Mr Kim, originally scheduled for June 12 but later
// cancelled by Mr Trump"), or -1. Read off the words, because the parser
// often attaches such a reduced relative to the wrong head.
int32_t cancel_after(const DependencyView& view, uint32_t noun);

}  // namespace chronicle::event
