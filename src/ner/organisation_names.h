// Organisations the model found without their head. In "the Organisation
// of Gondor Wool Exporters" or "the Office for Arnor Statistics" it often
// tags only the words after "of" / "for" / "on" ("Gondor Wool Exporters",
// an ORG): the name then lacks the words that make it that body's, and its
// initials miss its acronym ("OGWE"). An ORG or MISC name right after
// such a word, with an organisation's head word before that ("Organisation",
// "Office", "Department", "Bank", ...), grows back over them, and
// over the capitalised words right before the head ("North Arnor Department
// of Trade"; not "The"), or joins the ORG or MISC name the head ends
// ("Arnor Bank" + "of" + "Gondor"), and becomes an ORG; a place after "of"
// is taken in too ("Bank of Gondor").
//
// Thread safety: stateless.
#pragma once

#include <vector>

#include "chronicle/document.h"

namespace chronicle::ner {

// Extends such names of `names` (text order, non-overlapping); keeps text order.
void extend_organisation_heads(const Document& doc, std::vector<NameMention>& names);

}  // namespace chronicle::ner
