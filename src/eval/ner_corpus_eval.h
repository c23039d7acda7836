// Runs the tagger and the NER over a gold-tokenized NER corpus and scores the
// result (span-exact, types mapped to PER/ORG/LOC/MISC): the one scoring path
// used by `chronicle eval --ner`, the trainer's early stopping and the tests.
//
// Thread safety: plain function; uses only its arguments.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "eval/ner_data.h"
#include "eval/ner_eval.h"
#include "ner/ner_tagger.h"
#include "tag/tagger.h"

namespace chronicle::eval {

struct NerRun {
  NerScorer scorer;
  int64_t tokens = 0;
  double seconds = 0;  // thread CPU time of tagging + NER
};

// `types` limits the scored coarse types (empty: all). With `predicted`, the
// predicted BIO tags of every sentence are kept there (error analysis).
NerRun evaluate_ner(const ner::Ner& ner, const tag::Tagger& tagger, const NerCorpus& corpus,
                    const std::set<std::string>& types = {},
                    std::vector<std::vector<std::string>>* predicted = nullptr);

}  // namespace chronicle::eval
