#include "event/threatened_act.h"

namespace chronicle::event {

bool is_threatened_act(const DependencyView& view, uint32_t verb) {
  const Token& tok = view.token(verb);
  if (tok.head < 0 || view.lemma(static_cast<uint32_t>(tok.head)) != "threaten") return false;
  if (deprel_is(tok.deprel, "xcomp")) return true;
  // The parser labels some "threatened to attack" an adverbial clause; its
  // "to" marks it as the threat's infinitive all the same.
  if (!deprel_is(tok.deprel, "advcl")) return false;
  for (uint32_t c : view.children_with(verb, "mark"))
    if (view.lemma(c) == "to") return true;
  return false;
}

std::string threat_code(const std::string& act) {
  if (act.starts_with("13")) return act;
  if (act.starts_with("18") || act.starts_with("19") || act.starts_with("20")) return "138";
  return "130";
}

namespace {

// Whether `clause` says what may happen: marked "that" (or, when `bare` is
// allowed, unmarked: "warned Bo the plan would fail"), with a subject of its
// own that is no pronoun. -1 for a pronoun subject (the warner's own act to
// come, or a relative "that"), 0 for no such clause, 1 for one.
int outcome_clause(const DependencyView& view, uint32_t clause, bool bare) {
  const std::vector<uint32_t> marks = view.children_with(clause, "mark");
  bool that = bare && marks.empty();
  for (uint32_t m : marks) that = that || view.lemma(m) == "that";
  if (!that) return 0;  // "whether", "if"
  bool subject = false;
  for (const char* rel : {"nsubj", "csubj"}) {  // and their :pass
    for (uint32_t s : view.children_with(clause, rel)) {
      if (view.token(s).upos == "PRON") return -1;  // "that it would retaliate"
      subject = true;
    }
  }
  return subject ? 1 : 0;
}

}  // namespace

bool warns_of_outcome(const DependencyView& view, uint32_t verb) {
  const std::string lemma = view.lemma(verb);
  if (lemma != "warn" && lemma != "caution") return false;
  for (uint32_t clause : view.children_with(verb, "ccomp")) {
    const int outcome = outcome_clause(view, clause, true);
    if (outcome != 0) return outcome > 0;
  }
  // "warned Bo in a report that rising wages could ...": the parser hangs the
  // clause on the noun of the verb's phrase.
  for (uint32_t phrase : view.children_with(verb, "obl")) {
    for (const char* rel : {"acl", "ccomp"}) {
      for (uint32_t clause : view.children_with(phrase, rel)) {
        const int outcome = outcome_clause(view, clause, false);
        if (outcome != 0) return outcome > 0;
      }
    }
  }
  return false;
}

}  // namespace chronicle::event
