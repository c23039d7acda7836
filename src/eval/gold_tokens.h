// A Document whose tokens and sentences are a treebank's own words, for the
// "from gold tokenization" half of `chronicle eval --conllu`: stages after
// segmentation are scored without tokenizer or splitter errors.
//
// Thread safety: stateless.
#pragma once

#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "conllu/conllu.h"

namespace chronicle::eval {

// requires: `raw` = conllu::rebuild_text(treebank).
// ensures: doc.text = raw.text; one token per syntactic word (words of a
// multiword token are joined_with_next, except the last); one sentence per
// treebank sentence; `forms[i]` is the gold form of token i (for multiword
// tokens whose words do not spell the surface token, the token's span covers
// the whole surface token, so its text is not the word's form).
Document gold_tokenized_document(const conllu::Treebank& treebank, const conllu::RawText& raw,
                                 std::vector<std::string_view>& forms);

}  // namespace chronicle::eval
