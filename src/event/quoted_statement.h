// "Bo was quoted by The Times as saying ...", "The Times quoted Bo as
// saying ...": to quote someone is to repeat what they said, so the
// statement (CAMEO.2.0's QUOTE [010]) is the quoted one's, made to the
// medium that quotes them ("told the Times" is 010 to the Times,
// eval/events/GUIDELINES.md), not the medium's to them. A quote by someone
// who is no medium ("Mr Blair quoted Churchill") is no statement to anyone.
// Thread safety: pure functions.
#pragma once

#include <string>

namespace chronicle::event {

// Whether `lemma` is a verb of quoting someone.
bool is_quote_verb(const std::string& lemma);

// Whether the CAMEO actor code has a media role (GBRMED, USAMEDGOV).
bool names_medium(const std::string& actor_code);

}  // namespace chronicle::event
