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

}  // namespace chronicle::event
