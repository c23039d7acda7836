// A wire story's sign-off: the agency's name alone on the story's last line
// ("...\n\nREUTER\n"). It is how the copy ends, not an actor the story names;
// the name tagger reads it as a person, and the words of the sentence before
// it (a minister, a firm) would give it their code.
// Thread safety: pure function of its input.
#pragma once

#include "chronicle/document.h"

namespace chronicle::actor {

// True when every name mention of the entity is a line of its own in
// capitals, after a line break, with nothing but white space after it to
// the end of the text.
bool is_wire_sign_off(const Document& doc, const Entity& e);

}  // namespace chronicle::actor
