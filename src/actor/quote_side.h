// Whether two points of a sentence lie on opposite sides of a quotation's
// edge: '"Arnor must pay," Harriet Vane told the Gondor Assembly.' The
// country a speaker names inside the quote is what is spoken of, not the
// country of a body outside it (the Assembly is the speaker's, not Arnor's).
// Thread safety: pure function of its input.
#pragma once

#include <cstdint>
#include <string_view>

namespace chronicle::actor {

// True when the text between bytes `from` and `to` (from <= to) holds an odd
// number of quotation marks (straight or typographic double quotes): one of
// the two points is inside a quotation the other is outside.
bool across_a_quote(std::string_view text, uint32_t from, uint32_t to);

// True when the name at byte `start` opens a quotation, alone or after
// "The": '"Gondor will not pay," the Foreign Ministry said' is the speaker
// naming its own country as the subject, which the quote does not hide.
bool opens_a_quote(std::string_view text, uint32_t start);

}  // namespace chronicle::actor
