// Event evaluation against PETRARCH-format validation files
// (PETR.UnitTest.*.xml): <Sentence> records with their <Text>, the expected
// <EventCoding> triples (or noevents="True", or error="..."), a category, and
// an <Environment> naming the dictionaries beside the file. Library code so the
// CLI's `eval --events`, tests and CI score alike; running the pipeline is the
// caller's job.
//
// A record passes when the set of (source, target, code) triples chronicle
// codes equals the expected set; a record that expects no event (noevents, or
// an error PETRARCH reports instead of coding) passes when nothing is coded.
// Records marked sentence="false" are ones PETRARCH itself does not run; they
// are read but not scored. Treebank <Parse> blocks are ignored.
//
// Thread safety: stateless functions over const inputs.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "chronicle/status.h"

namespace chronicle::eval {

struct EventTriple {
  std::string source;  // actor codes as written
  std::string target;
  std::string code;    // CAMEO code
  auto operator<=>(const EventTriple&) const = default;
};

struct EventRecord {
  std::string id;
  std::string category;
  std::string date;  // yyyy-mm-dd from the record's yyyymmdd date, empty when none
  std::string text;  // one line: the file's line breaks and runs of spaces become one space
  bool active = true;        // sentence="true": PETRARCH runs it
  std::string error;         // error="dateline" etc.: PETRARCH codes nothing
  std::vector<EventTriple> expected;  // empty when noevents or error
  uint32_t line = 0;         // of the <Sentence> tag, for messages
};

struct EventValidation {
  std::string dir;  // folder of the file: dictionary names resolve against it
  std::string verbs, actors, agents, discards;  // resolved paths, empty when not named
  std::vector<EventRecord> records;
};

// requires: `path` names a PETRARCH validation XML file.
// ensures: records in file order; comments are skipped (a commented-out
// <EventCoding> is not expected); a record without <Text> or an <EventCoding>
// with neither codes, noevents nor error gives kParseError naming "path:line".
Result<EventValidation> read_petrarch_validation(const std::string& path);
// The same over text already read; `name` is used in messages.
Result<EventValidation> parse_petrarch_validation(const std::string& xml, const std::string& name);

struct EventCategoryScore {
  size_t records = 0;
  size_t passed = 0;
};

struct EventScores {
  std::map<std::string, EventCategoryScore> categories;
  size_t records = 0, passed = 0, skipped = 0;  // skipped: sentence="false"
  size_t true_pos = 0, false_pos = 0, false_neg = 0;  // triples
};

// Scores one record; returns whether it passed (false for a skipped record).
bool score_event_record(const EventRecord& record, const std::vector<EventTriple>& system, EventScores& scores);

// Per-category pass rates, overall pass rate, triple precision/recall/F1.
std::string format_event_scores(const EventScores& scores);

// "ARN>GON:064 GON>ARN:043", "-" when empty: for per-record diffs.
std::string format_triples(const std::vector<EventTriple>& triples);

}  // namespace chronicle::eval
