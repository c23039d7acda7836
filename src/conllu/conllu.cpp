#include "conllu/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace chronicle::conllu {
namespace {

constexpr size_t kColumns = 10;

Status error_at(std::string_view name, uint32_t line, std::string message) {
  return Status(StatusCode::kParseError, std::move(message),
                std::string(name) + ":" + std::to_string(line));
}

bool parse_int(std::string_view s, int32_t& out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// True when MISC (a '|'-separated list) contains SpaceAfter=No.
bool has_no_space_after(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    if (misc.substr(pos, bar - pos) == "SpaceAfter=No") return true;
    pos = bar + 1;
  }
  return false;
}

// "# key = value" -> value when the comment's key is `key`.
bool comment_value(std::string_view comment, std::string_view key, std::string_view& value) {
  // comment starts after '#'
  size_t i = 0;
  while (i < comment.size() && comment[i] == ' ') ++i;
  if (comment.substr(i, key.size()) != key) return false;
  i += key.size();
  size_t j = i;
  while (j < comment.size() && comment[j] == ' ') ++j;
  if (j == comment.size()) {  // "# newpar" without an id
    value = {};
    return true;
  }
  if (comment[j] != '=') return false;
  ++j;
  while (j < comment.size() && comment[j] == ' ') ++j;
  value = comment.substr(j);
  return true;
}

Status finish_sentence(std::string_view name, Sentence& s) {
  const int32_t n = static_cast<int32_t>(s.words.size());
  for (const Word& w : s.words) {
    if (w.head != kNoHead && (w.head < 0 || w.head > n)) {
      return error_at(name, s.line,
                      "word " + std::to_string(w.id) + " has HEAD " + std::to_string(w.head) +
                          " outside 0.." + std::to_string(n));
    }
  }
  int32_t previous_last = 0;
  for (const MultiwordToken& m : s.multiword_tokens) {
    if (m.first <= previous_last || m.last > n) {
      return error_at(name, s.line,
                      "multiword token " + std::to_string(m.first) + "-" + std::to_string(m.last) +
                          " overlaps another or lies outside the sentence's words");
    }
    previous_last = m.last;
  }
  return {};
}

}  // namespace

size_t space_length(std::string_view text, size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return (c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f)) ? 1 : 0;
  auto byte = [&](size_t k) -> unsigned {
    return pos + k < text.size() ? static_cast<unsigned char>(text[pos + k]) : 0u;
  };
  if (c == 0xc2) return (byte(1) == 0x85 || byte(1) == 0xa0) ? 2 : 0;
  if (c == 0xe1) return (byte(1) == 0x9a && byte(2) == 0x80) ? 3 : 0;  // U+1680
  if (c == 0xe2 && byte(1) == 0x80) {
    const unsigned b = byte(2);
    // U+2000..U+200A, U+2028, U+2029, U+202F
    return ((b >= 0x80 && b <= 0x8a) || b == 0xa8 || b == 0xa9 || b == 0xaf) ? 3 : 0;
  }
  if (c == 0xe2 && byte(1) == 0x81 && byte(2) == 0x9f) return 3;  // U+205F
  if (c == 0xe3 && byte(1) == 0x80 && byte(2) == 0x80) return 3;  // U+3000
  return 0;
}

std::vector<SurfaceToken> surface_tokens(const Sentence& sentence) {
  std::vector<SurfaceToken> out;
  out.reserve(sentence.words.size());
  size_t m = 0;
  const int32_t n = static_cast<int32_t>(sentence.words.size());
  for (int32_t i = 0; i < n;) {
    const int32_t id = i + 1;
    if (m < sentence.multiword_tokens.size() && sentence.multiword_tokens[m].first == id) {
      const MultiwordToken& mt = sentence.multiword_tokens[m++];
      out.push_back({mt.form, i, mt.last - 1, mt.space_after});
      i = mt.last;
    } else {
      const Word& w = sentence.words[i];
      out.push_back({w.form, i, i, w.space_after});
      ++i;
    }
  }
  return out;
}

