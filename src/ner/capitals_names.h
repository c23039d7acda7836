// Names of a capitals line that the body names (after the NER's own passes):
// a wire headline's "HARRIET VANE" or "ARNOR" is the same name as the body's
// "Harriet Vane" or "Arnor", but the NER, even on the recased line
// (text/capitals_case.h), misses some of them, a bare surname at the end of
// a line most often. A run of words of a capitals sentence that no name
// covers and that spells, case aside, a name found in a sentence not in
// capitals becomes a name of that type; so does the last word of a body
// PERSON of two words or more (the headline gives the surname). The entity
// stage then joins each to its body entity, so coding follows.
//
// Thread safety: stateless.
#pragma once

#include "chronicle/document.h"

namespace chronicle::ner {

// Adds such names to doc.names (kept in text order).
void add_capitals_names(Document& doc);

}  // namespace chronicle::ner
