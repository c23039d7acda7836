#include "event/verb_code.h"

#include <algorithm>
#include <functional>
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

// A set of words as a sorted vector without duplicates: built once per verb,
// then probed for every word of every pattern of its block, where a
// std::set's node-per-word and string-per-probe cost showed in profiles.
// Most probes miss; a sorted list of the words' hashes answers those without
// comparing strings, and a hit is confirmed on the words themselves.
class WordSet {
 public:
  void insert(std::string w) { words_.push_back(std::move(w)); }
  void seal() {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
    hashes_.clear();
    for (const std::string& w : words_) hashes_.push_back(std::hash<std::string_view>{}(w));
    std::sort(hashes_.begin(), hashes_.end());
  }
  bool contains(std::string_view w) const {
    if (!std::binary_search(hashes_.begin(), hashes_.end(), std::hash<std::string_view>{}(w))) return false;
    auto it = std::lower_bound(words_.begin(), words_.end(), w, [](const std::string& a, std::string_view b) { return a < b; });
    return it != words_.end() && *it == w;
  }

 private:
  std::vector<std::string> words_;
  std::vector<size_t> hashes_;
};

// Upper-case words (surface forms and lemmas) of the verb's clause before and
// after the verb, leaving out its subjects, whose words are the source's.
void clause_words(const DependencyView& view, uint32_t verb, WordSet& before, WordSet& after) {
  std::vector<uint32_t> stack;
  for (uint32_t c : view.children(verb)) {
    const std::string& r = view.token(c).deprel;
    if (!deprel_is(r, "nsubj") && !deprel_is(r, "csubj") && !deprel_is(r, "punct")) stack.push_back(c);
  }
  // The verbs it is reported or governed by, and their auxiliaries: PETRARCH
  // reads "INDICATED WOULD * NOW" off the words before the verb.
  uint32_t t = verb;
  for (int depth = 0; depth < 3; ++depth) {
    const Token& tok = view.token(t);
    if (tok.head < 0) break;
    const std::string& r = tok.deprel;
    if (!deprel_is(r, "ccomp") && !deprel_is(r, "xcomp") && !deprel_is(r, "advcl") && !deprel_is(r, "conj")) break;
    t = static_cast<uint32_t>(tok.head);
    auto& words = t < verb ? before : after;
    words.insert(rules::upper_ascii(view.doc().token_text(view.token(t))));
    words.insert(rules::upper_ascii(view.lemma(t)));
  }
  size_t guard = 0;
  while (!stack.empty() && guard++ < view.doc().tokens.size() + 1) {
    const uint32_t x = stack.back();
    stack.pop_back();
    auto& words = x < verb ? before : after;
    words.insert(rules::upper_ascii(view.doc().token_text(view.token(x))));
    words.insert(rules::upper_ascii(view.lemma(x)));
    for (uint32_t c : view.children(x)) stack.push_back(c);
  }
  before.seal();
  after.seal();
}

// Every word of `phrase` is among `words`; a piece "&NAME" (joined by '_':
// "NEW_&TIETYPES_RELATIONS") is met by any member of the synset.
bool has_all(const WordSet& words, std::string_view phrase, const rules::VerbDictionary& verbs, int depth = 0) {
  size_t from = 0;
  while (from < phrase.size()) {
    size_t to = phrase.find_first_of(" _", from);
    if (to == std::string_view::npos) to = phrase.size();
    const std::string_view piece = phrase.substr(from, to - from);
    from = to + 1;
    if (piece.empty()) continue;
    if (piece[0] == '&' && depth < 3) {
      auto it = verbs.synsets.find(std::string(piece));
      bool any = false;
      if (it != verbs.synsets.end())
        for (const auto& member : it->second) any = any || has_all(words, member, verbs, depth + 1);
      if (!any) return false;
    } else if (!words.contains(piece)) {
      return false;
    }
  }
  return true;
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
  try_form(lemma);
  try_form(rules::upper_ascii(view.doc().token_text(view.token(verb))));
  if (block < 0) return std::nullopt;
  const rules::VerbBlock& b = verbs.verbs[block];

  WordSet before, after;
  // Only patterns read the clause's words.
  if (!b.patterns.empty()) clause_words(view, verb, before, after);
  // "%": the verb's subject is coordinated ("Gondor and Osgiliath agree").
  bool compound_subject = false;
  for (uint32_t s : view.children_with(verb, "nsubj"))
    compound_subject = compound_subject || !view.children_with(s, "conj").empty();
  const rules::VerbPattern* best = nullptr;
  int best_words = 0;
  for (const rules::VerbPattern& p : b.patterns) {
    int words = 0;
    bool ok = true, past_verb = false;
    for (const rules::PatternToken& tok : p.tokens) {
      if (tok.kind == rules::PatternTokenKind::kVerb) past_verb = true;
      const auto& where = past_verb ? after : before;
      if (tok.kind == rules::PatternTokenKind::kWord) {
        ok = has_all(where, tok.text, verbs);
      } else if (tok.kind == rules::PatternTokenKind::kSynset) {
        auto it = verbs.synsets.find(tok.text);
        ok = false;
        if (it != verbs.synsets.end()) {
          for (const auto& member : it->second) ok = ok || has_all(where, member, verbs);
        }
      } else if (tok.kind == rules::PatternTokenKind::kCompound) {
        ok = compound_subject;
      } else {
        continue;
      }
      if (!ok) break;
      ++words;
    }
    if (ok && words > best_words) {
      best = &p;
      best_words = words;
    }
  }
  std::optional<VerbCode> code;
  if (best) {
    code = parse_verb_code(best->code);
    if (code) {
      code->pattern_words = best_words;
      code->pattern_line = best->line;
    }
    return code;  // a pattern that says "---" means: not an event
  }
  return parse_verb_code(!form_code.empty() ? form_code : b.code);
}

}  // namespace chronicle::event
