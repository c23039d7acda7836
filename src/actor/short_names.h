// Short names of entities the article names in full, which the entity stage
// left apart: a surname ("Blair" in a headline, after "Tony Blair" is
// coded), a name cut to its honorific ("[Dr] Fox" after "Liam Fox"), and an
// organisation's head noun ("the Bank" after "the Bank of England", "the
// Commission" after "the Law Commission"). An uncoded entity whose whole name
// (honorifics and "the" aside) is one such word takes the code of the one
// coded entity it can stand for; none when two coded entities share it.
// An acronym stands for a body's initials, and for them after those of a
// country or people the tagger cut off the front of its name ("RFC" after
// "[Ruritanian] Fish Council") or before those of one cut off its end
// after "of" ("RFCS" after "[Fish Council] of [Sylvania]").
// Thread safety: pure function of its input.
#pragma once

#include "chronicle/document.h"

namespace chronicle::actor {

// requires: entities coded (Entity::actor), tokens split.
// ensures: uncoded entities that are short names take the full name's code
//          and type (PERSON for a surname, ORG for a head noun) and key.
void code_short_names(Document& doc);

// "the Harbour and Fisheries Licensing Board (HFLB)": an entity named by
// an acronym, one of whose mentions stands in brackets right after words
// whose initials it is, takes those words as a name mention when no other
// mention covers them (the name tagger missed them), so the full name codes
// it. Run before coding.
void add_defined_acronym_names(Document& doc);

}  // namespace chronicle::actor
