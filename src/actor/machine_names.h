// Names of machines and software products the text calls so: "the humanoid
// robot Zibo", "Acme's Zibo robots", "its Home Media Hub software". Their
// role words ("media", a firm's possessive) would code them as actors (MED,
// a firm's BUS) that they are not.
// Thread safety: pure function of its input.
#pragma once

#include "chronicle/document.h"

namespace chronicle::actor {

// True when one of the entity's name mentions comes right after "robot"
// (or "robot, called"), right before "robot"/"robots" after a possessive,
// or right before "software"/"edition", and its code, if any, came from
// the words around it rather than a dictionary entry (Microsoft software
// is still Microsoft's).
bool names_a_machine(const Document& doc, const Entity& e);

}  // namespace chronicle::actor
