#include "eval/gold_tokens.h"

namespace chronicle::eval {

Document gold_tokenized_document(const conllu::Treebank& treebank, const conllu::RawText& raw,
                                 std::vector<std::string_view>& forms) {
  Document doc;
  doc.text = raw.text;
  forms.clear();
  for (const Span& p : raw.paragraphs) doc.paragraphs.push_back({p.start, p.end});
  for (size_t s = 0; s < treebank.sentences.size() && s < raw.words.size(); ++s) {
    const conllu::Sentence& sent = treebank.sentences[s];
    Sentence out;
    out.start = raw.sentences[s].start;
    out.end = raw.sentences[s].end;
    out.first_token = static_cast<uint32_t>(doc.tokens.size());
    // Which words are inside a multiword token (all but its last word join the next).
    std::vector<bool> joined(sent.words.size(), false);
    for (const conllu::MultiwordToken& m : sent.multiword_tokens)
      for (int32_t w = m.first; w < m.last; ++w)
        if (w >= 1 && static_cast<size_t>(w) <= joined.size()) joined[static_cast<size_t>(w - 1)] = true;
    for (size_t w = 0; w < sent.words.size() && w < raw.words[s].size(); ++w) {
      Token t;
      t.start = raw.words[s][w].start;
      t.end = raw.words[s][w].end;
      t.sentence = static_cast<uint32_t>(s);
      t.joined_with_next = joined[w];
      t.space_after = sent.words[w].space_after;
      doc.tokens.push_back(t);
      forms.push_back(sent.words[w].form);
    }
    out.last_token = static_cast<uint32_t>(doc.tokens.size());
    // Paragraph index: the last paragraph starting at or before the sentence.
    for (size_t p = 0; p < doc.paragraphs.size(); ++p)
      if (doc.paragraphs[p].start <= out.start) out.paragraph = static_cast<uint32_t>(p);
    doc.sentences.push_back(out);
  }
  return doc;
}

}  // namespace chronicle::eval
