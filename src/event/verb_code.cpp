#include "event/verb_code.h"

#include <algorithm>
#include <string>
#include <vector>

#include "event/cameo_codes.h"
#include "rules/dictionary_text.h"

namespace chronicle::event {

namespace {

// A code CAMEO has, or one a user verb dictionary adds in CAMEO's shape (two
// to four digits, its first two a CAMEO root: PETRARCH's validation verbs use
// 901 and 1717); anything else ("---", "174K") codes no event.
bool is_code(std::string_view c) {
  if (event::find_cameo(c)) return true;
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c)
    if (ch < '0' || ch > '9') return false;
  return true;
}

// Tokens of the verb's clause before and after the verb, in text order,
// its subject's included: PETRARCH's "DEATH TOLL * [223]" and "$ TROOP *
// TOWARD +" read the subject's words.
void clause_tokens(const DependencyView& view, uint32_t verb, std::vector<uint32_t>& before,
                   std::vector<uint32_t>& after) {
  std::vector<uint32_t> stack;
  for (uint32_t c : view.children(verb)) {
    if (!deprel_is(view.token(c).deprel, "punct")) stack.push_back(c);
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
    for (uint32_t c : view.children(x)) stack.push_back(c);
  }
  for (auto* v : {&before, &after}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
}

bool token_is(const DependencyView& view, uint32_t t, const std::string& word) {
  return rules::upper_ascii(view.doc().token_text(view.token(t))) == word || rules::upper_ascii(view.lemma(t)) == word;
}

std::vector<std::string> pieces_of(std::string_view phrase) {
  std::vector<std::string> out;
  size_t from = 0;
  while (from < phrase.size()) {
    size_t to = phrase.find(' ', from);
    if (to == std::string_view::npos) to = phrase.size();
    if (to > from) out.emplace_back(phrase.substr(from, to - from));
    from = to + 1;
  }
  return out;
}

// The pieces of a '_'-joined pattern word from `i` on, on consecutive tokens
// from `t` in its sentence; a piece "&NAME" is met by any member of the
// synset (itself consecutive words). Returns one past the last token, or 0.
uint32_t match_here(const DependencyView& view, const rules::VerbDictionary& verbs, const std::vector<std::string>& pieces,
                    size_t i, uint32_t t, int depth = 0) {
  if (i == pieces.size()) return t;
  const auto& tokens = view.doc().tokens;
  if (t >= tokens.size() || (i > 0 && tokens[t].sentence != tokens[t - 1].sentence)) return 0;
  const std::string& piece = pieces[i];
  if (piece[0] == '&') {
    auto it = verbs.synsets.find(piece);
    if (it == verbs.synsets.end() || depth >= 3) return 0;
    for (const std::string& member : it->second) {
      const uint32_t end = match_here(view, verbs, pieces_of(member), 0, t, depth + 1);
      if (end == 0) continue;
      const uint32_t rest = match_here(view, verbs, pieces, i + 1, end, depth);
      if (rest != 0) return rest;
    }
    return 0;
  }
  return token_is(view, t, piece) ? match_here(view, verbs, pieces, i + 1, t + 1, depth) : 0;
}

// The first place at or after `from` in `where` (clause tokens in text
// order) where `phrase` starts; its last token in `last`. Returns the index
// in `where` after the match, or npos.
size_t find_phrase(const DependencyView& view, const rules::VerbDictionary& verbs, const std::vector<uint32_t>& where,
                   size_t from, std::string_view phrase, uint32_t& last) {
  const std::vector<std::string> pieces = pieces_of(phrase);
  if (pieces.empty()) return std::string_view::npos;
  for (size_t i = from; i < where.size(); ++i) {
    const uint32_t end = match_here(view, verbs, pieces, 0, where[i]);
    if (end == 0) continue;
    last = end - 1;
    return static_cast<size_t>(std::upper_bound(where.begin(), where.end(), last) - where.begin());
  }
  return std::string_view::npos;
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
  clause_tokens(view, verb, before, after);
  // "%": the verb's subject is coordinated ("Gondor and Osgiliath agree").
  bool compound_subject = false;
  for (uint32_t s : view.children_with(verb, "nsubj"))
    compound_subject = compound_subject || !view.children_with(s, "conj").empty();
  const rules::VerbPattern* best = nullptr;
  int best_words = 0;
  PatternSlot best_source, best_target;
  std::vector<uint32_t> best_matched;
  for (const rules::VerbPattern& p : b.patterns) {
    int words = 0;
    bool ok = true, past_verb = false;
    size_t pos = 0;  // next place to look in before / after
    uint32_t anchor = verb;
    int skips = 0;
    PatternSlot source, target;
    std::vector<uint32_t> matched;
    for (const rules::PatternToken& tok : p.tokens) {
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
        uint32_t last = 0;
        const size_t next = find_phrase(view, verbs, where, pos, tok.text, last);
        ok = next != std::string_view::npos;
        if (ok) {
          pos = next;
          anchor = last;
          skips = 0;
          matched.push_back(last);
        }
      } else if (tok.kind == rules::PatternTokenKind::kCompound) {
        ok = compound_subject;
      } else {
        continue;
      }
      if (!ok) break;
      // Each word of a '_' group counts: "MOST_CERTAINLY_&NEGATVAUXVRB_EVER"
      // is more particular than "&NEGATVAUXVRB EVER".
      words += tok.kind == rules::PatternTokenKind::kWord ? static_cast<int>(pieces_of(tok.text).size()) : 1;
    }
    if (ok && words > best_words) {
      best = &p;
      best_words = words;
      best_source = source;
      best_target = target;
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
      code->matched = std::move(best_matched);
    }
    return code;  // a pattern that says "---" means: not an event
  }
  return parse_verb_code(!form_code.empty() ? form_code : b.code);
}

}  // namespace chronicle::event
