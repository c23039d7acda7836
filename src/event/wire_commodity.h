// Nouns of the commodity and market reports of newswire: a country named
// before them only says whose or where ("imported 200,000 tonnes of Gondorian
// maize", "Arnor trade figures challenge the view of ...", "access to the
// Gondorian market"): the grain, the market or the figures are no actor and
// their qualifier no party. What the commodity is of ("Gondor's maize") stands
// for its owner as before. Added to the event coder's nouns of money and goods.
// Thread safety: pure function.
#pragma once

#include <string>

namespace chronicle::event {

// Whether `lemma` (lower case) is such a noun.
bool is_wire_commodity_noun(const std::string& lemma);

}  // namespace chronicle::event
