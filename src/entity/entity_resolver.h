// In-document entity resolution (DESIGN.md §1 "entity"): clusters the ner
// stage's names (Document::names), the posts' signatures and @handles into
// Entities, each with a canonical name, and fills Post::author_entity.
//
// Rules, in text order (docs/ner.md has the full list):
// - a person's full name ("President Donald Trump", "Donald J. Trump") joins
//   the entity with the same name once titles and middle initials are set
//   aside; a single name with or without a title ("Mr Trump", "Chairman
//   Kim") joins a person whose first or last name it is; when several are
//   compatible it joins the most salient (most mentions so far, then the
//   earliest introduced) and that entity is flagged `ambiguous`;
// - other types join by their lowercase words (a leading "the" and a
//   possessive set aside); an all-caps word whose letters are the initials
//   of a name of the same type joins it as an acronym ("CIA");
// - a post signature's author ("Secretary Pompeo") resolves like a name and
//   gives the entity the post's handle; an @handle anywhere joins the entity
//   owning it; @POTUS / @VP join the person titled President / Vice
//   President in the text;
// - a description joins a person when the text ties it to them: apposition
//   ("Andrew Kim, the head of a CIA unit"), copula ("Kim is the leader of"),
//   or "the" + the words of a title the person carried ("the US secretary
//   of state" after "US Secretary of State Mike Pompeo").
// key = lowercase canonical name + "|" (the actors issue appends the code).
//
// Thread safety: a plain function of its argument.
#pragma once

#include "chronicle/document.h"

namespace chronicle::entity {

// requires: doc.tokens, doc.sentences and doc.names (ner stage); posts and
// mentions when the social stage ran. ensures: doc.entities is rebuilt,
// ids "E1".. in order of first mention, mentions sorted by offset and never
// overlapping within an entity; every post whose author resolves has
// author_entity set.
void resolve_entities(Document& doc);

}  // namespace chronicle::entity
