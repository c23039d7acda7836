// "a song dedicated to Harriet Vane called Minas Tirith", "a group named
// Elmford Watch": a verb of naming in a reduced relative on a noun, with no
// subject, auxiliary or agent of its own, gives the noun its name; nobody
// calls on, or appeals to, anybody. (The parser may read the participle as a
// past tense in a relative clause whose subject is the noun before it.)
// "a strike called by the unions" has its agent and stays an act.
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "event/dependency_view.h"

namespace chronicle::event {

// Whether `verb` is such a naming participle.
bool is_naming_participle(const DependencyView& view, uint32_t verb);

}  // namespace chronicle::event
