// Actor mentions the name tagger missed, found as PETRARCH2 and TABARI find
// actors: by matching the actor dictionaries against the text itself.
//
// A stretch of proper-noun tokens (tagger PROPN, capitalised) outside every
// entity mention that a dictionary phrase covers exactly ("Labour",
// "Tories", "SEC", "Food and Agriculture Organisation") becomes a mention:
// of the document's entity with the same name when there is one, else of a
// new entity (GPE for a country name, NORP for a demonym, ORG otherwise).
// A plural people ("Indonesians") matches its singular entry; a body's name
// from the agents list inside a sentence ("in Parliament") and a party or
// union ending in its lower-case head ("the Conservative party") count too,
// and so does a country's name opening a sentence, which the tagger, not
// knowing the word, may call a noun ("Madagascar has completed ...").
// First, a name
// mention the tagger cut short inside a dictionary phrase ("the Securities
// and [Exchange Commission]") grows to the whole phrase.
// Thread safety: pure function of its inputs.
#pragma once

#include "actor/actor_resources.h"
#include "chronicle/document.h"

namespace chronicle::actor {

// requires: tokens tagged (upos), entities resolved.
// ensures: mentions added (kind "name") or widened (and the entity's name with them when it was
//          the mention's text), entity ids stay unique; nothing else changes.
void add_dictionary_mentions(const ActorResources& r, Document& doc);

// True when an agent phrase starts at token `k` ("Chancellor", "Foreign
// Secretary", "director general of ...").
bool starts_title(const ActorResources& r, const Document& doc, size_t k);

}  // namespace chronicle::actor
