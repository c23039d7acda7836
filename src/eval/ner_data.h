// Reading named-entity corpora into sentences of (form, tag) pairs with tags
// in one BIO scheme "B-TYPE"/"I-TYPE"/"O" (types as the corpus spells them).
//
// Formats (chosen by content, not by name):
// - IOB2 / CoNLL: one token per line, blank line between sentences, '#'
//   comment lines skipped. Tab-separated lines whose first column is a number
//   are UNER's "id form tag ..."; otherwise the form is the first column and
//   the tag the last (CoNLL 2003: "form POS chunk tag").
// - GMB's ner_dataset.csv: header "Sentence #,Word,POS,Tag", a sentence
//   starts at a row whose first column is "Sentence: N"; fields may be
//   quoted; the text is Windows-1252 and is converted to UTF-8. `part`
//   selects DESIGN.md §6's split: kDev is the last tenth of sentences by
//   sentence number, kTrain the rest.
//
// Thread safety: plain functions.
#pragma once

#include <string>
#include <vector>

#include "chronicle/status.h"

namespace chronicle::eval {

struct NerSentence {
  std::vector<std::string> forms;
  std::vector<std::string> tags;  // "O", "B-X", "I-X"
  // The first sentence of a document ("# newdoc" in UD/UNER files,
  // "-DOCSTART-" in CoNLL ones); GMB's CSV marks no documents.
  bool new_document = false;
};

struct NerCorpus {
  std::string name;  // the file it came from
  std::vector<NerSentence> sentences;
};

enum class NerPart { kAll, kTrain, kDev };

// Reads `path`; errors name the file and line (a tag that is not O/B-/I-,
// a row with too few fields).
Result<NerCorpus> read_ner_file(const std::string& path, NerPart part = NerPart::kAll);
// Same on text in memory; `name` stands for the file in errors.
Result<NerCorpus> parse_ner_text(const std::string& text, const std::string& name, NerPart part = NerPart::kAll);

}  // namespace chronicle::eval
