#include "event/event_coder.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "event/dependency_view.h"
#include "event/event_mood.h"
#include "event/verb_code.h"
#include "event/cameo_codes.h"

namespace chronicle::event {

namespace {

constexpr size_t kMaxEventsPerDocument = 10000;  // a pathological parse must not explode the output

bool is_meeting_noun(const std::string& lemma) {
  return lemma == "talk" || lemma == "talks" || lemma == "meeting" || lemma == "summit" || lemma == "visit" ||
         lemma == "negotiation" || lemma == "discussion";
}

// Code of a meeting noun: a planned or hoped-for meeting is an intent to
// meet (036); one that happened is a consultation (040), negotiations are
// 046 and a visit 042.
std::string meeting_code(const std::string& lemma, const std::string& mood) {
  if (lemma == "visit") return "042";
  if (mood != "asserted" && mood != "negated") return "036";
  if (lemma == "negotiation") return "046";
  return "040";
}

class Coder {
 public:
  Coder(const rules::VerbDictionary& verbs, Document& doc) : verbs_(verbs), doc_(doc), view_(doc) {}

  void run() {
    for (uint32_t t = 0; t < doc_.tokens.size() && doc_.events.size() < kMaxEventsPerDocument; ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.head == kNoHead) continue;  // not parsed
      if (tok.upos == "VERB") code_verb_trigger(t);
      if (tok.upos == "NOUN" && is_meeting_noun(view_.lemma(t))) code_noun_trigger(t);
    }
  }

 private:
  // The entities of a phrase and its conjuncts ("Gondor and Osgiliath").
  std::vector<int32_t> parties(uint32_t head) const {
    std::vector<int32_t> out;
    auto add = [&](uint32_t t) {
      const int32_t e = view_.entity_of_phrase(t);
      if (e < 0 || std::find(out.begin(), out.end(), e) != out.end()) return;
      // Facilities and natural places are where things happen, not who acts.
      const std::string& type = doc_.entities[e].type;
      if (type == "FAC" || type == "LOC") return;
      out.push_back(e);
    };
    add(head);
    for (uint32_t c : view_.children_with(head, "conj")) add(c);
    return out;
  }

  // Subjects of a verb; through xcomp/advcl/conj the governing verb's.
  std::vector<uint32_t> subjects(uint32_t verb, bool& passive) const {
    passive = false;
    uint32_t t = verb;
    for (int depth = 0; depth < 4; ++depth) {
      std::vector<uint32_t> out = view_.children_with(t, "nsubj");
      for (uint32_t s : out) passive = passive || doc_.tokens[s].deprel == "nsubj:pass";
      if (!out.empty()) return out;
      const Token& tok = doc_.tokens[t];
      if (tok.head < 0 ||
          !(deprel_is(tok.deprel, "xcomp") || deprel_is(tok.deprel, "advcl") || deprel_is(tok.deprel, "conj"))) {
        break;
      }
      t = static_cast<uint32_t>(tok.head);
    }
    return {};
  }

  int32_t place_attached(uint32_t trigger) const {
    for (uint32_t c : view_.children(trigger)) {
      if (!deprel_is(doc_.tokens[c].deprel, "obl") && !deprel_is(doc_.tokens[c].deprel, "nmod")) continue;
      const std::string p = view_.preposition(c);
      if (p != "in" && p != "at") continue;
      const int32_t e = view_.entity_of_phrase(c);
      if (e >= 0 && doc_.entities[e].has_geo) return e;
    }
    return -1;
  }

  // A calendar date inside the trigger's clause.
  std::string clause_date(uint32_t trigger) const {
    const auto [lo, hi] = view_.subtree_range(trigger);
    const uint32_t start = doc_.tokens[lo].start, end = doc_.tokens[hi].end;
    for (const TimeExpr& t : doc_.times) {
      if (t.start < start || t.end > end) continue;
      if ((t.type == "DATE" || t.type == "TIME") && t.value.size() >= 10 && t.value[4] == '-' && t.value[7] == '-' &&
          std::isdigit(static_cast<unsigned char>(t.value[9]))) {
        return t.value.substr(0, 10);
      }
    }
    return {};
  }

