#include "event/verb_code.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "event/cameo_codes.h"
#include "event/name_word.h"
#include "rules/compiled_dictionary.h"
#include "rules/dictionary_text.h"

namespace chronicle::event {

namespace {

// A code CAMEO has, or one a user verb dictionary adds in CAMEO's shape: two
// to four digits, or three digits and a capital letter, TABARI's way of
// splitting a code ("174K", "174L" in PETRARCH's validation verbs, beside 901
// and 1717); anything else ("---", "17K", "12345") codes no event.
bool is_code(std::string_view c) {
  if (event::find_cameo(c)) return true;
  if (c.size() < 2 || c.size() > 4) return false;
  const bool lettered = c.size() == 4 && c.back() >= 'A' && c.back() <= 'Z';
  for (size_t i = 0; i + (lettered ? 1 : 0) < c.size(); ++i)
    if (c[i] < '0' || c[i] > '9') return false;
  return true;
}

// A reported clause `c` in `verb`'s clause whose subject is a named actor other than
// the verb's subject: its words say what that actor did, not what kind of
// statement the verb makes ("told the assembly that Gondor had agreed to
// free the sailors" is no agreement of the speaker's).
// (also one the parser hung on the addressee as a relative clause: "told
// the assembly that Gondor had agreed"). Inline: it is asked of every token.
inline bool may_report(const std::string& r) {
  return (r.size() == 5 && r == "ccomp") || (r.size() == 9 && r == "acl:relcl");
}
bool names_other_actor(const DependencyView& view, uint32_t verb, uint32_t c) {
  if (c < verb) return false;
  std::vector<int32_t> speakers;
  for (uint32_t s : view.children_with(verb, "nsubj")) speakers.push_back(view.entity_of_phrase(s));
  for (uint32_t s : view.children_with(c, "nsubj")) {
    const int32_t e = view.entity_of_phrase(s);
    if (e >= 0 && view.token(s).upos != "PRON" && std::find(speakers.begin(), speakers.end(), e) == speakers.end())
      return true;
  }
  return false;
}

// An embedded question ("to guess at whether there might be a threat of an
// attack"): its words are what is asked, not what the verb says or does, so
// "told the council it would be rash to guess at whether ... an
// attack" is no TELL ... ATTACK [190].
bool is_question_clause(const DependencyView& view, uint32_t c) {
  const std::string& r = view.token(c).deprel;
  if (!deprel_is(r, "ccomp") && !deprel_is(r, "advcl") && !deprel_is(r, "csubj")) return false;
  for (uint32_t m : view.children_with(c, "mark"))
    if (view.lemma(m) == "whether") return true;
  return false;
}

// A relative or adverbial clause with a subject of its own ("the junta,
// which was ousted by a general strike", "after the party set out
// how it means to win the vote"): another predication, whose words say
// what its subject did or underwent, not what the verb does ("accused the
// regime ... of allowing bribery" is no CAMEO.2.0 "* UPRISING" 111).
bool is_own_subject_clause(const DependencyView& view, uint32_t c) {
  const std::string& r = view.token(c).deprel;
  if (r != "acl:relcl" && !deprel_is(r, "advcl")) return false;
  for (uint32_t s : view.children(c)) {
    const std::string& sr = view.token(s).deprel;
    if (deprel_is(sr, "nsubj") || deprel_is(sr, "csubj")) return true;
  }
  return false;
}

// A plain verb of saying or telling ("said", "told BBC News", "briefed
// MPs"): its reported clause is what was said, whatever its words ("told BBC
// Radio Elmford's morning show she hoped ..." is a statement to the programme,
// 010, not CAMEO.2.0's "* HOPE" 013 for "expressed hope"; "The Tories say
// Labour's plans ... have failed" is no intent of the Tories' towards
// Labour). What the clause reports is coded from its own verb.
bool reports_speech(const std::string& upper_lemma) {
  return upper_lemma == "SAY" || upper_lemma == "TELL" || upper_lemma == "INFORM" || upper_lemma == "BRIEF";
}

// Tokens of the verb's clause before and after the verb, in text order,
// its subject's included: PETRARCH's "DEATH TOLL * [223]" and "$ TROOP *
// TOWARD +" read the subject's words.
void clause_tokens(const DependencyView& view, uint32_t verb, const std::string& upper_lemma,
                   std::vector<uint32_t>& before, std::vector<uint32_t>& after) {
  const bool tells = reports_speech(upper_lemma);
  std::vector<uint32_t> stack;
  for (uint32_t c : view.children(verb)) {
    const std::string& r = view.token(c).deprel;
    if (deprel_is(r, "punct") || (may_report(r) && names_other_actor(view, verb, c)) || is_question_clause(view, c) ||
        is_own_subject_clause(view, c))
      continue;
    if (tells && c > verb && (deprel_is(r, "ccomp") || deprel_is(r, "parataxis"))) continue;
    // Nor its object: the one told ("told Elmford Aid's Age Review" is no
    // CAMEO.2.0 "* CONCERN" 012), or for "say", which has no object but what
    // is said, a word of the clause ("say Labour's plans ... have failed").
    if (tells && c > verb && (deprel_is(r, "obj") || deprel_is(r, "iobj"))) continue;
    stack.push_back(c);
  }
  // The verbs it is reported or governed by: PETRARCH reads "INDICATED
  // WOULD * NOW" off the words before the verb.
  uint32_t t = verb;
  for (int depth = 0; depth < 3; ++depth) {
    const Token& tok = view.token(t);
    if (tok.head < 0) break;
    const std::string& r = tok.deprel;
    if (!deprel_is(r, "ccomp") && !deprel_is(r, "xcomp") && !deprel_is(r, "advcl") && !deprel_is(r, "conj")) break;
    t = static_cast<uint32_t>(tok.head);
    (t < verb ? before : after).push_back(t);
  }
  size_t guard = 0;
  while (!stack.empty() && guard++ < view.doc().tokens.size() + 1) {
    const uint32_t x = stack.back();
    stack.pop_back();
    (x < verb ? before : after).push_back(x);
    for (uint32_t c : view.children(x))
      if ((!may_report(view.token(c).deprel) || !names_other_actor(view, verb, c)) && !is_question_clause(view, c) &&
          !is_own_subject_clause(view, c))
        stack.push_back(c);
  }
  for (auto* v : {&before, &after}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
}

// Upper-case form and lemma of every token of the verb's sentence, made once
// per verb: patterns compare them many times.
class SentenceWords {
 public:
  SentenceWords(const SentenceWords&) = delete;  // slots_ view its own strings
  SentenceWords& operator=(const SentenceWords&) = delete;
  SentenceWords(const DependencyView& view, uint32_t verb) {
    const auto& tokens = view.doc().tokens;
    first_ = verb;
    while (first_ > 0 && tokens[first_ - 1].sentence == tokens[verb].sentence) --first_;
    uint32_t last = verb;
    while (last + 1 < tokens.size() && tokens[last + 1].sentence == tokens[verb].sentence) ++last;
    for (uint32_t t = first_; t <= last; ++t) {
      const std::string_view text = view.doc().token_text(tokens[t]);
      form_.push_back(rules::upper_ascii(text));
      // view.lemma(t) upper-cased: its lower-casing is undone anyway.
      lemma_.push_back(rules::upper_ascii(tokens[t].lemma.empty() ? text : std::string_view(tokens[t].lemma)));
      verb_.push_back(tokens[t].upos == "VERB" && !view.children_with(t, "nsubj").empty());
    }
    size_t size = 16;
    while (size < 8 * form_.size()) size *= 2;  // at most a quarter full
    slots_.assign(size, std::string_view());
    for (auto* v : {&form_, &lemma_})
      for (const std::string& w : *v) {
        insert(w);
        const uint32_t k = quick_key(w);
        quick_[k / 64] |= uint64_t{1} << (k % 64);
      }
  }
  bool in_sentence(uint32_t t) const { return t >= first_ && t - first_ < form_.size(); }
  bool is_verb(uint32_t t) const { return in_sentence(t) && verb_[t - first_]; }
  bool is(uint32_t t, std::string_view word) const {
    return in_sentence(t) && (form_[t - first_] == word || lemma_[t - first_] == word);
  }
  // Whether some token of the sentence is `word` (as form or lemma).
  bool has(std::string_view word) const {
    // Most words a pattern asks for are not in the sentence: a bit of their
    // first letter, last letter and length rules most of them out unhashed.
    const uint32_t k = quick_key(word);
    if (!(quick_[k / 64] >> (k % 64) & 1)) return false;
    if (word.empty()) return has_empty_;
    for (size_t i = slot_of(word);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].empty()) return false;
      if (slots_[i] == word) return true;
    }
  }
  // Whether the sentence holds every word pattern `p` needs and an opening
  // word of each synset it needs (VerbPattern::needed_words): a pattern that
  // fails this cannot match, so most patterns of a large block are dropped
  // before the search.
  bool may_match(const rules::VerbDictionary& verbs, const rules::VerbPattern& p) const {
    if (p.unmatchable) return false;
    for (const std::string& w : p.needed_words)
      if (!has(w)) return false;
    for (const uint32_t s : p.needed_synsets) {
      const std::vector<std::string>& openers = verbs.synset_openers[s];
      if (std::none_of(openers.begin(), openers.end(), [this](const std::string& w) { return has(w); })) return false;
    }
    return true;
  }

