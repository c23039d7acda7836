// Event precision against the project's own gold set of news sentences
// (eval/events/bbc-events.tsv, eval/events/GUIDELINES.md), as library code so
// the CLI's `eval --events`, tests and CI score alike.
//
// Gold file: '#' comment lines (one "# root: DIR" names the article folder,
// relative to the gold file; "# date: yyyy-mm-dd" the date articles without
// one are read as of), then tab-separated rows
//   doc sent_start sent_end cameo source_start source_end target_start target_end source_code target_code
// with code-point offsets into the article; a sentence without events has '-'
// in the last seven columns. Every sentence of the set has at least one row.
//
// A system event belongs to a gold sentence when its trigger starts inside
// it. It is right when a gold event of that sentence has the same CAMEO code
// and the same parties: a party is the same when a mention of its entity
// overlaps the gold span, or, for a party with only an actor code, when the
// code's first three letters (country or primary actor) are the gold code's.
// "Root" scores accept a code with the same two-digit root. Events with an
// uncoded party (no actor code) are counted apart: PETRARCH and GDELT write
// only coded actors, so the headline figures are over coded events.
//
// Thread safety: stateless functions over const inputs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle::eval {

struct GoldEvent {
  std::string cameo;
  uint32_t source_start = 0, source_end = 0;  // code points
  uint32_t target_start = 0, target_end = 0;
  std::string source_code, target_code;
};

struct GoldEventSentence {
  std::string doc;  // path relative to the root
  uint32_t start = 0, end = 0;  // code points
  std::vector<GoldEvent> events;
};

struct EventGold {
  std::string root;  // resolved against the gold file's folder
  std::string date;  // "# date: yyyy-mm-dd": the document date the articles are annotated with, empty when none
  std::vector<GoldEventSentence> sentences;  // file order; rows of one sentence merged
};

// ensures: a malformed row gives kParseError naming "path:line".
Result<EventGold> read_event_gold(const std::string& path);

struct EventGoldScores {
  size_t sentences = 0, gold = 0;
  size_t system = 0, correct = 0, root_correct = 0;  // coded events
  size_t found = 0, found_root = 0;                  // gold events a coded event matched
  size_t uncoded = 0, uncoded_correct = 0;           // events with an uncoded party
  // The coded events the sentence reports as done (event_gold_reported): the
  // gold sets code no plans, denials or hypotheticals, so these give the
  // headline precision; the others (system - asserted) are still written by
  // the coder, with their mood.
  size_t asserted = 0, asserted_correct = 0, asserted_root_correct = 0;
};

// An event the gold sets' conventions code (eval/events/GUIDELINES.md):
// mood "asserted", or an intent code (CAMEO 03, "express intent to ...",
// e.g. 036 for "will hold talks") whose plan is what the sentence asserts.
// Plans of other acts ("will visit"), denials and hypotheticals are not.
bool event_gold_reported(const Event& e);

// Scores the events of `doc` (the annotated article) that fall in `sentence`.
// `listing`, when given, gets one line per system event and per missed gold
// event, for error analysis.
void score_event_sentence(const GoldEventSentence& sentence, const Document& doc, EventGoldScores& scores,
                          std::vector<std::string>* listing = nullptr);

std::string format_event_gold_scores(const EventGoldScores& scores);

}  // namespace chronicle::eval
