// `chronicle eval --events FILE`: events against a PETRARCH validation file
// (FILE.xml, its own dictionaries) or the project's event gold set
// (eval/events/*.tsv, eval/events/GUIDELINES.md).
#pragma once

#include <string>

namespace chronicle::cli {

struct EventEvalArgs {
  std::string gold;
  std::string models;
  std::string data;   // compiled dictionaries and gazetteer (default: the build's data/)
  bool per_record = false;  // print every record (PETRARCH) or event (gold set) with its verdict
  bool failures = false;    // print only the failing ones
};

int run_event_eval(const EventEvalArgs& args);

}  // namespace chronicle::cli
