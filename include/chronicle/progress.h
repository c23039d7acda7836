// Progress and summary lines for a corpus run, as front ends show them:
// the CLI redraws progress_line on a terminal, every front end can print
// summary_line at the end.
// Thread safety: pure functions.
#pragma once

#include <string>

#include "chronicle/annotate.h"

namespace chronicle {

// One line no wider than `width` columns (ASCII, no newline). With a known
// input size: "[#####.....]  50% 1200 docs 150.2 ktok/s 3 errors ETA 0:42";
// without: "1200 docs 150.2 ktok/s 3 errors 12.0 MB read".
std::string progress_line(const AnnotateStats& stats, unsigned width);

// "annotate: 1200 documents, 1 with errors, 4 notes, 512345 tokens, 7 events,
// 1.84 s (652 documents/s, 3.9 MB/s)", plus ", 300 skipped (other shards or
// already stored)" when some were skipped.
std::string summary_line(const AnnotateStats& stats);

}  // namespace chronicle
