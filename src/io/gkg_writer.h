// Writes a Document as one record of GDELT's Global Knowledge Graph 2.1
// (../shared/corpora/gdelt-formats/gkg-2.1-columns.txt: 27 columns in the
// codebook's order, tab-separated, one line per document, no header).
//
// requires: a finished Document (the writer reads nothing else).
// ensures: exactly 27 fields. GKGRECORDID is "<DATE>-<63-bit hash of the id>",
// stable across runs and shards; DATE is the document date at 00:00:00 (empty
// without one); the source collection is 1 (WEB) with a URL, else 2
// (CITATIONONLY, identifier = document id). Filled from the layers: V1/V2
// locations (GDELT resolution type, FIPS country and ADM1 codes, coordinates,
// GeoNames id as feature id, code-point offset of each mention), persons and
// organisations (V1 lower-cased and unique, V2 each name mention with its
// offset), V2.1 dates (day, month or year resolution of DATE times with their
// offsets), V2GCAM with only the word count `wc:N` (tokens), quotations as
// "offset|length|cue|text" joined by '#', all names (persons, organisations,
// places), social image and video embeds from the posts' and document's URLs,
// and <PAGE_TITLE> in the extras. Themes, counts, tone, amounts, images and
// translation stay empty: nothing in chronicle measures them yet. GDELT's
// delimiters (tab, newline, and ';' '#' ',' '|' where they separate) are
// replaced by spaces inside names and quotes.
// Thread safety: pure function of its arguments.
#pragma once

#include <string>

#include "chronicle/document.h"

namespace chronicle::io {

constexpr int kGkgColumns = 27;

void append_document_gkg(const Document& doc, std::string& out);

}  // namespace chronicle::io
