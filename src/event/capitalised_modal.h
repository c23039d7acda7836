// The wire's capital after an abbreviation: 1987 newswire capitalises the word
// that follows "U.S." or "U.K." ("the U.K. May have to ease its curbs",
// "the U.K. Will press Gondor"), so the tagger reads the modal as a name (May,
// the month) and the verb loses its mood. A modal word right after an
// abbreviation that ends in a period, itself followed by a verb's base form,
// is the verb's auxiliary whatever it was tagged.
// Thread safety: pure function.
#pragma once

#include <cstdint>
#include <string>

#include "event/dependency_view.h"

namespace chronicle::event {

// The lower-cased modal ("may", "will", ...) when token `t` is such a
// capitalised modal, else "".
std::string capitalised_modal(const DependencyView& view, uint32_t t);

}  // namespace chronicle::event
