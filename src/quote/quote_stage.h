// Quote stage: direct, partial, scare and continued quotations and reported
// speech, each with its cue and speaker (docs/quotes.md has the rules).
#pragma once

#include "chronicle/document.h"

namespace chronicle::quote {

// requires: doc.text, tokens, paragraphs and sentences are filled; tags,
// parse, posts and entities are used when present (the parse and tags give
// better speakers; without them token patterns are used).
// ensures: doc.quotes is replaced by the quotations in text order; each
// speaker_text is the words naming the speaker (for a pronoun or a job title,
// the name of the person it was resolved to); speaker is the id of the
// PERSON/ORG entity whose mention covers those words, else empty.
// Thread safety: stateless; touches only `doc`.
void annotate_quotes(Document& doc);

}  // namespace chronicle::quote
