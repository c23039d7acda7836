// Annotation conventions that differ between the NER corpora, normalised to
// one: chronicle's (and UNER's, CoNLL's, OntoNotes') person spans hold the
// name only; GMB puts the titles in front of it inside the span ("Information
// Minister Jonathan Moyo", "Mr. Bush"). The entity stage, not the NER, ties
// titles to people (docs/ner.md), so GMB is normalised before training, and
// `chronicle eval --ner --strip-titles` scores GMB's gold the same way.
//
// Thread safety: plain functions.
#pragma once

#include <string_view>

#include "eval/ner_data.h"

namespace chronicle::eval {

// Whether `word` is a title or rank word ("Mr.", "Minister", "Gen.", "King"), any case.
bool is_person_title(std::string_view word);

// In every person span (per, PER, PERSON), drops the tokens up to and
// including its last title word, when a capitalised name follows; a span of
// titles only becomes O. Returns the number of spans changed.
int strip_person_titles(NerSentence& sentence);
int strip_person_titles(NerCorpus& corpus);

}  // namespace chronicle::eval
