// "Gondor helicopters destroyed three Arnor gunboats": with no other verb in
// the sentence, the parser often reads the clause as a noun phrase, the verb
// a reduced relative ("acl") of its subject, which is left the sentence's
// root ("helicopters [that were] destroyed"), so the verb has no subject and
// codes nothing. A reduced relative is passive and takes no object; a
// past-tense verb right after a root noun, with an object of its own, is
// that noun's clause: the noun is its subject.
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "event/dependency_view.h"

namespace chronicle::event {

// The root noun that `verb`, parsed as its modifier, is really the
// predicate of, or -1.
int32_t modified_root_subject(const DependencyView& view, uint32_t verb);

}  // namespace chronicle::event
