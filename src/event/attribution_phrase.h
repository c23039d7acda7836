// "Elmford Oil, according to Arnor Petroleum, is negotiating with ...": the
// wire's attribution names who says so, not who acts. The parser often joins
// it to the subject as a conjunct ("according to" its case marker), and the
// source of the report would become a second negotiator.
// Thread safety: pure function.
#pragma once

#include <cstdint>

#include "event/dependency_view.h"

namespace chronicle::event {

// Whether the phrase headed by `t` is marked "according to" (a case child
// "according", with or without its fixed "to").
bool is_attribution_phrase(const DependencyView& view, uint32_t t);

}  // namespace chronicle::event
