// Document date from the text, for documents whose input and command line
// give none: a dateline or "Published ..." line near the top, a "Published"
// line anywhere, else the latest embedded post's signature date.
//
// requires: tokens and sentences (and posts, when the social stage ran).
// ensures: returns an ISO date and its source ("dateline" or "post"), or
// empty strings when the text says nothing; never guesses today.
// Thread safety: pure function.
#pragma once

#include <string>

#include "chronicle/document.h"

namespace chronicle::timex {

struct DocumentDate {
  std::string date;    // yyyy-mm-dd, empty when none was found
  std::string source;  // "dateline" | "post"
};

DocumentDate find_document_date(const Document& doc);

}  // namespace chronicle::timex