 private:
  uint32_t first_ = 0;
  std::vector<std::string> form_, lemma_;
  std::vector<bool> verb_;  // a verb with a subject of its own
  static uint32_t quick_key(std::string_view w) {
    if (w.empty()) return 0;
    return (static_cast<unsigned char>(w.front()) * 7u + static_cast<unsigned char>(w.back()) * 13u +
            static_cast<uint32_t>(w.size())) % 256u;
  }
  // The sentence's words: an open-addressing table of views into form_ and
  // lemma_ (an empty view is a free slot), built per sentence without the
  // node per word of a std::unordered_set.
  std::vector<std::string_view> slots_;
  bool has_empty_ = false;
  uint64_t quick_[4] = {0, 0, 0, 0};  // quick_key bits of the words
  size_t slot_of(std::string_view w) const {
    return static_cast<size_t>(rules::phrase_hash(w)) & (slots_.size() - 1);
  }
  void insert(std::string_view w) {
    if (w.empty()) {
      has_empty_ = true;
      return;
    }
    size_t i = slot_of(w);
    while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = w;
  }
};

// The SentenceWords of `verb`'s sentence, made once for all the verbs of a
// sentence (the coder asks about the same verbs several times, too).
const SentenceWords& sentence_words(const DependencyView& view, uint32_t verb) {
  thread_local uint64_t cached_view = 0;
  thread_local uint32_t cached_sentence = 0;
  thread_local std::unique_ptr<SentenceWords> cached;
  const uint32_t sentence = view.token(verb).sentence;
  if (!cached || cached_view != view.id() || cached_sentence != sentence) {
    cached = std::make_unique<SentenceWords>(view, verb);
    cached_view = view.id();
    cached_sentence = sentence;
  }
  return *cached;
}

// The words of a '_'-joined pattern word (space-separated once read) on
// consecutive tokens from `t`; a word "&NAME" is met by any member of the
// synset (itself consecutive words). Returns one past the last token, or 0.
uint32_t match_here(const SentenceWords& words, const rules::VerbDictionary& verbs, std::string_view phrase, uint32_t t,
                    int depth = 0) {
  while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
  if (phrase.empty()) return t;
  if (!words.in_sentence(t)) return 0;
  const size_t space = phrase.find(' ');
  const std::string_view word = phrase.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
  if (word[0] == '&') {
    auto it = verbs.synsets.find(std::string(word));
    if (it == verbs.synsets.end() || depth >= 3) return 0;
    for (const std::string& member : it->second) {
      const uint32_t end = match_here(words, verbs, member, t, depth + 1);
      if (end == 0) continue;
      const uint32_t after = match_here(words, verbs, rest, end, depth);
      if (after != 0) return after;
    }
    return 0;
  }
  // A synset's members are things ("&CURRENCY" has "won"): a verb with a
  // subject of its own is none ("who won an award" holds no Korean money).
  // (Not every verb: the tagger reads some nouns of the patterns as verbs.)
  if (depth > 0 && words.is_verb(t)) return 0;
  return words.is(t, word) ? match_here(words, verbs, rest, t + 1, depth) : 0;
}

size_t word_count(std::string_view phrase) {
  size_t n = 0;
  bool in_word = false;
  for (char c : phrase) {
    if (c != ' ' && !in_word) ++n;
    in_word = c != ' ';
  }
  return n;
}

// The first place at or after `from` in `where` (clause tokens in text
// order) where `phrase` starts; its last token in `last`. Returns the index
// in `where` after the match, or npos.
// With `verb_phrase`, the match must start with the preposition of a phrase
// of the verb or of its object: PETRARCH's "(WITH)" is a prepositional phrase
// in the verb phrase, not "a rift with Gordon Brown" further down.
bool heads_verb_phrase(const DependencyView& view, uint32_t verb, uint32_t t) {
  const Token& tok = view.token(t);
  // "for failing to mention": a preposition before a gerund is its mark
  // (the infinitive's "to" is no preposition).
  const bool preposition = deprel_is(tok.deprel, "case") || (deprel_is(tok.deprel, "mark") && tok.upos != "PART");
  if (!preposition || tok.head < 0) return false;
  const Token& phrase = view.token(static_cast<uint32_t>(tok.head));
  if (phrase.head < 0) return false;
  const auto owner = static_cast<uint32_t>(phrase.head);
  if (owner == verb) return true;
  const Token& o = view.token(owner);
  return o.head == static_cast<int32_t>(verb) && (deprel_is(o.deprel, "obj") || deprel_is(o.deprel, "iobj"));
}

size_t find_phrase(const SentenceWords& words, const rules::VerbDictionary& verbs, const std::vector<uint32_t>& where,
                   size_t from, std::string_view phrase, uint32_t& first, uint32_t& last,
                   const DependencyView* verb_phrase = nullptr, uint32_t verb = 0) {
  while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
  if (phrase.empty()) return std::string_view::npos;
  // Most places fail on the first word: test it before the full match (a
  // synset's members are tried by match_here itself).
  const std::string_view first_word = phrase.substr(0, phrase.find(' '));
  const bool plain = first_word.front() != '&';
  for (size_t i = from; i < where.size(); ++i) {
    if (plain && !words.is(where[i], first_word)) continue;
    if (verb_phrase && !heads_verb_phrase(*verb_phrase, verb, where[i])) continue;
    const uint32_t end = match_here(words, verbs, phrase, where[i]);
    if (end == 0) continue;
    first = where[i];
    last = end - 1;
    return static_cast<size_t>(std::upper_bound(where.begin(), where.end(), last) - where.begin());
  }
  return std::string_view::npos;
}

// "was detained at Riverside Airport by Ruritanian police": a pattern noun
// ("* AIRPORT", seize an airport, 192) that heads an "at" phrase, or an "in"
// phrase of a place's name, says where the act happened, not what it was
// done to, unless the pattern names the preposition itself ("* (IN COURT)").
// ("withdrawn $1bn in assets" is still WITHDRAW * ASSETS.) `matched`: the
// first and last token of each pattern word.
// Token `t` is part of the name of a place (a facility, a country or city,
// a region).
bool names_place(const DependencyView& view, uint32_t t) {
  const int32_t e = view.entity_at(t);
  if (e < 0) return false;
  const std::string& type = view.doc().entities[static_cast<size_t>(e)].type;
  return type == "FAC" || type == "GPE" || type == "LOC";
}

bool names_only_a_place(const DependencyView& view, const std::vector<std::pair<uint32_t, uint32_t>>& matched) {
  const auto covered = [&](uint32_t t) {
    return std::any_of(matched.begin(), matched.end(), [t](const auto& m) { return m.first <= t && t <= m.second; });
  };
  for (const auto& [first, last] : matched) {
    for (uint32_t k = first; k <= last; ++k) {
      const std::string& upos = view.token(k).upos;
      if (upos != "NOUN" && upos != "PROPN") continue;
      for (uint32_t c : view.children_with(k, "case")) {
        const std::string p = view.lemma(c);
        if (covered(c)) continue;
        if (p == "at" || (p == "in" && names_place(view, k))) return true;
      }
    }
  }
  return false;
}

}  // namespace

