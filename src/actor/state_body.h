// Bodies the text gives to the state by a possessive: "the state's National
// Land Institute", "the government's Rural Credit Fund" (not its bills,
// papers and plans: "the government's Gambling Bill"). A name no
// dictionary or head noun codes is then a government body (CAMEO's GOV) of
// the country of its sentence or article, as a reader takes it.
// Thread safety: pure function of its inputs.
#pragma once

#include "chronicle/document.h"

namespace chronicle::actor {

// requires: entities coded, before the stage fills in missing countries.
// ensures: an organisation with no code, one of whose name mentions follows
//          "state's" or "government's" (lower case, as written), gets the role
//          GOV (code "GOV", source "state's") and no country yet.
void code_bodies_of_the_state(Document& doc);

}  // namespace chronicle::actor
