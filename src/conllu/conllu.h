// CoNLL-U reading (https://universaldependencies.org/format.html) and the
// raw-text rebuild used for evaluation (DESIGN.md §6).
//
// A treebank is kept as a flat list of sentences; `new_document` and
// `new_paragraph` mark where documents and paragraphs begin (a new document
// always begins a new paragraph). Empty nodes (ids like 8.1, enhanced graphs
// only) are skipped: no evaluation metric here uses them.
//
// Thread safety: plain values; the functions are stateless.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/status.h"

namespace chronicle::conllu {

constexpr int32_t kNoHead = -1;  // HEAD column was "_"

// One syntactic word (a line whose ID is an integer).
struct Word {
  int32_t id = 0;  // 1-based inside the sentence
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;
  int32_t head = kNoHead;  // 0 for the root, kNoHead when "_"
  std::string deprel;
  std::string deps;
  std::string misc;
  bool space_after = true;  // false when MISC has SpaceAfter=No
};

// A multiword token line "first-last form ...": one surface token that is
// split into the words [first, last].
struct MultiwordToken {
  int32_t first = 0;
  int32_t last = 0;
  std::string form;
  std::string misc;
  bool space_after = true;
};

struct Sentence {
  std::string sent_id;  // "# sent_id = ...", may be empty
  std::string text;     // "# text = ...", valid only when has_text
  bool has_text = false;
  bool new_document = false;  // "# newdoc" precedes it (or it is the first sentence)
  bool new_paragraph = false;  // "# newpar" or new_document
  std::string document_id;    // from "# newdoc id = ..."
  std::string paragraph_id;   // from "# newpar id = ..."
  uint32_t line = 0;          // 1-based line of the sentence's first line
  std::vector<Word> words;
  std::vector<MultiwordToken> multiword_tokens;  // in text order
};

// A surface token: either a multiword token or a word outside every range.
struct SurfaceToken {
  std::string_view form;
  int32_t first_word = 0;  // index into Sentence::words (0-based)
  int32_t last_word = 0;   // inclusive
  bool space_after = true;
  bool is_multiword() const { return last_word > first_word; }
};

// The surface tokens of `sentence`, in text order.
std::vector<SurfaceToken> surface_tokens(const Sentence& sentence);

struct Treebank {
  std::string name;  // file name, used in error messages
  std::vector<Sentence> sentences;
};

// requires: `content` is the text of a CoNLL-U file; `name` names it in errors.
// ensures: on success every sentence has >= 1 word, word ids run 1..n, heads
// are in [0, n] or kNoHead and multiword ranges lie inside 1..n; on failure
// the Status says "name:line: what is wrong".
Result<Treebank> parse(std::string_view content, std::string_view name = "<conllu>");

// Reads and parses a file.
Result<Treebank> read_file(const std::string& path);

// CoNLL-U text of the sentences' words (no multiword token lines, no
// comments but sent_id): enough to train and evaluate on again, e.g. a
// treebank whose tags were replaced by a tagger's.
std::string format_words(const Treebank& treebank);

// The raw text of a treebank and where every gold unit lies in it.
// Offsets are byte offsets into `text`.
struct RawText {
  std::string text;
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;                 // one per treebank sentence
  std::vector<std::vector<Span>> tokens;       // per sentence, one per surface token
  // Per sentence, one per word. Words of a multiword token get their own
  // piece when the word forms spell the token ("did|n't"), otherwise the
  // whole token's span.
  std::vector<std::vector<Span>> words;
};

// Builds the raw text exactly as DESIGN.md §6 says: each sentence's
// "# text" (or its forms joined by SpaceAfter when absent), sentences joined by
// one space, paragraphs and documents separated by a blank line ("\n\n").
// fails: when a sentence's forms cannot be found, in order, in its "# text"
// (whitespace is skipped on both sides); the message names file:line.
Result<RawText> rebuild_text(const Treebank& treebank);

// Length in bytes of the Unicode white-space character at `pos` of UTF-8
// `text` (what Python's `\s` matches, as the CoNLL 2018 evaluation script
// strips), or 0 when there is none.
size_t space_length(std::string_view text, size_t pos);

}  // namespace chronicle::conllu
