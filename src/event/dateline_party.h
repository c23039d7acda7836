// A wire story's dateline is where it was filed, not who acted: "ELMFORD,
// Oct 20 - Harriet Vane said she welcomed ..." parses with the city as the
// sentence's subject, and the event coder would make it the source of
// "welcomed". A dateline here is a sentence's opening run of upper-case
// words (a place: "ELMFORD", "NEW ARNOR", "ELMFORD, Calif.", "ELMFORD, the
// Shire"), a comma, a month
// name or its abbreviation and a day, then " - " (Reuters' and AP's form).
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

#include "chronicle/document.h"

namespace chronicle::event {

// Bytes of `sentence` that a dateline opening it takes, up to the place
// name's end ("ELMFORD, Oct 20 - ..." gives 7); 0 when it opens with none.
size_t dateline_place_length(std::string_view sentence);
// Bytes of the whole dateline, through its dash ("ELMFORD, Calif., Oct 20 -
// ..." gives 25); 0 when the sentence opens with none.
size_t dateline_length(std::string_view sentence);

// requires: events coded. ensures: events with a party whose only mention in
// the event's sentence is in that sentence's dateline (its place, or the state
// or country after it: "ELMFORD, Calif." is no Californian act) are removed,
// and the rest renumbered V1.. in order.
void drop_dateline_parties(Document& doc);

}  // namespace chronicle::event
