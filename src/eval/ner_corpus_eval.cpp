#include "eval/ner_corpus_eval.h"

#include <time.h>

#include <vector>

#include "ner/name_history.h"

namespace chronicle::eval {

namespace {

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

NerRun evaluate_ner(const ner::Ner& ner, const tag::Tagger& tagger, const NerCorpus& corpus,
                    const std::set<std::string>& types, std::vector<std::vector<std::string>>* predicted) {
  NerRun run{NerScorer(types)};
  std::vector<std::string_view> forms, xpos;
  std::vector<ner::NerAtoms> atoms;
  std::vector<uint32_t> labels, tag_labels;
  std::vector<std::string> tags;
  ner::NameHistory history;  // sentences are tagged in file order, as in a document
  for (const auto& s : corpus.sentences) {
    if (s.new_document) history.clear();
    forms.assign(s.forms.begin(), s.forms.end());
    const double t0 = thread_seconds();
    tagger.predict(forms, tag_labels);
    xpos.clear();
    for (uint32_t l : tag_labels) xpos.push_back(tagger.labels()[l].xpos);
    ner.atoms(forms, xpos, atoms);
    history.fill(atoms);
    ner.predict(atoms, labels);
    history.add(atoms, labels);
    run.seconds += thread_seconds() - t0;
    run.tokens += static_cast<int64_t>(forms.size());
    tags.clear();
    for (uint32_t l : labels) tags.push_back(ner.label_name(l));
    run.scorer.add(bio_spans(s.tags), bio_spans(tags));
    if (predicted) predicted->push_back(tags);
  }
  return run;
}

}  // namespace chronicle::eval
