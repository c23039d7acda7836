// NER throughput: runs the tagger and the NER over every sentence of a gold
// NER file (IOB2/CoNLL or GMB's CSV, gold words) N times and prints tokens/s
// for the tagger's labels alone, the NER alone (atoms + BILOU labels, given
// the tagger's XPOS) and both, as `chronicle eval --ner` runs them; then
// Tagger::tag_document and Ner::recognize (with its document-level passes)
// on Documents of 30 sentences each, about a news article.
// Usage: bench_ner TAGGER.chm NER.chm FILE [REPEATS]
// Thread CPU time: on a shared machine wall time measures the load.
#include "bench_clock.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "eval/ner_data.h"
#include "ner/name_history.h"
#include "ner/ner_tagger.h"
#include "tag/tagger.h"

int main(int argc, char** argv) {
  using namespace chronicle;
  if (argc < 4) {
    std::fprintf(stderr, "usage: bench_ner TAGGER.chm NER.chm FILE [REPEATS]\n");
    return 2;
  }
  const int repeats = argc > 4 ? std::atoi(argv[4]) : 5;
  auto tagger = tag::Tagger::load(argv[1]);
  if (!tagger.ok()) {
    std::fprintf(stderr, "error: %s\n", tagger.status().to_string().c_str());
    return 1;
  }
  auto ner = ner::Ner::load(argv[2]);
  if (!ner.ok()) {
    std::fprintf(stderr, "error: %s\n", ner.status().to_string().c_str());
    return 1;
  }
  auto gold = eval::read_ner_file(argv[3]);
  if (!gold.ok()) {
    std::fprintf(stderr, "error: %s\n", gold.status().to_string().c_str());
    return 1;
  }
  std::vector<std::vector<std::string_view>> sentences, xpos;
  size_t tokens = 0;
  for (const auto& s : gold->sentences) {
    sentences.emplace_back(s.forms.begin(), s.forms.end());
    tokens += s.forms.size();
  }
  std::vector<uint32_t> labels;
  std::vector<ner::NerAtoms> atoms;
  // Tagger alone; keeps the XPOS for the NER-alone run.
  double c0 = cpu_seconds();
  for (int r = 0; r < repeats; ++r) {
    xpos.clear();
    for (const auto& s : sentences) {
      tagger->predict(s, labels);
      auto& x = xpos.emplace_back();
      for (uint32_t l : labels) x.push_back(tagger->labels()[l].xpos);
    }
  }
  const double tag_s = cpu_seconds() - c0;
  c0 = cpu_seconds();
  for (int r = 0; r < repeats; ++r) {
    ner::NameHistory history;  // as Ner::recognize and eval --ner run it
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (gold->sentences[i].new_document) history.clear();
      ner->atoms(sentences[i], xpos[i], atoms);
      history.fill(atoms);
      ner->predict(atoms, labels);
      history.add(atoms, labels);
    }
  }
  const double ner_s = cpu_seconds() - c0;
  const double n = double(tokens) * repeats;
  std::printf("tagger labels:   %9.0f tokens/s CPU\n", n / tag_s);
  std::printf("ner labels:      %9.0f tokens/s CPU (given XPOS)\n", n / ner_s);
  std::printf("tagger + ner:    %9.0f tokens/s CPU (%zu tokens x %d)\n", n / (tag_s + ner_s), tokens, repeats);

  std::vector<Document> docs;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i % 30 == 0) docs.emplace_back();
    Document& doc = docs.back();
    Sentence out;
    out.first_token = static_cast<uint32_t>(doc.tokens.size());
    for (auto w : sentences[i]) {
      Token t;
      t.start = static_cast<uint32_t>(doc.text.size());
      doc.text += w;
      t.end = static_cast<uint32_t>(doc.text.size());
      doc.text += ' ';
      t.sentence = static_cast<uint32_t>(doc.sentences.size());
      doc.tokens.push_back(t);
    }
    out.last_token = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(out);
  }
  c0 = cpu_seconds();
  for (int r = 0; r < repeats; ++r)
    for (Document& doc : docs) tagger->tag_document(doc);
  const double tag_doc_s = cpu_seconds() - c0;
  c0 = cpu_seconds();
  size_t names = 0;
  for (int r = 0; r < repeats; ++r)
    for (Document& doc : docs) {
      ner->recognize(doc);
      names += doc.names.size();
    }
  const double rec_s = cpu_seconds() - c0;
  std::printf("tag_document:    %9.0f tokens/s CPU (%zu documents of 30 sentences)\n", n / tag_doc_s, docs.size());
  std::printf("ner recognize:   %9.0f tokens/s CPU (document passes included; %zu names)\n", n / rec_s,
              names / static_cast<size_t>(repeats));
  std::printf("both, documents: %9.0f tokens/s CPU\n", n / (tag_doc_s + rec_s));
  return 0;
}
