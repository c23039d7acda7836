#include "io/conllu_writer.h"

#include <algorithm>

namespace chronicle::io {

namespace {

// Comment values and fields are single-line: any line break or tab inside
// becomes a space (token forms never hold whitespace; ids and text might).
void append_single_line(std::string_view s, std::string& out) {
  for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
}

void append_field(std::string_view s, std::string& out) {
  if (s.empty()) {
    out.push_back('_');
  } else {
    append_single_line(s, out);
  }
}

void append_uint(uint32_t v, std::string& out) { out.append(std::to_string(v)); }

// UD's SpacesAfter escaping: \s space, \t tab, \n newline, \r CR, \\ backslash;
// other whitespace (NBSP, U+2028...) is written as itself.
std::string spaces_after_value(std::string_view ws) {
  std::string v;
  for (char c : ws) {
    switch (c) {
      case ' ': v += "\\s"; break;
      case '\t': v += "\\t"; break;
      case '\n': v += "\\n"; break;
      case '\r': v += "\\r"; break;
      case '\\': v += "\\\\"; break;
      case '|': v += "\\p"; break;
      default: v.push_back(c);
    }
  }
  return v;
}

// MISC for the word or range line that ends at token `last` of the sentence.
void append_misc(const Document& doc, const Sentence& s, uint32_t last, std::string& out) {
  const Token& t = doc.tokens[last];
  const bool sentence_end = last + 1 == s.last_token;
  if (!t.space_after) {
    if (sentence_end) {
      out.push_back('_');  // UD does not require SpaceAfter=No at a sentence end
    } else {
      out.append("SpaceAfter=No");
    }
    return;
  }
  // The whitespace actually following the token: up to the next token, or to
  // the end of the whitespace run at a sentence end.
  uint32_t ws_end;
  if (last + 1 < doc.tokens.size()) {
    ws_end = doc.tokens[last + 1].start;
  } else {
    ws_end = static_cast<uint32_t>(doc.text.size());
  }
  ws_end = std::min<uint32_t>(ws_end, static_cast<uint32_t>(doc.text.size()));
  const std::string_view ws =
      t.end <= ws_end ? std::string_view(doc.text).substr(t.end, ws_end - t.end) : std::string_view();
  if (sentence_end || ws == " " || ws.empty()) {
    out.push_back('_');
    return;
  }
  out.append("SpacesAfter=");
  out.append(spaces_after_value(ws));
}

void append_sentence(const Document& doc, const Sentence& s, uint32_t number, std::string& out) {
  const uint32_t first = s.first_token;
  const uint32_t last = std::min<uint32_t>(s.last_token, static_cast<uint32_t>(doc.tokens.size()));
  out.append("# sent_id = ");
  append_single_line(doc.id, out);
  out.push_back('-');
  append_uint(number, out);
  out.append("\n# text = ");
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = doc.tokens[i];
    out.append(doc.token_text(t));
    if (t.space_after && i + 1 < last) out.push_back(' ');
  }
  out.push_back('\n');

  for (uint32_t i = first; i < last; ++i) {
    // A multiword token: tokens i..j joined in one orthographic word.
    uint32_t j = i;
    while (j + 1 < last && doc.tokens[j].joined_with_next) ++j;
    if (j > i) {
      append_uint(i - first + 1, out);
      out.push_back('-');
      append_uint(j - first + 1, out);
      out.push_back('\t');
      append_field(doc.span_text(doc.tokens[i].start, doc.tokens[j].end), out);
      out.append("\t_\t_\t_\t_\t_\t_\t_\t");
      append_misc(doc, s, j, out);
      out.push_back('\n');
    }
    for (uint32_t k = i; k <= j; ++k) {
      const Token& t = doc.tokens[k];
      append_uint(k - first + 1, out);
      out.push_back('\t');
      append_field(doc.token_text(t), out);
      out.push_back('\t');
      append_field(t.lemma, out);
      out.push_back('\t');
      append_field(t.upos, out);
      out.push_back('\t');
      append_field(t.xpos, out);
      out.append("\t_\t");
      if (t.head == -1) {
        out.push_back('0');
      } else if (t.head >= static_cast<int32_t>(first) && t.head < static_cast<int32_t>(last)) {
        append_uint(static_cast<uint32_t>(t.head) - first + 1, out);
      } else {
        out.push_back('_');
      }
      out.push_back('\t');
      append_field(t.deprel, out);
      out.append("\t_\t");
      if (j > i) {
        out.push_back('_');  // spacing belongs to the range line
      } else {
        append_misc(doc, s, k, out);
      }
      out.push_back('\n');
    }
    i = j;
  }
  out.push_back('\n');
}

}  // namespace

void append_document_conllu(const Document& doc, std::string& out) {
  uint32_t paragraph = UINT32_MAX;
  uint32_t number = 0;
  for (const Sentence& s : doc.sentences) {
    if (s.first_token >= s.last_token) continue;  // UD has no empty sentences
    if (number == 0) {
      // Comments belong to the sentence that follows, so a document without
      // sentences writes nothing at all.
      out.append("# newdoc id = ");
      append_single_line(doc.id, out);
      out.push_back('\n');
    }
    if (s.paragraph != paragraph) {
      out.append("# newpar\n");
      paragraph = s.paragraph;
    }
    append_sentence(doc, s, ++number, out);
  }
}

}  // namespace chronicle::io
