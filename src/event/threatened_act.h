// "Gondor has threatened to withdraw the permits of Arnorian banks": the act
// is only threatened, and the threat is what the sentence asserts (CAMEO 13,
// GUIDELINES: "threatened to run against [a party]" is 130). The act's own code
// (here 080) would report a withdrawal that has not happened.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>

#include "event/dependency_view.h"

namespace chronicle::event {

// Whether verb `verb` is the infinitive a form of "threaten" governs
// ("threatened to withdraw", "is threatening to impose"), as an xcomp or as
// an advcl marked "to" (the parser's label in some sentences).
bool is_threatened_act(const DependencyView& view, uint32_t verb);

// The threat's CAMEO code for an act coded `act`: 138 (threaten with military
// force) for force (18, 19, 20), else 130; a threat already (13) keeps its code.
std::string threat_code(const std::string& act);

// "The Bree Fund warned Gondor that rising wages could undo its reforms":
// a warning whose "that" clause says what may happen, with a subject of its
// own (no pronoun standing for the warner), is a pessimistic comment (CAMEO
// 012, as PETRARCH's "WARN * (OF RISK)"), not a threat (130, the WARN
// block's default): the warner does nothing to anyone. "warned Gondor that
// it would retaliate" (a pronoun: the warner's own act to come) and "warned
// Gondor against ..." (no clause) stay threats. Whether verb `verb` (a form
// of "warn" or "caution") has such a clause.
bool warns_of_outcome(const DependencyView& view, uint32_t verb);

}  // namespace chronicle::event
