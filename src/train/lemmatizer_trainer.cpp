#include "train/lemmatizer_trainer.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "tag/tag_features.h"

namespace chronicle::train {

namespace {

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size()), i = 0;
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

// The simplest rule that turns `form` into `lemma` (fewest bytes stripped;
// without lower-casing on ties). Null when it would strip more than 255 bytes.
bool derive_rule(std::string_view form, std::string_view lemma, tag::LemmaRule& rule) {
  std::string lower;
  tag::ascii_lower(form, lower);
  size_t cp = common_prefix(form, lemma);
  size_t cpl = common_prefix(lower, lemma);
  size_t strip = form.size() - cp, strip_l = lower.size() - cpl;
  bool use_lower = strip_l < strip;
  size_t s = use_lower ? strip_l : strip;
  if (s > 255) return false;
  rule.strip = static_cast<uint8_t>(s);
  rule.lower = use_lower;
  rule.append = std::string(lemma.substr(use_lower ? cpl : cp));
  return true;
}

using RuleTuple = std::tuple<uint8_t, bool, std::string>;
RuleTuple as_tuple(const tag::LemmaRule& r) { return {r.strip, r.lower, r.append}; }
tag::LemmaRule from_tuple(const RuleTuple& t) {
  tag::LemmaRule r;
  r.strip = std::get<0>(t);
  r.lower = std::get<1>(t);
  r.append = std::get<2>(t);
  return r;
}

// The past tense and the past participle share most irregular forms, and a
// treebank sees many of them under one tag only: EWT has "won" as VBD
// ("win") and never as VBN, whose suffix rule strips the "n" of "blown" and
// "shown" and gives "wo", a lemma no dictionary knows. A form's
// lemma does not depend on which of the two it is, so a form seen under one
// tag only gets an exception under the other when that tag's rules give a
// lemma the treebank never has: not when they give a real one ("leaned" is
// EWT's VBD of "learn" once, by a slip; its VBN rule's "lean" stays).
void add_past_form_exceptions(const std::map<std::pair<std::string, std::string>, std::map<std::string, int>>& pairs,
                              const std::map<std::pair<std::string, std::string>, std::string>& best_lemma,
                              tag::Lemmatizer& lem) {
  std::set<std::string> known;
  for (const auto& [key, lemmas] : pairs)
    for (const auto& [lemma, n] : lemmas) known.insert(lemma);
  std::string out;
  for (const auto& [key, lemma] : best_lemma) {
    const char* sibling = key.second == "VBD" ? "VBN" : key.second == "VBN" ? "VBD" : nullptr;
    if (!sibling || best_lemma.count({key.first, sibling})) continue;
    lem.lemmatize(key.first, sibling, out);
    if (out != lemma && !known.count(out)) lem.add_exception(key.first, sibling, lemma);
  }
}

}  // namespace

tag::Lemmatizer train_lemmatizer(const conllu::Treebank& train, const LemmatizerTrainOptions& options) {
  // (form, xpos) -> lemma counts; std::map keeps every step deterministic.
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> pairs;
  for (const auto& s : train.sentences)
    for (const auto& w : s.words)
      if (!w.lemma.empty() && w.lemma != "_") ++pairs[{w.form, w.xpos}][w.lemma];

  std::map<std::pair<std::string, std::string>, std::string> best_lemma;
  for (const auto& [key, lemmas] : pairs) {
    const std::string* best = nullptr;
    int best_n = 0;
    for (const auto& [lemma, n] : lemmas)
      if (n > best_n) best = &lemma, best_n = n;
    best_lemma[key] = *best;
  }

  // Rule counts per (xpos, suffix of the lowercase form), by word type.
  std::map<std::pair<std::string, std::string>, std::map<RuleTuple, int>> counts;
  for (const auto& [key, lemma] : best_lemma) {
    tag::LemmaRule rule;
    if (!derive_rule(key.first, lemma, rule)) continue;
    std::string lower;
    tag::ascii_lower(key.first, lower);
    size_t longest = std::min(tag::Lemmatizer::kMaxSuffix, lower.size());
    for (size_t len = 0; len <= longest; ++len) ++counts[{key.second, lower.substr(lower.size() - len)}][as_tuple(rule)];
  }
  auto best_rule = [&](const std::map<RuleTuple, int>& c, int& support) {
    const RuleTuple* best = nullptr;
    support = 0;
    for (const auto& [r, n] : c)
      if (n > support) best = &r, support = n;
    return *best;
  };

  tag::Lemmatizer lem;
  // Store a suffix's rule only where it differs from the rule its one-byte
  // shorter suffix resolves to; lookups walk from the longest suffix down.
  // `resolved` remembers what each suffix resolves to after pruning.
  std::map<std::pair<std::string, std::string>, RuleTuple> resolved;
  for (size_t len = 0; len <= tag::Lemmatizer::kMaxSuffix; ++len) {
    for (const auto& [key, c] : counts) {
      if (key.second.size() != len) continue;
      int support = 0;
      RuleTuple rule = best_rule(c, support);
      if (len == 0) {
        lem.add_rule(key.first, key.second, from_tuple(rule));
        resolved[key] = rule;
        continue;
      }
      const RuleTuple& parent = resolved[{key.first, key.second.substr(1)}];
      if (rule != parent && support >= options.min_rule_support) {
        lem.add_rule(key.first, key.second, from_tuple(rule));
        resolved[key] = rule;
      } else {
        resolved[key] = parent;
      }
    }
  }

  // Exceptions: two passes, because a lowercase-form exception added in the
  // first can change what a capitalised form resolves to.
  std::string out;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [key, lemma] : best_lemma) {
      lem.lemmatize(key.first, key.second, out);
      if (out != lemma) lem.add_exception(key.first, key.second, lemma);
    }
  }
  add_past_form_exceptions(pairs, best_lemma, lem);
  return lem;
}

}  // namespace chronicle::train
