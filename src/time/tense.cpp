// Cue words cover the untagged case; with XPOS, VBD and a modal "will" decide.
#include "time/tense.h"

#include <string_view>

namespace chronicle::timex {

namespace {

bool lower_eq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != b[i]) return false;
  }
  return true;
}

bool any_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list) {
    if (lower_eq(w, x)) return true;
  }
  return false;
}

// "had been due to expire Friday", "had been scheduled for Monday": a plan
// that is over.
bool plan_that_is_over(const Document& doc, uint32_t t) {
  return any_of(doc.token_text(doc.tokens[t]), {"scheduled", "due", "expected", "planned", "set"}) && t > 1 &&
         lower_eq(doc.token_text(doc.tokens[t - 1]), "been") && any_of(doc.token_text(doc.tokens[t - 2]), {"had", "'d", "’d"});
}

Tense cue(const Document& doc, uint32_t t, uint32_t end) {
  const Token& tok = doc.tokens[t];
  const std::string_view w = doc.token_text(tok);
  // "next to the embassy", "coming from": prepositions, not a time ahead.
  if (lower_eq(w, "next") && t + 1 < end && lower_eq(doc.token_text(doc.tokens[t + 1]), "to")) return Tense::kNone;
  if (plan_that_is_over(doc, t)) return Tense::kPast;
  if (any_of(w, {"will", "'ll", "’ll", "shall", "wo", "would", "gonna", "scheduled", "expected", "due", "effective", "plans", "planned",
                 "upcoming", "tomorrow", "next", "coming"})) {
    if (lower_eq(w, "coming") && t > 0 && !any_of(doc.token_text(doc.tokens[t - 1]), {"be", "is", "are", "'re", "’re"}))
      return Tense::kNone;
    return Tense::kFuture;
  }
  // "as soon as Tuesday", "as early as next week": the earliest of a future.
  if (lower_eq(w, "as") && t > 1 && lower_eq(doc.token_text(doc.tokens[t - 2]), "as") &&
      any_of(doc.token_text(doc.tokens[t - 1]), {"soon", "early"}))
    return Tense::kFuture;
  if (lower_eq(w, "going") && t + 1 < end && lower_eq(doc.token_text(doc.tokens[t + 1]), "to")) return Tense::kFuture;
  if (!tok.xpos.empty()) {
    if (tok.xpos == "VBD") return Tense::kPast;
    if (tok.xpos == "VBN") {
      // The auxiliary decides: "will be held" is ahead, "is held" now; a bare
      // participle ("statements made Friday") and "has/was made" are past.
      const std::string_view prev = t > 0 ? doc.token_text(doc.tokens[t - 1]) : std::string_view();
      // An adverb may stand between: "would still be held", "will not be held".
      if (lower_eq(prev, "be") && t > 1) {
        const std::initializer_list<std::string_view> ahead = {"will", "'ll", "’ll", "shall", "to", "would"};
        if (any_of(doc.token_text(doc.tokens[t - 2]), ahead)) return Tense::kFuture;
        if (t > 2 && doc.tokens[t - 2].xpos == "RB" && any_of(doc.token_text(doc.tokens[t - 3]), ahead))
          return Tense::kFuture;
      }
      if (any_of(prev, {"is", "are", "am", "being"})) return Tense::kPresent;
      return Tense::kPast;
    }
    // "plans to meet on Thursday", "is set to resume Monday": an infinitive
    // after a word of intent or schedule looks ahead ("staged rallies to mark
    // the entry on Friday" does not).
    if (tok.xpos == "VB" && t > 1 && lower_eq(doc.token_text(doc.tokens[t - 1]), "to") &&
        any_of(doc.token_text(doc.tokens[t - 2]),
               {"plan", "plans", "planned", "planning", "agreed", "agree", "agrees", "decided", "decide", "set", "is",
                "are", "was", "were", "intends", "intend", "intended", "wants", "want", "hopes", "hope", "promised",
                "vowed", "threatened", "prepared", "ready", "likely", "poised", "due", "expected", "scheduled",
                "going", "aims", "seeks", "offered", "asked"}))
      return plan_that_is_over(doc, t - 2) ? Tense::kPast : Tense::kFuture;
    if (tok.xpos == "VBZ" || tok.xpos == "VBP") return Tense::kPresent;
    return Tense::kNone;
  }
  if (any_of(w, {"was", "were", "had", "did", "said", "told", "met", "went", "came", "left", "began", "took",
                 "made", "held", "spoke", "sent", "gave", "ago", "yesterday", "last", "earlier"}))
    return Tense::kPast;
  if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && tok.kind == TokenKind::kWord) return Tense::kPast;
  if (any_of(w, {"is", "are", "says", "'s"})) return Tense::kPresent;
  return Tense::kNone;
}