Result<Treebank> parse(std::string_view content, std::string_view name) {
  Treebank tb;
  tb.name = std::string(name);
  Sentence cur;
  bool in_sentence = false;   // saw a comment or word line since the last blank
  bool pending_doc = false;   // "# newdoc" seen for the sentence being read
  bool pending_par = false;
  std::string doc_id, par_id;
  uint32_t line_no = 0;
  size_t pos = 0;
  std::string_view fields[kColumns];

  auto flush = [&]() -> Status {
    if (!in_sentence) return {};
    if (cur.words.empty()) return error_at(name, cur.line, "sentence has no word lines");
    CHRONICLE_RETURN_IF_ERROR(finish_sentence(name, cur));
    cur.new_document = pending_doc || tb.sentences.empty();
    cur.new_paragraph = pending_par || cur.new_document;
    cur.document_id = pending_doc ? doc_id : std::string();
    cur.paragraph_id = pending_par ? par_id : std::string();
    tb.sentences.push_back(std::move(cur));
    cur = Sentence();
    in_sentence = pending_doc = pending_par = false;
    return {};
  };

  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    if (line.empty()) {
      CHRONICLE_RETURN_IF_ERROR(flush());
      continue;
    }
    if (!in_sentence) {
      in_sentence = true;
      cur.line = line_no;
    }
    if (line[0] == '#') {
      if (!cur.words.empty()) return error_at(name, line_no, "comment line after word lines");
      std::string_view comment = line.substr(1), value;
      if (comment_value(comment, "newdoc", value) || comment_value(comment, "newdoc id", value)) {
        pending_doc = true;
        doc_id = std::string(value);
      } else if (comment_value(comment, "newpar", value) || comment_value(comment, "newpar id", value)) {
        pending_par = true;
        par_id = std::string(value);
      } else if (comment_value(comment, "sent_id", value)) {
        cur.sent_id = std::string(value);
      } else if (comment_value(comment, "text", value)) {
        cur.text = std::string(value);
        cur.has_text = true;
      }
      continue;
    }

    size_t n = 0, start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      if (n < kColumns) fields[n] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
      ++n;
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (n != kColumns) {
      return error_at(name, line_no,
                      "expected 10 tab-separated columns, found " + std::to_string(n));
    }
    std::string_view id = fields[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    const size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      MultiwordToken mt;
      if (!parse_int(id.substr(0, dash), mt.first) || !parse_int(id.substr(dash + 1), mt.last) ||
          mt.first < 1 || mt.last <= mt.first) {
        return error_at(name, line_no, "malformed multiword token range '" + std::string(id) + "'");
      }
      if (mt.first != static_cast<int32_t>(cur.words.size()) + 1) {
        return error_at(name, line_no,
                        "multiword token range '" + std::string(id) + "' does not start at word " +
                            std::to_string(cur.words.size() + 1));
      }
      mt.form = std::string(fields[1]);
      mt.misc = std::string(fields[9]);
      mt.space_after = !has_no_space_after(fields[9]);
      cur.multiword_tokens.push_back(std::move(mt));
      continue;
    }
    Word w;
    if (!parse_int(id, w.id) || w.id != static_cast<int32_t>(cur.words.size()) + 1) {
      return error_at(name, line_no,
                      "expected word id " + std::to_string(cur.words.size() + 1) + ", found '" +
                          std::string(id) + "'");
    }
    if (fields[6] != "_" && (!parse_int(fields[6], w.head) || w.head < 0)) {
      return error_at(name, line_no, "HEAD '" + std::string(fields[6]) + "' is not a word id or 0");
    }
    w.form = std::string(fields[1]);
    w.lemma = std::string(fields[2]);
    w.upos = std::string(fields[3]);
    w.xpos = std::string(fields[4]);
    w.feats = std::string(fields[5]);
    w.deprel = std::string(fields[7]);
    w.deps = std::string(fields[8]);
    w.misc = std::string(fields[9]);
    w.space_after = !has_no_space_after(fields[9]);
    cur.words.push_back(std::move(w));
  }
  if (in_sentence && cur.words.empty()) {
    // Trailing comments without words (e.g. a final "# newdoc"): nothing to keep.
    return tb;
  }
  CHRONICLE_RETURN_IF_ERROR(flush());
  return tb;
}

Result<Treebank> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open CoNLL-U file", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "read failed", path);
  return parse(ss.str(), path);
}

