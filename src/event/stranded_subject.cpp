#include "event/stranded_subject.h"

#include <string>

namespace chronicle::event {

namespace {

bool is_finite_verb(const Token& t) {
  return t.upos == "VERB" && (t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP");
}

bool has_subject(const DependencyView& v, uint32_t verb) {
  return !v.children_with(verb, "nsubj").empty() || !v.children_with(verb, "expl").empty() ||
         !v.children_with(verb, "csubj").empty();
}

// A clause-joining word of the noun's own: "but his lawyer", "and the firm".
bool has_own_conjunction(const DependencyView& v, uint32_t noun) {
  for (uint32_t c : v.children_with(noun, "cc")) {
    const std::string l = v.lemma(c);
    if (l == "and" || l == "but") return true;
  }
  return false;
}

// A comma, then a run of proper nouns, then a comma: the noun's apposition
// ("his lawyer, Di Smith, told") that the parser hung elsewhere. Returns the
// first of the names, or -1.
int32_t detached_apposition(const DependencyView& v, uint32_t comma) {
  const auto& tokens = v.doc().tokens;
  uint32_t k = comma + 1;
  while (k < tokens.size() && tokens[k].sentence == tokens[comma].sentence && tokens[k].upos == "PROPN") ++k;
  if (k == comma + 1 || k >= tokens.size() || tokens[k].sentence != tokens[comma].sentence ||
      v.doc().token_text(tokens[k]) != ",")
    return -1;
  return static_cast<int32_t>(comma + 1);
}

// The verb a noun conjunct ending at `last` would be the subject of: the next
// token, or the one after a comma or after its detached apposition
// (`name`, else -1).
int32_t verb_after(const DependencyView& v, uint32_t last, int32_t& name) {
  const auto& tokens = v.doc().tokens;
  name = -1;
  uint32_t k = last + 1;
  if (k < tokens.size() && tokens[k].sentence == tokens[last].sentence && v.doc().token_text(tokens[k]) == ",") {
    name = detached_apposition(v, k);
    if (name >= 0) {
      k = static_cast<uint32_t>(name);
      while (tokens[k].upos == "PROPN") ++k;  // to the comma after the names
    }
    ++k;
  }
  if (k >= tokens.size() || tokens[k].sentence != tokens[last].sentence) return -1;
  return static_cast<int32_t>(k);
}

}  // namespace

bool is_stranded_subject(const DependencyView& v, uint32_t noun) {
  const Token& n = v.token(noun);
  if ((n.upos != "NOUN" && n.upos != "PROPN") || !deprel_is(n.deprel, "conj") || !has_own_conjunction(v, noun))
    return false;
  int32_t name = -1;
  const int32_t k = verb_after(v, v.subtree_range(noun).second, name);
  if (k < 0) return false;
  const auto verb = static_cast<uint32_t>(k);
  const Token& vt = v.token(verb);
  // The verb is a conjunct of a clause before the noun: "claimed ... but his lawyer told".
  return is_finite_verb(vt) && deprel_is(vt.deprel, "conj") && vt.head >= 0 &&
         static_cast<uint32_t>(vt.head) < noun && !has_subject(v, verb);
}

int32_t stranded_subject_of(const DependencyView& v, uint32_t verb) {
  const Token& vt = v.token(verb);
  if (!is_finite_verb(vt) || !deprel_is(vt.deprel, "conj") || vt.head < 0 || has_subject(v, verb)) return -1;
  const auto head = static_cast<uint32_t>(vt.head);
  for (uint32_t j = verb; j-- > head + 1;) {
    if (!is_stranded_subject(v, j)) continue;
    int32_t name = -1;
    if (verb_after(v, v.subtree_range(j).second, name) != static_cast<int32_t>(verb)) continue;
    // The name is who the noun is ("his lawyer, Di Smith").
    if (name >= 0) {
      auto h = static_cast<uint32_t>(name);
      // Bounded by the document's length, as subtree walks are, should a
      // parse ever hold a cycle.
      const size_t bound = v.doc().tokens.size();
      for (size_t steps = 0; steps < bound && deprel_is(v.token(h).deprel, "flat") && v.token(h).head >= 0; ++steps)
        h = static_cast<uint32_t>(v.token(h).head);
      return static_cast<int32_t>(h);
    }
    return static_cast<int32_t>(j);
  }
  return -1;
}

}  // namespace chronicle::event