// How far to look for a verb: a clause rarely spans more, and a bound keeps
// the stage linear on pathological "sentences" (10,000 numbers in a row).
constexpr uint32_t kWindow = 16;

bool clause_break(std::string_view w) { return w == ";" || w == ":" || w == "“" || w == "”" || w == "\""; }

}  // namespace

Tense clause_tense(const Document& doc, uint32_t sentence_first, uint32_t sentence_last, uint32_t first,
                   uint32_t last) {
  const uint32_t left_end = first > sentence_first + kWindow ? first - kWindow : sentence_first;
  // "ahead of the weekend", "in advance of Friday": before a time still to
  // come (only right before the expression: "Ahead of the trip, it said on
  // Sunday" keeps the verb's tense).
  if (first >= sentence_first + 2 && lower_eq(doc.token_text(doc.tokens[first - 1]), "of") &&
      any_of(doc.token_text(doc.tokens[first - 2]), {"ahead", "advance"}))
    return Tense::kFuture;
  // "Tuesday's declaration", "Saturday night's debate": a possessive names an
  // event that has happened, whatever verb the sentence has; "ahead of
  // Sunday's vote", "next Friday's meeting" look forward and keep the clause.
  if (last < sentence_last && any_of(doc.token_text(doc.tokens[last]), {"'s", "’s"})) {
    const std::string_view before = first > sentence_first ? doc.token_text(doc.tokens[first - 1]) : std::string_view();
    const std::string_view before2 = first > sentence_first + 1 ? doc.token_text(doc.tokens[first - 2]) : std::string_view();
    if (!any_of(before, {"next", "coming", "upcoming", "this", "before", "until", "for"}) &&
        !(lower_eq(before, "of") && any_of(before2, {"ahead", "eve", "advance"})))
      return Tense::kPast;
  }
  // "extended the deadline until Tuesday", "postponed until Friday": a
  // deadline moved forward is ahead, whatever the tense of the move.
  if (first > sentence_first && any_of(doc.token_text(doc.tokens[first - 1]), {"until", "till", "til"})) {
    for (uint32_t t = first - 1; t > left_end;) {
      --t;
      if (clause_break(doc.token_text(doc.tokens[t]))) break;
      if (any_of(doc.token_text(doc.tokens[t]), {"extended", "extends", "extend", "postponed", "postpones", "postpone",
                                                  "delayed", "delays", "delay", "deferred", "given", "gave",
                                                  "deadline", "adjourned"}))
        return Tense::kFuture;
    }
  }
  for (uint32_t t = first; t > left_end;) {
    --t;
    if (clause_break(doc.token_text(doc.tokens[t]))) break;
    const Tense c = cue(doc, t, sentence_last);
    if (c != Tense::kNone) return c;
  }
  const uint32_t right_end = sentence_last - last > kWindow ? last + kWindow : sentence_last;
  for (uint32_t t = last; t < right_end; ++t) {
    if (clause_break(doc.token_text(doc.tokens[t]))) break;
    const Tense c = cue(doc, t, sentence_last);
    // A present verb after the expression is mostly a new clause ("on
    // Thursday that strikes could ..."), not the one the day belongs to.
    if (c != Tense::kNone && c != Tense::kPresent) return c;
  }
  return Tense::kNone;
}

}  // namespace chronicle::timex
