// The actor stage: fills Entity::actor, Entity::key and, for places,
// Entity::has_geo / Entity::geo of every entity in doc.entities.
//
// Role words of an entity are its title and description mentions, the words
// before each name mention in its sentence back to the previous punctuation
// ("US Secretary of State | Mike Pompeo") and an appositive after it
// ("Mark Lambert, | the head of the State Department's Korea desk"). A GPE
// is read in its government sense when a speech or diplomacy verb stands
// within three tokens of a mention ("Washington said"). Places are geocoded
// with the countries of the document's other coded entities as context and
// the name after a comma as qualifier ("Paris, Texas"). A bare title ("The
// Tory leader wanted ...") is read as the role of the nearest uncoded person
// within two sentences, unless a coded person's own role words end in it; one
// with no country only when it opens its sentence, which names no one, and
// then to the first person the next sentence names; a person coded with a
// country alone (an expired entry) named in the two sentences before takes
// it too. Then short names and acronyms take their full names' codes
// (short_names.h) and people the body their role words name (speaks_for.h).
// Thread safety: reads only the shared resources; one Document per call.
#pragma once

#include "actor/actor_resources.h"
#include "chronicle/document.h"

namespace chronicle::actor {

void annotate_actors(const ActorResources& resources, Document& doc);

}  // namespace chronicle::actor