std::optional<VerbCode> parse_verb_code(std::string_view w) {
  while (!w.empty() && (w.back() == '!' || w.back() == ' ')) w.remove_suffix(1);
  VerbCode code;
  const size_t colon = w.find(':');
  code.code = std::string(w.substr(0, colon));
  if (colon != std::string_view::npos) {
    code.reverse = std::string(w.substr(colon + 1));
    if (!is_code(code.reverse)) code.reverse.clear();
  }
  if (!is_code(code.code)) {
    if (code.reverse.empty()) return std::nullopt;
    code.code = code.reverse;  // ":190": only the target's side is coded
    code.reverse.clear();
    code.target_acts = true;
  }
  return code;
}

std::optional<VerbCode> code_verb(const rules::VerbDictionary& verbs, const DependencyView& view, uint32_t verb) {
  const std::string lemma = rules::upper_ascii(view.lemma(verb));
  int32_t block = -1;
  std::string form_code;
  auto try_form = [&](const std::string& form) {
    if (block >= 0) return;
    block = verbs.block_of(form);
    if (block < 0) return;
    for (const auto& f : verbs.verbs[block].forms) {
      if (f.words == form) form_code = f.code;
    }
  };
  for (uint32_t c : view.children_with(verb, "compound")) {
    if (view.token(c).deprel == "compound:prt") try_form(lemma + " " + rules::upper_ascii(view.lemma(c)));
  }
  // "cordoned off the roads" with "off" parsed as the preposition of "roads":
  // the word after the verb may still be its particle (CORDON_OFF).
  const auto& tokens = view.doc().tokens;
  if (verb + 1 < tokens.size() && tokens[verb + 1].sentence == tokens[verb].sentence &&
      (tokens[verb + 1].upos == "ADP" || tokens[verb + 1].upos == "ADV" || tokens[verb + 1].upos == "PART"))
    try_form(lemma + " " + rules::upper_ascii(view.lemma(verb + 1)));
  // "wire tap" with "tap" parsed as a second verb: PETRARCH's "WIRE_+TAP",
  // a word before the verb it modifies ('+' marks the inflected word).
  if (verb + 1 < tokens.size() && tokens[verb + 1].sentence == tokens[verb].sentence &&
      (tokens[verb + 1].upos == "VERB" || tokens[verb + 1].upos == "NOUN")) {
    const std::string prefix = rules::upper_ascii(view.doc().token_text(view.token(verb))) + " +";
    const auto it = verbs.form_index.lower_bound(prefix);  // one look-up rules out most words
    if (it != verbs.form_index.end() && it->first.starts_with(prefix)) {
      try_form(prefix + rules::upper_ascii(view.doc().token_text(tokens[verb + 1])));
      try_form(prefix + rules::upper_ascii(view.lemma(verb + 1)));
    }
  }
  // A form the dictionary lists itself beats the lemma's block: PETRARCH's
  // "LEFT [032:033]" is not LEAVE [012].
  const std::string surface = rules::upper_ascii(view.doc().token_text(view.token(verb)));
  if (block < 0 && surface != lemma) {
    const int32_t own = verbs.block_of(surface);
    if (own >= 0) {
      for (const auto& f : verbs.verbs[own].forms)
        if (f.words == surface && !f.generated) try_form(surface);
    }
  }
  try_form(lemma);
  try_form(surface);
  if (block < 0) return std::nullopt;
  const rules::VerbBlock& b = verbs.verbs[block];

  std::vector<uint32_t> before, after;
  clause_tokens(view, verb, lemma, before, after);
  const SentenceWords& words_of_sentence = sentence_words(view, verb);
  // "%": the verb's subject is coordinated ("Gondor and Osgiliath agree").
  bool compound_subject = false;
  for (uint32_t s : view.children_with(verb, "nsubj"))
    compound_subject = compound_subject || !view.children_with(s, "conj").empty();
  const rules::VerbPattern* best = nullptr;
  int best_words = 0;
  PatternSlot best_source, best_target;
  bool best_compound = false;
  std::vector<std::pair<uint32_t, uint32_t>> best_matched;  // first and last token of each pattern word
  for (const rules::VerbPattern& p : b.patterns) {
    if (!words_of_sentence.may_match(verbs, p)) continue;
    int words = 0;
    bool ok = true, past_verb = false;
    size_t pos = 0;  // next place to look in before / after
    uint32_t anchor = verb;
    int skips = 0;
    PatternSlot source, target;
    bool compound = false;
    std::vector<std::pair<uint32_t, uint32_t>> matched;
    bool opens_phrase = false;  // the next word follows '(' ("(WITH +)")
    bool join_after = false;  // "*_UP": the next word starts right after the verb
    for (size_t ti = 0; ti < p.tokens.size(); ++ti) {
      const rules::PatternToken& tok = p.tokens[ti];
      if (tok.kind == rules::PatternTokenKind::kJoin) {
        join_after = past_verb;  // before the verb the word itself looked ahead
        continue;
      }
      if (tok.kind == rules::PatternTokenKind::kOpenPhrase) {
        opens_phrase = true;
        continue;
      }
      if (tok.kind == rules::PatternTokenKind::kVerb) {
        past_verb = true;
        pos = 0;
        anchor = verb;
        skips = 0;
        continue;
      }
      if (tok.kind == rules::PatternTokenKind::kSource || tok.kind == rules::PatternTokenKind::kTarget) {
        PatternSlot& slot = tok.kind == rules::PatternTokenKind::kSource ? source : target;
        slot = {true, !past_verb, anchor, skips};
        continue;
      }
      if (tok.kind == rules::PatternTokenKind::kSkip) {
        ++skips;
        continue;
      }
      const auto& where = past_verb ? after : before;
      if (tok.kind == rules::PatternTokenKind::kWord || tok.kind == rules::PatternTokenKind::kSynset) {
        uint32_t first = 0, last = 0;
        const bool first_in_phrase = opens_phrase && past_verb;
        opens_phrase = false;
        const bool join_before = !past_verb && ti + 1 < p.tokens.size() &&
                                 p.tokens[ti + 1].kind == rules::PatternTokenKind::kJoin;
        size_t next = std::string_view::npos;
        if (join_before || join_after) {
          // "RECENTLY_*" is not "recently did allow": the word touches the verb.
          const size_t n = word_count(tok.text);
          const bool plain = tok.kind == rules::PatternTokenKind::kWord;
          first = join_after ? verb + 1 : (plain && verb >= n ? verb - static_cast<uint32_t>(n) : verb);
          const uint32_t end = first == verb ? 0 : match_here(words_of_sentence, verbs, tok.text, first);
          if (end != 0 && (join_after || end == verb)) {
            last = end - 1;
            next = static_cast<size_t>(std::upper_bound(where.begin(), where.end(), last) - where.begin());
          }
          join_after = false;
        } else {
          next = find_phrase(words_of_sentence, verbs, where, pos, tok.text, first, last,
                             first_in_phrase ? &view : nullptr, verb);
        }
        ok = next != std::string_view::npos;
        if (ok) {
          pos = next;
          anchor = last;
          skips = 0;
          matched.emplace_back(first, last);
        }
      } else if (tok.kind == rules::PatternTokenKind::kCompound) {
        ok = compound = compound_subject;
      } else {
        continue;
      }
      if (!ok) break;
      // Each word of a '_' group counts: "MOST_CERTAINLY_&NEGATVAUXVRB_EVER"
      // is more particular than "&NEGATVAUXVRB EVER".
      words += tok.kind == rules::PatternTokenKind::kWord ? static_cast<int>(word_count(tok.text)) : 1;
    }
    if (ok && names_only_a_place(view, matched)) ok = false;
    if (ok && matches_inside_actor_name(view, verb, matched)) ok = false;  // name_word.h
    if (ok && words > best_words) {
      best = &p;
      best_words = words;
      best_source = source;
      best_target = target;
      best_compound = compound;
      best_matched = std::move(matched);
    }
  }
  std::optional<VerbCode> code;
  if (best) {
    code = parse_verb_code(best->code);
    if (code) {
      code->pattern_words = best_words;
      code->pattern_line = best->line;
      code->source = best_source;
      code->target = best_target;
      code->compound = best_compound;
      for (const auto& [first, last] : best_matched) {
        code->matched_first.push_back(first);
        code->matched.push_back(last);
      }
    }
    return code;  // a pattern that says "---" means: not an event
  }
  return parse_verb_code(!form_code.empty() ? form_code : b.code);
}

}  // namespace chronicle::event
