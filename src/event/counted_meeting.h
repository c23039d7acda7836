// "after a week of meetings with Bo", "two days of talks with Bo", "a series
// of rounds of talks", "five months of negotiations with the banks": a
// meeting noun counted by a noun of time or number stands in its clause
// where the counting noun stands. The counting noun is what the verb governs
// ("after a day", "have had a series"), and the parser often hangs the
// meeting's "with" phrase on it, so the coder reads the meeting's sides and
// its place in the clause off the chain of counting nouns above it.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <vector>

#include "event/dependency_view.h"

namespace chronicle::event {

// The counting nouns above meeting noun `noun`, innermost first ("day" for
// "a day of meetings"; "rounds", then "series", for "a series of rounds of
// talks"); empty when it is counted by none.
std::vector<uint32_t> counting_nouns(const DependencyView& view, uint32_t noun);

}  // namespace chronicle::event
