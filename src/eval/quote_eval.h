// Quote evaluation: chronicle's quotations against a gold file of the
// project's own format (eval/quotes/GUIDELINES.md), as library code so the
// CLI's `eval --quotes`, tests and CI score alike.
//
// Gold file: '#' comment lines (one "# root: DIR" names the article folder,
// relative to the gold file), then tab-separated rows
//   doc  start  end  kind  speaker_start  speaker_end  split
// with code-point offsets into the article; speaker -1 -1 when none. A row
// with "-" in the offset columns lists an article that has no quotation.
//
// A file whose comments include "# layer: reported" holds reported speech
// instead (kind "reported" in every row; eval/quotes/bbc-reported.tsv): it is
// scored against the stage's reported quotations only, the others against
// everything but reported speech.
//
// Scores:
// - exact: a system quotation whose span equals a gold span;
// - overlap: one-to-one matching of overlapping spans (gold order, first fit);
// - speaker: over gold quotations with a speaker that an overlapping system
//   quotation matched, the system speaker_text names the same speaker when
//   the last words agree (case-insensitive, possessive 's dropped): "Ms Ruiz"
//   = "Ana Ruiz"; also given over all gold quotations with a speaker;
// - kind: over overlap matches, the same kind (direct | partial | scare).
//
// Thread safety: stateless functions over const inputs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"
#include "eval/conllu_eval.h"

namespace chronicle::eval {

struct GoldQuote {
  uint32_t start = 0;  // code points
  uint32_t end = 0;
  std::string kind;
  int64_t speaker_start = -1;  // code points, -1 when none
  int64_t speaker_end = -1;
};

struct GoldArticle {
  std::string doc;    // path relative to the root
  std::string split;  // dev | test
  std::vector<GoldQuote> quotes;
};

struct QuoteGold {
  std::string root;  // the article folder, resolved against the gold file's folder
  std::vector<GoldArticle> articles;
  bool reported = false;  // "# layer: reported": rows are reported speech
};

// requires: `path` names a gold file as above.
// ensures: articles in file order; a malformed row gives kParseError naming "path:line".
Result<QuoteGold> read_quote_gold(const std::string& path);

struct QuoteScores {
  Score exact;
  Score overlap;
  size_t speaker_gold = 0;     // gold quotations with a speaker
  size_t speaker_matched = 0;  // ... matched by an overlapping system quotation
  size_t speaker_correct = 0;
  size_t kind_matched = 0;
  size_t kind_correct = 0;
  // One line per wrong speaker, wrong kind, missed or spurious span, for
  // reading the errors: "doc<TAB>start<TAB>end<TAB>what<TAB>gold<TAB>system".
  std::vector<std::string> errors;
  void add(const QuoteScores& o);
};

// True when two speaker texts name the same speaker (last words agree).
bool same_speaker(std::string_view a, std::string_view b);

// requires: `doc` was annotated from the article text (byte offsets); `cp` is
// the article as code points would count them (doc.text itself).
// ensures: adds one article's counts to `scores`.
// `reported`: score the reported-speech layer (QuoteGold::reported).
void score_quotes(const GoldArticle& gold, const Document& doc, QuoteScores& scores, bool reported = false);

// "exact P R F1 / overlap ... / speaker ... / kind ..." as a small table.
std::string format_quote_scores(const QuoteScores& s);

}  // namespace chronicle::eval
