// The articles a gold set names (eval --geo, --actors-gold, --quotes and
// --events with a .tsv gold set), read from the corpus for annotation.
#pragma once

#include <string>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle::cli {

// requires: `file` is the article's path (the gold set's root + "/" + `id`),
// `gold` the gold file that names it, `date` the set's document date or "".
// ensures: a Document with id `id`, the file's bytes as text and, when `date`
// is not empty, that date given as input; kNotFound
// "<file>: cannot read the article named in <gold>" when the file cannot be opened.
Result<Document> read_gold_article(const std::string& file, const std::string& id, const std::string& date,
                                   const std::string& gold);

}  // namespace chronicle::cli
