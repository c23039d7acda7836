#include "event/event_mood.h"

#include <set>
#include <string_view>

#include "event/capitalised_modal.h"

namespace chronicle::event {

namespace {

bool in(const std::string& w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

bool is_cancel(const std::string& lemma) {
  return in(lemma, {"cancel", "cancelled", "canceled", "scrap", "abandon", "postpone", "suspend", "shelve"});
}
bool is_intent(const std::string& lemma) {
  return in(lemma, {"plan", "intend", "aim", "hope", "want", "expect", "seek", "try", "agree", "promise", "prepare",
                    "schedule", "propose", "offer", "decide", "vow", "pledge", "set", "arrange"});
}

// Predicate adjectives whose infinitive is a plan or an expectation: "is due
// to meet", "is set to address", "is about to sign".
bool is_intent_adjective(const std::string& lemma) {
  return in(lemma, {"due", "set", "about", "poised", "ready", "expected", "bound", "keen", "eager", "determined",
                    "willing"});
}

// Predicate adjectives of a forecast: "is likely to visit", "is unlikely to
// sign" say what may happen, not what anyone plans; a probable act is no
// intent to act (036 needs the party's own plan).
bool is_forecast_adjective(const std::string& lemma) { return in(lemma, {"likely", "unlikely", "probable"}); }

// "Ruritania has been accused of jailing reporters", "accused the mayor of
// hiding debts" (the parser hangs the gerund on the verb or on its
// object): an act someone is accused, suspected or charged with is that
// side's claim, not what the sentence reports as done.
bool is_accused_act(const DependencyView& v, uint32_t t) {
  const Token& tok = v.token(t);
  if (tok.head < 0 || (!deprel_is(tok.deprel, "advcl") && !deprel_is(tok.deprel, "acl"))) return false;
  bool of = false;
  for (uint32_t m : v.children_with(t, "mark")) of = of || in(v.lemma(m), {"of", "with"});
  if (!of) return false;
  auto head = static_cast<uint32_t>(tok.head);
  if (deprel_is(tok.deprel, "acl")) {  // on the accused: the verb is the object's head
    const Token& h = v.token(head);
    if (h.head < 0 || (!deprel_is(h.deprel, "obj") && h.deprel != "nsubj:pass")) return false;
    head = static_cast<uint32_t>(h.head);
  }
  return in(v.lemma(head), {"accuse", "suspect", "charge"});
}

// A day or a coming period: "on Friday", "tomorrow", "next week".
bool names_coming_day(const DependencyView& v, uint32_t t) {
  const std::string l = v.lemma(t);
  if (in(l, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow"})) return true;
  if (!in(l, {"week", "month", "year", "weekend"})) return false;
  for (uint32_t c : v.children_with(t, "amod"))
    if (v.lemma(c) == "next") return true;
  return false;
}

// "Ruritania, which attends the trade forum on Friday", "Ana is meeting Bo
// tomorrow": a present tense (simple or progressive) with a day of its own
// is a schedule, what is planned to happen.
bool scheduled_present(const DependencyView& v, uint32_t verb) {
  const Token& tok = v.token(verb);
  bool present = tok.xpos == "VBZ" || tok.xpos == "VBP";
  bool other_aux = false;
  for (uint32_t c : v.children(verb)) {
    const Token& a = v.token(c);
    if (!deprel_is(a.deprel, "aux")) continue;
    if (tok.xpos == "VBG" && (a.xpos == "VBZ" || a.xpos == "VBP") && v.lemma(c) == "be") present = true;
    else other_aux = true;
  }
  if (!present || other_aux) return false;
  for (uint32_t c : v.children(verb)) {
    const std::string& r = v.token(c).deprel;
    if (!deprel_is(r, "obl") && !deprel_is(r, "advmod")) continue;
    if (names_coming_day(v, c)) return true;
  }
  return false;
}

// Noun `n` has the determiner "no": "no plans", "no intention".
bool denied_by_no(const DependencyView& v, uint32_t n) {
  for (uint32_t c : v.children_with(n, "det"))
    if (v.lemma(c) == "no") return true;
  return false;
}

// Nouns of what may happen: "the risk of a Ruritanian attack", "fears of
// a raid".
bool is_eventuality_noun(const std::string& lemma) {
  return in(lemma, {"risk", "danger", "possibility", "prospect", "likelihood", "chance", "fear", "threat",
                    "spectre", "specter"});
}

// "before Secretary of State Ana Dale goes", "until Ana Dale meets": the
// parser often takes "before" or "until" in front of a name for a
// preposition of that name, so the clause's marker is read off the words: the
// one right before the verb's name subject (its words, "of" and "the"
// between them) or its pronoun.
bool after_time_conjunction(const DependencyView& v, uint32_t verb) {
  auto name_word = [&](uint32_t t) { return v.token(t).upos == "PROPN"; };
  auto joiner = [&](uint32_t t) { return t > 0 && in(v.lemma(t), {"of", "the"}) && (name_word(t - 1) || v.lemma(t - 1) == "of"); };
  uint32_t k = verb;
  if (k > 0 && v.token(k - 1).upos == "PRON") --k;
  else
    while (k > 0 && (name_word(k - 1) || joiner(k - 1))) --k;
  return k < verb && k > 0 && in(v.lemma(k - 1), {"before", "until", "till"});
}

// The verb's own markers: negation, modal and future auxiliaries, "if".
std::string own_mood(const DependencyView& v, uint32_t verb) {
  bool negated = false, future = false, hypothetical = false, be = false, to = false, until = false, aux = false;
  for (uint32_t c : v.children(verb)) {
    const std::string& r = v.token(c).deprel;
    const std::string l = v.lemma(c);
    if ((deprel_is(r, "advmod") || r == "neg") && in(l, {"not", "n't", "never"})) negated = true;
    if (deprel_is(r, "aux")) {
      if (in(l, {"will", "shall", "'ll", "wo", "would", "going"})) future = true;
      if (in(l, {"could", "might", "may", "should", "must", "can"})) hypothetical = true;
    }
    if (deprel_is(r, "mark") && in(l, {"if", "unless", "whether"})) hypothetical = true;
    if (deprel_is(r, "mark") && in(l, {"before", "until", "till"})) until = true;
    aux = aux || deprel_is(r, "aux");
    be = be || ((deprel_is(r, "aux") || deprel_is(r, "cop")) && l == "be");
    to = to || (deprel_is(r, "mark") && l == "to");
  }
  // "the U.K. May have to ease its curbs": the wire's capital hid the modal from the
  // tagger; it stands just before the verb group's first word.
  uint32_t first = verb;
  for (uint32_t c : v.children(verb))
    if ((deprel_is(v.token(c).deprel, "aux") || deprel_is(v.token(c).deprel, "cop")) && c < first) first = c;
  const std::string hidden = first > 0 ? capitalised_modal(v, first - 1) : std::string();
  if (in(hidden, {"will", "would"})) future = true;
  else if (!hidden.empty()) hypothetical = true;
  // "Mr Blair is to visit Sheffield": "be" with an infinitive is a plan.
  if (be && to && !negated) future = true;
  if (scheduled_present(v, verb)) future = true;
  // "before Ana Dale goes to Arnor in April", "until Gondor withdraws": a
  // simple present in a clause of time stands for the future (English
  // writes no "will" there); the act has not happened yet.
  const std::string& tag = v.token(verb).xpos;
  if (!aux && (tag == "VBZ" || tag == "VBP") && (until || after_time_conjunction(v, verb))) future = true;
  if (negated) return "negated";
  if (hypothetical) return "hypothetical";
  if (future) return "intended";
  return {};
}

}  // namespace

std::string verb_mood(const DependencyView& v, uint32_t verb) {
  bool own = false;
  return verb_mood(v, verb, own);
}

std::string verb_mood(const DependencyView& v, uint32_t verb, bool& own_words) {
  own_words = true;
  std::string mood = own_mood(v, verb);
  if (!mood.empty()) return mood;
  // Up the chain of governing verbs: "plans to meet", "travel ... to deliver".
  uint32_t t = verb;
  for (int depth = 0; depth < 4; ++depth) {
    const Token& tok = v.token(t);
    if (tok.head < 0) break;
    if (is_accused_act(v, t)) return "hypothetical";
    const auto head = static_cast<uint32_t>(tok.head);
    const std::string& r = tok.deprel;
    const std::string hl = v.lemma(head);
    // "is due to meet", "is set to address": the adjective's infinitive.
    if ((deprel_is(r, "xcomp") || deprel_is(r, "csubj") || deprel_is(r, "acl")) && v.token(head).upos == "ADJ" &&
        is_intent_adjective(hl))
      return own_mood(v, head) == "negated" ? "negated" : "intended";
    if ((deprel_is(r, "xcomp") || deprel_is(r, "csubj") || deprel_is(r, "acl")) && v.token(head).upos == "ADJ" &&
        is_forecast_adjective(hl))
      return "hypothetical";
    if (deprel_is(r, "xcomp") || deprel_is(r, "ccomp")) {
      if (is_cancel(hl)) return "cancelled";
      // "the party should try to settle its quarrels", "did not plan to
      // meet": a plan that is itself only a hypothesis or denied is that.
      if (is_intent(hl)) {
        const std::string m = own_mood(v, head);
        return m == "negated" || m == "hypothetical" ? m : "intended";
      }
      // "Arnorcorn also failed to declare fees paid to Elmford Air", "refused
      // to meet": the act did not happen. Not failing to do it is doing it
      // ("did not fail to criticise", "never fails to attack"): two
      // negations make an assertion.
      if (deprel_is(r, "xcomp") && in(hl, {"fail", "refuse", "decline"})) {
        if (hl == "fail" && own_mood(v, head) == "negated") return "asserted";
        return "negated";
      }
      // "Iran denied that it had attacked Iraq": the report says it did not happen.
      if (deprel_is(r, "ccomp") && in(hl, {"deny", "refute", "disavow"})) return "negated";
    }
    // "a truce declared on condition that Ruritania stop attacking": what a
    // condition asks for has not happened (the parser hangs the clause on the
    // noun or on the verb the condition is of).
    // "provided that" and "providing that" by their forms: the lemma of
    // both is "provide", which "the law provides that" shares.
    if (deprel_is(r, "ccomp") || deprel_is(r, "acl") || deprel_is(r, "advcl")) {
      for (uint32_t m : v.children_with(t, "mark")) {
        if (v.lemma(m) != "that" || m == 0) continue;
        const std::string_view before = v.doc().token_text(v.token(m - 1));
        if (in(v.lemma(m - 1), {"condition", "proviso"}) || before == "provided" || before == "providing" ||
            before == "Provided" || before == "Providing")
          return "hypothetical";
      }
    }
    if (deprel_is(r, "advcl") || deprel_is(r, "acl")) {
      for (uint32_t c : v.children_with(t, "mark")) {
        if (v.lemma(c) == "to") {  // purpose: "to deliver a letter"
          // "said she had no plans (yet) to meet Bo": a plan the sentence
          // says there is none of.
          uint32_t n = c;
          while (n > 0 && v.token(n - 1).upos == "ADV") --n;
          if (n > 0 && v.token(n - 1).upos == "NOUN" && denied_by_no(v, n - 1)) return "negated";
          own_words = false;
          return "intended";
        }
      }
    }
    // "would respond by mining the approaches": the means of an act shares
    // its mood.
    if (deprel_is(r, "advcl") && !v.children_with(t, "mark").empty() &&
        v.lemma(v.children_with(t, "mark").front()) == "by") {
      own_words = false;
      mood = own_mood(v, head);
      if (!mood.empty()) return mood;
      t = head;
      continue;
    }
    if (!deprel_is(r, "xcomp") && !deprel_is(r, "conj")) break;
    // "Gondor has not replied, Harriet Vane told Reuters", parsed with
    // "told" a conjunct of "replied": a conjunct with a subject of its own
    // does not share the first clause's "not" (a plan, "will", it may share:
    // "Bo will stand and Cy challenge").
    if (deprel_is(r, "conj") && !v.children_with(t, "nsubj").empty() && own_mood(v, head) == "negated") break;
    own_words = false;  // from here on the mood is the governing verb's
    mood = own_mood(v, head);
    if (!mood.empty()) return mood;
    t = head;
  }
  return "asserted";
}

std::string noun_mood(const DependencyView& v, uint32_t noun) {
  bool cancelled = false, intended = false, hypothetical = false;
  // Modifiers, and verbs coordinated with them ("scheduled ... but later cancelled").
  std::vector<uint32_t> mods;
  for (uint32_t c : v.children(noun)) {
    const std::string& r = v.token(c).deprel;
    if (deprel_is(r, "amod") || deprel_is(r, "acl") || deprel_is(r, "compound")) {
      mods.push_back(c);
      for (uint32_t cc : v.children_with(c, "conj")) mods.push_back(cc);
    }
    if (deprel_is(r, "det") && v.lemma(c) == "no") return "negated";
  }
  for (uint32_t m : mods) {
    const std::string l = v.lemma(m);
    if (is_cancel(l)) cancelled = true;
    else if (in(l, {"planned", "plan", "proposed", "upcoming", "expected", "scheduled", "schedule", "future", "next"}))
      intended = true;
    else if (in(l, {"potential", "possible", "hypothetical"})) hypothetical = true;
  }
  if (cancelled) return "cancelled";
  const Token& tok = v.token(noun);
  // "the risk of Ruritanian attack on tankers is rated as low": an
  // eventuality, not an act.
  if (tok.head >= 0 && deprel_is(tok.deprel, "nmod") && v.preposition(noun) == "of" &&
      is_eventuality_noun(v.lemma(static_cast<uint32_t>(tok.head))))
    return "hypothetical";
  // "to prepare for [X]'s talks with [Y]", "arranged for talks": what a
  // plan is for is still to come.
  if (tok.head >= 0 && deprel_is(tok.deprel, "obl") && v.preposition(noun) == "for" &&
      in(v.lemma(static_cast<uint32_t>(tok.head)), {"prepare", "arrange", "plan", "schedule"}))
    return "intended";
  if (tok.head >= 0 && (deprel_is(tok.deprel, "obj") || tok.deprel == "nsubj:pass")) {
    const auto head = static_cast<uint32_t>(tok.head);
    const std::string hl = v.lemma(head);
    if (is_cancel(hl)) return "cancelled";  // "cancelled the summit", "the summit was cancelled"
    if (deprel_is(tok.deprel, "obj")) {     // "talks are aimed at ..." says nothing of intent
      if (is_intent(hl)) return "intended";
      const std::string m = verb_mood(v, head);
      if (m != "asserted") return m;
    }
  }
  if (hypothetical) return "hypothetical";
  if (intended) return "intended";
  return "asserted";
}

int32_t cancel_after(const DependencyView& v, uint32_t noun) {
  const uint32_t sentence = v.token(noun).sentence;
  const uint32_t n = static_cast<uint32_t>(v.doc().tokens.size());
  for (uint32_t t = noun + 1; t < n && t <= noun + 20; ++t) {
    const Token& tok = v.token(t);
    if (tok.sentence != sentence || v.doc().token_text(tok) == ";") break;
    // A new clause ("are meant to decide whether the agreement, first planned
    // ... but later postponed"): what it cancels is not this noun.
    if (tok.upos == "SCONJ") return -1;
    if (tok.upos != "VERB") continue;
    if (tok.xpos == "VB" || tok.xpos == "VBZ" || tok.xpos == "VBP" || tok.xpos == "VBD") return -1;
    if (is_cancel(v.lemma(t)) && tok.xpos == "VBN") return static_cast<int32_t>(t);
    // A verb with its own (active) subject starts another clause.
    for (uint32_t c : v.children(t))
      if (v.token(c).deprel == "nsubj") return -1;
  }
  return -1;
}

}  // namespace chronicle::event
