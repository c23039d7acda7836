// Names that swallowed part of a clause. The model sometimes runs a name on
// through the words around it: "Vane said of Bree Corp" as one PERSON,
// "Arnor Bank said the Gondor Patent Office" as one MISC, "Ms Dale: "It"
// or "Bree Corp's, BRC," with the punctuation of the sentence inside, "Ana
// Dale and Ola Brenn" as one person. A name never holds a verb, clause
// punctuation (, : ; brackets, quotes) or, for a person, "and": such a name
// is cut there into the names on either side, and each piece sheds the
// lower-case words at its edges ("of Bree Corp" -> "Bree Corp"); a piece
// with no capitalised word, or only a pronoun or article ("It", "The"), is
// dropped. A comma before a legal form or suffix stays ("Bree Corp, Inc",
// "Ola Brenn, Jr").
//
// Thread safety: stateless.
#pragma once

#include <vector>

#include "chronicle/document.h"

namespace chronicle::ner {

// Splits such names of `names` (text order), keeping text order; pieces
// keep the name's type.
void split_clause_names(const Document& doc, std::vector<NameMention>& names);

}  // namespace chronicle::ner
