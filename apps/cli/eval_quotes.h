// `chronicle eval --quotes GOLD.tsv`: quotation spans and speakers against the
// project's own gold file (eval/quotes/GUIDELINES.md).
#pragma once

#include <string>

namespace chronicle::cli {

struct QuoteEvalArgs {
  std::string gold;
  std::string split = "all";  // dev | test | all
  std::string models;
  std::string stages;  // empty: every stage this build has
  bool per_doc = false;
  std::string errors;  // write the wrong speakers, kinds and spans to this file
};

int run_quote_eval(const QuoteEvalArgs& args);

}  // namespace chronicle::cli
