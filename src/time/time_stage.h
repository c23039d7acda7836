// The time stage: fills Document::times with TIMEX3 expressions normalised
// against meta.date and meta.timezone (DESIGN.md §2 "times").
//
// requires: tokens and sentences (tags improve weekday resolution; posts give
// a document date when nothing else does).
// ensures: doc.times in text order, never overlapping, every value a valid
// TIMEX3 value; a clock time followed by its conversion in parentheses
// ("9.05am (2.05pm BST)") gives two entries linked both ways by `same_as`,
// each with its own utc_offset. When meta.date is empty a date found in the
// text fills it (meta.date_source "dateline" or "post"); with none, relative
// expressions keep X placeholders. Inside an embedded post the post's own
// signature date is the anchor. An unknown meta.timezone adds an
// "unknown_timezone" note and is ignored.
// Thread safety: reentrant; the zone database loads once, thread-safely.
#pragma once

#include "chronicle/document.h"

namespace chronicle::timex {

void annotate_times(Document& doc);

}  // namespace chronicle::timex
