#include "event/event_coder.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <optional>
#include <set>
#include <tuple>

#include "event/dependency_view.h"
#include "event/event_mood.h"
#include "event/verb_code.h"
#include "event/cameo_codes.h"
#include "event/comma_list.h"
#include "event/naming_participle.h"
#include "event/counted_meeting.h"
#include "event/meeting_setting.h"
#include "event/court_journey.h"
#include "event/dateline_party.h"
#include "event/phrase_actor.h"
#include "event/quoted_statement.h"
#include "event/clause_as_modifier.h"
#include "event/stranded_subject.h"
#include "event/stray_infinitive.h"
#include "event/work_noun.h"
#include "event/wire_commodity.h"
#include "event/threatened_act.h"
#include "event/arranged_meeting.h"
#include "event/attribution_phrase.h"
#include "event/token_words.h"
#include "event/sport_report.h"
#include "event/described_person.h"
#include "event/town_qualifier.h"
#include "event/verbal_attack.h"
#include "rules/dictionary_text.h"
#include "rules/special_codes.h"

namespace chronicle::event {

namespace {

constexpr size_t kMaxEventsPerDocument = 10000;  // a pathological parse must not explode the output

bool is_meeting_noun(const std::string& lemma) {
  return lemma == "talk" || lemma == "talks" || lemma == "meeting" || lemma == "summit" || lemma == "visit" ||
         lemma == "negotiation" || lemma == "discussion";
}

// Nouns of an occasion people gather at: where it is held ("his monthly
// news conference in the town hall", "the hearing at the Elmford Harbour
// Institute") is its venue, neither its owner nor a side.
bool is_occasion_noun(const std::string& lemma) {
  return is_meeting_noun(lemma) || lemma == "conference" || lemma == "hearing" || lemma == "briefing" ||
         lemma == "rally" || lemma == "debate" || lemma == "session" || lemma == "forum" || lemma == "ceremony" ||
         lemma == "congress" || lemma == "convention";
}

// Nouns of what one speaks on ("on Radio Elmford's morning show", "on
// its website").
bool is_broadcast_noun(const std::string& lemma) {
  return lemma == "programme" || lemma == "program" || lemma == "show" || lemma == "radio" ||
         lemma == "television" || lemma == "channel" || lemma == "website" || lemma == "broadcast";
}

// Nouns of a medium one tells things: "told Elmford radio", "the Elmford daily".
bool is_medium_noun(const std::string& lemma) {
  return is_broadcast_noun(lemma) || lemma == "newspaper" || lemma == "paper" || lemma == "daily" ||
         lemma == "agency" || lemma == "station" || lemma == "tv";
}

// Verbs of meeting and negotiating ("is to join Bo in a visit" is no meeting
// with Bo, though CAMEO.2.0 codes JOIN 040).
bool is_meeting_verb(const std::string& lemma) {
  return lemma == "meet" || lemma == "talk" || lemma == "hold" || lemma == "negotiate" || lemma == "discuss" ||
         lemma == "confer" || lemma == "consult" || lemma == "sit";
}

// Verbs whose object is what is talked over, not who talks: "discussed the
// harbour tolls", "debated Gondor's budget".
bool is_topic_verb(const std::string& lemma) { return lemma == "discuss" || lemma == "debate"; }

// What is asked of someone, the object of "meet" in its sense of satisfy
// ("met the Gondor criteria", "to meet Arnor standards", "meets the
// deadline").
bool is_requirement_noun(const std::string& lemma) {
  static constexpr std::string_view kNouns[] = {
      "criterion", "criteria", "standard", "demand", "requirement", "condition", "need", "target", "goal",
      "deadline", "pressure", "obligation", "commitment", "expectation", "quota", "cost", "term", "test", "challenge"};
  for (std::string_view n : kNouns)
    if (lemma == n) return true;
  return false;
}

// Verbs of doing something together ("agreed to restore ties", "pledged to
// cooperate"), whose coordinated subjects act on each other.
bool is_reciprocal_verb(const std::string& lemma) {
  return is_meeting_verb(lemma) || lemma == "agree" || lemma == "cooperate" || lemma == "co-operate" ||
         lemma == "sign" || lemma == "unite" || lemma == "ally" || lemma == "join" || lemma == "reconcile" ||
         lemma == "pledge" || lemma == "vow" || lemma == "promise";
}

// Verbs by which both sides of a "with" phrase commit themselves ("agreed
// with Bo to restore ties", "signed a pact with Bo"). An intent (03) with
// another verb is one side's wish: "sought a merger with Bo", "wants closer
// ties with Bo" say nothing of what Bo intends.
bool is_joint_commitment_verb(const std::string& lemma) {
  return is_meeting_verb(lemma) || lemma == "agree" || lemma == "cooperate" || lemma == "co-operate" ||
         lemma == "sign" || lemma == "unite" || lemma == "ally" || lemma == "join" || lemma == "reconcile";
}

// Nouns of someone who stands against or over another: "the majority owner
// of Yukos", "Mr Blair's critics", "rival bidder" are not Yukos or Mr Blair
// (the owner of a firm sues where the firm does not).
bool is_counterpart_noun(const std::string& lemma) {
  return lemma == "owner" || lemma == "critic" || lemma == "opponent" || lemma == "rival" || lemma == "enemy" ||
         lemma == "buyer" || lemma == "bidder" || lemma == "suitor" || lemma == "creditor" ||
         lemma == "shareholder" || lemma == "competitor" || lemma == "victim";
}

// Nouns of money, markets and goods, which a country or a firm named before
// them only qualifies: "pushing the US dollar lower", "underwriting half of
// all US house purchases", "Hariri killing hits Beirut shares", "meeting the
// Lisbon targets", "its US launch" are no acts on the US, Beirut or Lisbon;
// "Gondor's wheat sales threaten to take a quarter of the Arnor market" is no
// act of Gondor's on Arnor. ("sale" is one only without a buyer:
// EventCoder::is_goods_sale.)
bool is_commodity_noun(const std::string& lemma) {
  return lemma == "dollar" || lemma == "euro" || lemma == "currency" || lemma == "share" || lemma == "stock" ||
         lemma == "bond" || lemma == "purchase" || lemma == "launch" ||
         lemma == "target" || lemma == "price" || lemma == "export" || lemma == "import" || lemma == "goods" ||
         lemma == "product" || lemma == "output" || lemma == "growth" || lemma == "deficit" || lemma == "debt" ||
         lemma == "wine" || is_wire_commodity_noun(lemma);
}

// What a state's authorities grant: "asylum in Gondor" is Gondor's to give.
bool is_granted_noun(const std::string& lemma) {
  return lemma == "asylum" || lemma == "refuge" || lemma == "sanctuary" || lemma == "license" ||
         lemma == "licence" || lemma == "permit" || lemma == "visa" || lemma == "citizenship";
}

// Nouns of one side's demand or threat on another, with their CAMEO code:
// "an Arnor demand for Gondor to free the envoys" (100).
std::string demand_noun_code(const std::string& lemma) {
  if (lemma == "demand") return "100";
  if (lemma == "threat") return "130";
  return {};
}

// Nouns of a statement or an appeal made to someone, with their CAMEO code:
// "an apology to MPs" (055), "in a statement to parliament" (010).
std::string address_noun_code(const std::string& lemma) {
  if (lemma == "apology") return "055";
  if (lemma == "statement") return "010";
  if (lemma == "appeal" || lemma == "plea") return "020";
  if (lemma == "complaint") return "114";
  return {};
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

// A source or target: an entity, or only an actor code the phrase's words
// give (entity -1).
struct Party {
  int32_t entity = -1;
  std::string code;
  bool operator==(const Party& o) const { return entity == o.entity && code == o.code; }
};

// "the Kyoto Protocol", "the Act of Settlement": a text, not an actor, even
// when NER calls it an organisation.
bool is_document_name(const std::string& name) {
  const size_t sp = name.find_last_of(' ');
  const std::string last = sp == std::string::npos ? name : name.substr(sp + 1);
  return last == "Protocol" || last == "Treaty" || last == "Convention" || last == "Accord" || last == "Act" ||
         last == "Charter" || last == "Resolution" || last == "Agreement" || last == "Bill";
}

// The common nouns of such texts ("the Kyoto treaty", "the Geneva
// conventions").
bool is_document_noun(const std::string& lemma) {
  return lemma == "treaty" || lemma == "protocol" || lemma == "convention" || lemma == "accord" ||
         lemma == "charter" || lemma == "resolution" || lemma == "agreement" || lemma == "bill";
}

// Prepositions that attach the other side of an interaction to a noun:
// "ties with", "a letter to", "sanctions against", "pressure on".
bool is_target_preposition(const std::string& p) {
  return p == "with" || p == "to" || p == "against" || p == "toward" || p == "towards" || p == "on" ||
         p == "over" || p == "between" || p == "at" || p == "near" || p == "about";
}

// Prepositions of agents, places, times, purposes and circumstances: not
// a target's ("met in Lima", "left after the vote", "called for calm").
bool is_circumstance_preposition(const std::string& p) {
  return p == "by" || p == "in" || p == "at" || p == "on" || p == "during" || p == "after" || p == "before" ||
         p == "for" || p == "as" || p == "like" || p == "despite" || p == "through" || p == "under" ||
         p == "since" || p == "until" || p == "including" || p == "amid" || p == "within" ||
         p == "according" || p == "accord";  // "According to the Star, the UK leader wants ...": the report's source
}

// CAMEO's codes of the traveller of a visit (032, 042; the host's are 033, 043).
bool is_travel_code(const std::string& c) { return c == "032" || c == "042"; }

bool is_clause_relation(const std::string& r) {
  return deprel_is(r, "conj") || deprel_is(r, "cc") || deprel_is(r, "punct") || deprel_is(r, "acl") ||
         deprel_is(r, "advcl") || deprel_is(r, "parataxis") || deprel_is(r, "ccomp") || deprel_is(r, "xcomp") ||
         deprel_is(r, "appos") || deprel_is(r, "dep");
}

class Coder {
 public:
  Coder(const rules::VerbDictionary& verbs, Document& doc, const actor::ActorDictionaries* actors, bool petrarch)
      : verbs_(verbs), actors_(actors), doc_(doc), view_(doc), sport_report_(is_sport_report(doc.text)),
        petrarch_(petrarch) {
    if (actors_) token_words_.emplace(doc);  // only the actor dictionaries read words
  }

  void run() {
    std::vector<bool> discarded;  // per sentence
    if (actors_ && find_discards(discarded)) return;  // a story-level discard
    first_mixed_case_sentence_ = 0;
    while (first_mixed_case_sentence_ < doc_.sentences.size() && doc_.sentences[first_mixed_case_sentence_].capitals)
      ++first_mixed_case_sentence_;
    if (first_mixed_case_sentence_ == doc_.sentences.size()) first_mixed_case_sentence_ = 0;  // all capitals
    for (uint32_t t = 0; t < doc_.tokens.size() && doc_.events.size() < kMaxEventsPerDocument; ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.head == kNoHead) continue;  // not parsed
      if (tok.sentence < discarded.size() && discarded[tok.sentence]) continue;
      if (in_capitals_line(tok)) continue;
      if (tok.upos == "VERB" || tagged_noun_but_verb(t)) code_verb_trigger(t);
      if (tok.upos != "NOUN") continue;
      const std::string lemma = view_.lemma(t);  // read once: three noun triggers test it
      if (is_meeting_noun(lemma)) code_noun_trigger(t);
      if (!demand_noun_code(lemma).empty()) code_demand_noun(t);
      if (!address_noun_code(lemma).empty()) code_address_noun(t);
      if (lemma == "attack") code_attack_noun(t);
    }
  }

 private:
  // "did not even ever quarrel over ...": a noun with an auxiliary of its own
  // is a verb the tagger missed (a noun predicate has a copula instead).
  bool tagged_noun_but_verb(uint32_t t) const {
    if (doc_.tokens[t].upos != "NOUN") return false;
    for (uint32_t c : view_.children(t))
      if (doc_.tokens[c].deprel == "aux" && doc_.tokens[c].upos == "AUX") return true;
    return false;
  }

  // A wire headline in capitals (text/capitals_case.h) above a mixed-case
  // body restates the lead in telegraphic grammar ("ELMFORD TALKS STALL AS
  // GONDOR BALKS"): its act is the
  // lead's, coded there, and the headline's own reading is the worse one (no
  // articles, present tense for past acts, "DENIES ... SEEKING"). On Reuters
  // dev stories (reut2-013/014) 7 of 16 headline events with both parties
  // coded were right, against about 6 in 10 in the bodies.
  // A capitals sentence further down (a quoted slogan, a subhead) and a
  // document all in capitals (an old telex feed) are coded as any other.
  bool in_capitals_line(const Token& tok) const {
    return tok.sentence < first_mixed_case_sentence_ && tok.sentence < doc_.sentences.size() &&
           doc_.sentences[tok.sentence].capitals;
  }

  // PETRARCH's discards: a sentence with a discard phrase ("World Cup")
  // reports sport, not politics, and codes no event; a story-level one
  // ('+' in the file) silences the document (returns true).
  bool find_discards(std::vector<bool>& discarded) const {
    discarded.assign(doc_.sentences.size(), false);
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& sent = doc_.sentences[si];
      std::vector<std::string> words;
      const auto last = static_cast<uint32_t>(std::min<size_t>(sent.last_token, doc_.tokens.size()));
      if (sent.first_token < last) token_words_->append(sent.first_token, last, words);
      for (size_t i = 0; i < words.size() && !discarded[si]; ++i) {
        for (const auto& d : actors_->discards) {
          size_t len = 0;
          const std::vector<uint32_t> hits = d.longest_match(words, i, len);
          if (len == 0 || hits.empty()) continue;
          if (d.story_level(hits.front())) return true;
          if (len == 1 && names_current_year(words[i])) continue;
          discarded[si] = true;
        }
      }
      if (!discarded[si] && names_complex_actor(words)) discarded[si] = true;
    }
    return false;
  }