  void add_event(std::string_view code, int32_t source, int32_t target, uint32_t trigger, const std::string& mood,
                 double confidence) {
    if (source < 0 || target < 0 || source == target) return;
    // A code a user dictionary adds beyond CAMEO keeps its root's quad class
    // and PLOVER type, but has no name or Goldstein value of its own.
    const event::CameoCode* c = event::find_cameo(code);
    const event::CameoCode* root = c ? c : event::find_cameo(code.substr(0, 2));
    if (!root || code.size() > 4) return;
    const uint32_t sentence = doc_.tokens[trigger].sentence;
    if (!seen_.insert({std::string(code), source, target, sentence}).second) return;
    Event v;
    v.id = "V" + std::to_string(doc_.events.size() + 1);
    v.cameo = std::string(code);
    v.root_code = std::string(root->root);
    v.quad_class = root->quad_class;
    v.plover_type = std::string(event::plover_type_for(*root, mood));
    if (c) {
      v.cameo_name = std::string(c->name);
      v.has_goldstein = true;
      v.goldstein = c->goldstein;
      v.plover_mode = v.plover_type == c->plover_type ? std::string(c->plover_mode) : std::string();
    }
    v.source = {doc_.entities[source].id, doc_.entities[source].actor.code};
    v.target = {doc_.entities[target].id, doc_.entities[target].actor.code};
    v.date = clause_date(trigger);
    v.date_source = v.date.empty() ? "document" : "sentence";
    if (v.date.empty()) v.date = doc_.meta.date;
    if (v.date.empty()) v.date_source.clear();
    const int32_t place = place_attached(trigger);
    if (place >= 0) v.location = doc_.entities[place].id;
    v.mood = mood;
    v.sentence = static_cast<int32_t>(sentence);
    v.trigger_start = doc_.tokens[trigger].start;
    v.trigger_end = doc_.tokens[trigger].end;
    v.confidence = confidence;
    doc_.events.push_back(std::move(v));
  }

  void code_verb_trigger(uint32_t verb) {
    std::optional<VerbCode> code = code_verb(verbs_, view_, verb);
    if (!code) return;
    bool passive = false;
    std::vector<int32_t> sources, targets;
    for (uint32_t s : subjects(verb, passive)) {
      for (int32_t e : parties(s)) (passive ? targets : sources).push_back(e);
    }
    if (passive) {
      for (uint32_t c : view_.children_with(verb, "obl")) {
        if (view_.preposition(c) == "by") sources = parties(c);
      }
    }
    int32_t visited_place = -1;
    if (targets.empty()) {
      for (const char* rel : {"obj", "iobj"}) {
        for (uint32_t c : view_.children_with(verb, rel)) {
          for (int32_t e : parties(c)) targets.push_back(e);
        }
        if (!targets.empty()) break;
      }
    }
    if (targets.empty()) {
      for (uint32_t c : view_.children_with(verb, "obl")) {
        const std::string p = view_.preposition(c);
        if (p == "by" || p == "in" || p == "at" || p == "on" || p == "during" || p == "after" || p == "before") {
          continue;  // agents, places and times are not targets
        }
        for (int32_t e : parties(c)) {
          targets.push_back(e);
          if (p == "to" && doc_.entities[e].has_geo) visited_place = e;
        }
        if (!targets.empty()) break;
      }
    }
    // "travel to Washington": a journey to a place is a visit to it (CAMEO 042).
    if (visited_place >= 0 && code->code.starts_with("04")) {
      code->code = "042";
      code->reverse.clear();
    }
    const std::string mood = verb_mood(view_, verb);
    const double confidence = code->pattern_words > 0 ? std::min(0.9, 0.6 + 0.1 * code->pattern_words) : 0.6;
    for (int32_t s : sources) {
      for (int32_t t : targets) {
        add_event(code->code, s, t, verb, mood, confidence);
        if (!code->reverse.empty()) add_event(code->reverse, t, s, verb, mood, confidence);
      }
    }
    // "He and the former chief held talks": the subjects met each other.
    if (targets.empty() && !code->reverse.empty() && sources.size() >= 2) {
      add_event(code->code, sources[0], sources[1], verb, mood, confidence);
      add_event(code->reverse, sources[1], sources[0], verb, mood, confidence);
    }
  }

  void code_noun_trigger(uint32_t noun) {
    std::vector<int32_t> sides;
    int32_t owner = -1;
    for (uint32_t c : view_.children(noun)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (r == "nmod:poss") {
        owner = view_.entity_of_phrase(c);
      } else if (deprel_is(r, "nmod")) {
        const std::string p = view_.preposition(c);
        if (p == "with" || p == "between" || p == "among") {
          for (int32_t e : parties(c)) sides.push_back(e);
        }
      }
    }
    if (owner >= 0) sides.insert(sides.begin(), owner);
    if (sides.size() < 2) return;
    const std::string lemma = view_.lemma(noun);
    const std::string mood = noun_mood(view_, noun);
    const std::string code = meeting_code(lemma, mood);
    // A meeting is mutual: both directions (a visit only from the visitor).
    add_event(code, sides[0], sides[1], noun, mood, 0.5);
    if (lemma != "visit") add_event(code, sides[1], sides[0], noun, mood, 0.5);
  }

  const rules::VerbDictionary& verbs_;
  Document& doc_;
  DependencyView view_;
  std::set<std::tuple<std::string, int32_t, int32_t, uint32_t>> seen_;
};

}  // namespace

void code_events(const rules::VerbDictionary& verbs, Document& doc) {
  doc.events.clear();
  if (doc.tokens.empty() || doc.entities.empty()) return;
  Coder(verbs, doc).run();
}

}  // namespace chronicle::event
