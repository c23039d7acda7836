// The event stage: CAMEO (and PLOVER) events from the dependency parse, the
// entities with their actor codes, the time expressions and the PETRARCH2
// verb dictionary (DESIGN.md §1 "event").
//
// Triggers are verbs found in the verb dictionary (code from its patterns,
// verb_code.h) and meeting nouns ("talks", "summit", "visit") that have
// participants of their own ("Mr Pompeo's talks with Kim", "a summit between
// Trump and Kim"). Source: the subject (the "by" agent of a passive; a
// subject shared through coordination or control: "will travel ... to
// deliver"), each conjunct separately. Target: the object, else the actor
// a non-actor object is with/to/against ("restore ties with Gondor"), else a
// prepositional object. Both must be parties, entities or (with the actor
// dictionaries) dictionary-coded phrases (PETRARCH's require_dyad); a
// code with a target side ("[042:043]") or a symmetric meeting adds the
// reverse event. A motion verb with a place as its "to" phrase is a visit
// (042). Date: a time expression with a calendar value inside the trigger's
// clause (date_source "sentence"), else the document date ("document").
// Location: a geocoded place attached to the trigger by "in"/"at".
//
// requires: tokens with head/deprel (the parse stage), entities (their actor
// codes from the actor stage when it ran). ensures: doc.events in text order,
// ids V1.., no duplicate (source, target, code) within a sentence.
// Thread safety: pure function of its arguments.
#pragma once

#include "actor/actor_coder.h"
#include "chronicle/document.h"
#include "rules/verb_dictionary.h"

namespace chronicle::event {

// With `actors`, a source or target phrase is also coded from its own words
// (event/phrase_actor.h): a phrase the dictionaries name is an actor even
// where NER found no entity ("Gondor"), and a role noun adds its agent to the
// entity it belongs to ("Osgiliath soldiers": OSGMIL). Such a party may have
// an actor code and no entity id. Without `actors`, parties are entities only.
//
// `petrarch_conventions` (PipelineOptions::petrarch_conventions: its
// validation suite and `annotate --petrarch-conventions` only) codes as
// PETRARCH does where that is wrong for news:
// - a phrase of role words with no actor is the anonymous agent "---" + role
//   ("the Danish media and government": ---GOV for the second conjunct, which
//   news coding leaves uncoded rather than guess the country);
// - a noun phrase is its first actor's ("the evil Arnor awful Gondor": ARN),
//   not its head name's;
// - a verb with no target of the usual kinds takes the first actor of its
//   verb phrase outside the subject ("rescheduled his trip in the White
//   Downs"), where news coding has none.
void code_events(const rules::VerbDictionary& verbs, Document& doc, const actor::ActorDictionaries* actors = nullptr,
                 bool petrarch_conventions = false);

}  // namespace chronicle::event
