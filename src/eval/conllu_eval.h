// CoNLL 2018 shared-task metrics (conll18_ud_eval.py) as library code: the
// CLI's `eval --conllu`, tests and CI all score through here.
//
// Gold is a CoNLL-U treebank; the system output is a chronicle::Document made
// from the treebank's raw text (conllu::rebuild_text) or any text whose
// non-white-space characters are the same. As the official script does, both
// sides are compared on the character stream with white space removed:
// - Tokens: surface tokens (a run of system tokens linked by
//   `joined_with_next` is one surface token, like a CoNLL-U multiword line);
// - Sentences: from the first to the last character of each sentence;
// - Words: syntactic words; words outside multiword tokens align by span,
//   inside multiword regions by a longest common subsequence of their
//   lower-cased forms;
// - UPOS, XPOS, Lemmas, UAS, LAS over aligned words (LAS compares the
//   universal part of DEPREL, before any ':' subtype). Their precision is over
//   system words and recall over gold words, as in the official script.
//
// Typical use (what `chronicle eval --conllu` does):
//   auto gold = conllu::read_file(path);              // Result<Treebank>
//   auto raw = conllu::rebuild_text(*gold);           // Result<RawText>
//   Document doc; doc.text = raw->text;               // then run the pipeline
//   auto scores = eval::evaluate(*gold, doc);         // Result<ConlluScores>
//   std::string table = eval::format_scores(*scores);
//
// Thread safety: stateless functions over const inputs.
#pragma once

#include <cstddef>
#include <string>

#include "chronicle/document.h"
#include "chronicle/status.h"
#include "conllu/conllu.h"

namespace chronicle::eval {

struct Score {
  size_t gold = 0;     // units in gold
  size_t system = 0;   // units in the system output
  size_t correct = 0;  // units that match
  double precision() const { return system ? double(correct) / double(system) : 0.0; }
  double recall() const { return gold ? double(correct) / double(gold) : 0.0; }
  double f1() const { return gold + system ? 2.0 * double(correct) / double(gold + system) : 0.0; }
};

struct ConlluScores {
  Score tokens;
  Score sentences;
  Score words;
  Score upos;
  Score xpos;
  Score lemmas;
  Score uas;
  Score las;
};

// requires: `system.text` has the same non-white-space characters as the
// gold treebank's token forms; `system.tokens` and `system.sentences` are
// filled (tags, lemmas and heads may be empty / kNoHead: they then count as
// wrong).
// fails: kInvalidArgument when the texts differ, naming the first differing
// position in the white-space-free stream and both characters' context.
Result<ConlluScores> evaluate(const conllu::Treebank& gold, const Document& system);

// A fixed-width table like the official script's, one metric per line:
// "Metric     | Precision |    Recall |  F1 Score".
std::string format_scores(const ConlluScores& scores);

}  // namespace chronicle::eval