  // Phoenix's discards list the years 1914-2013 (not 2000): its daily wire
  // feed began after them, so a sentence naming one looks back at history.
  // A year that is the document's own or a later one is no history: "has
  // agreed ... to borrow $10bn, extending its support until 2007" is
  // today's news. True for such a year (a document without a date has none).
  bool names_current_year(const std::string& word) const {
    if (word.size() != 4 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    const std::string& date = doc_.meta.date;
    if (date.size() < 4 || !std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    return std::stoi(word) >= std::stoi(date.substr(0, 4));
  }

  // TABARI's complexity code: a sentence naming an actor coded "+++" (on
  // the document's date, as its longest match) is too complex to code.
  // Only dictionaries that have such a code are searched.
  bool names_complex_actor(const std::vector<std::string>& sentence_words) const {
    if (std::none_of(actors_->actors.begin(), actors_->actors.end(),
                     [](const rules::CompiledDictionary& d) { return d.has_complex_codes(); }))
      return false;
    // "Old_Mage": a name written with the dictionaries' joiner is their words.
    std::vector<std::string> words;
    for (const std::string& w : sentence_words) {
      size_t from = 0;
      for (size_t u = w.find('_'); u != std::string::npos; from = u + 1, u = w.find('_', from))
        if (u > from) words.push_back(w.substr(from, u - from));
      if (from < w.size()) words.push_back(w.substr(from));
    }
    const uint32_t day = rules::date_number(doc_.meta.date);
    for (size_t i = 0; i < words.size();) {
      size_t best = 0;
      const rules::CompiledDictionary* dict = nullptr;
      std::vector<uint32_t> best_hits;
      for (const auto& d : actors_->actors) {
        size_t len = 0;
        std::vector<uint32_t> hits = d.longest_match(words, i, len);
        if (len > best && !hits.empty()) {
          best = len;
          dict = &d;
          best_hits = std::move(hits);
        }
      }
      if (best == 0) {
        ++i;
        continue;
      }
      for (const rules::DatedCode& c : dict->codes(best_hits.front()))
        if (rules::is_complex_code(c.code) && (!c.restricted() || (day != 0 && c.valid_on(day)))) return true;
      i += best;
    }
    return false;
  }

  // Tokens of the noun phrase headed by `t` without its clauses and
  // conjuncts; `swap_from` is replaced by `swap_to` (one conjunct of an
  // "of"-phrase: "the ambassadors of Gondor, Arnor and Osgiliath").
  void phrase_tokens(uint32_t t, uint32_t swap_from, uint32_t swap_to, std::vector<uint32_t>& out, int depth = 0) const {
    if (depth > 6) return;
    if (t == swap_from) t = swap_to;
    out.push_back(t);
    for (uint32_t c : view_.children(t)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (is_clause_relation(r)) continue;
      // Only the phrase's own actor words: an "of"/"from"/"in"/"by" phrase
      // names whom the head belongs to ("soldiers from Gondor", "an attack by
      // Osgiliath soldiers"); "a letter to X", "a demand for Y" name someone
      // else (a target, found apart).
      if (!is_owner_phrase(c)) continue;
      phrase_tokens(c, swap_from, swap_to, out, depth + 1);
    }
  }

  // False for an nmod that names someone other than its head's owner.
  bool is_owner_phrase(uint32_t c) const {
    const std::string& r = doc_.tokens[c].deprel;
    if (counterpart_of(c)) return false;
    // An obl (the phrase of an adjective or participle that modifies the
    // head) counts by the same prepositions as an nmod: "consoles ready for
    // its French launch" are no French consoles.
    if ((!deprel_is(r, "nmod") && !deprel_is(r, "obl")) || r == "nmod:poss") return true;
    const std::string p = view_.preposition(c);
    if ((p == "in" || p == "at") && doc_.tokens[c].head >= 0 &&
        is_occasion_noun(view_.lemma(static_cast<uint32_t>(doc_.tokens[c].head))))
      return false;
    // "officials in Kabul", "civil liberty campaigners in Arnor" are Afghan and
    // Arnorian, but "plans to cap the count of new venues in Rohan", "is
    // planning a party in Dale", "bought ... at auction in Bree" name
    // where a thing is: "in" gives its owner only to an actor, or to what a
    // place's authorities grant ("bargain for asylum in Gondor", "renewing
    // her trader's permit in [a Shire town]").
    if (p == "in") {
      if (doc_.tokens[c].head < 0) return false;
      const auto head = static_cast<uint32_t>(doc_.tokens[c].head);
      const std::string& l = view_.lemma(head);
      return is_granted_noun(l) || names_actor_by_own_words(head);
    }
    return p.empty() || p == "of" || p == "from" || p == "by";
  }

  // Token `c` names whom its head, a counterpart noun, stands against or
  // over: "Yukos" in "the owner of Yukos", "Yukos owner", "Yukos's owner"
  // (not a name in apposition: "its owner, Menatep").
  bool counterpart_of(uint32_t c) const {
    if (doc_.tokens[c].head < 0) return false;
    const auto h = static_cast<uint32_t>(doc_.tokens[c].head);
    if (doc_.tokens[h].upos != "NOUN" || !is_counterpart_noun(view_.lemma(h))) return false;
    const std::string& r = doc_.tokens[c].deprel;
    if (r == "nmod:poss" || deprel_is(r, "compound")) return true;
    return deprel_is(r, "nmod") && view_.preposition(c) == "of";
  }

  // The noun `h` with its compounds and adjectives names an actor: a name,
  // or words of the actor or agent dictionaries ("human rights activists").
  bool names_actor_by_own_words(uint32_t h) const {
    if (heads_actor(h)) return true;
    if (!actors_ || doc_.tokens[h].upos != "NOUN") return false;
    std::vector<uint32_t> toks{h};
    for (uint32_t c : view_.children(h)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (!deprel_is(r, "compound") && !deprel_is(r, "amod")) continue;
      const auto [first, last] = view_.subtree_range(c);
      for (uint32_t k = first; k <= last; ++k) toks.push_back(k);
    }
    std::sort(toks.begin(), toks.end());
    const PhraseActor pa = code_phrase(*actors_, phrase_words(toks), doc_.meta.date);
    return !pa.actor.empty() || !pa.agents.empty();
  }

  // Token `k` and the next are one word the tokenizer split at a hyphen
  // ("Barad-dur": "Barad", "-", "dur"; not "Barad - dur").
  bool hyphen_joined(uint32_t k) const {
    if (k + 1 >= doc_.tokens.size()) return false;
    const Token& a = doc_.tokens[k];
    const Token& b = doc_.tokens[k + 1];
    if (a.end != b.start || a.sentence != b.sentence) return false;
    return doc_.token_text(a) == "-" || doc_.token_text(b) == "-";
  }

  // "defeated Moscow-backed candidate Viktor Yanukovych": a participle
  // hyphenated to a word before it describes a noun ("US-led", "state-run"),
  // whatever the parser made of it (here an xcomp of "defeated"): the one
  // who backed is not the sentence's subject. A lower-case prefix before a
  // verb of the clause ("was re-elected") is no such word.
  bool hyphenated_participle(uint32_t verb) const {
    if (verb < 2 || doc_.token_text(doc_.tokens[verb - 1]) != "-" || !hyphen_joined(verb - 1) ||
        !hyphen_joined(verb - 2))
      return false;
    const std::string_view before = doc_.token_text(doc_.tokens[verb - 2]);
    const bool capitalised = !before.empty() && before.front() >= 'A' && before.front() <= 'Z';
    return deprel_is(doc_.tokens[verb].deprel, "amod") || (capitalised && doc_.tokens[verb].xpos == "VBN");
  }

  // The "with" phrase headed by `c` is the subject of a participle right
  // after it, an absolute clause of its own: "Berlin welcomed the decision,
  // with trade minister Ana Ruiz saying it proved ..." (Ruiz was not
  // welcomed; the parser hangs "saying" on the main verb).
  bool absolute_with(uint32_t c) const {
    const uint32_t next = view_.subtree_range(c).second + 1;
    if (next >= doc_.tokens.size() || doc_.tokens[next].sentence != doc_.tokens[c].sentence) return false;
    const Token& t = doc_.tokens[next];
    return t.upos == "VERB" && (t.xpos == "VBG" || t.xpos == "VBN");
  }

  // Token `k` is a capitalised part of a hyphenated word the tokenizer split:
  // a name's ("Barad-dur"), not "co-chairman" or "anti-war", which the
  // dictionaries never write whole.
  bool hyphenated_name(uint32_t k) const {
    if (!hyphen_joined(k) && !(k > 0 && hyphen_joined(k - 1))) return false;
    uint32_t first = k;
    while (first > 0 && hyphen_joined(first - 1)) --first;
    const std::string_view w = doc_.token_text(doc_.tokens[first]);
    return !w.empty() && w.front() >= 'A' && w.front() <= 'Z';
  }

  // With `whole_hyphenated`, a hyphenated word the tokenizer split is read
  // whole, as the dictionaries write it ("+BARAD-DUR"), its parts wherever
  // the parser hung them.
  std::vector<std::string> phrase_words(const std::vector<uint32_t>& toks, bool whole_hyphenated = false) const {
    std::vector<std::string> words;
    if (!whole_hyphenated) {
      for (uint32_t k : toks) add_token_words(k, words);
      return words;
    }
    for (size_t i = 0; i < toks.size(); ++i) {
      const uint32_t k = toks[i];
      if (hyphen_joined(k) || (k > 0 && hyphen_joined(k - 1))) {
        uint32_t first = k, last = k;
        while (first > 0 && hyphen_joined(first - 1)) --first;
        while (hyphen_joined(last)) ++last;
        const std::string_view whole(doc_.text.data() + doc_.tokens[first].start,
                                     doc_.tokens[last].end - doc_.tokens[first].start);
        for (std::string& w : actor::dictionary_words(whole)) words.push_back(std::move(w));
        while (i + 1 < toks.size() && toks[i + 1] <= last) ++i;
        continue;
      }
      add_token_words(k, words);
    }
    return words;
  }

  // Token `k` is a lower-case part after the hyphen of a word the tokenizer
  // split ("ons" of "add-ons") whose letters spell an actor's name (the
  // dictionaries' words are upper case: "ONS", a statistics office): part
  // of a common word, it names no one. A role word stays ("anti-government").
  bool lower_case_word_part(uint32_t k) const {
    if (!actors_ || k < 2 || !hyphen_joined(k - 1) || doc_.token_text(doc_.tokens[k - 1]) != "-") return false;
    const std::string_view text = doc_.token_text(doc_.tokens[k]);
    if (text.empty() || text.front() < 'a' || text.front() > 'z') return false;
    std::vector<std::string> own;
    token_words_->append(k, k + 1, own);
    const PhraseActor pa = code_phrase(*actors_, own, doc_.meta.date);
    return !pa.actor.empty() && pa.agents.empty();
  }

  // Token `k`, in lower case, is a common word whose letters spell an
  // actor's name ("conservative pictures", "cheap labour": the dictionaries'
  // words are upper case, CONSERVATIVE and LABOUR the British parties). A
  // role word stays ("government", "rebels": the agents' dictionaries).
  bool lower_case_name(uint32_t k) const {
    if (!actors_) return false;
    const std::string_view text = doc_.token_text(doc_.tokens[k]);
    if (text.empty() || text.front() < 'a' || text.front() > 'z') return false;
    std::vector<std::string> own;
    token_words_->append(k, k + 1, own);
    const PhraseActor pa = code_phrase(*actors_, own, doc_.meta.date);
    return !pa.actor.empty() && pa.agents.empty() && pa.prefix.empty();
  }

  // The dictionary words of token `k` ("Dol_Amroth": two), none for
  // punctuation and the possessive "'s".
  void add_token_words(uint32_t k, std::vector<std::string>& words) const {
    const Token& tok = doc_.tokens[k];
    if (tok.upos == "PUNCT" || (deprel_is(tok.deprel, "case") && tok.upos == "PART")) return;
    const std::string_view text = doc_.token_text(tok);
    // A pronoun in lower case names no one by its letters: "It allows us
    // to tell the story", "to stop the council dragging us back" are not the US
    // (the dictionaries' words are upper case). "the US" tagged PRON keeps it.
    if (tok.upos == "PRON" && !text.empty() && text.front() >= 'a' && text.front() <= 'z') return;
    if (text.find('_') == std::string_view::npos) {
      if (lower_case_word_part(k) || lower_case_name(k)) return;
      token_words_->append(k, k + 1, words);
      return;
    }
    // "Dol_Amroth": a name written with the dictionaries' own joiner is
    // their words.
    std::string spaced(text);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    for (std::string& w : actor::dictionary_words(spaced)) words.push_back(std::move(w));
  }

  // A party that pays visits: a person, or a government's own (GOV role).
  bool is_envoy(const Party& p) const {
    if (p.entity >= 0 && doc_.entities[p.entity].type == "PERSON") return true;
    return p.code.size() >= 6 && p.code.compare(3, 3, "GOV") == 0;
  }

  // "an extra 100 mln Swiss franc credit", "a Gondorian wheat deal": a
  // nation named right before a commodity or money word that modifies the
  // phrase's head qualifies that word, not the head.
  bool qualifies_commodity_word(uint32_t t) const {
    for (uint32_t c : view_.children(t)) {
      if (c + 1 >= t || (!deprel_is(doc_.tokens[c].deprel, "compound") && !deprel_is(doc_.tokens[c].deprel, "amod")))
        continue;
      const int32_t e = view_.entity_at(c);
      const uint32_t k = c + 1;
      if (e < 0 || view_.entity_at(k) >= 0 || doc_.tokens[k].head != static_cast<int32_t>(t)) continue;
      const std::string& type = doc_.entities[e].type;
      // Lower case: "a Gondorian Sugar Growers Council spokesman" is a body's.
      const std::string_view w = doc_.token_text(doc_.tokens[k]);
      if ((type == "NORP" || type == "GPE") && doc_.tokens[k].upos == "NOUN" && !w.empty() &&
          std::islower(static_cast<unsigned char>(w.front())) && is_commodity_noun(view_.lemma(k)))
        return true;
    }
    return false;
  }

  // "Gondor's wheat sales" are goods, no party; "the Gondor sale of arms
  // to Arnor" is an act of the seller, Gondor, on its buyer: a sale with a
  // "to" phrase is no commodity.
  bool is_goods_sale(uint32_t t) const {
    if (view_.lemma(t) != "sale") return false;
    const auto [first, last] = view_.subtree_range(t);
    for (uint32_t k = first; k <= last; ++k)
      if (k != t && view_.lemma(k) == "to" && deprel_is(doc_.tokens[k].deprel, "case")) return false;
    return true;
  }

  // The party of the phrase headed by `t` (its words with `swap_from`
  // replaced by `swap_to`), or entity -1 and no code when it names no actor.
  Party party_of(uint32_t t, uint32_t swap_from, uint32_t swap_to) const {
    if (doc_.tokens[t].upos == "NOUN" && view_.entity_at(t) < 0 && is_commodity_noun(view_.lemma(t))) return {};
    if (doc_.tokens[t].upos == "NOUN" && view_.entity_at(t) < 0 && qualifies_commodity_word(t)) return {};
    if (doc_.tokens[t].upos == "NOUN" && view_.entity_at(t) < 0 && is_goods_sale(t)) return {};
    if (doc_.tokens[t].upos == "NOUN" && view_.entity_at(t) < 0 && is_work_noun(view_.lemma(t))) return author_of(t);
    int32_t e = swap_from == swap_to ? view_.entity_of_phrase(t) : view_.entity_of_phrase(swap_to);
    // "his Israeli counterpart, Ariel Sharon": a role known only by its
    // nationality, followed by a name the parser did not attach to it.
    if (e >= 0 && swap_from == swap_to && view_.entity_at(t) < 0 && doc_.entities[e].type == "NORP" &&
        t + 2 < doc_.tokens.size() && doc_.token_text(doc_.tokens[t + 1]) == "," &&
        doc_.tokens[t + 2].sentence == doc_.tokens[t].sentence) {
      const int32_t named = view_.entity_at(t + 2);
      if (named >= 0 && (doc_.entities[named].type == "PERSON" || doc_.entities[named].type == "ORG")) e = named;
    }
    // "Yukos owner sues Russia": a counterpart noun is not who it is of.
    if (e >= 0 && view_.entity_at(t) < 0) {
      for (uint32_t c : view_.children(t))
        if (view_.entity_at(c) == e && counterpart_of(c)) e = -1;
    }
    // "the Tories' idea", "Labour's plan": a thing of a coded actor's
    // stands for its owner, as the phrase's own words do ("India's proposal").
    if (e < 0 && swap_from == swap_to && doc_.tokens[t].upos == "NOUN" && !is_counterpart_noun(view_.lemma(t))) {
      for (uint32_t c : view_.children(t)) {
        const int32_t owner = view_.entity_of_phrase(c);
        if (doc_.tokens[c].deprel == "nmod:poss" && owner >= 0 && !doc_.entities[owner].actor.code.empty()) e = owner;
      }
    }
    std::vector<uint32_t> toks;
    if (actors_) phrase_tokens(t, swap_from, swap_to, toks);
    return coded_party(e, t, toks);
  }

  // The party of a work noun `t` (work_noun.h): its owner by "'s" ("Harriet
  // Vane's novel"), else none ("a Gondorian film").
  Party author_of(uint32_t t) const {
    for (uint32_t c : view_.children(t)) {
      if (doc_.tokens[c].deprel != "nmod:poss") continue;
      const int32_t owner = view_.entity_of_phrase(c);
      if (owner < 0 || doc_.entities[owner].actor.code.empty()) continue;
      std::vector<uint32_t> toks;
      if (actors_) phrase_tokens(c, kNoSwap, kNoSwap, toks);
      return coded_party(owner, c, toks);
    }
    return {};
  }

  // The party of entity `e` (or -1) named by the phrase headed by `t` whose
  // tokens are `toks`, coded from those words when there are actor
  // dictionaries.
  Party coded_party(int32_t e, uint32_t t, std::vector<uint32_t> toks) const {
    Party p;
    if (e >= 0 && is_document_name(doc_.entities[e].name)) return {};
    // "sign up to the Osgiliath treaty": a phrase headed by a text's noun is the
    // text, whatever name it carries.
    if (doc_.tokens[t].upos == "NOUN" && view_.entity_at(t) < 0 && is_document_noun(view_.lemma(t))) return {};
    if (e >= 0) {
      // Facilities and natural places are where things happen, not who acts.
      const std::string& type = doc_.entities[e].type;
      if (type != "FAC" && type != "LOC") {
        p.entity = e;
        p.code = doc_.entities[e].actor.code;
      }
    }
    if (!actors_) return p;
    std::sort(toks.begin(), toks.end());
    PhraseActor pa = code_phrase(*actors_, phrase_words(toks), doc_.meta.date);
    // "freed from Barad-dur": a name the tokenizer split at its hyphen, when
    // its parts name nothing ("pro-EU" keeps its EU).
    if (pa.actor.empty() && std::any_of(toks.begin(), toks.end(), [&](uint32_t k) { return hyphenated_name(k); }))
      pa = code_phrase(*actors_, phrase_words(toks, true), doc_.meta.date);
    if (pa.discarded || pa.complex) return {};
    // PETRARCH's anonymous agent: role words naming no actor ("the
    // government") are "---" + the role. News coding leaves such a party out.
    if (petrarch_ && p.code.empty() && pa.actor.empty() && !pa.agents.empty()) {
      p.code = "---" + pa.code();
      return p;
    }
    bool from_dictionary = p.entity >= 0 && doc_.entities[p.entity].actor.source.starts_with("dictionary");
    // PETRARCH codes a noun phrase by its first actor ("the evil Arnor awful
    // Gondor": ARN), news coding by its head's name (GON: "US ally Britain").
    // The party is then that actor's, not the head name's entity.
    if (petrarch_ && from_dictionary && !pa.actor.empty() && pa.actor != p.code) {
      from_dictionary = false;
      p.entity = -1;
    }
    if (!from_dictionary && !pa.actor.empty()) {
      // An uncoded entity did not name this actor (NER's "Philippines and
      // France" is two): the party is the phrase's code alone. A person
      // named by a role noun's phrase ("Acme boss Jane Roe") is the one who
      // acts, coded by the body the role is of.
      if (p.entity >= 0 && p.code.empty() && !person_of_role(t, p.entity)) p.entity = -1;
      p.code = pa.code();
      // "a letter to President Donald Trump": the entity in the phrase that
      // the actor code came from, so the event still names it.
      for (uint32_t k : toks) {
        const int32_t e = view_.entity_at(k);
        if (p.entity >= 0 || e < 0) continue;
        const std::string& c = doc_.entities[e].actor.code;
        if (!c.empty() && (c == pa.actor || (c.size() >= 3 && pa.actor.starts_with(c.substr(0, 3))))) p.entity = e;
      }
    } else if (p.entity >= 0 && !p.code.empty() && (view_.entity_at(t) != p.entity || p.code.size() == 3)) {
      // A role noun heading the phrase of a coded entity ("Osgiliath
      // soldiers"), or role words before a name coded only by its country
      // ("Bree Prime Minister Romendacil").
      PhraseActor role = pa;
      role.actor = p.code;
      role.prefix.clear();
      p.code = role.code();
    }
    // "the Elmford-based shipping firm", "the same Elmford meeting": the town
    // says where the thing is (town_qualifier.h); a role word keeps it, and
    // so does a medium ("told Elmford radio": the town's own station).
    // A time noun is the parser's slip ("will visit Elmford next month",
    // "Elmford" hung on "month"), not a thing the town qualifies.
    if (pa.agents.empty() && !is_medium_noun(view_.lemma(t)) && !in_time_expression(t) &&
        town_qualifies_phrase(doc_, p.entity, t, toks))
      return {};
    return p;
  }

  // Entity `e` is a person named in the phrase of `t`, a noun outside it:
  // "Jane Roe" in "Acme boss Jane Roe".
  bool person_of_role(uint32_t t, int32_t e) const {
    return doc_.tokens[t].upos == "NOUN" && view_.entity_at(t) < 0 && doc_.entities[e].type == "PERSON";
  }

  // The parties of a phrase and its conjuncts ("Gondor and Osgiliath"), and
  // of the conjuncts of its "of"/"from"/"in" phrase ("the ambassadors of
  // Arnor and Gondor", "lawmakers in Fornost and Gondor").
  std::vector<Party> parties(uint32_t head) const {
    std::vector<Party> out;
    auto add = [&](Party p) {
      if (p.entity < 0 && p.code.empty()) return;
      if (std::find(out.begin(), out.end(), p) != out.end()) return;
      out.push_back(std::move(p));
    };
    auto add_phrase = [&](uint32_t t) {
      if (actors_ && view_.entity_at(t) < 0) {
        for (uint32_t c : view_.children_with(t, "nmod")) {
          const std::vector<uint32_t> conj = view_.children_with(c, "conj");
          if (conj.empty() || !is_owner_phrase(c)) continue;
          add(party_of(t, c, c));
          for (uint32_t k : conj) add(party_of(t, c, k));
          return;
        }
      }
      // "Eriadori and Calenardhon leaders", "French and German ministers":
      // a role noun of coordinated nationalities is one party per nation.
      if (view_.entity_at(t) < 0 && doc_.tokens[t].upos == "NOUN") {
        for (uint32_t c : view_.children(t)) {
          const std::string& r = doc_.tokens[c].deprel;
          if (c > t || (!deprel_is(r, "amod") && !deprel_is(r, "compound")) || view_.entity_at(c) < 0) continue;
          const std::vector<uint32_t> conj = view_.children_with(c, "conj");
          if (conj.empty()) continue;
          add(party_of(t, c, c));
          for (uint32_t k : conj) add(party_of(t, c, k));
          return;
        }
      }
      add(party_of(t, kNoSwap, kNoSwap));
    };
    const auto list = comma_list(doc_, head);
    if (!list.empty()) {
      for (const auto& c : list) {
        const uint32_t h = chunk_head(doc_, c);
        int32_t e = view_.entity_at(h);
        for (uint32_t k = c.first; k <= c.second && e < 0; ++k) e = view_.entity_at(k);
        std::vector<uint32_t> toks;
        for (uint32_t k = c.first; k <= c.second; ++k) toks.push_back(k);
        add(coded_party(e, h, toks));
      }
      return out;
    }
    add_phrase(head);
    for (uint32_t c : view_.children_with(head, "conj"))
      if (!subject_of_next_clause(c) && !apposition_conjunct(head, c) && !is_stranded_subject(view_, c) &&
          !is_attribution_phrase(view_, c))  // "X, according to Y, ...": attribution_phrase.h
        add_phrase(c);
    return out;
  }

  // "Ana Lopez, chief executive of Acme Oil, was arrested",
  // parsed with "executive" a conjunct of "Ana": a common noun after a
  // comma in a coordination with no "and" or "or" describes the phrase
  // before it (an apposition); it is no second party, nor is the firm it
  // is of. ("Gondor, Arnor and Osgiliath" has its "and".)
  bool apposition_conjunct(uint32_t head, uint32_t conj) const {
    if (address_conjunct(head, conj)) return true;
    const Token& c = doc_.tokens[conj];
    if ((c.upos != "NOUN" && c.upos != "ADJ") || view_.entity_at(conj) >= 0) return false;
    // The comma may hang on the conjunct itself.
    uint32_t first = view_.subtree_range(conj).first;
    while (first < conj && doc_.tokens[first].upos == "PUNCT") ++first;
    if (first == 0 || doc_.token_text(doc_.tokens[first - 1]) != ",") return false;
    for (uint32_t k : view_.children_with(head, "conj"))
      if (!view_.children_with(k, "cc").empty()) return false;
    return view_.children_with(head, "cc").empty();
  }

  // "a supply accord with Bree Holdings PLC, of Lyon, Rhone, France": a
  // conjunct marked "of" after a comma, in a coordination with no "and" or
  // "or", is where the phrase before it is from (the wire's home town of a
  // firm), and so are the conjuncts after it; none is a second party.
  bool address_conjunct(uint32_t head, uint32_t conj) const {
    if (!view_.children_with(head, "cc").empty()) return false;
    const std::vector<uint32_t> conjs = view_.children_with(head, "conj");
    for (uint32_t k : conjs)
      if (!view_.children_with(k, "cc").empty()) return false;
    for (uint32_t k : conjs) {
      if (k > conj) break;
      if (view_.preposition(k) != "of") continue;
      uint32_t first = view_.subtree_range(k).first;
      while (first < k && doc_.tokens[first].upos == "PUNCT") ++first;
      if (first > 0 && view_.lemma(first) == "of" && doc_.token_text(doc_.tokens[first - 1]) == ",") return true;
    }
    return false;
  }

  // "an attack on the council's record and its leader Ana Ruiz is due to
  // speak": a conjunct right before the auxiliary or copula of a clause that
  // has no subject is that clause's subject, which the parser joined to the
  // phrase before "and".
  bool subject_of_next_clause(uint32_t conj) const {
    const uint32_t k = view_.subtree_range(conj).second + 1;
    if (k >= doc_.tokens.size() || doc_.tokens[k].sentence != doc_.tokens[conj].sentence) return false;
    const Token& aux = doc_.tokens[k];
    if (aux.upos != "AUX" || aux.head < 0 || (!deprel_is(aux.deprel, "aux") && !deprel_is(aux.deprel, "cop")))
      return false;
    const auto clause = static_cast<uint32_t>(aux.head);
    return view_.children_with(clause, "nsubj").empty() && view_.children_with(clause, "nsubj:pass").empty() &&
           view_.children_with(clause, "expl").empty();
  }

  // The parties of a noun phrase, else of the phrase it is "with", "to",
  // "against"... ("restore ties with Gondor", "a letter to Mr Trump"),
  // through "of" ("a resumption of ties with Osgiliath").
  std::vector<Party> nested_parties(uint32_t noun, int depth = 0) const {
    std::vector<Party> out = parties(noun);
    if (!out.empty() || depth >= 3) return out;
    for (uint32_t c : view_.children_with(noun, "nmod")) {
      if (doc_.tokens[c].deprel == "nmod:poss") continue;
      const std::string p = view_.preposition(c);
      if (p != "of" && !is_target_preposition(p)) continue;
      // "appealed for nurse Harriet Vane to be released": the one to
      // be released is held by the side appealed to, not that side.
      if (p == "of" && view_.lemma(noun) == "release") continue;
      // "held their first meeting at the palace": where a meeting is held is no side.
      if ((p == "at" || p == "in") && is_occasion_noun(view_.lemma(noun))) continue;
      // "criticised the feud between the two on Radio Elmford's evening show":
      // the programme it was said on is where, not whom.
      if (p == "on" && is_broadcast_noun(view_.lemma(c))) continue;
      // "faced questions about British policy": what a thing is about is its
      // topic unless that is an actor itself ("concerns about Iran").
      if (p == "about" && !heads_actor(c)) continue;
      out = nested_parties(c, depth + 1);
      if (!out.empty()) return out;
    }
    // "the roads leading into Mordor", "a plan aimed at Gondor": the other
    // side of the participle that describes the noun.
    for (uint32_t a : view_.children_with(noun, "acl")) {
      if (doc_.tokens[a].upos != "VERB" || depth > 0) continue;  // not "a limit on people allowed into"
      for (uint32_t c : view_.children_with(a, "obl")) {
        const std::string p = view_.preposition(c);
        // Only where the participle points: not "a deal bringing Turkey
        // closer to EU membership".
        if (p != "into" && p != "at" && p != "against" && p != "toward" && p != "towards") continue;
        out = nested_parties(c, depth + 1);
        if (!out.empty()) return out;
      }
    }
    return out;
  }

  // "The three sailors released from Arnor's jails are expected to ...", parsed
  // with "freed" as the clause and "are expected" joined to it without "and":
  // a past participle with no auxiliary of its own whose sentence goes on
  // with a finite verb of no subject is a reduced relative on its subject,
  // which is its patient.
  bool reduced_relative(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (tok.xpos != "VBN") return false;
    for (uint32_t c : view_.children(t)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (deprel_is(r, "aux") || deprel_is(r, "cop")) return false;
    }
    for (uint32_t c : view_.children_with(t, "conj")) {
      if (c < t || !view_.children_with(c, "cc").empty() || !view_.children_with(c, "nsubj").empty()) continue;
      for (uint32_t a : view_.children(c))
        if (deprel_is(doc_.tokens[a].deprel, "aux") || deprel_is(doc_.tokens[a].deprel, "cop")) return true;
    }
    return false;
  }

  // "told BBC News there were competing agendas", parsed with "BBC News" as
  // the subject of "were": a subject before the expletive "there" of its own
  // clause is the speaker's addressee the parser moved into the clause (an
  // existential's subject follows it). The subject, or -1.
  int32_t misparsed_addressee(uint32_t clause) const {
    const std::vector<uint32_t> expl = view_.children_with(clause, "expl");
    if (expl.empty() || view_.lemma(expl.front()) != "there") return -1;
    for (uint32_t s : view_.children_with(clause, "nsubj"))
      if (s < expl.front()) return static_cast<int32_t>(s);
    return -1;
  }

  // The noun a relative pronoun subject `s` of `verb` stands for: the head
  // of a relative clause, else the name right before the pronoun's comma
  // ("Bo Dee, who ..."); -1 when `s` is no relative pronoun or none is found.
  int32_t antecedent(uint32_t s, uint32_t verb) const {
    const Token& st = doc_.tokens[s];
    const std::string l = view_.lemma(s);
    if (st.upos != "PRON" || view_.entity_at(s) >= 0 || l != "who") return -1;
    const Token& vt = doc_.tokens[verb];
    if (deprel_is(vt.deprel, "acl") && vt.head >= 0 && s > static_cast<uint32_t>(vt.head)) return vt.head;
    if (s < 2 || doc_.tokens[s - 1].upos != "PUNCT" || doc_.tokens[s - 2].sentence != st.sentence) return -1;
    uint32_t a = s - 2;
    // "Jack Straw": the last word of a name hangs on its first.
    while ((deprel_is(doc_.tokens[a].deprel, "flat") || deprel_is(doc_.tokens[a].deprel, "compound")) &&
           doc_.tokens[a].head >= 0 && static_cast<uint32_t>(doc_.tokens[a].head) < a)
      a = static_cast<uint32_t>(doc_.tokens[a].head);
    return doc_.tokens[a].upos == "PROPN" || doc_.tokens[a].upos == "NOUN" ? static_cast<int32_t>(a) : -1;
  }

  // A verb's subjects as the filters of several subjects see them: the span
  // of each one's phrase and whether it is a counterpart noun ("the owner of
  // Yukos"), read once. The subjects are children of one verb, so their
  // phrases do not overlap and at most one begins right after another ends.
  struct SubjectShape {
    uint32_t token = 0, first = 0, last = 0;
    bool counterpart = false;
  };
  class SubjectShapes {
   public:
    SubjectShapes(const Coder& coder, const std::vector<uint32_t>& subjects) {
      for (uint32_t s : subjects) {
        const auto [first, last] = coder.view_.subtree_range(s);
        const bool counterpart =
            coder.doc_.tokens[s].upos == "NOUN" && is_counterpart_noun(coder.view_.lemma(s));
        by_token_.push_back({s, first, last, counterpart});
      }
      std::sort(by_token_.begin(), by_token_.end(),
                [](const SubjectShape& a, const SubjectShape& b) { return a.token < b.token; });
    }
    // `s` must be one of the subjects the shapes were made of: the filters
    // only ever drop subjects after construction.
    const SubjectShape& of(uint32_t s) const {
      const auto it = std::lower_bound(by_token_.begin(), by_token_.end(), s,
                                       [](const SubjectShape& x, uint32_t t) { return x.token < t; });
      assert(it != by_token_.end() && it->token == s);
      return *it;
    }
    // The subject of `among` whose phrase begins right after `s`'s ends
    // (ends right before it begins), or -1.
    int32_t right_after(uint32_t s, const std::vector<uint32_t>& among) const {
      const uint32_t next = of(s).last + 1;
      for (uint32_t o : among)
        if (o != s && of(o).first == next) return static_cast<int32_t>(o);
      return -1;
    }
    int32_t right_before(uint32_t o, const std::vector<uint32_t>& among) const {
      const uint32_t first = of(o).first;
      for (uint32_t s : among)
        if (s != o && of(s).last + 1 == first) return static_cast<int32_t>(s);
      return -1;
    }

   private:
    std::vector<SubjectShape> by_token_;
  };

  // Subjects of a verb; through xcomp/advcl/conj the governing verb's.
  std::vector<uint32_t> subjects(uint32_t verb, bool& passive) const {
    passive = false;
    bool shared_by_conj = true;
    uint32_t t = verb;
    for (int depth = 0; depth < 4; ++depth) {
      std::vector<uint32_t> out = misparsed_addressee(t) >= 0 ? std::vector<uint32_t>{} : view_.children_with(t, "nsubj");
      // "the thief was seen to climb out": a passive subject shared through
      // control is the active subject of "climb" (through "and" it stays
      // passive: "was arrested and freed").
      // A passive subject with no passive auxiliary is the parser's slip
      // ("Soldiers have cordoned off the roads").
      const bool has_aux_pass = !view_.children_with(t, "aux:pass").empty();
      for (uint32_t s : out)
        passive = passive || (shared_by_conj && has_aux_pass && doc_.tokens[s].deprel == "nsubj:pass");
      if (depth == 0 && !out.empty() && reduced_relative(t)) passive = true;
      // "the harbour spokesman, Omar Haddad, accused ...": a noun phrase
      // before the verb that the parser attached as a clause is its subject.
      if (out.empty() && depth == 0) {
        for (uint32_t c : view_.children(t)) {
          const Token& ct = doc_.tokens[c];
          if (c < t && (ct.upos == "NOUN" || ct.upos == "PROPN") &&
              (deprel_is(ct.deprel, "ccomp") || deprel_is(ct.deprel, "dep") || deprel_is(ct.deprel, "parataxis")))
            out.push_back(c);
        }
      }
      // "claimed ... but his lawyer, Di, told the BBC": a subject the parser
      // hung on a noun of the clause before.
      if (out.empty() && depth == 0) {
        const int32_t stranded = stranded_subject_of(view_, t);
        if (stranded >= 0) out.push_back(static_cast<uint32_t>(stranded));
      }
      // "Gondor helicopters destroyed Arnor gunboats", parsed as a noun with a
      // reduced relative: the root noun is the subject (clause_as_modifier.h).
      if (out.empty() && depth == 0) {
        const int32_t root = modified_root_subject(view_, t);
        if (root >= 0) out.push_back(static_cast<uint32_t>(root));
      }
      // A passive verb without a subject of its own: the subject it shares
      // is its patient ("Ana left after being attacked by Bo"); between the
      // trigger and a governing subject it hides the actor ("called for a
      // board to be created to watch the tolls": the board watches).
      if (out.empty() && has_aux_pass) {
        if (depth > 0) return {};
        passive = true;
      }
      const Token& tok = doc_.tokens[t];
      // "Ethiopia indicated it deplored Libya": an unresolved pronoun subject
      // of a reported clause is the reporter.
      const bool pronoun = out.size() == 1 && doc_.tokens[out[0]].upos == "PRON" && view_.entity_at(out[0]) < 0 &&
                           !passive && deprel_is(tok.deprel, "ccomp") && tok.head >= 0;
      // "Mr Howard, whose parents fled ...": a relative clause the parser
      // flattened gives "fled" two subjects; the one with "whose" is its own.
      if (out.size() > 1) {
        for (uint32_t s : out) {
          bool relative = false;
          for (uint32_t c : view_.children(s)) {
            if (doc_.tokens[c].upos != "PRON") continue;
            const std::string l = view_.lemma(c);
            relative = relative || l == "whose" || l == "which" || l == "who";
          }
          if (relative) {
            out = {s};
            break;
          }
        }
      }
      // "Acme Motors plans to move its plants to Ruritania, people
      // near the bargaining tell the Herald", parsed with "plans" (a noun
      // with a subject of its own) a second subject of "tell": a word with
      // its own subject is the reported clause, not who tells.
      if (out.size() > 1) {
        std::vector<uint32_t> kept;
        for (uint32_t s : out)
          if (view_.children_with(s, "nsubj").empty()) kept.push_back(s);
        if (!kept.empty()) out = kept;
      }
      // "Harriet Vane, former harbour minister and now a river
      // commissioner, warned ...": a second subject after the first one's
      // apposition is more of the apposition.
      if (out.size() > 1) {
        const std::vector<uint32_t> appos = view_.children_with(out[0], "appos");
        if (!appos.empty()) {
          std::vector<uint32_t> kept;
          for (uint32_t s : out)
            if (s == out[0] || s < appos.front()) kept.push_back(s);
          out = kept;
        }
      }
      // The filters below ask which subject's phrase comes right after
      // another's: each subject's span and kind are read once, not per pair.
      const SubjectShapes shapes(*this, out.size() > 1 ? out : std::vector<uint32_t>{});
      // "The main owner of troubled Gondor grain firm Arnorcorn has sued",
      // parsed with "Arnorcorn" a second subject: a name right after a
      // counterpart noun's phrase belongs to that phrase (whom the owner
      // owns), not to the subjects.
      if (out.size() > 1) {
        std::vector<uint32_t> kept;
        for (uint32_t o : out) {
          const int32_t s = shapes.right_before(o, out);
          const bool owned = s >= 0 && shapes.of(static_cast<uint32_t>(s)).counterpart;
          if (!owned) kept.push_back(o);
        }
        out = kept;
      }
      // "Party leader Harriet Vane has accused ...": a title the parser made
      // a second subject right before the name it belongs to is part of it,
      // not another actor; so is a common noun's description right before
      // a name ("Gondorian shipping firm Ithilcorp has launched ...": not
      // Gondor and Ithilcorp; one entity read twice keeps its finer reading, below).
      if (out.size() > 1) {
        std::vector<uint32_t> kept;
        for (uint32_t s : out) {
          const int32_t next = shapes.right_after(s, out);
          const auto o = static_cast<uint32_t>(next);
          const bool title = next >= 0 && doc_.tokens[o].upos == "PROPN" &&
                             ((is_title_word(s) && names_person(o)) ||
                              (doc_.tokens[s].upos == "NOUN" && view_.entity_at(o) >= 0 &&
                               view_.entity_of_phrase(s) != view_.entity_of_phrase(o)));
          if (!title) kept.push_back(s);
        }
        out = kept;
      }
      // "Elmford's Omar Haddad even went as far as to hint", parsed with
      // "Elmford" a second subject: a possessor ("'s") right before
      // another subject is that subject's owner.
      if (out.size() > 1) {
        std::vector<uint32_t> kept;
        for (uint32_t s : out) {
          bool owner = false;
          for (uint32_t c : view_.children_with(s, "case"))
            owner = owner || (doc_.tokens[c].upos == "PART" && view_.lemma(c) == "'s");
          if (!(owner && shapes.right_after(s, out) >= 0)) kept.push_back(s);
        }
        out = kept;
      }
      // "Omar Haddad, who accused the council": a relative pronoun subject
      // stands for the name it follows, however the parser hung its clause.
      if (out.size() == 1) {
        const int32_t a = antecedent(out[0], t);
        if (a >= 0) out = {static_cast<uint32_t>(a)};
      }
      // "Mr Straw, visiting Beijing, noted": an -ing clause hung on a noun
      // without a subject of its own is that noun's act (not a past
      // participle's: "the man accused of" is the patient).
      if (out.empty() && depth == 0 && tok.head >= 0 && (deprel_is(tok.deprel, "advcl") || deprel_is(tok.deprel, "acl")) &&
          doc_.token_text(tok).ends_with("ing")) {
        const auto h = static_cast<uint32_t>(tok.head);
        // "She was in Arnor before flying to Rohan": on a predicate noun
        // (one with a copula) it is the act of the predicate's subject.
        // ("Ana, who was in Kenya before travelling": the relative pronoun
        // stands for its name there too.)
        if (!view_.children_with(h, "cop").empty()) {
          std::vector<uint32_t> subject = view_.children_with(h, "nsubj");
          const int32_t a = subject.size() == 1 ? antecedent(subject[0], h) : -1;
          if (a >= 0) subject = {static_cast<uint32_t>(a)};
          return subject;
        }
        if (doc_.tokens[h].upos == "PROPN" || doc_.tokens[h].upos == "NOUN") return {h};
      }
      if (!out.empty() && !pronoun) return out;
      // "The council was wise to refuse ...": the infinitive of a predicate
      // adjective shares its subject.
      const bool of_adjective =
          deprel_is(tok.deprel, "acl") && tok.head >= 0 && doc_.tokens[static_cast<uint32_t>(tok.head)].upos == "ADJ";
      if (tok.head < 0 || !(pronoun || deprel_is(tok.deprel, "xcomp") || deprel_is(tok.deprel, "advcl") ||
                            deprel_is(tok.deprel, "conj") || of_adjective)) {
        break;
      }
      // Object control: "pressing the US to cut gases": the US cuts.
      if (deprel_is(tok.deprel, "xcomp")) {
        std::vector<uint32_t> obj = view_.children_with(static_cast<uint32_t>(tok.head), "obj");
        if (!obj.empty()) return obj;
      }
      shared_by_conj = shared_by_conj && deprel_is(tok.deprel, "conj");
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

  // A calendar date among the tokens [a, b].
  std::string date_between(uint32_t a, uint32_t b) const {
    for (const TimeExpr& t : doc_.times) {
      if (t.start < doc_.tokens[a].start || t.end > doc_.tokens[b].end) continue;
      if ((t.type == "DATE" || t.type == "TIME") && t.value.size() >= 10 && t.value[4] == '-' && t.value[7] == '-' &&
          std::isdigit(static_cast<unsigned char>(t.value[9]))) {
        return t.value.substr(0, 10);
      }
    }
    return {};
  }

  // `date`: the event's own date when the caller found one outside the
  // trigger's subtree; else the clause's, else the document's.
  void add_event(std::string_view code, const Party& source, const Party& target, uint32_t trigger,
                 const std::string& mood, double confidence, const std::string& date = {}) {
    // A multi-code party ("ELR/GAL", rules/special_codes.h) is several
    // actors: an event for each of its codes.
    if (source.code.find('/') != std::string::npos || target.code.find('/') != std::string::npos) {
      auto each = [](const Party& p) {
        std::vector<Party> out;
        if (p.code.find('/') == std::string::npos) return std::vector<Party>{p};
        for (std::string& c : rules::code_parts(p.code)) out.push_back(Party{p.entity, std::move(c)});
        return out;
      };
      for (const Party& s : each(source))
        for (const Party& t : each(target)) add_event(code, s, t, trigger, mood, confidence, date);
      return;
    }
    if (source == target) return;
    // A match report's games, visits and fights are no events (sport_report.h).
    if (sport_report_ && !kept_in_sport_report(code)) return;
    // One entity is one actor, unless its roles differ: "Russian police
    // arrested Russian students" (RUSCOP, RUSEDU) both point at "Russian".
    if (source.entity >= 0 && source.entity == target.entity && source.code == target.code) return;
    // That holds for a nationality or a place read twice, not for a person:
    // "said Omar Haddad, a grain farmer from Elmford county told the Gazette" is no
    // act of his on himself, whatever the two phrases coded.
    if (source.entity >= 0 && source.entity == target.entity && doc_.entities[source.entity].type == "PERSON") return;
    if (source.entity < 0 && target.entity < 0 && source.code == target.code) return;
    if (own_country_target(code, source, target, trigger)) return;
    // A code a user dictionary adds beyond CAMEO (verb_code.h) keeps its
    // root's quad class and PLOVER type when CAMEO has the root, but has no
    // name or Goldstein value of its own.
    const event::CameoCode* c = event::find_cameo(code);
    const event::CameoCode* root = c ? c : event::find_cameo(code.substr(0, 2));
    if (code.size() < 2 || code.size() > 4) return;
    const uint32_t sentence = doc_.tokens[trigger].sentence;
    if (!seen_.insert({std::string(code), source.entity, source.code, target.entity, target.code, sentence}).second)
      return;
    Event v;
    v.id = "V" + std::to_string(doc_.events.size() + 1);
    v.cameo = std::string(code);
    v.root_code = c ? std::string(c->root) : std::string(code.substr(0, 2));
    if (root) {
      v.quad_class = root->quad_class;
      v.plover_type = std::string(event::plover_type_for(*root, mood));
    }
    if (c) {
      v.cameo_name = std::string(c->name);
      v.has_goldstein = true;
      v.goldstein = c->goldstein;
      v.plover_mode = v.plover_type == c->plover_type ? std::string(c->plover_mode) : std::string();
    }
    v.source = {source.entity >= 0 ? doc_.entities[source.entity].id : std::string(), source.code};
    v.target = {target.entity >= 0 ? doc_.entities[target.entity].id : std::string(), target.code};
    v.date = date.empty() ? clause_date(trigger) : date;
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

  // "..., argued Mr Blair.", "..., say the Tories.": a verb of saying
  // after a comma whose object ends the sentence is the speaker's, put after
  // the verb; the parser made the speaker its object (and the words before
  // the comma, what was said, its subject or its head). The object, or -1.
  int32_t inverted_speaker(uint32_t verb) const {
    static const std::set<std::string> kSaying = {"say",   "argue",   "claim", "insist", "add",   "admit",
                                                  "write", "explain", "reply", "state",  "declare", "conclude"};
    if (verb == 0 || doc_.token_text(doc_.tokens[verb - 1]) != ",") return -1;
    const std::vector<uint32_t> obj = view_.children_with(verb, "obj");
    if (obj.size() != 1 || obj.front() < verb) return -1;
    const uint32_t end = view_.subtree_range(obj.front()).second + 1;
    const bool last = end >= doc_.tokens.size() || doc_.tokens[end].sentence != doc_.tokens[verb].sentence ||
                      (doc_.tokens[end].upos == "PUNCT" &&
                       (end + 1 >= doc_.tokens.size() || doc_.tokens[end + 1].sentence != doc_.tokens[verb].sentence));
    if (!last || !kSaying.count(view_.lemma(verb))) return -1;
    // "France, meanwhile, wrote Germany.": a verb whose subject is a name
    // of its own is not inverted; its object stays the object. (A thing
    // the parser made the subject is the statement's content: "the
    // tolls would not work, argued Mr Haddad".)
    for (uint32_t s : view_.children_with(verb, "nsubj"))
      if (view_.entity_at(s) >= 0 && !parties(s).empty()) return -1;
    return static_cast<int32_t>(obj.front());
  }

  // "As ties between Ruritania and Freedonia warm, the two countries have
  // signed ...": "the two" with a plural noun and no name refers to the
  // last pair of names coordinated before it in the sentence; their parties,
  // or none.
  std::vector<Party> pair_referred_to(uint32_t t) const {
    const Token& tok = doc_.tokens[t];
    if (tok.upos != "NOUN" || view_.entity_at(t) >= 0) return {};
    bool the = false, two = false;
    for (uint32_t c : view_.children(t)) {
      const std::string l = view_.lemma(c);
      the = the || (deprel_is(doc_.tokens[c].deprel, "det") && l == "the");
      two = two || (deprel_is(doc_.tokens[c].deprel, "nummod") && l == "two");
    }
    if (!the || !two) return {};
    for (uint32_t k = t; k-- > 0 && doc_.tokens[k].sentence == tok.sentence;) {
      if (view_.entity_at(k) < 0 || doc_.tokens[k].upos != "PROPN") continue;
      const std::vector<uint32_t> conj = view_.children_with(k, "conj");
      if (conj.size() != 1 || view_.entity_at(conj.front()) < 0 || conj.front() >= t) continue;
      std::vector<Party> pair = parties(k);
      return pair.size() == 2 ? pair : std::vector<Party>{};
    }
    return {};
  }

  // "A change to Ruritania's tax code has been passed by the
  // country's parliament", "the White House backs the US's trade
  // policy": a body of a country (BRALEG, USAGOV) acting on a thing of that
  // country's acts inside it, not on it as another side. True when `other`
  // is that country (its bare code), named in the sentence of `trigger` only
  // as the owner ("'s") of a thing.
  bool own_country_thing(const Party& body, const Party& other, uint32_t trigger) const {
    if (other.entity < 0 || other.code.size() != 3 || body.code.size() <= 3 || !body.code.starts_with(other.code))
      return false;
    const uint32_t sentence = doc_.tokens[trigger].sentence;
    bool owner = false;
    for (uint32_t k = sentence_start(trigger); k < doc_.tokens.size() && doc_.tokens[k].sentence == sentence; ++k) {
      if (view_.entity_at(k) != other.entity) continue;
      const Token& t = doc_.tokens[k];
      if (t.deprel != "nmod:poss" || t.head < 0) return false;
      const auto thing = static_cast<uint32_t>(t.head);
      if (doc_.tokens[thing].upos != "NOUN" || view_.entity_at(thing) >= 0 || heads_actor(thing)) return false;
      owner = true;
    }
    return owner;
  }

  // "Gondor's premier gave notice that Gondor ...", "Gondor troops
  // fought near Minas Tirith", "the agency quoted the minister, back home
  // in Minas Tirith, as saying": an actor of a country (or the country itself) acting
  // on that country or one of its towns, named bare in the sentence of
  // `trigger` (a place or a nationality coded with the country alone, not
  // as a word qualifying a noun), is no event between two sides: on the
  // Reuters dev stories such pairs were a misread source, a venue, a
  // destination or the content of what was said. A qualifier is a side of
  // its own ("the Gondor central bank ordered Gondorian banks to ...": the
  // banks), and so is a country one criticises (11): "Ana Dale attacked
  // Gondor" (a BBC dev set codes an MP's criticism of the UK so).
  bool own_country_target(std::string_view code, const Party& source, const Party& target, uint32_t trigger) const {
    if (target.entity < 0 || target.code.size() != 3 || !source.code.starts_with(target.code)) return false;
    if (code.starts_with("11")) return false;
    // A source whose country was borrowed from the story or the sentence
    // ("Bree Corp signed an agreement with Lyon": a firm of the dateline's
    // country) shares the country by that borrowing, not as its own.
    if (source.entity >= 0) {
      const std::string& from = doc_.entities[source.entity].actor.source;
      if (from.find("article-country") != std::string::npos || from.find("sentence-country") != std::string::npos)
        return false;
    }
    const std::string& type = doc_.entities[target.entity].type;
    if (type != "GPE" && type != "LOC" && type != "NORP") return false;
    const uint32_t sentence = doc_.tokens[trigger].sentence;
    bool bare = false;
    for (uint32_t k = sentence_start(trigger); k < doc_.tokens.size() && doc_.tokens[k].sentence == sentence; ++k) {
      if (view_.entity_at(k) != target.entity) continue;
      if (k + 1 < doc_.tokens.size() && view_.entity_at(k + 1) == target.entity) continue;  // not the name's last word
      const std::string& r = doc_.tokens[k].deprel;
      if (deprel_is(r, "amod") || deprel_is(r, "compound")) return false;  // "Gondorian banks", "Gondor policy"
      bare = true;
    }
    return bare;
  }

  // The first token of the sentence of token `t`.
  uint32_t sentence_start(uint32_t t) const {
    while (t > 0 && doc_.tokens[t - 1].sentence == doc_.tokens[t].sentence) --t;
    return t;
  }

  // The verb dictionary lists `verb`'s lemma (with a code or with none).
  bool listed_verb(uint32_t verb) const { return verbs_.block_of(rules::upper_ascii(view_.lemma(verb))) >= 0; }

  // The agent of passive `verb`: its "by" phrase, wherever the parser hung it.
  std::vector<Party> passive_agent(uint32_t verb) const {
    std::vector<Party> agent;
    for (uint32_t c : view_.children_with(verb, "obl")) {
      if (view_.preposition(c) == "by") agent = parties(c);
    }
    // "was praised at the summit by Ruritania" with "by Ruritania" hung on
    // "summit": the agent phrase of the verb's own phrases, wherever it hangs.
    if (agent.empty()) {
      for (uint32_t c : view_.children_with(verb, "obl")) {
        if (c < verb) continue;
        for (uint32_t n : view_.children_with(c, "nmod"))
          if (view_.preposition(n) == "by" && agent.empty()) agent = parties(n);
      }
    }
    // "Ruritania has been accused of jailing reporters by a press group",
    // with "by a press group" hung on "jailing": an active clause with no
    // subject of its own has no agent, so a "by" phrase of a name or a
    // noun in it is the passive verb's ("accused of being attacked by Bo"
    // keeps Bo as the attacker).
    if (agent.empty()) {
      for (uint32_t c : view_.children(verb)) {
        const std::string& r = doc_.tokens[c].deprel;
        if (c < verb || (!deprel_is(r, "advcl") && !deprel_is(r, "xcomp"))) continue;
        if (!view_.children_with(c, "aux:pass").empty() || !view_.children_with(c, "nsubj").empty()) continue;
        for (uint32_t n : view_.children_with(c, "obl")) {
          const std::string& upos = doc_.tokens[n].upos;
          if (view_.preposition(n) == "by" && (upos == "NOUN" || upos == "PROPN") && agent.empty())
            agent = parties(n);
        }
      }
    }
    return agent;
  }

  void code_verb_trigger(uint32_t verb) {
    if (hyphenated_participle(verb)) return;
    if (is_naming_participle(view_, verb)) return;  // "a song called ...": naming_participle.h
    std::optional<VerbCode> code = code_verb(verbs_, view_, verb);
    if (!code) return;
    if (meets_a_requirement(verb)) return;
    bool passive = false;
    std::vector<Party> sources, targets, subject_parties;
    const int32_t speaker = inverted_speaker(verb);
    std::vector<uint32_t> subject_heads =
        speaker >= 0 ? std::vector<uint32_t>{static_cast<uint32_t>(speaker)} : subjects(verb, passive);
    for (uint32_t s : subject_heads) {
      // "Renewal of links between Arnor and Gondor could boost ...": a subject
      // that names no actor acts through the parties it is between or with.
      // (Not "a letter to Bo": the addressee did not write it.)
      std::vector<Party> named = parties(s);
      if (named.empty()) named = pair_referred_to(s);
      if (named.empty() && doc_.tokens[s].upos == "NOUN") {
        for (uint32_t c : view_.children_with(s, "nmod")) {
          const std::string p = view_.preposition(c);
          if (counterpart_of(c)) continue;  // "the owner of Yukos" does not act as Yukos
          // "The pact with Acme was hailed by Bolt's chairman": what
          // a passive's subject is with or between is one side of the thing
          // acted on, not the one acted on (Bolt hailed its own
          // deal, it praised no Peugeot); its owner ("of") still is.
          if (passive && p != "of") continue;
          if (p == "of" || p == "between" || p == "among" || p == "with") named = nested_parties(c);
          if (!named.empty()) break;
        }
      }
      for (Party& p : named) {
        subject_parties.push_back(p);
        (passive ? targets : sources).push_back(std::move(p));
      }
    }
    // "China has been accused of ... by the media watchdog" with "China"
    // labelled nsubj: a subject of a verb with a passive auxiliary and an
    // agent is the patient, whatever its label. (Without an agent the
    // parser's label stands: PETRARCH's "The Philippines was criticized
    // over ..." codes the Philippines as the critic.)
    if (!passive && speaker < 0 && !sources.empty() && !view_.children_with(verb, "aux:pass").empty()) {
      std::vector<Party> agent = passive_agent(verb);
      if (!agent.empty()) {
        passive = true;
        targets = std::move(sources);
        sources = std::move(agent);
      }
    }
    if (passive && sources.empty()) sources = passive_agent(verb);
    int32_t visited_place = -1;
    if (targets.empty()) {
      for (const char* rel : {"obj", "iobj"}) {
        for (uint32_t c : view_.children_with(verb, rel)) {
          if (static_cast<int32_t>(c) == speaker) continue;
          // "the palace has stressed Ms Ruiz's backing", "described
          // the tolls as a disgrace", "predicted Mr Haddad would have to cut fees":
          // what a statement (01) says or is about is no addressee, nor is
          // its owner; only a verb that addresses its object has one ("told
          // Radio Elmford's Morning Hour", "briefed MPs").
          if (code->code.starts_with("01") && !addresses_object(verb)) continue;
          // "discussed Arnor's economy", "to discuss Gondor requests for
          // a loan": what one discusses is the talks' topic, and the one it
          // belongs to is no side of them (the sides are the subjects and a
          // "with" phrase), unless the object names an actor itself. A
          // "with" phrase the parser hung on the topic is still the side
          // ("discussed the tolls with Mr Vane").
          if (is_topic_verb(view_.lemma(verb)) && !names_actor_itself(c)) {
            for (uint32_t m : view_.children_with(c, "nmod"))
              if (view_.preposition(m) == "with")
                for (Party& p : nested_parties(m)) targets.push_back(std::move(p));
            continue;
          }
          for (Party& p : nested_parties(c)) targets.push_back(std::move(p));
        }
        if (!targets.empty()) break;
      }
      if (targets.empty() && addresses_object(verb)) {
        for (uint32_t c : view_.children_with(verb, "ccomp")) {
          const int32_t a = misparsed_addressee(c);
          if (a >= 0) targets = parties(static_cast<uint32_t>(a));
          if (!targets.empty()) break;
        }
      }
    }
    bool with_target = false;  // the target is a "with" phrase: "agreed with Bo to ..."
    bool agrees_with_view = false;  // ... naming a thing of the target's: "agreed with Dr Vane's view"
    if (targets.empty()) {
      for (uint32_t c : view_.children_with(verb, "obl")) {
        const std::string p = view_.preposition(c);
        // "Gondor Party shadow harbour minister Omar Haddad warned of ..." with "shadow"
        // hung on the verb: a bare noun before the verb is a stray word of
        // the subject's phrase, never the other side.
        if (p.empty() && c < verb) continue;
        // "speaking amid reports that Mr Haddad is part of ...", with "part"
        // hung on the verb: a phrase with a subject and a copula or a
        // subordinator of its own is a clause.
        if (!view_.children_with(c, "nsubj").empty() &&
            (!view_.children_with(c, "cop").empty() || !view_.children_with(c, "mark").empty()))
          continue;
        // "talked about the Gondor Party's manifesto", "asked about Ms
        // Ruiz's remark": what a statement or a question (01, 02) is
        // about is its topic unless it is an actor itself ("talked about the
        // Labour government"; a complaint about Labour's plans is Labour's).
        if (p == "about" && (code->code.starts_with("01") || code->code.starts_with("02")) && !heads_actor(c))
          continue;
        // "According to Ms Vane the mayor said", "Following Mr
        // Haddad's statement, lawyer Ana Ruiz said", "said of Mr
        // Smith's honour": a statement (01) is made to whom its "to" phrase
        // names; its other phrases are its source, occasion or topic.
        if (code->code.starts_with("01") && p != "to" && p != "about" && code->pattern_words == 0) continue;
        // "quit the cabinet over the river tolls": what a verb is
        // "over" is its issue, a circumstance like the others below.
        if (is_circumstance_preposition(p) || p == "over") {
          // Agents, places, times, purposes and circumstances are not
          // targets, unless the pattern names the preposition ("CALLED * FOR").
          // ("* FOR_ASYLUM" too: a word joined to the preposition).
          bool named = false;
          for (uint32_t k : view_.children_with(c, "case")) named = named || code->covers(k);
          // A visit's place is its host ("arrived in Gondor": ARRIVE [032:033];
          // "left for Minas Tirith").
          const bool host = (p == "in" || p == "at" || p == "for") && is_travel_code(code->code) && names_place(c);
          if (!named && !host) continue;
        }
        if (p == "with" && absolute_with(c)) continue;
        // "to restart talks in the long-running feud between Gondor
        // and Arnor" with "in" hung elsewhere: the sides of a circumstance.
        if (parties(c).empty() && only_others_between(c, subject_parties)) continue;
        for (Party& party : nested_parties(c)) {
          if (p == "to" && party.entity >= 0 && doc_.entities[party.entity].has_geo) visited_place = party.entity;
          targets.push_back(std::move(party));
        }
        if (!targets.empty()) {
          with_target = p == "with";
          agrees_with_view = with_target && owned_thing(c);
          break;
        }
      }
    }
    // "is about to restore full, normal ties with Gondor" parsed with
    // "ties" on "about": a bare noun after an infinitive, hung on the word
    // that governs it, is the infinitive's object.
    if (targets.empty() && deprel_is(doc_.tokens[verb].deprel, "xcomp") && view_.children_with(verb, "obj").empty()) {
      const auto head = static_cast<uint32_t>(doc_.tokens[verb].head);
      for (uint32_t c : view_.children_with(head, "obl")) {
        if (c < verb || doc_.tokens[c].upos != "NOUN" || !view_.children_with(c, "case").empty()) continue;
        for (Party& party : nested_parties(c)) targets.push_back(std::move(party));
        if (!targets.empty()) break;
      }
    }
    // "welcomed assurances on trade matters sent from Bree": the phrase of
    // a preposition the pattern names ("ASSURANCES_ON &TIETYPES FROM"),
    // wherever the parser hung it.
    if (targets.empty()) {
      for (uint32_t k : code->matched) {
        const Token& m = doc_.tokens[k];
        if (!deprel_is(m.deprel, "case") || m.head <= static_cast<int32_t>(k)) continue;
        // Not a purpose, time or place hung elsewhere ("called it a budget
        // for Middle England"): only the verb's own phrase may be that. And
        // only inside the verb's arguments: not "defended plans, despite
        // opposition from the US".
        if (is_circumstance_preposition(view_.lemma(k)) || !inside_argument(verb, k)) continue;
        for (Party& party : nested_parties(static_cast<uint32_t>(m.head))) targets.push_back(std::move(party));
        if (!targets.empty()) break;
      }
    }
    // "welcomed memos sent by Bree": the agent of the object's participle
    // (a past one: "accusing the mayor of shrinking from the
    // questions of Elmford's press" is no charge against the press).
    if (targets.empty()) {
      for (uint32_t o : view_.children_with(verb, "obj")) {
        for (uint32_t a : view_.children_with(o, "acl")) {
          if (doc_.token_text(doc_.tokens[a]).ends_with("ing")) continue;
          for (uint32_t c : view_.children_with(a, "obl")) {
            const std::string p = view_.preposition(c);
            if (p != "by" && p != "from") continue;
            for (Party& party : parties(c)) targets.push_back(std::move(party));
          }
        }
      }
    }
    // "acted on a motion against Rohan": an actor inside a phrase whose
    // preposition otherwise marks a time; the phrase's own name or owner is
    // its topic ("On Mrs Vane's role, Mr Haddad said", "Council attacked on
    // Vane poster" target no Vane).
    if (targets.empty() && actors_) {
      for (uint32_t c : view_.children_with(verb, "obl")) {
        const std::string p = view_.preposition(c);
        if ((p != "on" && p != "over") || doc_.tokens[c].upos != "NOUN" || view_.entity_at(c) >= 0) continue;
        if (!parties(c).empty()) continue;
        for (Party& party : nested_parties(c)) targets.push_back(std::move(party));
        if (!targets.empty()) break;
      }
    }
    // "rose in the dispute with Osgiliath", "took part in talks with Gondor":
    // the other side of a circumstance the verb happened in ("during" and
    // "amid" name the occasion, not a side: "speaking amid rumours of a rift
    // with Brown").
    if (targets.empty()) {
      for (uint32_t c : view_.children_with(verb, "obl")) {
        const std::string p = view_.preposition(c);
        if (p != "in" || doc_.tokens[c].upos != "NOUN" || view_.entity_at(c) >= 0) continue;
        for (uint32_t n : view_.children_with(c, "nmod")) {
          // The other side only: not "during a debate on Anglo-American
          // relations", "during a visit to Britain"; and of this phrase, not
          // of a clause after a comma the parser hung on it ("say in the
          // river towns, the contest is between them and the council").
          const std::string np = view_.preposition(n);
          if (np != "with" && np != "between" && np != "against") continue;
          bool comma = false;
          for (uint32_t k = c + 1; k < n; ++k) comma = comma || doc_.tokens[k].upos == "PUNCT";
          if (comma) continue;
          if (np == "between" && only_others_between(n, subject_parties)) continue;
          for (Party& party : parties(n)) targets.push_back(std::move(party));
        }
        if (!targets.empty()) break;
      }
    }
    // "signed an accord to supply Gondor": the object of a purpose clause
    // (not when the verb's object is someone: "to ask the Queen to dissolve
    // Parliament" asks the Queen, whatever she is asked to do).
    bool object_is_someone = false;
    for (const char* rel : {"obj", "iobj"})
      for (uint32_t o : view_.children_with(verb, rel)) object_is_someone = object_is_someone || heads_actor(o);
    if (targets.empty() && !object_is_someone) {
      for (uint32_t c : view_.children(verb)) {
        const std::string& r = doc_.tokens[c].deprel;
        if (!deprel_is(r, "advcl") && !deprel_is(r, "xcomp")) continue;
        bool to = deprel_is(r, "xcomp");  // "abandon improved relations with" parsed as a verb chain
        for (uint32_t m : view_.children_with(c, "mark")) to = to || view_.lemma(m) == "to";
        // A coded verb codes its own event; one the dictionary reads as no
        // event ("agreed to buy 20% of the winery": BUY [---]) names no target
        // of the verb above either.
        if (!to || code_verb(verbs_, view_, c) || listed_verb(c)) continue;
        for (uint32_t o : view_.children_with(c, "obj"))
          for (Party& party : nested_parties(o)) targets.push_back(std::move(party));
        if (!targets.empty()) break;
      }
    }
    // (One source: two or more with no target may act on each other, "Arnor
    // and Rohan put off their talks", coded both ways below.)
    if (targets.empty() && petrarch_ && sources.size() == 1) targets = petrarch_lower_actor(verb, subject_heads);
    if (code->source.used || code->target.used) place_by_pattern(*code, subject_parties, sources, targets);
    drop_less_specific(sources);
    drop_less_specific(targets);
    // "travel to Washington": a journey to a place is a visit to it (CAMEO
    // 042). When a person or a government's envoy makes it, the place is
    // its host (043), as CAMEO.2.0's VISIT [042:043] and GUIDELINES.md
    // ("visited" 042 and the host's 043) have it; money, investment or a
    // team that "goes to" a place is hosted by no one.
    if (visited_place >= 0 && code->code.starts_with("04")) {
      code->code = "042";
      code->reverse.clear();
      if (!sources.empty() && std::all_of(sources.begin(), sources.end(), [&](const Party& p) { return is_envoy(p); }))
        code->reverse = "043";
    }
    // "agreed with the auditor's assessment", "agreed in principle with the
    // government's plans": agreeing with what someone thinks or plans is
    // accord with them (019, one way), not an agreement to cooperate (030).
    // (CAMEO.2.0 codes both with "AGREE * (WITH) [030]".)
    if (agrees_with_view && view_.lemma(verb) == "agree" && code->code.starts_with("03") && code->pattern_words <= 1) {
      code->code = "019";
      code->reverse.clear();
      with_target = false;
    }
    // "agreed with Bo to push forward", "met with Bo": an agreement or a
    // consultation with someone is both sides' (unless a pattern of the
    // dictionary chose the code: "SPEAK * (WITH) [046]" is one way); an
    // intent only by a verb of joint commitment ("sought a merger with Bo" is
    // one way).
    if (with_target && code->reverse.empty() && code->pattern_words == 0 &&
        (code->code.starts_with("04") || (code->code.starts_with("03") && is_joint_commitment_verb(view_.lemma(verb)))) &&
        !is_travel_code(code->code))
      code->reverse = code->code;
    // "launched an attack on the price of Gondor's ferry service",
    // "attacked the plans": force aimed at words or policies is criticism.
    if ((code->code.starts_with("18") || code->code.starts_with("19")) && aims_at_words(verb)) {
      code->code = "111";
      code->reverse.clear();
    }
    if (accuses_of_attacking_words(*code)) {
      code->code = "112";
      code->reverse.clear();
    }
    // "warned Gondor that rising wages could undo ...": a pessimistic
    // comment, not a threat (threatened_act.h); a pattern's own code stays.
    if (code->code == "130" && code->pattern_words == 0 && warns_of_outcome(view_, verb)) code->code = "012";
    bool own_words = false;
    std::string mood = verb_mood(view_, verb, own_words);
    if (mood == "asserted" && is_stray_infinitive(view_, verb)) mood = "intended";  // a purpose: stray_infinitive.h
    // "has threatened to withdraw the permits of X": the threat is the act
    // (threatened_act.h), by the same parties.
    if (is_threatened_act(view_, verb)) {
      code->code = threat_code(code->code);
      code->reverse.clear();
      // The threat is the act, so its mood is the threatening verb's: "did
      // not threaten to attack" is negated, "has threatened to" asserted.
      mood = verb_mood(view_, static_cast<uint32_t>(view_.token(verb).head), own_words);
    }
    // "will hold talks with", "is due to meet": a meeting its own words
    // plan is an intent to meet (036), as for a planned meeting noun
    // (meeting_code); one planned by a verb above keeps the dictionary's code
    // with mood "intended" ("will be hosting Bo to celebrate with Cy": 046).
    // So is a meeting the matched pattern names by its noun ("have agreed to
    // begin talks": BEGIN * TALKS).
    const bool meeting_pattern = std::any_of(code->matched.begin(), code->matched.end(),
                                             [&](uint32_t k) { return is_meeting_noun(view_.lemma(k)); });
    // A consultation (040) planned by a verb above is an intent to meet
    // too ("plans to meet Bo"); other meeting codes it keeps.
    if (mood == "intended" && (own_words || code->code == "040") && code->code.starts_with("04") &&
        (is_meeting_verb(view_.lemma(verb)) || meeting_pattern)) {
      code->code = "036";
      if (!code->reverse.empty()) code->reverse = "036";
    }
    // "Gondor's envoy met the Arnorian minister": a meeting held is both
    // sides' consultation (GUIDELINES.md: "met" 040 both ways, as "held talks
    // with" is); CAMEO.2.0's MEET_PEOPLE codes it one way.
    if (mood == "asserted" && code->code == "040" && code->reverse.empty() && view_.lemma(verb) == "meet")
      code->reverse = "040";
    // "Ana will meet Bo": an arranged meeting is both sides' intent
    // (arranged_meeting.h); "wants to meet Bo" stays Ana's alone. Only with
    // someone met: "governors from A, B and C will meet here" is a
    // conference, not a meeting of each with each.
    if (mood == "intended" && code->code == "036" && code->reverse.empty() && view_.lemma(verb) == "meet" &&
        !targets.empty() && is_arranged_meeting(view_, verb))
      code->reverse = "036";
    // "Arnorcorn faced criminal and civil charges laid by the Gondor
    // harbour police" (FACE * CHARGE [:112]): a code for the target's side alone is
    // what the other side does to the subject, so the Department charges.
    if (code->target_acts) std::swap(sources, targets);
    // "Bo was quoted by The Times as saying": Bo's statement to The Times
    // (quoted_statement.h); a quoter who is no medium hears no statement.
    if (is_quote_verb(view_.lemma(verb))) {
      std::vector<Party> media;
      for (Party& p : sources)
        if (names_medium(p.code)) media.push_back(std::move(p));
      sources = std::move(targets);
      targets = std::move(media);
      code->reverse.clear();
    }
    const double confidence = code->pattern_words > 0 ? std::min(0.9, 0.6 + 0.1 * code->pattern_words) : 0.6;
    for (const Party& s : sources) {
      for (const Party& t : targets) {
        if (own_country_thing(s, t, verb) || own_country_thing(t, s, verb)) continue;
        if (is_travel_code(code->code) && is_court_destination(t.code)) continue;  // "went to court"
        std::string c = verbal_if_political(code->code, s, t);
        if (is_verbal_attack(c, view_.lemma(verb), s.code, t.code)) c = "111";  // verbal_attack.h
        add_event(c, s, t, verb, mood, confidence);
        if (!code->reverse.empty()) add_event(verbal_if_political(code->reverse, t, s), t, s, verb, mood, confidence);
      }
    }
    // "In a meeting, Ana told Bo ...": the statement's two sides hold the
    // meeting it is set in (meeting_setting.h); a medium told is no side.
    if (code->code.starts_with("01") && !code->target_acts && !is_quote_verb(view_.lemma(verb))) {
      const int32_t setting = bare_meeting_setting(view_, verb);
      if (setting >= 0) {
        const auto noun = static_cast<uint32_t>(setting);
        const std::string meeting = meeting_code(view_.lemma(noun), mood);
        // "MED" alone: a medium of no known country ("told Reuters").
        const auto medium = [](const Party& p) { return names_medium(p.code) || p.code == "MED"; };
        for (const Party& s : sources) {
          for (const Party& t : targets) {
            if (medium(s) || medium(t)) continue;
            add_event(meeting, s, t, noun, mood, 0.5);
            add_event(meeting, t, s, noun, mood, 0.5);
          }
        }
      }
    }
    // "He and the former chief held talks", "The Philippines and France
    // agree that ...": with no target, coordinated subjects of a mutual act
    // (a two-sided code, a cooperation or a consultation) act on each other.
    // An intent (03) is mutual only by a verb of doing things together: "Labour
    // and the Conservatives plan to boost pensions" is two plans, not an
    // intent of each to cooperate with the other.
    // Nor do they when the verb acts on a thing its pattern does not name:
    // "the Gondor Party and its rivals are still calling the thousands of
    // voters who have signed up" calls the voters, not each other ("held
    // talks": the pattern's own word).
    // "Gondor, Arnor and Osgiliath have agreed to share their laboratories",
    // "Gondor and Arnor agreed in principle on a shared quota": parties
    // agreeing together on a course agree with each other (030 both ways,
    // GUIDELINES.md test12r); CAMEO.2.0's AGREE block default is 050.
    // Only the coordinated subject's own parties: not a dateline's or a
    // firm's town ("Acme Inc, Elmford, and Bolt Corp have agreed"), and not a
    // body's members listed after it ("the league's states -- A, B and C --
    // have agreed": members of one body, not coded).
    std::vector<Party> agreeing;
    if (targets.empty() && sources.size() >= 2 && view_.lemma(verb) == "agree" && code->pattern_words == 0 &&
        agrees_on_a_course(verb))
      agreeing = coordinated_subject_names(verb);
    const bool joint_agreement = agreeing.size() >= 2;
    if (joint_agreement) {
      code->code = "030";
      sources = std::move(agreeing);
    }
    bool acts_on_thing = false;
    for (uint32_t o : view_.children_with(verb, "obj"))
      acts_on_thing = acts_on_thing || std::find(code->matched.begin(), code->matched.end(), o) == code->matched.end();
    // Nor do the subjects of a passive, whatever the parser labelled them:
    // "Gondor, along with Arnor, Rohan, Dale and Bree, has been
    // invited to take part" (nsubj, not nsubj:pass) were invited, by someone
    // else, not each other.
    const bool undergoes = !view_.children_with(verb, "aux:pass").empty();
    const bool mutual = !acts_on_thing && !undergoes &&
                        (!code->reverse.empty() ||
                         (view_.children_with(verb, "obj").empty() &&
                          (code->code.starts_with("04") ||
                           (code->code.starts_with("03") && is_reciprocal_verb(view_.lemma(verb))))));
    // Three or more acting together on nothing named ("Gondor, Arnor,
    // Rohan, Dale, the Shire and Bree want the tolls capped")
    // are one side, unless they meet or the code has two sides.
    // A pattern's '%' says so itself ("% HAVE * [191]": "Gondor and
    // Osgiliath have downplayed their meeting").
    const bool group =
        sources.size() > 2 && code->reverse.empty() && !code->code.starts_with("04") && !joint_agreement;
    // (A meeting of a body's members is still a meeting of each: "the
    // Group of Five -- A, B, C -- will gather".)
    bool members = false;
    if (!code->code.starts_with("04") && !is_meeting_verb(view_.lemma(verb)) && code->code != "036")
      for (uint32_t subj : view_.children_with(verb, "nsubj")) members = members || lists_members(subj);
    if (targets.empty() && sources.size() >= 2 && ((mutual && !group) || code->compound) && !members) {
      const std::string& back = code->reverse.empty() ? code->code : code->reverse;
      for (size_t i = 0; i < sources.size(); ++i) {
        for (size_t j = i + 1; j < sources.size(); ++j) {
          // "the Gondor foreign ministry, the treasury and the defence office
          // held a meeting": one government's own offices meeting is the
          // government's business, no event between actors (GUIDELINES.md:
          // meetings among a government's agencies are not coded).
          if (code->code.starts_with("04") && one_government(sources[i].code, sources[j].code)) continue;
          add_event(code->code, sources[i], sources[j], verb, mood, confidence);
          add_event(back, sources[j], sources[i], verb, mood, confidence);
        }
      }
    }
  }

  // PETRARCH's target when the verb has none of the usual kinds: the first
  // actor anywhere in its verb phrase, outside the subject ("rescheduled
  // his trip in the White Downs", "question whether he has a future with
  // the Orcs"). Wrong for news (where an act happens, or what is asked
  // about, is no side of it), so under petrarch_ only. Not the verb's own
  // object, which the usual paths have read and turned down ("after leaving
  // Eriador": no addressee), nor its "by" phrase (a passive's agent acts:
  // "Rebuked by Eriador"), nor an adverbial clause ("when a hafling was
  // seen on the pass": another act, at the time of this one).
  std::vector<Party> petrarch_lower_actor(uint32_t verb, const std::vector<uint32_t>& subject_heads) const {
    const auto [first, last] = view_.subtree_range(verb);
    std::vector<std::pair<uint32_t, uint32_t>> skipped;
    for (uint32_t s : subject_heads) skipped.push_back(view_.subtree_range(s));
    for (uint32_t c : view_.children(verb)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (r == "obl:agent" || deprel_is(r, "nsubj") || deprel_is(r, "csubj") || deprel_is(r, "advcl") ||
          view_.preposition(c) == "by")
        skipped.push_back(view_.subtree_range(c));
      else if (deprel_is(r, "obj") || deprel_is(r, "iobj")) skipped.emplace_back(c, c);
    }
    auto is_skipped = [&](uint32_t k) {
      for (const auto& [a, b] : skipped)
        if (k >= a && k <= b) return true;
      return false;
    };
    for (uint32_t k = first; k <= last; ++k) {
      if (k <= verb || is_skipped(k)) continue;
      const std::string& u = doc_.tokens[k].upos;
      if (u != "NOUN" && u != "PROPN") continue;
      const int32_t head = doc_.tokens[k].head;
      const int32_t name = view_.entity_at(k);
      if (head >= 0 && name >= 0 && view_.entity_at(static_cast<uint32_t>(head)) == name)
        continue;  // inside a name: its head token stands for it
      std::vector<Party> found = parties(k);
      if (!found.empty()) return found;
    }
    return {};
  }

  // Codes `a` and `b` are one country's executive: the same country, each
  // with a government or elite role and no legislature, court, opposition or
  // party in it (USAGOV, USAELI; not USAGOVLEG, USAOPP).
  static bool one_government(const std::string& a, const std::string& b) {
    const auto executive = [](const std::string& c) {
      if (c.size() < 6) return false;
      const std::string role = c.substr(3);
      for (const char* other : {"LEG", "JUD", "OPP", "PTY"})
        if (role.find(other) != std::string::npos) return false;
      return role.starts_with("GOV") || role == "ELI";
    };
    return executive(a) && executive(b) && a.compare(0, 3, b, 0, 3) == 0;
  }

  // "The league's states -- A, B and C -- have agreed", "The four -- A, B,
  // C and D -- signed a deal to buy ...": a subject list set off by a double
  // dash or a bracket after a body's or a number's word names its members,
  // who act as one side (GUIDELINES.md: an agreement among the members of
  // one body is not coded), not with each other.
  bool lists_members(uint32_t subject) const {
    const auto [first, last] = view_.subtree_range(subject);
    (void)last;
    if (first > 0 && doc_.tokens[first - 1].sentence == doc_.tokens[subject].sentence) {
      const std::string_view before = doc_.token_text(doc_.tokens[first - 1]);
      if (before == "--" || before == "(") return true;  // not a dateline's " - "
    }
    for (uint32_t k = first; k < subject; ++k)
      if (doc_.token_text(doc_.tokens[k]) == "--") return true;
    return false;
  }

  // "Gondor and Arnor agreed": the coded names that head the verb's subject
  // and its conjuncts, and nothing the names carry ("Canada-based", "Acme's
  // parent", a firm's town); none when the list stands between dashes or
  // brackets after a body's name (its members: "the league's states -- A,
  // B and C -- have agreed" is one body's decision, not coded).
  std::vector<Party> coordinated_subject_names(uint32_t verb) const {
    std::vector<Party> out;
    for (uint32_t s : view_.children_with(verb, "nsubj")) {
      const std::vector<uint32_t> conj = view_.children_with(s, "conj");
      if (conj.empty()) continue;
      if (lists_members(s)) return {};
      std::vector<uint32_t> heads{s};
      heads.insert(heads.end(), conj.begin(), conj.end());
      const Sentence& sent = doc_.sentences[doc_.tokens[s].sentence];
      const size_t dateline = dateline_place_length(std::string_view(doc_.text).substr(sent.start, sent.end - sent.start));
      for (uint32_t h : heads) {
        const int32_t e = view_.entity_at(h);
        if (e < 0 || doc_.entities[e].actor.code.empty()) continue;
        if (doc_.tokens[h].start < sent.start + dateline) continue;  // "GONDOR, Oct 20 - Arnor's ..."
        // "Canada-based": a name joined to the next word qualifies it.
        if (h + 1 < doc_.tokens.size() && doc_.tokens[h + 1].xpos == "HYPH") continue;
        if (doc_.entities[e].has_geo && !doc_.entities[e].geo.feature.starts_with("PCL")) continue;  // a town
        Party p{e, doc_.entities[e].actor.code};
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(std::move(p));
      }
    }
    return out;
  }

  // "agreed to share their laboratories", "agreed in principle on a quota":
  // an agreement on something to do or on terms (an infinitive, an "on"
  // phrase, "in principle"); not "agreed that ..." (a shared view, with or
  // without a date before it) nor "agreed to the plan" (accepting someone's).
  // A date is no course: "agreed on Tuesday" says when, not what. Nor is an
  // act on a third party: "Gondor and Arnor agreed to condemn Rohan" is coded
  // by the infinitive's own event on Rohan, and no agreement between them.
  bool agrees_on_a_course(uint32_t verb) const {
    if (!view_.children_with(verb, "ccomp").empty()) return false;
    for (uint32_t c : view_.children(verb))
      if (is_infinitive_of(c) && acts_on_a_third_party(c, verb)) return false;
    for (uint32_t c : view_.children(verb)) {
      // "agreed to begin talks", "agreed to meet": the meeting is the
      // infinitive's own event (036 both ways).
      if (is_infinitive_of(c) && doc_.tokens[c].upos == "VERB" && !is_meeting_verb(view_.lemma(c))) {
        bool meeting = false;
        for (uint32_t o : view_.children_with(c, "obj")) meeting = meeting || is_meeting_noun(view_.lemma(o));
        for (uint32_t m : view_.children_with(c, "mark"))
          if (view_.lemma(m) == "to" && !meeting) return true;
      }
      if (deprel_is(doc_.tokens[c].deprel, "obl") && !in_time_expression(c)) {
        const std::string p = view_.preposition(c);
        if (p == "on" || (p == "in" && view_.lemma(c) == "principle")) return true;
      }
    }
    return false;
  }

  // `c` is an infinitive complement of its head: an xcomp, or an advcl
  // marked "to" (the parse of "agreed on Thursday to pool ...", a date
  // between them).
  bool is_infinitive_of(uint32_t c) const {
    const std::string& r = doc_.tokens[c].deprel;
    if (deprel_is(r, "xcomp")) return true;
    if (!deprel_is(r, "advcl")) return false;
    for (uint32_t m : view_.children_with(c, "mark"))
      if (view_.lemma(m) == "to") return true;
    return false;
  }

  // Token `t` lies inside a TIMEX3 expression ("on Monday", "on 3 May").
  bool in_time_expression(uint32_t t) const {
    for (const TimeExpr& x : doc_.times)
      if (x.start <= doc_.tokens[t].start && doc_.tokens[t].end <= x.end) return true;
    return false;
  }

  // The infinitive `act` of the agreeing `verb` has an object or an oblique
  // that names a coded party other than the agreeing subjects'.
  bool acts_on_a_third_party(uint32_t act, uint32_t verb) const {
    std::vector<int32_t> subjects;
    for (uint32_t s : view_.children_with(verb, "nsubj")) {
      subjects.push_back(view_.entity_at(s));
      for (uint32_t c : view_.children_with(s, "conj")) subjects.push_back(view_.entity_at(c));
    }
    for (uint32_t c : view_.children(act)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (!deprel_is(r, "obj") && !deprel_is(r, "iobj") && !deprel_is(r, "obl")) continue;
      const int32_t e = view_.entity_at(c);
      if (e < 0 || doc_.entities[e].actor.code.empty()) continue;
      if (std::find(subjects.begin(), subjects.end(), e) == subjects.end()) return true;
    }
    return false;
  }

  // "Labour attacked Michael Howard", "launched an attack on Labour's
  // record": force (CAMEO 18, 19) between actors who both hold a civilian
  // political role (government, opposition, party, parliament, courts,
  // media, ...) and neither an armed one is a war of words: 111 (criticize
  // or denounce). Codes without roles ("Israel", "the rebels") keep theirs.
  static std::string verbal_if_political(const std::string& code, const Party& a, const Party& b) {
    if (!code.starts_with("18") && !code.starts_with("19")) return code;
    return has_only_civilian_roles(a.code) && has_only_civilian_roles(b.code) ? std::string("111") : code;
  }

  // The verb's object, or what the attack noun that is its object is "on"
  // or "against" ("launched an attack on the price of ..."), is a word of
  // policy or speech: the things CAMEO.2.0's own ATTACK patterns code 111
  // (PLANS, POLICY, DECISION, MEASURES, COMMENT, LAW, RULING, &PROPOSAL).
  bool aims_at_words(uint32_t verb) const {
    for (uint32_t c : view_.children(verb)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (!deprel_is(r, "obj") && !deprel_is(r, "obl")) continue;
      const std::string l = view_.lemma(c);
      if (deprel_is(r, "obj") && names_words(c)) return true;
      if (is_attack_word(l) && attack_on_words(c)) return true;
    }
    return false;
  }

  // "accused Mr Blair of telling lies ... and then attacking the lies":
  // an accusation of aggression (1123, CAMEO.2.0's "* ATTACKING") whose
  // attack word is aimed at words or policies is an accusation (112).
  bool accuses_of_attacking_words(const VerbCode& code) const {
    if (code.code != "1123") return false;
    for (uint32_t k : code.matched) {
      if (!is_attack_word(view_.lemma(k))) continue;
      if (doc_.tokens[k].upos == "VERB") {
        for (uint32_t o : view_.children_with(k, "obj"))
          if (names_words(o)) return true;
      } else if (attack_on_words(k)) {
        return true;
      }
    }
    return false;
  }

  static bool is_policy_word(const std::string& lemma) {
    static const std::set<std::string> kWords = {
        "plan", "plans", "policy", "proposal", "idea", "decision", "measure", "comment", "remark", "claim",
        "law", "ruling", "record", "cost", "system", "stance", "position", "view", "approach", "handling",
        "strategy", "manifesto", "budget", "tax", "promise", "pledge", "speech", "statement", "report", "reform",
        "bill", "agenda", "leadership", "performance", "failure", "forecast", "figure", "sum", "spending",
        "lie", "lies"};
    return kWords.count(lemma) > 0;
  }
  static bool is_attack_word(const std::string& lemma) {
    static const std::set<std::string> kAttacks = {"attack", "assault", "offensive", "broadside", "onslaught"};
    return kAttacks.count(lemma) > 0;
  }
  // An attack noun "on" or "against" a word of policy or speech.
  bool attack_on_words(uint32_t noun) const {
    for (uint32_t n : view_.children_with(noun, "nmod")) {
      const std::string p = view_.preposition(n);
      if ((p == "on" || p == "against") && names_words(n)) return true;
    }
    return false;
  }

  // Whether noun `t` names words or a policy (is_policy_word), as a target
  // of force that makes it criticism. Plural "positions" with no topic of
  // their own are ground held ("attacked Arnorian positions east of the
  // river", "threw back a raid on the positions of its second division"):
  // war reports of the Reuters dev stories use them so; a stance has its topic
  // or is singular ("attacked the party's positions on tax", "its position").
  // The topic is the phrase right after the noun, wherever the parser hung it.
  bool names_words(uint32_t t) const {
    const std::string l = view_.lemma(t);
    if (!is_policy_word(l)) return false;
    if (l != "position" || doc_.token_text(doc_.tokens[t]) != "positions") return true;
    if (t + 1 >= doc_.tokens.size() || doc_.tokens[t + 1].sentence != doc_.tokens[t].sentence) return false;
    const std::string next = view_.lemma(t + 1);
    return next == "on" || next == "over" || next == "about" || next == "towards" || next == "toward" ||
           next == "regarding";
  }

  // The roles of a CAMEO actor code (the three-letter parts after the first)
  // are there and all civilian.
  static bool has_only_civilian_roles(const std::string& code) {
    static const std::set<std::string> kCivilian = {"GOV", "OPP", "PTY", "LEG", "JUD", "MED", "ELI", "NGO", "LAB",
                                                    "BUS", "EDU", "HRI", "ENV", "DEV", "HLH", "REL", "CVL", "AGR"};
    if (code.size() < 6 || code.size() % 3 != 0) return false;
    for (size_t i = 3; i < code.size(); i += 3)
      if (!kCivilian.count(code.substr(i, 3))) return false;
    return true;
  }

  // One entity read twice on one side ("Dagolath's first Deputy Prime
  // Minister Telemar" parsed as two subjects: DAG and DAGGOV) is the more
  // particular reading.
  static void drop_less_specific(std::vector<Party>& side) {
    std::vector<Party> kept;
    for (const Party& p : side) {
      bool finer = false;
      for (const Party& q : side)
        finer = finer || (p.entity >= 0 && q.entity == p.entity && q.code.size() > p.code.size() &&
                          q.code.starts_with(p.code));
      if (!finer) kept.push_back(p);
    }
    side = std::move(kept);
  }

  // Token `t` lies in an object of `verb`, or in a prepositional phrase of
  // it that is no circumstance ("over the efforts of ...", not "despite
  // opposition from ...").
  bool inside_argument(uint32_t verb, uint32_t t) const {
    for (int guard = 0; guard < 32 && doc_.tokens[t].head >= 0; ++guard) {
      const auto head = static_cast<uint32_t>(doc_.tokens[t].head);
      if (head == verb) {
        const std::string& r = doc_.tokens[t].deprel;
        if (deprel_is(r, "obj") || deprel_is(r, "iobj")) return true;
        return (deprel_is(r, "obl") || deprel_is(r, "nmod")) && !is_circumstance_preposition(view_.preposition(t));
      }
      t = head;
    }
    return false;
  }

  // The phrase headed by `t` is an actor by its head: a name, or a role noun
  // of the agent dictionaries ("government", "ministers").
  bool heads_actor(uint32_t t) const {
    if (view_.entity_at(t) >= 0 || doc_.tokens[t].upos == "PROPN") return true;
    if (!actors_ || doc_.tokens[t].upos != "NOUN") return false;
    return !code_phrase(*actors_, phrase_words({t}), doc_.meta.date).agents.empty();
  }

  // Token `t` is a name's word or a noun that names an actor by itself
  // ("the ministry"), not a thing a name qualifies: the wire's capital
  // after "U.S." makes "U.S. Requests" a PROPN that heads_actor accepts.
  bool names_actor_itself(uint32_t t) const {
    if (view_.entity_at(t) >= 0) return true;
    return doc_.tokens[t].upos == "NOUN" && heads_actor(t);
  }

  // "The Philippines met the first two Gondor criteria", "to meet Arnor
  // standards": "meet" with a requirement as its object is satisfy, no
  // meeting (CAMEO's MEET is meeting people); the nation before the noun is
  // whose requirement it is, no side.
  bool meets_a_requirement(uint32_t verb) const {
    if (view_.lemma(verb) != "meet") return false;
    for (uint32_t c : view_.children_with(verb, "obj"))
      if (doc_.tokens[c].upos == "NOUN" && is_requirement_noun(view_.lemma(c))) return true;
    return false;
  }

  // Verbs whose object is the one spoken to: "told", "briefed".
  bool addresses_object(uint32_t verb) const {
    const std::string l = view_.lemma(verb);
    return l == "tell" || l == "inform" || l == "brief" || l == "address" || l == "ask" || l == "assure";
  }

  // A common noun with a possessor and no name of its own: "Mr Blair's
  // support", "Labour's plans".
  bool owned_thing(uint32_t t) const {
    if (doc_.tokens[t].upos != "NOUN" || view_.entity_at(t) >= 0) return false;
    return !view_.children_with(t, "nmod:poss").empty();
  }

  // Token `t` heads a title, not a name of its own: a common noun ("Tory
  // leader"), or a party or nationality the parser made a name with its
  // office ("Tory co-chairman" hung as a name before "Liam Fox").
  bool is_title_word(uint32_t t) const {
    if (doc_.tokens[t].upos == "NOUN") return true;
    if (doc_.tokens[t].upos != "PROPN" || names_person(t)) return false;
    for (uint32_t c : view_.children_with(t, "flat"))
      if (c > t && doc_.tokens[c].upos != "PUNCT") return true;
    return false;
  }

  // Token `t` is "my", "our", "I", "we", "me" or "us".
  bool is_first_person(uint32_t t) const {
    if (doc_.tokens[t].upos != "PRON") return false;
    const std::string l = view_.lemma(t);
    return l == "my" || l == "our" || l == "i" || l == "we" || l == "me" || l == "us";
  }

  // Token `t` is a mention of a person.
  bool names_person(uint32_t t) const {
    const int32_t e = view_.entity_at(t);
    return e >= 0 && doc_.entities[e].type == "PERSON";
  }

  // A phrase that names a place (a GPE entity): "arrived in Gondor", not
  // "went back on a vow to give way to Mr Haddad". A name NER took for an
  // organisation is a place when the actor dictionaries give it a bare
  // three-letter code, a country's or an IGO's ("left for Minas Tirith": GON).
  bool names_place(uint32_t t) const {
    const int32_t e = view_.entity_of_phrase(t);
    if (e < 0) return false;
    const Entity& ent = doc_.entities[e];
    return ent.type == "GPE" ||
           (ent.type == "ORG" && ent.actor.source.starts_with("dictionary") && ent.actor.code.size() == 3);
  }

  // The head of the first noun phrase after token `after` in its sentence
  // (the phrase a preposition marks when `after` is one), or kNoPhrase.
  uint32_t next_phrase(uint32_t after) const {
    const Token& a = doc_.tokens[after];
    if (deprel_is(a.deprel, "case") && a.head > static_cast<int32_t>(after)) return static_cast<uint32_t>(a.head);
    for (uint32_t k = after + 1; k < doc_.tokens.size() && doc_.tokens[k].sentence == a.sentence; ++k) {
      const std::string& upos = doc_.tokens[k].upos;
      if (upos != "NOUN" && upos != "PROPN" && upos != "PRON" && view_.entity_at(k) < 0) continue;
      // "an anti-Gondor parade", "Eriador next week": the word heads no phrase.
      for (int guard = 0; guard < 6; ++guard) {
        const Token& t = doc_.tokens[k];
        const bool inside = deprel_is(t.deprel, "compound") || deprel_is(t.deprel, "flat") ||
                            deprel_is(t.deprel, "amod") || t.deprel == "nmod:poss";
        if (!inside || t.head <= static_cast<int32_t>(k) || doc_.tokens[t.head].sentence != a.sentence) break;
        k = static_cast<uint32_t>(t.head);
      }
      return k;
    }
    return kNoPhrase;
  }

  std::vector<Party> slot_parties(const PatternSlot& slot, const std::vector<Party>& subject) const {
    if (slot.subject) return subject;
    uint32_t phrase = next_phrase(slot.anchor);
    for (int i = 0; i < slot.skips && phrase != kNoPhrase; ++i) phrase = next_phrase(view_.subtree_range(phrase).second);
    if (phrase == kNoPhrase) return {};
    return nested_parties(phrase);
  }

  // A pattern that says where its source ('$') and target ('+') are
  // ("+ * MONEY $": the subject receives money from the phrase after MONEY;
  // "* IFTAR IN ^ +": the target is the phrase after the place) overrides
  // the parse's reading; the side it leaves open is the other actor the parse
  // found: the subject, or the object when the subject is taken.
  void place_by_pattern(const VerbCode& code, const std::vector<Party>& subject, std::vector<Party>& sources,
                        std::vector<Party>& targets) const {
    std::vector<Party> others = targets;  // the parse's non-subject side
    if (others == subject) others = sources;
    std::vector<Party> s = code.source.used ? slot_parties(code.source, subject) : std::vector<Party>{};
    std::vector<Party> t = code.target.used ? slot_parties(code.target, subject) : std::vector<Party>{};
    if (!code.source.used) s = code.target.subject ? others : subject;
    if (!code.target.used) t = code.source.subject ? others : subject;
    sources = std::move(s);
    targets = std::move(t);
  }

  void code_noun_trigger(uint32_t noun) {
    std::vector<Party> sides;
    std::vector<Party> owner;
    bool only_with = true;  // every side so far from a "with" phrase
    // "after a week of meetings with Bo": the counting nouns stand in the
    // clause for the meeting, and may hold its "with" phrase
    // (counted_meeting.h).
    const std::vector<uint32_t> counting = counting_nouns(view_, noun);
    const uint32_t outer = counting.empty() ? noun : counting.back();
    std::vector<uint32_t> holders{noun};
    holders.insert(holders.end(), counting.begin(), counting.end());
    for (uint32_t holder : holders) {
      for (uint32_t c : view_.children(holder)) {
        const std::string& r = doc_.tokens[c].deprel;
        if (r == "nmod:poss" && holder == noun) {
          // "I know from my talks with Gondor Party council
          // leaders": a first-person owner is no party wherever it stands:
          // inside a quotation it is the speaker, whom the coder does not
          // resolve, and outside one the writer (eval/events/GUIDELINES.md).
          if (is_first_person(c)) return;
          owner = parties(c);
          if (owner.size() > 1) owner.resize(1);
        } else if (deprel_is(r, "nmod")) {
          const std::string p = view_.preposition(c);
          if (p == "with" || p == "between" || p == "among") {
            for (Party& party : parties(c)) sides.push_back(std::move(party));
            if (p != "with") only_with = false;
          }
        }
      }
    }
    // "months of talks with Gondor and Arnor": the parties of a "with" phrase
    // are all one side (unlike "between" or "among"); the other is the owner
    // or the governing verb's subject, and with neither there is no event.
    if (only_with && owner.empty() && sides.size() > 1) {
      std::vector<Party> subjects = governing_subjects(outer, true);
      if (subjects.empty()) return;
      sides.insert(sides.begin(), subjects.front());
    }
    // "a meeting between Mr Trump and Mr Kim, ...": when the parser did not
    // attach the "between" phrase, its entities up to the next comma.
    if (sides.empty() && noun + 1 < doc_.tokens.size() && view_.lemma(noun + 1) == "between") {
      for (uint32_t t = noun + 2; t < doc_.tokens.size() && t < noun + 14; ++t) {
        const std::string_view w = doc_.token_text(doc_.tokens[t]);
        if (doc_.tokens[t].sentence != doc_.tokens[noun].sentence || w == "," || w == "." || w == ";") break;
        const int32_t e = view_.entity_at(t);
        if (e < 0 || doc_.entities[e].type == "FAC" || doc_.entities[e].type == "LOC") continue;
        Party p{e, doc_.entities[e].actor.code};
        if (std::find(sides.begin(), sides.end(), p) == sides.end()) sides.push_back(std::move(p));
      }
      only_with = false;  // a "between" phrase all the same: every two of its parties meet
    }
    // "After talks with Bo, Ana said ...", "began talks with Bo": with one
    // side named, the other is the subject of the verb the talks are a
    // circumstance or the object of (a verb the dictionary codes, "held
    // talks", codes the meeting itself).
    // "ahead of talks with Bo", "before talks with Bo": still to come. So
    // are talks that are a trip's or a stay's purpose ("leaves for Lyon for
    // talks with Bo", "in Lyon for talks with Bo"): a planned meeting, 036
    // (GUIDELINES.md; the Reuters dev sets code them so on nine stories).
    bool ahead = false;
    if (owner.empty() && sides.size() == 1) {
      const Party other = sides.front();
      for (const Party& s : governing_subjects(outer, only_with)) owner.push_back(s);
      // "..., said Ruritanian trade minister Ana Lopez, after a meeting
      // with her Freedonian colleague", parsed with "after a meeting" an
      // apposition of the speaker: a meeting with a preposition of its own
      // is a circumstance of the one it hangs on, who is the other side.
      const Token& t = doc_.tokens[outer];
      if (owner.empty() && deprel_is(t.deprel, "appos") && t.head >= 0 && !view_.children_with(outer, "case").empty())
        for (const Party& s : parties(static_cast<uint32_t>(t.head))) owner.push_back(s);
      // "the ministry is in discussions with Acme Water", "Ana was
      // in talks with Bo": a meeting noun that is a predicate (with its
      // copula) is its subject's meeting.
      if (owner.empty() && !view_.children_with(outer, "cop").empty())
        for (uint32_t s : view_.children_with(outer, "nsubj"))
          for (const Party& p : parties(s)) owner.push_back(p);
      const std::string p = view_.preposition(outer);
      ahead = p == "ahead" || p == "before" || p == "for";
      if (!owner.empty() && owner.front() == other) owner.clear();
    }
    if (!owner.empty()) sides.insert(sides.begin(), owner.front());
    described_persons(sides);
    if (sides.size() < 2) return;
    const std::string lemma = view_.lemma(noun);
    std::string mood = noun_mood(view_, noun);
    if (outer != noun && mood == "asserted") mood = noun_mood(view_, outer);  // "in the next round of talks"
    if (ahead && mood == "asserted") mood = "intended";
    std::string date;
    const int32_t cancel = mood == "cancelled" ? -1 : cancel_after(view_, noun);
    if (cancel >= 0) {
      mood = "cancelled";
      date = date_between(noun, static_cast<uint32_t>(cancel));  // "originally scheduled for June 12"
    }
    const std::string code = meeting_code(lemma, mood);
    // A meeting is mutual: both directions; a visit is the visitor's 042
    // and, when a person or a government's envoy pays it, the host's 043.
    // The first side meets each other one when a "with" phrase named several;
    // "talks between A, B and C" are talks of every two of them.
    const size_t firsts = only_with ? 1 : sides.size() - 1;
    for (size_t f = 0; f < firsts; ++f) {
      for (size_t i = f + 1; i < sides.size(); ++i) {
        if (sides[i] == sides[f]) continue;
        add_event(code, sides[f], sides[i], noun, mood, 0.5, date);
        if (lemma != "visit") add_event(code, sides[i], sides[f], noun, mood, 0.5, date);
        else if (is_envoy(sides[f])) add_event("043", sides[i], sides[f], noun, mood, 0.5, date);
      }
    }
  }

  // "talks between Gondorian trade minister Ana Dale and Arnorian minister of
  // mines Omar Haddad": a side that is a nationality opening a person's role
  // phrase is that person (described_person.h), coded by the person's entity
  // (or the nationality, when the person has no code); a side named twice
  // so is one side.
  void described_persons(std::vector<Party>& sides) const {
    std::vector<Party> out;
    for (Party p : sides) {
      const int32_t person = person_described(view_, p.entity);
      if (person >= 0) {
        p.entity = person;
        if (!doc_.entities[person].actor.code.empty()) p.code = doc_.entities[person].actor.code;
      }
      const bool seen = std::any_of(out.begin(), out.end(), [&](const Party& o) {
        return o == p || (p.entity >= 0 && o.entity == p.entity);
      });
      if (!seen) out.push_back(std::move(p));
    }
    sides = std::move(out);
  }

  // "a Gondor attack on an Arnor oil platform", "Rohan's attack on Dale":
  // the attacker (possessor, or a name or nationality before the noun) uses
  // force (190) on the one the on/against phrase names; between civilian
  // political actors it is a war of words (111, verbal_if_political). An
  // attack that is a verb's object ("launched an attack on") is the verb's
  // pattern's to code.
  void code_attack_noun(uint32_t noun) {
    if (deprel_is(doc_.tokens[noun].deprel, "obj")) return;
    std::vector<Party> owner, other;
    for (uint32_t c : view_.children(noun)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (c < noun && owner.empty() &&
          (r == "nmod:poss" || deprel_is(r, "compound") || (deprel_is(r, "amod") && view_.entity_at(c) >= 0))) {
        owner = parties(c);
      } else if (deprel_is(r, "nmod") && other.empty()) {
        const std::string p = view_.preposition(c);
        if (p == "on" || p == "against") other = parties(c);
      }
    }
    if (owner.empty() || other.empty()) return;
    const std::string mood = noun_mood(view_, noun);
    for (const Party& s : owner)
      for (const Party& t : other) add_event(verbal_if_political("190", s, t), s, t, noun, mood, 0.5);
  }

  // "an Arnor demand for Gondor to free the envoys", "Rohan's threat
  // against Dale": the owner (possessor or name before the noun) makes
  // it of the one the for/on/against/to phrase names.
  void code_demand_noun(uint32_t noun) {
    std::vector<Party> owner, other;
    for (uint32_t c : view_.children(noun)) {
      const std::string& r = doc_.tokens[c].deprel;
      if ((r == "nmod:poss" || (deprel_is(r, "compound") && c < noun)) && owner.empty()) {
        owner = parties(c);
      } else if (deprel_is(r, "nmod")) {
        const std::string p = view_.preposition(c);
        if ((p == "for" || p == "on" || p == "against" || p == "to") && other.empty()) other = parties(c);
      }
    }
    if (owner.empty() || other.empty()) return;
    const std::string mood = noun_mood(view_, noun);
    for (const Party& s : owner)
      for (const Party& t : other) add_event(demand_noun_code(view_.lemma(noun)), s, t, noun, mood, 0.5);
  }

  // "to revive talks in the conflict between Gondor and Arnor": a "between"
  // phrase names both sides of what it is on, so they are the counterparts
  // of the verb's subject only if the subject is one of them. True when
  // `noun` is such a phrase or has one, and it names only others.
  bool only_others_between(uint32_t noun, const std::vector<Party>& subject) const {
    std::vector<uint32_t> phrases;
    if (view_.preposition(noun) == "between") phrases.push_back(noun);
    for (uint32_t c : view_.children_with(noun, "nmod"))
      if (view_.preposition(c) == "between") phrases.push_back(c);
    for (uint32_t b : phrases) {
      const std::vector<Party> sides = parties(b);
      if (sides.empty()) continue;
      const bool with_subject = std::any_of(sides.begin(), sides.end(), [&](const Party& p) {
        return std::find(subject.begin(), subject.end(), p) != subject.end();
      });
      if (!with_subject) return true;
    }
    return false;
  }

  // The parties of the subject of the verb that noun `noun` is the object or
  // a circumstance of, when that verb codes no event of its own.
  std::vector<Party> governing_subjects(uint32_t noun, bool with_phrase = false) const {
    const Token& tok = doc_.tokens[noun];
    if (tok.head < 0 || (!deprel_is(tok.deprel, "obj") && !deprel_is(tok.deprel, "obl"))) return {};
    const auto verb = static_cast<uint32_t>(tok.head);
    // "After a day of talks with Bo, Ana told the press": talks with Bo
    // (`with_phrase`) the clause is set after, during or at are its
    // subject's, whatever the verb codes; talks a coded verb governs
    // otherwise are its own ("rejected talks with Bo"), and talks between
    // named sides need no subject ("signed a pact during a meeting between
    // Bo's chairman and Cy").
    const std::string p = view_.preposition(noun);
    const bool circumstance = with_phrase && deprel_is(tok.deprel, "obl") &&
                              (p == "after" || p == "during" || p == "follow" || p == "following" || p == "at");
    if (doc_.tokens[verb].upos != "VERB" || (!circumstance && code_verb(verbs_, view_, verb))) return {};
    bool passive = false;
    std::vector<Party> out;
    for (uint32_t s : subjects(verb, passive))
      for (Party& p : parties(s)) out.push_back(std::move(p));
    if (passive) return {};
    return out;
  }

  // "David Blunkett made an apology to MPs", "his apology to MPs", "In a
  // statement to parliament, Ana said": the possessor, else the subject of
  // the verb it is the object or a circumstance of, makes the statement (or
  // appeal, complaint) to the one its "to" phrase names. The "to" phrase
  // may hang on that verb ("made an apology to MPs").
  void code_address_noun(uint32_t noun) {
    std::vector<Party> owner, other;
    for (uint32_t c : view_.children(noun)) {
      const std::string& r = doc_.tokens[c].deprel;
      if (r == "nmod:poss" && owner.empty()) owner = parties(c);
      else if (deprel_is(r, "nmod") && view_.preposition(c) == "to" && other.empty()) other = parties(c);
    }
    if (owner.empty()) owner = governing_subjects(noun);
    const Token& tok = doc_.tokens[noun];
    if (other.empty() && tok.head >= 0 && deprel_is(tok.deprel, "obj")) {
      for (uint32_t c : view_.children_with(static_cast<uint32_t>(tok.head), "obl"))
        if (c > noun && view_.preposition(c) == "to" && other.empty()) other = parties(c);
    }
    if (owner.empty() || other.empty()) return;
    const std::string mood = noun_mood(view_, noun);
    for (const Party& s : owner)
      for (const Party& t : other) add_event(address_noun_code(view_.lemma(noun)), s, t, noun, mood, 0.5);
  }

  static constexpr uint32_t kNoSwap = UINT32_MAX;
  static constexpr uint32_t kNoPhrase = UINT32_MAX;
  const rules::VerbDictionary& verbs_;
  const actor::ActorDictionaries* actors_;
  Document& doc_;
  DependencyView view_;
  std::optional<TokenWords> token_words_;  // with actors_ only
  std::set<std::tuple<std::string, int32_t, std::string, int32_t, std::string, uint32_t>> seen_;
  bool sport_report_ = false;  // sport_report.h, of the whole document
  size_t first_mixed_case_sentence_ = 0;  // the capitals lines above it are headlines (in_capitals_line)
  bool petrarch_ = false;  // PETRARCH's output conventions (code_events)
};

}  // namespace

void code_events(const rules::VerbDictionary& verbs, Document& doc, const actor::ActorDictionaries* actors,
                 bool petrarch_conventions) {
  doc.events.clear();
  if (doc.tokens.empty() || (doc.entities.empty() && !actors)) return;
  Coder(verbs, doc, actors, petrarch_conventions).run();
}

}  // namespace chronicle::event
