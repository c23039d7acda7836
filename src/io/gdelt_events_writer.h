// Writes a Document's events as rows of the GDELT 2.0 Event table
// (../shared/corpora/gdelt-formats/events-2.0-columns.txt: 61 columns, in the
// codebook's order, tab-separated, one line per event, no header), so tools
// that read GDELT's export files read chronicle's.
//
// requires: a finished Document (entities, events; the writer reads nothing else).
// ensures: every line has exactly 61 fields; GLOBALEVENTID is a 63-bit hash of
// the document id and the event's index (stable across runs and shards); dates
// in GDELT's forms (SQLDATE yyyymmdd, MonthYear, Year, FractionDate, DATEADDED
// yyyymmddhhmmss from the document date); actor columns from the party's entity
// (name upper-cased as GDELT writes it, country and up to three role codes
// split from the CAMEO code) or, without an entity, from the actor code alone;
// geography in FIPS 10-4 country codes with GDELT's resolution types, ActionGeo
// from the event's location; columns nothing in chronicle measures (known
// group, ethnicity, religion, AvgTone) are empty; NumMentions, NumSources and
// NumArticles are 1 (one document); IsRootEvent is 1 for events of the first
// paragraph. An event without a date (none in the text and no document date)
// still gets a row, with its date columns empty.
// Thread safety: pure function of its arguments.
#pragma once

#include <string>

#include "chronicle/document.h"

namespace chronicle::io {

constexpr int kGdeltEventColumns = 61;

void append_document_gdelt_events(const Document& doc, std::string& out);

}  // namespace chronicle::io
