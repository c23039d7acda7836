// Capitals lines in their ordinary case (DESIGN.md §1, before "tag"): wire
// stories open with a headline set in capitals ("GONDOR SAYS ARNOR TALKS
// FAIL"), where case says nothing, so the tagger and the NER read each of
// its words in the case the document uses for it elsewhere:
// - a run of two to four words the body writes capitalised takes the
//   body's forms ("WHITE TOWER" -> "White Tower" though the body also has
//   "white" alone);
// - else a run of two to four words that is a known name ("ELMFORD FALLS":
//   the NER's gazetteer), capitalised but for "of", "and", "the";
// - else the form the body uses most inside its sentences (not first);
// - else the word's most frequent form in the tagger's vocabulary, its
//   lowercase form when a news word list has it, the body's form at a
//   sentence start, the news list's capitalised or capitals form;
// - else capitalised ("ELMFORD" -> "Elmford"), kept in capitals when it has
//   three letters or fewer (an unknown abbreviation).
// The first word of the line is then capitalised, as a sentence's is.
//
// Only case changes: the result has the text's byte length and every byte
// that is not an ASCII, Latin-1 or Latin Extended-A letter is the text's, so
// offsets hold; a word with any other letter (Greek, CJK ..) is left as
// written (text/utf8_case.h). Letters are counted by code point.
// The pipeline swaps it in for the tagger, parser and NER and back after
// (pipeline/cased_text.h); the output text is the document's own.
//
// A sentence is in capitals when it has at least two words with letters,
// six capital letters, and no lowercase letter in four words of five.
//
// Thread safety: stateless.
#pragma once

#include <string>

#include "chronicle/document.h"
#include "text/case_lexicon.h"

namespace chronicle::text {

// Whether sentence `s` of `doc` (tokenized) is set in capitals.
bool capitals_sentence(const Document& doc, const Sentence& s);

// Sets Sentence::capitals on every sentence; returns whether any is.
bool mark_capitals(Document& doc);

// doc.text with the words of its sentences marked capitals (mark_capitals)
// in their usual case; empty when none is.
std::string recase_capitals(const Document& doc, const CaseLexicon& lexicon);

}  // namespace chronicle::text