namespace {

// Finds `form` in `text` from `pos`, skipping white space in both; returns
// the span it covers or false when the characters differ.
bool locate(std::string_view text, size_t& pos, std::string_view form, Span& span) {
  while (pos < text.size()) {
    size_t k = space_length(text, pos);
    if (k == 0) break;
    pos += k;
  }
  const size_t start = pos;
  size_t f = 0;
  while (f < form.size()) {
    if (size_t k = space_length(form, f)) {
      f += k;
      continue;
    }
    if (pos < text.size()) {
      if (size_t k = space_length(text, pos); k && f > 0) {
        pos += k;
        continue;
      }
    }
    if (pos >= text.size() || text[pos] != form[f]) return false;
    ++pos;
    ++f;
  }
  span = {static_cast<uint32_t>(start), static_cast<uint32_t>(pos)};
  return true;
}

}  // namespace

Result<RawText> rebuild_text(const Treebank& tb) {
  RawText raw;
  raw.sentences.reserve(tb.sentences.size());
  raw.tokens.reserve(tb.sentences.size());
  raw.words.reserve(tb.sentences.size());
  std::string built;
  for (size_t si = 0; si < tb.sentences.size(); ++si) {
    const Sentence& s = tb.sentences[si];
    if (si > 0) {
      if (s.new_paragraph) {
        raw.paragraphs.back().end = raw.sentences.back().end;
        raw.text += "\n\n";
      } else {
        raw.text += ' ';
      }
    }
    const auto base = static_cast<uint32_t>(raw.text.size());
    if (si == 0 || s.new_paragraph) raw.paragraphs.push_back({base, base});

    const std::vector<SurfaceToken> toks = surface_tokens(s);
    std::string_view sentence_text;
    if (s.has_text) {
      sentence_text = s.text;
    } else {
      built.clear();
      for (size_t t = 0; t < toks.size(); ++t) {
        built += toks[t].form;
        if (toks[t].space_after && t + 1 < toks.size()) built += ' ';
      }
      sentence_text = built;
    }
    raw.text += sentence_text;

    std::vector<Span> token_spans(toks.size());
    std::vector<Span> word_spans(s.words.size());
    size_t pos = 0;
    for (size_t t = 0; t < toks.size(); ++t) {
      Span sp;
      if (!locate(sentence_text, pos, toks[t].form, sp)) {
        return error_at(tb.name, s.line,
                        "token '" + std::string(toks[t].form) + "' of sentence '" + s.sent_id +
                            "' is not found in its # text at byte " + std::to_string(pos));
      }
      token_spans[t] = {sp.start + base, sp.end + base};
      // Words of a multiword token: give each its own piece when the forms
      // spell the token, else the whole token's span.
      bool pieces = toks[t].is_multiword();
      if (pieces) {
        size_t wpos = sp.start;
        for (int32_t w = toks[t].first_word; w <= toks[t].last_word && pieces; ++w) {
          Span ws;
          if (!locate(std::string_view(sentence_text).substr(0, sp.end), wpos, s.words[w].form, ws)) {
            pieces = false;
          } else {
            word_spans[w] = {ws.start + base, ws.end + base};
          }
        }
        if (wpos != sp.end) pieces = false;
      }
      if (!pieces) {
        for (int32_t w = toks[t].first_word; w <= toks[t].last_word; ++w) word_spans[w] = token_spans[t];
      }
    }
    raw.sentences.push_back({token_spans.front().start, token_spans.back().end});
    raw.tokens.push_back(std::move(token_spans));
    raw.words.push_back(std::move(word_spans));
  }
  if (!raw.paragraphs.empty()) raw.paragraphs.back().end = raw.sentences.back().end;
  return raw;
}


std::string format_words(const Treebank& treebank) {
  std::string out;
  auto field = [&](const std::string& v) { out.append(v.empty() ? "_" : v); };
  for (const Sentence& s : treebank.sentences) {
    if (!s.sent_id.empty()) out.append("# sent_id = ").append(s.sent_id).append("\n");
    for (const Word& w : s.words) {
      out.append(std::to_string(w.id)).push_back('\t');
      field(w.form), out.push_back('\t');
      field(w.lemma), out.push_back('\t');
      field(w.upos), out.push_back('\t');
      field(w.xpos), out.push_back('\t');
      field(w.feats), out.push_back('\t');
      out.append(w.head == kNoHead ? "_" : std::to_string(w.head)).push_back('\t');
      field(w.deprel), out.push_back('\t');
      field(w.deps), out.push_back('\t');
      field(w.misc), out.push_back('\n');
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace chronicle::conllu
