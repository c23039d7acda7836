// "Ana will meet Bo on Monday", "Ana is due to meet Bo", "Ana plans to meet
// Bo": a meeting the sentence says is arranged is both sides' intent to meet
// (036 both ways, eval/events/GUIDELINES.md test13r: "will meet [Y]"); one
// side's wish ("wants to meet Bo", "hopes to meet Bo") says nothing of what
// Bo intends, and stays one way (dev set 2: "wanted to meet X").
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "event/dependency_view.h"

namespace chronicle::event {

// Whether meeting verb `verb`, in mood "intended", is planned by its own
// future auxiliary ("will", "shall") or by an arrangement that governs it
// ("is to", "is due to", "is scheduled to", "plans to", "agreed to").
bool is_arranged_meeting(const DependencyView& view, uint32_t verb);

}  // namespace chronicle::event
