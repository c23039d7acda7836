// Shared pieces of the PETRARCH2 / TABARI dictionary text formats: phrase
// normalisation, comment stripping and located errors.
//
// A dictionary phrase joins its words with '_' or spaces ("SERGEY_V._LAVROV",
// "CHIEF EXECUTIVE"); a trailing '_' marks the phrase as complete words only.
// chronicle matches whole tokens in any case, so both become the upper-case
// words joined by single spaces: "SERGEY V. LAVROV".
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/status.h"

namespace chronicle::rules {

// Problems found while reading a dictionary file. None is fatal: the bad line
// is skipped and reading goes on. Each Status has where = "file:line" and a
// message that quotes the offending text.
struct DictionaryErrors {
  std::vector<Status> errors;
  void add(const std::string& file, size_t line, const std::string& message, std::string_view text);
};

// "SERGEY_V._LAVROV_" -> "SERGEY V. LAVROV"; also upper-cases ASCII letters
// and collapses runs of separators. Empty when the phrase has no word.
std::string normalize_phrase(std::string_view phrase);

// Upper-cases ASCII letters of one token (dictionary matching is case-blind).
std::string upper_ascii(std::string_view s);

// The line without a '#' comment and without surrounding white space.
std::string_view strip_comment(std::string_view line);
std::string_view trim(std::string_view s);

// Splits a file's bytes into lines (LF or CRLF).
std::vector<std::string_view> split_lines(std::string_view text);

// Reads a whole file; kNotFound / kIoError naming the path.
Result<std::string> read_text_file(const std::string& path);

}  // namespace chronicle::rules
