// Writes a segmented Document as CoNLL-U (https://universaldependencies.org/format.html).
//
// requires: doc.text is valid UTF-8; tokens and sentences were computed.
// ensures: `# newdoc id` before the first sentence, `# newpar` before each
// paragraph's first sentence, `# sent_id = <doc id>-<n>` (n from 1) and
// `# text` on every sentence; a multiword-token range line ("3-4  don't") for
// every run of tokens joined_with_next, its form the surface text; SpaceAfter=No
// in MISC where no whitespace follows (on the range line for a multiword
// token), and SpacesAfter=... (UD's escaped form) where the whitespace is not one
// plain space, so the exact text can be rebuilt; `# text` is the tokens joined
// with one space where space_after, which is what UD's validator checks against;
// `_` for every missing field. HEAD is sentence-relative (0 = root); a head
// outside the sentence is written `_`. A document without sentences writes
// nothing (a comment line must belong to a sentence).
// Thread safety: pure function of its arguments.
#pragma once

#include <string>

#include "chronicle/document.h"

namespace chronicle::io {

// Appends the document; every sentence ends with a blank line.
void append_document_conllu(const Document& doc, std::string& out);

}  // namespace chronicle::io
