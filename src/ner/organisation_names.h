// Organisations the model found without their head. In "the Organisation
// of Gondor Wool Exporters" or "the Office for Arnor Statistics" it often
// tags only the words after "of" / "for" / "on" ("Gondor Wool Exporters",
// an ORG): the name then lacks the words that make it that body's, and its
// initials miss its acronym ("OGWE"). An ORG or MISC name right after
// such a word, with an organisation's head word before that ("Organisation",
// "Office", "Department", "Conference", ...), grows back over them, and
// over the capitalised words right before the head ("North Arnor Department
// of Trade"; not "The"), and becomes an ORG.
//
// Thread safety: stateless.
#pragma once

#include <vector>

#include "chronicle/document.h"

namespace chronicle::ner {

// Extends such names of `names` (text order, non-overlapping) in place.
void extend_organisation_heads(const Document& doc, std::vector<NameMention>& names);

}  // namespace chronicle::ner
