// "Hitachi has unveiled its robot, called Emiew, to challenge Sony's Qrio",
// parsed with "to challenge" a conjunct of "unveiled": an infinitive that the
// parser hung as a conjunct, parataxis or loose dependent of a verb that is
// no infinitive itself cannot be coordinated with it; it is the purpose
// clause it reads as, and what a purpose names is intended, not done (as
// event_mood.h reads a purpose clause: "travel ... to deliver a letter").
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "event/dependency_view.h"

namespace chronicle::event {

// Whether `verb` is such a misattached infinitive.
bool is_stray_infinitive(const DependencyView& view, uint32_t verb);

}  // namespace chronicle::event
