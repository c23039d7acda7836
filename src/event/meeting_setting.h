// "In a 30-minute meeting, Ana told Bo the bank would help", "during the
// talks Ana stressed to Bo the need for reform": a meeting with no side of
// its own that a statement is set in is held by the one who speaks and the
// one spoken to (040 both ways, as "after talks with Bo"). The meeting noun
// is an "in", "at" or "during" phrase of the statement verb; one that names
// sides ("talks with Cy", "a meeting of the council", "Cy's talks") is
// coded by its own words, not by the statement.
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "event/dependency_view.h"

namespace chronicle::event {

// The meeting noun ("meeting", "talks", "discussions", "summit",
// "negotiations") that verb `verb` is set in and that names no side of its
// own, or -1.
int32_t bare_meeting_setting(const DependencyView& view, uint32_t verb);

}  // namespace chronicle::event
