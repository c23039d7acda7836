#include "quote/speaker_finder.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "quote/cue_lexicon.h"
#include "quote/person_tracker.h"

namespace chronicle::quote {

namespace {

std::string lower_at(const Document& doc, uint32_t i) { return to_lower(doc.token_text(doc.tokens[i])); }

bool parsed(const Document& doc, uint32_t i) { return doc.tokens[i].head != kNoHead; }

bool is_pronoun_word(const std::string& w) { return pronoun_gender(w) != 0 || w == "it"; }

bool is_noun(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  if (t.upos.empty()) return is_title_word(lower_at(doc, i)) || is_name_token(doc, i);
  return t.upos == "NOUN" || t.upos == "PROPN";
}

// Words that may stand between a subject and its cue: "he also said", "Mr Kim has said".
bool is_filler(const Document& doc, uint32_t i) {
  const std::string w = lower_at(doc, i);
  // "the board had originally pledged", "Ms Ruiz publicly said": a manner or time adverb.
  const Token& t = doc.tokens[i];
  if (t.upos == "ADV" && t.xpos == "RB" && w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0) return true;
  static const char* kWords[] = {"also", "has", "had", "have", "was", "later", "then", "would", "will", "had",
                                 "again", "previously", "recently", "repeatedly", "once", "is", "yesterday",
                                 "today", "last", "earlier", "further", "subsequently", "simply", "always"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

bool glued_piece(const Document& doc, uint32_t i) {
  const std::string_view t = doc.token_text(doc.tokens[i]);
  return (t == "-" || t == "'") && i > 0 && !doc.tokens[i - 1].space_after && !doc.tokens[i].space_after;
}

// "North East Says No", "Make Votes Count": a capitalised word after a
// capitalised word inside a sentence is part of a name or title, even a verb.
bool inside_a_title(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (i == 0 || t.kind != TokenKind::kWord || !std::isupper(static_cast<unsigned char>(doc.text[t.start]))) return false;
  if (doc.sentences[t.sentence].first_token >= i) return false;
  const Token& p = doc.tokens[i - 1];
  return p.kind == TokenKind::kWord && p.sentence == t.sentence && std::isupper(static_cast<unsigned char>(doc.text[p.start]));
}

// True when the name run around h is only job words and honorifics ("Lord Chancellor").
bool only_titles(const Document& doc, uint32_t h, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q) {
  uint32_t a = h, b = h + 1;
  name_run(doc, lo, hi, q, a, b);
  for (uint32_t i = a; i < b; ++i) {
    const std::string w = lower_at(doc, i);
    if (!is_title_word(w) && !is_honorific(w) && w != "of") return false;
  }
  return true;
}

bool definite_title(const Document& doc, uint32_t h, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q) {
  uint32_t a = h, b = h + 1;
  name_run(doc, lo, hi, q, a, b);
  if (b != h + 1 || b - a < 2 || a <= lo || !is_title_word(lower_at(doc, h))) return false;
  for (uint32_t i = a; i < b; ++i)
    if (is_honorific(lower_at(doc, i))) return false;
  return lower_at(doc, a - 1) == "the";
}

// Expands a subject head to its words.
Subject span_of(const Document& doc, uint32_t h, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q) {
  Subject s;
  s.found = true;
  const std::string w = lower_at(doc, h);
  if (is_pronoun_word(w)) {
    s.first = h;
    s.last = h + 1;
    s.pronoun = true;
    return s;
  }
  // A job title with an appositive name: "The shadow minister ..., Ana Ruiz, said",
  // also when the title is capitalised ("The Lord Warden, Lord Elmford, replied").
  const bool title_only = !is_name_token(doc, h) || only_titles(doc, h, lo, hi, q);
  bool moved = false;
  if (parsed(doc, h)) {
    for (uint32_t j = h + 1; j < hi; ++j) {
      if (doc.tokens[j].head == static_cast<int32_t>(h) && doc.tokens[j].deprel == "appos" && q[j] < 0 &&
          is_name_token(doc, j) && title_only) {
        h = j;
        moved = true;
        break;
      }
    }
  }
  // Without a parse, or where it read the appositive as a conjunct: "title, Name,".
  if (!moved && title_only && h + 2 < hi && doc.token_text(doc.tokens[h + 1]) == "," && q[h + 2] < 0 &&
      is_name_token(doc, h + 2) && !only_titles(doc, h + 2, lo, hi, q)) {
    h = h + 2;
  }
  // "the Cardinal will ask": a capitalised job word alone is a title, not a name;
  // so is "the Ealing North MP", a place and a job word after "the".
  if (is_name_token(doc, h) && !only_titles(doc, h, lo, hi, q) && !definite_title(doc, h, lo, hi, q)) {
    uint32_t a = h, b = h + 1;
    name_run(doc, lo, hi, q, a, b);
    bool org = false;
    uint32_t last_org = a;
    for (uint32_t i = a; i < b; ++i)
      if (is_org_word(lower_at(doc, i))) {
        org = true;
        last_org = i;
      }
    // "the Council Ana Ruiz said": a person's two names after the organisation are the name.
    if (org && b >= last_org + 3) {
      bool plain = true;
      for (uint32_t i = last_org + 1; i < b; ++i) plain = plain && !is_title_word(lower_at(doc, i)) && lower_at(doc, i) != "of";
      if (plain) {
        a = last_org + 1;
        org = false;
      }
    }
    // "Omar Haddad, Elmford Harbour Association said": the person before the comma.
    if (org && a >= lo + 2 && doc.token_text(doc.tokens[a - 1]) == "," && q[a - 2] < 0 && is_name_token(doc, a - 2)) {
      uint32_t pa = a - 2, pb = a - 1;
      name_run(doc, lo, hi, q, pa, pb);
      bool porg = false;
      for (uint32_t i = pa; i < pb; ++i) porg = porg || is_org_word(lower_at(doc, i));
      if (!porg && pb - pa >= 2) {
        a = pa;
        b = pb;
        org = false;
      }
    }
    // "Lena Fisk of Morrow Capital described": a person's name before "of"
    // is the speaker, the organisation after it only says where they work.
    for (uint32_t o = a + 2; o + 1 < b; ++o) {
      if (lower_at(doc, o) != "of") continue;
      bool plain = true;
      for (uint32_t i = a; i < o; ++i) {
        const std::string w = lower_at(doc, i);
        plain = plain && (is_name_token(doc, i) || std::isupper(static_cast<unsigned char>(doc.text[doc.tokens[i].start])) == 0) &&
                !is_title_word(w) && !is_org_word(w);  // lower case: a particle ("Van den Brul")
      }
      if (plain) {
        b = o;
        org = false;
      }
      break;
    }
    s.title_first = a;
    if (!org) {
      a = strip_titles(doc, a, b, nullptr);
      // "Omar Haddad MP": job words after the name are not the name.
      while (b > a + 1 && is_title_word(lower_at(doc, b - 1))) --b;
    }
    s.first = a;
    s.last = b;
    s.name = true;
    return s;
  }
  // A common noun phrase: "the secretary of state", "the company", "a spokesman".
  uint32_t a = h, b = h + 1;
  while (a > lo && q[a - 1] < 0) {
    const Token& t = doc.tokens[a - 1];
    const bool np = t.upos.empty() ? (t.kind == TokenKind::kWord && !is_filler(doc, a - 1))
                                   : (t.upos == "DET" || t.upos == "ADJ" || t.upos == "NOUN" || t.upos == "PROPN");
    if (!np || lower_at(doc, a - 1) == "that") break;
    --a;
    if (t.upos == "DET") break;
  }
  if (b + 1 < hi && lower_at(doc, b) == "of" && q[b + 1] < 0) {
    uint32_t c = b + 1;
    while (c < hi && q[c] < 0 && (lower_at(doc, c) == "the" || is_noun(doc, c))) ++c;
    if (c > b + 1) b = c;
  }
  s.first = a;
  s.last = b;
  return s;
}

bool usable(const Document& doc, uint32_t i, const std::vector<int32_t>& q) {
  return q[i] < 0 && doc.tokens[i].kind == TokenKind::kWord;
}

}  // namespace

bool is_cue_token(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  // Compared as views: a std::string against a literal costs a strlen and an
  // out-of-line compare, and this runs for every word of the document.
  const std::string lowered = lower_at(doc, i);
  const std::string_view w = lowered;
  if (w == "according") return i + 1 < doc.tokens.size() && lower_at(doc, i + 1) == "to";
  if (inside_a_title(doc, i)) return false;  // "for North East Says No": a name, not a cue
  // "The Tory leader went on: ...": "go on" with nothing after it but punctuation
  // goes on speaking (not "went on holiday", "went on to win").
  if (w == "went" || w == "goes" || w == "go" || w == "going" || w == "gone") {
    if (i + 2 >= doc.tokens.size() || lower_at(doc, i + 1) != "on") return false;
    const std::string_view next = doc.token_text(doc.tokens[i + 2]);
    return next == ":" || next == "," || next == "." || next == "\"" || next == "\xE2\x80\x9C";
  }
  // A tagged word is a cue only as a verb or an adjective (the tests below);
  // most words are neither, and they are known not to be cues at once.
  if (const std::string_view upos = t.upos; !upos.empty() && upos != "VERB" && upos != "ADJ") return false;
  // "Mr Houston's reported views", "the quoted figure": a cue word used as an adjective.
  if (i > 0) {
    if (lower_in(doc.token_text(doc.tokens[i - 1]),
                 {"'s", "\xE2\x80\x99s", "the", "a", "an", "his", "her", "its", "their", "our"}))
      return false;
  }
  if (!t.upos.empty()) {
    // The tagger may read ", branded Harry's actions" as an adjective; after a
    // comma or a noun a cue's past form is the verb.
    if (t.upos == "ADJ" && i > 0 && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0 &&
        !cue_lemma_of_form(w).empty()) {
      const Token& p = doc.tokens[i - 1];
      const std::string lowered_p = to_lower(doc.token_text(p));
      const std::string_view pw = lowered_p;
      if (pw == "," || p.upos == "PROPN" || p.upos == "NOUN" || p.upos == "PRON" || pw == "been" || pw == "was" ||
          pw == "were" || pw == "being")
        return true;
    }
    if (t.upos != "VERB") return false;
    // "The rules drafted by Lady Vane were ...": a participle that describes a
    // noun reports no one's words (a relative clause is handled by the stage).
    if (t.deprel == "acl" && i + 1 < doc.tokens.size() && to_lower(doc.token_text(doc.tokens[i + 1])) == "by")
      return false;
    return is_cue_lemma(to_lower(t.lemma.empty() ? doc.token_text(t) : std::string_view(t.lemma)));
  }
  return !cue_lemma_of_form(w).empty();
}

namespace {

bool is_capitalised(const Document& doc, uint32_t i) {
  return std::isupper(static_cast<unsigned char>(doc.text[doc.tokens[i].start])) != 0;
}

// True when the entity stage has read token i as part of a person's name.
bool names_a_person(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  for (const Entity& e : doc.entities) {
    if (e.type != "PERSON") continue;
    for (const EntityMention& m : e.mentions)
      if (m.kind == "name" && m.start <= t.start && t.end <= m.end) return true;
  }
  return false;
}

// True when the entity stage has read tokens [a, b) as one place ("Oxfordshire").
bool names_a_place(const Document& doc, uint32_t a, uint32_t b, const std::vector<int32_t>& q) {
  if (b <= a || q[a] >= 0) return false;
  for (const Entity& e : doc.entities) {
    if (e.type != "GPE" && e.type != "LOC") continue;
    for (const EntityMention& m : e.mentions)
      if (m.start <= doc.tokens[a].start && doc.tokens[b - 1].end <= m.end) return true;
  }
  return false;
}

bool finite_clause(const Document& doc, uint32_t a, uint32_t b);

constexpr uint32_t kNoToken = UINT32_MAX;

bool is_time_word(const std::string& w) {
  static const char* kWords[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// "Mr Barber, who said": a relative pronoun stands for the name before its comma;
// so does "some of whom" ("anger from dockers, some of whom dubbed him ...").
Subject antecedent(const Document& doc, const Subject& s, uint32_t lo, const std::vector<int32_t>& q) {
  if (!s.found) return s;
  uint32_t k = s.first;
  const uint32_t e = s.last - 1;
  const std::string part = lower_at(doc, e);
  const bool some_of_whom = e + 2 < doc.tokens.size() && lower_at(doc, e + 1) == "of" &&
                            (lower_at(doc, e + 2) == "whom" || lower_at(doc, e + 2) == "which") &&
                            (part == "some" || part == "many" || part == "most" || part == "all" || part == "several" ||
                             part == "one" || part == "none" || part == "both" || part == "few" || part == "each");
  if (some_of_whom) {
    k = e;
  } else {
    if (s.last != s.first + 1) return s;
    const std::string w = lower_at(doc, s.first);
    if (w != "who" && w != "which" && w != "that") return s;
  }
  if (k > lo && doc.token_text(doc.tokens[k - 1]) == ",") --k;
  if (k > lo && usable(doc, k - 1, q) && (is_name_token(doc, k - 1) || is_noun(doc, k - 1)))
    return span_of(doc, k - 1, lo, k, q);
  return s;
}

// "Rory O'Neill, editor of Hazards magazine, which ran the study, said": the
// name the asides hang on, when the entity stage reads it as a person and the
// words found first as something else.
Subject head_of_chain(const Document& doc, const Subject& s, uint32_t lo, const std::vector<int32_t>& q) {
  if (!s.found || s.pronoun || names_a_person(doc, s.last - 1)) return s;
  uint32_t p = s.name ? std::min(s.title_first, s.first) : s.first;
  for (int hop = 0; hop < 3; ++hop) {
    uint32_t c = p;
    while (c > lo && p - c < 12 && q[c - 1] < 0 && doc.token_text(doc.tokens[c - 1]) != ",") --c;
    if (c <= lo + 1 || q[c - 1] >= 0 || doc.token_text(doc.tokens[c - 1]) != ",") return s;
    if (finite_clause(doc, c, p)) return s;
    const uint32_t h = c - 2;  // the word before the comma
    if (!usable(doc, h, q)) return s;
    if (names_a_person(doc, h)) return span_of(doc, h, lo, c - 1, q);
    p = h;
    while (p > lo && q[p - 1] < 0 && doc.tokens[p - 1].kind == TokenKind::kWord && lower_at(doc, p - 1) != "who") --p;
  }
  return s;
}

// "is alleged / reported / said / understood to have said".
bool is_raising_verb(const Document& doc, uint32_t v) {
  const std::string l = to_lower(doc.tokens[v].lemma.empty() ? doc.token_text(doc.tokens[v]) : std::string_view(doc.tokens[v].lemma));
  return l == "allege" || l == "report" || l == "say" || l == "understand" || l == "think" || l == "believe" ||
         l == "know" || l == "rumour" || l == "claim" || l == "expect";
}

// True when tokens [a, b) hold a verb that is not inside a relative clause
// ("who led the talks" is an aside; "had said it would never give in" is not).
bool finite_clause(const Document& doc, uint32_t a, uint32_t b) {
  if (a < b) {
    const std::string w = lower_at(doc, a);
    if (w == "who" || w == "which" || w == "whose" || w == "whom") return false;
  }
  for (uint32_t i = a; i < b; ++i) {
    const Token& t = doc.tokens[i];
    if ((t.upos == "VERB" || t.upos == "AUX") && t.deprel != "acl" && t.deprel != "amod" && t.deprel.rfind("acl:", 0) != 0 &&
        !inside_a_title(doc, i))
      return true;
  }
  return false;
}

// "A spokeswoman for Elmford Council said": the words nearest the cue are the
// organisation, but the speaker is the job word that governs it.
Subject governing_title(const Document& doc, const Subject& s, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q) {
  if (!s.found || s.pronoun) return s;
  if (s.name && names_a_person(doc, s.last - 1)) return s;
  uint32_t a = s.name ? std::min(s.title_first, s.first) : s.first;
  // "for Royal Mail": the tagger may leave a capitalised word out of the name.
  while (a > lo && q[a - 1] < 0 &&
         (lower_at(doc, a - 1) == "the" || (doc.tokens[a - 1].upos == "ADJ" && is_capitalised(doc, a - 1))))
    --a;
  if (a < lo + 2 || q[a - 1] >= 0 || q[a - 2] >= 0) return s;
  const std::string prep = lower_at(doc, a - 1);
  if (prep != "for" && prep != "of" && prep != "at" && prep != "from") return s;
  const std::string head = lower_at(doc, a - 2);
  if (!is_title_word(head) || is_name_token(doc, a - 2) || head == "state" || head == "home" || head == "foreign")
    return s;
  // Not "Deputy head of the Assembly Ana Ruiz said": there the name is the
  // subject. The parse tells; without one, only an organisation's name is governed.
  if (parsed(doc, a - 2)) {
    if (doc.tokens[a - 2].deprel.rfind("nsubj", 0) != 0) return s;
  } else if (!is_org_word(lower_at(doc, s.last - 1))) {
    return s;
  }
  Subject t = span_of(doc, a - 2, lo, a - 1, q);
  return t.found ? t : s;
}

Subject find_subject_at(const Document& doc, uint32_t cue, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q);

// The agent of a passive cue: the noun phrase after "by" within a few words
// ("was branded ... by the Liberal Democrats"); not found when there is none.
Subject by_agent(const Document& doc, uint32_t cue, uint32_t hi, const std::vector<int32_t>& q) {
  for (uint32_t j = cue + 1; j + 1 < hi && j < cue + 12; ++j) {
    if (q[j] >= 0 || lower_at(doc, j) != "by") continue;
    uint32_t k = j + 1;
    if (k < hi && (lower_at(doc, k) == "the" || lower_at(doc, k) == "a")) ++k;
    const uint32_t np = k;
    while (k + 1 < hi && q[k] < 0 && doc.tokens[k].upos == "ADJ") ++k;  // "by the Liberal Democrats"
    if (k < hi && q[k] < 0 && is_noun(doc, k)) {
      while (k + 1 < hi && q[k + 1] < 0 && is_noun(doc, k + 1)) ++k;
      Subject s = span_of(doc, k, j + 1, hi, q);
      bool capitalised_words = true;
      for (uint32_t i = np; i < s.first; ++i) capitalised_words = capitalised_words && is_capitalised(doc, i);
      if (capitalised_words && np < s.first) s.first = s.title_first = np;
      return s;
    }
  }
  return {};
}

// False when verb v's subject in the parse (the nearest before it, as the
// subject search takes it) is a pronoun for a thing ("it would not move, calling
// ..."): the parse has lost the speaker. True when it has no subject.
bool subject_may_speak(const Document& doc, uint32_t v) {
  const Sentence& s = doc.sentences[doc.tokens[v].sentence];
  uint32_t best = kNoToken;
  for (uint32_t j = s.first_token; j < s.last_token; ++j) {
    const Token& t = doc.tokens[j];
    if (t.head != static_cast<int32_t>(v) || t.deprel.rfind("nsubj", 0) != 0) continue;
    if (best == kNoToken || (j < v && (best > v || j > best))) best = j;
  }
  if (best == kNoToken) return true;
  const std::string w = lower_at(doc, best);
  return w != "it" && w != "this" && w != "that" && w != "there";
}

// "Michael Lamberty, a harbour spokesman told the BBC", "Rabbi Ivo Brandt, founder
// of the Elmford Fishers Trust said": a job phrase in apposition whose closing
// comma is missing. The words nearest the cue are the job or the organisation;
// the person named before the opening comma speaks.
Subject name_before_job_phrase(const Document& doc, const Subject& s, uint32_t lo, const std::vector<int32_t>& q) {
  if (!s.found || s.pronoun) return s;
  const uint32_t first = s.name ? std::min(s.title_first, s.first) : s.first;
  bool org_name = false;
  if (s.name) {
    for (uint32_t i = s.first; i < s.last; ++i) org_name = org_name || is_org_word(lower_at(doc, i));
    const std::string_view type = entity_type_at(doc, doc.tokens[s.first].start, doc.tokens[s.last - 1].end);
    org_name = org_name || (!type.empty() && type != "PERSON");
    if (!org_name && first == s.first) return s;  // a person's own name
  }
  bool job = false;
  for (uint32_t i = first; i < s.last; ++i) job = job || is_title_word(lower_at(doc, i));
  uint32_t c = first;
  while (c > lo && first - c < 10 && usable(doc, c - 1, q)) {
    const Token& t = doc.tokens[c - 1];
    if (t.upos == "VERB" || t.upos == "AUX" || t.upos == "PRON") return s;
    job = job || is_title_word(lower_at(doc, c - 1));
    --c;
  }
  if (!job || c < lo + 2 || q[c - 1] >= 0 || doc.token_text(doc.tokens[c - 1]) != ",") return s;
  const std::string opener = lower_at(doc, c);
  if (!(opener == "a" || opener == "an" || opener == "the" || is_title_word(opener) || doc.tokens[c].upos == "ADJ" ||
        doc.tokens[c].upos == "PROPN"))
    return s;
  const uint32_t h = c - 2;
  if (!usable(doc, h, q) || !is_name_token(doc, h)) return s;
  uint32_t a = h, b = h + 1;
  name_run(doc, lo, c - 1, q, a, b);
  // Not "In New York, the UN envoy said": a place after a preposition.
  if (a > lo && doc.tokens[a - 1].upos == "ADP") return s;
  if (names_a_place(doc, a, b, q)) return s;
  bool org = false;
  for (uint32_t i = a; i < b; ++i) org = org || is_org_word(lower_at(doc, i));
  const bool person = names_a_person(doc, h) || (!org && (b - a >= 2 || is_honorific(lower_at(doc, a))));
  if (!person) return s;
  return span_of(doc, h, a, c - 1, q);
}

}  // namespace

Subject find_subject(const Document& doc, uint32_t cue, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q) {
  return name_before_job_phrase(
      doc, governing_title(doc, antecedent(doc, find_subject_at(doc, cue, lo, hi, q), lo, q), lo, hi, q), lo, q);
}

namespace {

// Inverted: ""...," said Mr Haddad", "..., said the minister" (only after a quotation or comma).
Subject inverted_subject(const Document& doc, uint32_t cue, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q) {
  // "..., calling the toll a final straw": a participle's object is not its subject.
  const std::string form = lower_at(doc, cue);
  if (doc.tokens[cue].xpos == "VBG" || (form.size() > 4 && form.compare(form.size() - 3, 3, "ing") == 0)) return {};
  uint32_t k = cue + 1;
  const bool after_quote_or_comma =
      cue > lo && (q[cue - 1] >= 0 || doc.token_text(doc.tokens[cue - 1]) == "," || doc.tokens[cue - 1].kind == TokenKind::kPunct);
  if (k < hi && usable(doc, k, q) && after_quote_or_comma) {
    const std::string w = lower_at(doc, k);
    if (pronoun_gender(w) == 'm' || pronoun_gender(w) == 'f' || w == "they" || w == "it") {
      if (w != "him" && w != "her") return span_of(doc, k, lo, hi, q);
    }
    if (w == "the" || w == "a" || w == "an") ++k;
    // "said Danish dockers union official Per Nilsen": adjectives open the phrase.
    for (int adj = 0; adj < 3 && k + 1 < hi && usable(doc, k, q) && doc.tokens[k].upos == "ADJ"; ++adj) ++k;
    if (k < hi && usable(doc, k, q) && (is_noun(doc, k) || is_honorific(lower_at(doc, k)))) {
      // To the head of the phrase: "said Acme's chief analyst Lena Fisk",
      // "added Smith and Jones's Ivo Brandt".
      uint32_t h = k;
      auto np = [&](uint32_t i) {
        if (q[i] >= 0) return false;
        const std::string x = lower_at(doc, i);
        if (is_noun(doc, i) || is_honorific(x) || x == "'s" || x == "\xE2\x80\x99s") return true;
        if (doc.tokens[i].upos == "ADJ" || (doc.tokens[i].upos.empty() && is_title_word(x))) return true;
        // "said Trade and Harbour Affairs Minister Ana Ruiz": a capitalised title may have "and" in it.
        return x == "and" && i + 1 < hi && (is_name_token(doc, i + 1) || is_capitalised(doc, i + 1)) &&
               is_name_token(doc, i - 1);
      };
      while (h + 1 < hi && np(h + 1)) ++h;
      while (h > k && !is_noun(doc, h)) --h;
      uint32_t from = h;
      while (from > k && (is_name_token(doc, from - 1) || glued_piece(doc, from - 1))) --from;
      Subject s = span_of(doc, h, from, hi, q);
      return s;
    }
  }
  return {};
}

Subject find_subject_at(const Document& doc, uint32_t cue, uint32_t lo, uint32_t hi, const std::vector<int32_t>& q) {
  // "The Gondor Times quoted Prince Imrahil as saying": the one quoted speaks, not the paper.
  // "Mr Vane was quoted in the Gazette saying": the one quoted is the passive's subject.
  if (lower_at(doc, cue) == "saying" && cue >= lo + 2) {
    const bool as = lower_at(doc, cue - 1) == "as";
    for (uint32_t k = cue - 1; k > lo && k + 9 > cue; --k) {
      const std::string w = lower_at(doc, k - 1);
      if (w != "quoted" && w != "quotes" && w != "quoting" && w != "cited" && w != "cites") continue;
      const uint32_t verb = k - 1;
      if (verb >= lo + 2 && q[verb - 1] < 0) {
        const std::string aux = lower_at(doc, verb - 1);
        if (aux == "was" || aux == "were" || aux == "is" || aux == "are" || aux == "been") {
          const uint32_t h = verb - 2;
          if (usable(doc, h, q) && (is_noun(doc, h) || is_pronoun_word(lower_at(doc, h)))) return span_of(doc, h, lo, verb - 1, q);
          break;
        }
      }
      if (!as) break;
      uint32_t h = cue - 2;
      while (h >= k && !(usable(doc, h, q) && is_noun(doc, h))) --h;
      if (h >= k) return span_of(doc, h, k, cue - 1, q);
      break;
    }
  }
  // "the paper quotes an aide close to the mayor": the one quoted speaks.
  {
    const Token& ct = doc.tokens[cue];
    const std::string form = lower_at(doc, cue);
    const std::string lemma = ct.lemma.empty() ? std::string(cue_lemma_of_form(form)) : to_lower(ct.lemma);
    const std::string prev = cue > lo ? lower_at(doc, cue - 1) : std::string();
    const bool passive = prev == "was" || prev == "were" || prev == "is" || prev == "are" || prev == "been" || prev == "be";
    if (lemma == "quote" && !passive) {
      uint32_t k = cue + 1;
      if (k < hi && (lower_at(doc, k) == "a" || lower_at(doc, k) == "an" || lower_at(doc, k) == "the")) ++k;
      while (k + 1 < hi && usable(doc, k, q) && doc.tokens[k].upos == "ADJ") ++k;
      if (k < hi && usable(doc, k, q) && is_noun(doc, k)) {
        uint32_t h = k;
        while (h + 1 < hi && usable(doc, h + 1, q) && is_noun(doc, h + 1)) ++h;
        return span_of(doc, h, cue + 1, hi, q);
      }
      return {};
    }
  }
  if (lower_at(doc, cue) == "according") {
    uint32_t j = cue + 2;
    if (lower_at(doc, j < hi ? j : cue) == "the" && j + 1 < hi) ++j;
    while (j < hi && q[j] < 0 && !is_noun(doc, j) && doc.tokens[j].kind == TokenKind::kWord) ++j;
    if (j < hi && q[j] < 0 && is_noun(doc, j)) {
      uint32_t h = j;
      while (h + 1 < hi && q[h + 1] < 0 && is_noun(doc, h + 1)) ++h;
      // "according to Defra's lawyers": the possessor only says whose they are.
      const std::string poss = h + 2 < hi ? lower_at(doc, h + 1) : std::string();
      if ((poss == "'s" || poss == "\xE2\x80\x99s" || poss == "'") && q[h + 2] < 0 && is_noun(doc, h + 2)) {
        h += 2;
        while (h + 1 < hi && q[h + 1] < 0 && is_noun(doc, h + 1)) ++h;
      }
      Subject s = span_of(doc, h, cue + 2, hi, q);
      if (s.first < cue + 2) s.first = cue + 2;
      return s;
    }
    return {};
  }
  // A passive cue ("was branded ... by critics", "is described as") has its speaker after "by", if anywhere.
  if (cue > lo) {
    const std::string prev = lower_at(doc, cue - 1);
    if (prev == "was" || prev == "were" || prev == "been" || prev == "be" || prev == "being" || prev == "is" ||
        prev == "are") {
      // "Harbour staff were said to be "baffled"": the one said to be or to
      // have something is the one whose stance is quoted. Verbs of saying only:
      // "the bill is expected to be opposed" quotes no bill.
      const std::string lemma = to_lower(doc.tokens[cue].lemma);
      const bool saying = lemma == "say" || lemma == "report" || lemma == "allege" || lemma == "claim";
      if (saying && cue + 2 < hi && lower_at(doc, cue + 1) == "to" &&
          (lower_at(doc, cue + 2) == "be" || lower_at(doc, cue + 2) == "have")) {
        for (uint32_t j = lo; j < cue; ++j)
          if (doc.tokens[j].head == static_cast<int32_t>(cue) && doc.tokens[j].deprel == "nsubj:pass" && usable(doc, j, q))
            return span_of(doc, j, lo, hi, q);
      }
      return by_agent(doc, cue, hi, q);
    }
    // "The former chief, dubbed "the Fox" for his cunning, ...": a participle set
    // off by a comma with no object names or describes; only a by-agent says it.
    if (doc.token_text(doc.tokens[cue - 1]) == "," && doc.tokens[cue].xpos == "VBN" && cue + 1 < hi &&
        (q[cue + 1] >= 0 || lower_at(doc, cue + 1) == "as"))
      return by_agent(doc, cue, hi, q);
    // "in a move branded a "retreat" by the Tories": a participle on a noun
    // phrase that is an object or follows a preposition (so not its subject)
    // is a reduced relative, passive too. Read from the words: the parser often
    // makes that noun the verb's subject.
    const Token& ct = doc.tokens[cue];
    if (!ct.upos.empty() && ct.head != -1 && (ct.xpos == "VBN" || ct.xpos == "VBD") && is_noun(doc, cue - 1)) {
      uint32_t np = cue - 1;
      while (np > lo && usable(doc, np - 1, q)) {
        const std::string& u = doc.tokens[np - 1].upos;
        if (u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "NUM") break;
        --np;
      }
      const std::string& u = np > lo ? doc.tokens[np - 1].upos : std::string();
      if (u == "ADP" || u == "VERB") {
        const Subject agent = by_agent(doc, cue, hi, q);
        if (agent.found) return agent;
      }
    }
  }
  // "The ministers' remarks, said Lena Fisk of Morrow Capital, were ...": "said"
  // set off by a comma with a name after it is an inverted aside; the name
  // speaks, not the noun before the comma (which the parser often takes).
  if (cue > lo && cue + 1 < hi && doc.token_text(doc.tokens[cue - 1]) == "," && usable(doc, cue + 1, q) &&
      is_name_token(doc, cue + 1) && !is_time_word(lower_at(doc, cue + 1))) {
    const Token& ct = doc.tokens[cue];
    const std::string lemma = ct.lemma.empty() ? std::string(cue_lemma_of_form(lower_at(doc, cue))) : to_lower(ct.lemma);
    if (lemma == "say" || lemma == "add" || lemma == "write") {
      const Subject inv = inverted_subject(doc, cue, lo, hi, q);
      // The aside closes with a comma (or the sentence ends) before any verb or
      // quotation: not "..., who apologised, said Mr Blair "should ..."", where
      // the name opens what was said.
      uint32_t k = inv.found ? inv.last : hi;
      while (k < hi && k < inv.last + 10 && usable(doc, k, q) && doc.tokens[k].upos != "VERB" &&
             doc.tokens[k].upos != "AUX")
        ++k;
      const bool closed = k < hi && q[k] < 0 && (doc.token_text(doc.tokens[k]) == "," || k + 1 == hi);
      if (inv.found && inv.name && closed) return inv;
    }
  }
  // A pronoun, name or noun right before the cue is its subject ("..., Mr Haddad
  // said", "a spokesman said"), whatever the parse says: the parser errs more on these tails.
  {
    uint32_t j = cue;
    for (int skipped = 0; j > lo && skipped < 3 && is_filler(doc, j - 1); ++skipped) --j;
    // "The mayor on Tuesday said": a time phrase is not the subject.
    if (j > lo + 2 && is_time_word(lower_at(doc, j - 1))) {
      const std::string prep = lower_at(doc, j - 2);
      if (prep == "on" || prep == "in" || prep == "last" || prep == "this" || prep == "on" || prep == "at") j -= 2;
    }
    // Not "issued a statement saying": there the one who issued it speaks (the parse finds them).
    const bool object_before = j == cue && j > lo && doc.tokens[cue].xpos == "VBG" && doc.tokens[j - 1].deprel == "obj";
    if (j > lo && usable(doc, j - 1, q) && !object_before) {
      uint32_t h = j - 1;
      // "An audit note on the 12 oldest bridges says": the noun before the cue
      // may close a prepositional phrase; the parse leads up to the subject it hangs on.
      for (int hop = 0; hop < 4 && parsed(doc, h) && doc.tokens[h].deprel.rfind("nmod", 0) == 0; ++hop) {
        const int32_t up = doc.tokens[h].head;
        if (up < static_cast<int32_t>(lo) || up >= static_cast<int32_t>(h) || !usable(doc, static_cast<uint32_t>(up), q)) break;
        bool preposition = false;  // "on the 20 biggest projects", not a parser's stray nmod
        for (uint32_t k = static_cast<uint32_t>(up) + 1; k < h; ++k)
          if (doc.tokens[k].upos == "ADP" && doc.tokens[k].head == static_cast<int32_t>(h)) {
            const std::string p = lower_at(doc, k);  // a noun's own phrase, not "after her mother told"
            preposition = preposition || p == "on" || p == "of" || p == "for" || p == "into" || p == "about" ||
                          p == "in" || p == "from" || p == "at" || p == "with";
          }
        if (!preposition) break;
        h = static_cast<uint32_t>(up);
        if (doc.tokens[h].deprel == "nsubj" && doc.tokens[h].head == static_cast<int32_t>(cue)) break;
      }
      // Or a person's name: "Nick Van den Brul of Elmford Partners called".
      bool person_name = false;
      if (h != j - 1 && is_name_token(doc, h)) {
        uint32_t a = h, b = h + 1;
        name_run(doc, lo, j - 1, q, a, b);
        person_name = b - a >= 2;
        for (uint32_t i = a; i < b; ++i) person_name = person_name && !is_org_word(lower_at(doc, i)) && !is_title_word(lower_at(doc, i));
      }
      if (h != j - 1 && !person_name && !(doc.tokens[h].deprel == "nsubj" && doc.tokens[h].head == static_cast<int32_t>(cue)))
        h = j - 1;
      if (is_pronoun_word(lower_at(doc, h)) || is_noun(doc, h)) return span_of(doc, h, lo, hi, q);
    }
    // An appositive or aside between subject and cue: "Ana Ruiz, said",
    // "Omar Haddad - who led the talks - said", "Ms Ruiz, Green MP for X, believes".
    if (j > lo + 1 && q[j - 1] < 0) {
      const std::string_view close = doc.token_text(doc.tokens[j - 1]);
      if (close == "," || close == "-" || close == "\xE2\x80\x94" || close == "\xE2\x80\x93") {
        uint32_t open = j - 1;
        while (open > lo && q[open - 1] < 0 && doc.token_text(doc.tokens[open - 1]) != close && j - open < 25) --open;
        uint32_t end = j - 1;  // the closing comma or dash
        // "Mr Vane, MP for Elmford East, Westshire, said": a place after a
        // comma belongs to the aside before it, so the aside starts one comma earlier.
        while (close == "," && open > lo + 1 && doc.token_text(doc.tokens[open - 1]) == close &&
               names_a_place(doc, open, end, q)) {
          end = open - 1;
          open = end;
          while (open > lo && q[open - 1] < 0 && doc.token_text(doc.tokens[open - 1]) != close && end - open < 25) --open;
        }
        if (open > lo && doc.token_text(doc.tokens[open - 1]) == close) {
          --open;  // the opening comma or dash
          // The words between are a name: "..., Ana Ruiz, said".
          bool all_name = end > open + 1;
          for (uint32_t i = open + 1; i < end; ++i) all_name = all_name && (is_name_token(doc, i) || doc.token_text(doc.tokens[i]) == "-");
          if (all_name && end == j - 1 && is_name_token(doc, j - 2)) return span_of(doc, j - 2, open + 1, j - 1, q);
          // An aside is a phrase, not a clause: "Gondor, which ..., had said it would never
          // give in to calls to lift the tolls, calling" has no aside before "calling".
          if (open > lo && usable(doc, open - 1, q) && (is_name_token(doc, open - 1) || is_noun(doc, open - 1)) &&
              !finite_clause(doc, open + 1, end))
            return head_of_chain(doc, span_of(doc, open - 1, lo, open, q), lo, q);
        }
      }
    }
  }
  if (parsed(doc, cue)) {
    uint32_t v = cue;
    for (int climb = 0; climb < 2; ++climb) {
      // The parser sometimes gives a verb two subjects; the one nearest before it wins.
      uint32_t best = kNoToken;
      for (uint32_t j = lo; j < hi; ++j) {
        const Token& t = doc.tokens[j];
        // "Mr Vane is alleged to have said": the raising verb's passive subject speaks.
        const bool raised = v != cue && t.deprel == "nsubj:pass" && is_raising_verb(doc, v);
        if (t.head == static_cast<int32_t>(v) && t.deprel.rfind("nsubj", 0) == 0 && (t.deprel != "nsubj:pass" || raised) &&
            usable(doc, j, q)) {
          const bool better = best == kNoToken || (j < v && (best > v || j > best));
          if (better) best = j;
        }
      }
      if (best != kNoToken) {
        const uint32_t j = best;
        // After the cue the parse's head may be a word inside a long title; the phrase rule reads it whole.
        if (j == cue + 1 || (j == cue + 2 && lower_at(doc, cue + 1) == "the")) {
          const Subject inv = inverted_subject(doc, cue, lo, hi, q);
          if (inv.found) return inv;
        }
        return span_of(doc, j, lo, hi, q);
      }
      const Token& vt = doc.tokens[v];
      if (vt.head < 0 || static_cast<uint32_t>(vt.head) < lo || static_cast<uint32_t>(vt.head) >= hi) break;
      // The parser may hang "to denounce" on "message" rather than on "used".
      // So may "issued a statement saying" hang "saying" on "statement".
      if (vt.deprel == "acl" && v == cue && cue > lo && (lower_at(doc, cue - 1) == "to" || vt.xpos == "VBG")) {
        const Token& noun = doc.tokens[static_cast<size_t>(vt.head)];
        if (noun.deprel != "obj" || noun.head < 0 || static_cast<uint32_t>(noun.head) < lo ||
            static_cast<uint32_t>(noun.head) >= hi)
          break;
        v = static_cast<uint32_t>(noun.head);
        continue;
      }
      // "Mr Haddad issued a warning, telling voters ...", "she caused a stir by
      // calling the plan ...": a participle adjunct has no subject of its own;
      // the subject of the sentence's main verb does the telling, also when the
      // parser hangs the participle, after a comma, on the noun before it as a
      // conjunct ("a warning, telling").
      bool free_participle = vt.deprel == "advcl" && vt.xpos == "VBG";
      uint32_t next = static_cast<uint32_t>(vt.head);
      if (!free_participle && v == cue && vt.xpos == "VBG" && vt.deprel == "conj" && cue > lo &&
          doc.token_text(doc.tokens[cue - 1]) == "," &&
          (doc.tokens[next].upos == "NOUN" || doc.tokens[next].upos == "PROPN")) {
        for (uint32_t r = lo; r < cue; ++r)
          if (doc.tokens[r].head == -1 && doc.tokens[r].upos == "VERB") {
            free_participle = true;
            next = r;
          }
      }
      if (!free_participle && vt.deprel != "xcomp" && vt.deprel != "conj" && vt.deprel != "advcl") break;
      v = next;
      // "used a message to denounce": the subject of the verb it completes; and
      // "issued a statement saying": a participle right after its verb's object
      // speaks with that verb's subject.
      const bool after_object = vt.deprel == "advcl" && vt.xpos == "VBG" && cue > lo &&
                                doc.tokens[cue - 1].deprel == "obj" && doc.tokens[cue - 1].head == vt.head;
      if (free_participle) {
        // Only on the sentence's main verb: one hung on a clause inside may be that
        // clause's ("said Mr Haddad ordered the cuts, telling him ...") or the
        // outer speaker's ("denied dockers had forced the change, telling the
        // BBC ..."), and the parse cannot tell which; the older rules decide.
        if (doc.tokens[v].head != -1) break;
        // A verb of saying there is found as any cue is ("The data seller said ..., adding").
        if (is_cue_token(doc, v)) {
          const Subject main = find_subject_at(doc, v, lo, hi, q);
          if (main.found) return main;
        }
        // A parse that gives the verb a subject that cannot speak is no guide.
        if (!subject_may_speak(doc, v)) break;
      }
      if (!is_cue_token(doc, v) && vt.deprel != "xcomp" && !after_object && !free_participle) break;
    }
  }
  // Before the cue: "he said", "Mr Kim also told".
  uint32_t j = cue;
  for (int skipped = 0; j > lo && skipped < 3 && is_filler(doc, j - 1); ++skipped) --j;
  if (j > lo && usable(doc, j - 1, q)) {
    const uint32_t h = j - 1;
    if (is_pronoun_word(lower_at(doc, h)) || is_noun(doc, h)) return span_of(doc, h, lo, hi, q);
  }
  return inverted_subject(doc, cue, lo, hi, q);
}

}  // namespace

bool reported_content(const Document& doc, uint32_t cue, const Subject& subj, uint32_t lo, uint32_t hi,
                      const std::vector<int32_t>& q, uint32_t& first, uint32_t& last) {
  // Sentence-final punctuation is not content.
  uint32_t end = hi;
  while (end > lo && doc.tokens[end - 1].kind == TokenKind::kPunct && q[end - 1] < 0) --end;
  const bool according = lower_at(doc, cue) == "according";
  uint32_t subj_lo = subj.first < cue ? subj.first : cue;
  if (subj_lo > lo) {  // "..., the agency said": the determiner belongs to the subject
    const std::string d = lower_at(doc, subj_lo - 1);
    if (d == "the" || d == "a" || d == "an") --subj_lo;
  }
  // "..., X said." / "..., according to X.": the content comes before.
  if (subj_lo > lo + 2 && doc.token_text(doc.tokens[subj_lo - 1]) == ",") {
    uint32_t after = (according ? subj.last : cue + 1);
    if (!according) {
      // Only an object may follow ("told reporters", "told the BBC"), not a clause.
      while (after < end && (is_noun(doc, after) || lower_at(doc, after) == "the" || lower_at(doc, after) == "'s" ||
                             doc.tokens[after].upos == "PRON" || doc.tokens[after].upos == "ADP" ||
                             doc.tokens[after].upos == "ADV"))
        ++after;
    }
    if (after >= end || according) {
      first = lo;
      last = subj_lo - 1;
      return last > first + 2;
    }
  }
  // "according to X, ...": the content follows the comma.
  if (according) {
    uint32_t k = subj.last;
    if (k < end && doc.token_text(doc.tokens[k]) == ",") {
      first = k + 1;
      last = end;
      return last > first + 2;
    }
    return false;
  }
  if (subj.first > cue) return false;  // inverted subject with the content after: not a news pattern
  // With a parse, the cue's clausal complement.
  if (doc.tokens[cue].head != kNoHead) {
    for (uint32_t j = cue + 1; j < end; ++j) {
      if (doc.tokens[j].head == static_cast<int32_t>(cue) && doc.tokens[j].deprel == "ccomp") {
        uint32_t a = cue + 1;
        while (a < end && (doc.tokens[a].head == static_cast<int32_t>(cue) && doc.tokens[a].deprel != "ccomp" &&
                           doc.tokens[a].deprel != "mark" && lower_at(doc, a) != "that"))
          ++a;
        if (a < end && lower_at(doc, a) == "that") ++a;
        // "said, adding that ...": the content is the participle's.
        while (a < end && doc.tokens[a].kind == TokenKind::kPunct && q[a] < 0) ++a;
        if (a + 1 < end && doc.tokens[a].xpos == "VBG" && is_cue_token(doc, a)) {
          ++a;
          if (lower_at(doc, a) == "that") ++a;
        }
        first = a;
        last = end;
        return last > first + 2;
      }
    }
    return false;
  }
  uint32_t k = cue + 1;
  const std::string lemma = to_lower(cue_lemma_of_form(lower_at(doc, cue)));
  if (lemma == "tell" || lemma == "warn" || lemma == "assure" || lemma == "remind" || lemma == "inform" ||
      lemma == "advise") {
    for (int n = 0; n < 5 && k < end && (is_noun(doc, k) || lower_at(doc, k) == "the" || lower_at(doc, k) == "'s" ||
                                          lower_at(doc, k) == "him" || lower_at(doc, k) == "her" ||
                                          lower_at(doc, k) == "us" || lower_at(doc, k) == "them" ||
                                          lower_at(doc, k) == "me" || lower_at(doc, k) == "reporters");
         ++n)
      ++k;
  }
  if (k < end && lower_at(doc, k) == "that") ++k;
  if (k >= end || q[k] >= 0 || doc.tokens[k].kind == TokenKind::kPunct) return false;
  first = k;
  last = end;
  return last > first + 2;
}

}  // namespace chronicle::quote
