// Learns the Lemmatizer (tag/lemmatizer.h) from a treebank's (form, XPOS,
// lemma) triples: suffix rules by type counts, then exceptions for every
// training pair the rules get wrong, so training words come back exactly;
// a past tense or participle (VBD, VBN) seen under one of the two tags only
// also gets the other's exception where that tag's rules would give no
// lemma of the treebank ("won" VBN: "win", not "wo").
//
// Thread safety: train_lemmatizer() uses only its arguments.
#pragma once

#include "conllu/conllu.h"
#include "tag/lemmatizer.h"

namespace chronicle::train {

struct LemmatizerTrainOptions {
  // A suffix rule that differs from its shorter suffix's rule is kept only
  // when this many word types support it.
  int min_rule_support = 2;
};

tag::Lemmatizer train_lemmatizer(const conllu::Treebank& train, const LemmatizerTrainOptions& options = {});

}  // namespace chronicle::train
