// Writes a Document as TimeML with inline TIMEX3 tags (TimeML 1.2.1), the
// input TempEval scorers read.
//
// requires: doc.text is valid UTF-8; the time stage ran (doc.times sorted,
// non-overlapping, inside the text).
// ensures: one <TimeML> element per document: <DOCID>, a <DCT> TIMEX3 "t0"
// when meta.date is set, and <TEXT> holding the text with XML special
// characters escaped and each expression wrapped in
// <TIMEX3 tid="tN" type=".." value=".." [mod=".."]>; tids count from t1 in
// text order. A paired clock time carries no extra attribute (TimeML has
// none for it). Expressions that would overlap are skipped.
// Thread safety: pure function.
#pragma once

#include <string>

#include "chronicle/document.h"

namespace chronicle::io {

void append_document_timeml(const Document& doc, std::string& out);

}  // namespace chronicle::io
