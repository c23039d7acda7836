// `chronicle eval --geo GOLD.tsv` and `chronicle eval --actors-gold GOLD.tsv`:
// places and actor codes against the project's own gold files
// (eval/geo/GUIDELINES.md, eval/actors/GUIDELINES.md).
#pragma once

#include <string>

namespace chronicle::cli {

struct MentionEvalArgs {
  std::string geo_gold;
  std::string actor_gold;
  std::string split = "dev";  // dev | test | all
  std::string models;
  std::string data;    // compiled dictionaries and gazetteer, empty: the build's data/
  std::string errors;  // file for the list of wrong mentions, empty: none
};

int run_mention_eval(const MentionEvalArgs& args);

}  // namespace chronicle::cli
