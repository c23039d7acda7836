#include "quote/quote_stage.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "quote/cue_lexicon.h"
#include "quote/person_tracker.h"
#include "quote/quote_marks.h"
#include "quote/speaker_finder.h"

namespace chronicle::quote {

namespace {

constexpr uint32_t kNone = UINT32_MAX;

struct Speaker {
  std::string text;
  std::string entity;
  int person = -1;
};

class QuoteAnnotator {
 public:
  explicit QuoteAnnotator(Document& doc) : doc_(doc), in_quote_(doc.tokens.size(), -1) {}

  void run() {
    marks_ = scan_quote_marks(doc_.text, doc_.paragraphs);
    for (size_t m = 0; m < marks_.size(); ++m) {
      const MarkedSpan& s = marks_[m];
      for (size_t i = first_token_at(s.open); i < doc_.tokens.size(); ++i) {
        const Token& t = doc_.tokens[i];
        if (t.start >= s.end && !(s.closed && t.start == s.end)) break;
        in_quote_[i] = static_cast<int32_t>(m);
      }
    }
    cue_used_.assign(doc_.tokens.size(), 0);
    size_t next_mark = 0;
    for (uint32_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& sent = doc_.sentences[si];
      while (next_mark < marks_.size() && sentence_of(marks_[next_mark].start) <= si) attribute_mark(next_mark++);
      reported_speech(si);
      observe_until(sent.last_token);
    }
    while (next_mark < marks_.size()) attribute_mark(next_mark++);
    finish();
  }

 private:
  uint32_t first_token_at(uint32_t byte) const {
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), byte,
                               [](const Token& t, uint32_t b) { return t.start < b; });
    return static_cast<uint32_t>(it - doc_.tokens.begin());
  }

  uint32_t sentence_of(uint32_t byte) const {
    const uint32_t t = first_token_at(byte);
    if (t >= doc_.tokens.size()) return doc_.sentences.empty() ? 0 : static_cast<uint32_t>(doc_.sentences.size() - 1);
    return doc_.tokens[t].sentence;
  }

  // Lets the tracker see the names before token t (a pronoun means someone named before it).
  void observe_until(uint32_t t) {
    t = std::min<uint32_t>(t, static_cast<uint32_t>(doc_.tokens.size()));
    while (observed_ < t) {
      const uint32_t si = doc_.tokens[observed_].sentence;
      const Sentence& s = doc_.sentences[si];
      const uint32_t end = std::min(t, s.last_token > observed_ ? s.last_token : observed_ + 1);
      tracker_.observe_tokens(doc_, observed_, end, in_quote_, observed_ == s.first_token, si);
      observed_ = end;
    }
  }

  const Post* post_at(uint32_t byte) const {
    for (const Post& p : doc_.posts)
      if (byte >= p.start && byte < p.end) return &p;
    return nullptr;
  }

  std::string entity_at(uint32_t start, uint32_t end) const {
    for (const Entity& e : doc_.entities)
      for (const EntityMention& m : e.mentions)
        if (m.start < end && start < m.end) return e.id;
    return {};
  }

  // The name of the PERSON entity a title or description mention over bytes
  // [start, end) belongs to, "" when the entity stage linked none, or when the
  // words before that person's names give them only a lesser post beside
  // `office` ("the chancellor" is not "shadow chancellor Oliver Hale").
  std::string person_holding_office(uint32_t start, uint32_t end, const std::string& office) const {
    for (const Entity& en : doc_.entities) {
      if (en.type != "PERSON") continue;
      bool linked = false;
      for (const EntityMention& m : en.mentions)
        linked = linked || (m.start < end && start < m.end && (m.kind == "description" || m.kind == "title"));
      if (!linked) continue;
      std::string titles = " ";
      for (const EntityMention& m : en.mentions) {
        if (m.kind != "name") continue;
        const uint32_t t = first_token_at(m.start);
        if (t >= doc_.tokens.size()) continue;
        titles += job_words_before(doc_, t, doc_.sentences[doc_.tokens[t].sentence].first_token, in_quote_);
      }
      if (titles.find(' ' + office + ' ') != std::string::npos && !holds_office(titles, office)) continue;
      return en.name;
    }
    return {};
  }

  std::string entity_name(const std::string& id) const {
    for (const Entity& e : doc_.entities)
      if (e.id == id) return e.name;
    return {};
  }

  // Words and entity of a subject; pronouns and job titles resolved.
  Speaker resolve(const Subject& s) {
    Speaker sp;
    const uint32_t sentence = doc_.tokens[s.first].sentence;
    observe_until(s.name ? std::min(s.title_first, s.first) : s.first);
    const uint32_t b = doc_.tokens[s.first].start, e = doc_.tokens[s.last - 1].end;
    std::string words(doc_.span_text(b, e));
    sp.entity = entity_at(b, e);
    if (s.pronoun) {
      const char g = pronoun_gender(to_lower(words));
      if (!sp.entity.empty()) {  // the entity stage resolved the pronoun
        sp.text = entity_name(sp.entity);
        return sp;
      }
      sp.person = tracker_.resolve_pronoun(g ? g : 'n', sentence);
      if (sp.person >= 0) {
        const Person& p = tracker_.person(static_cast<size_t>(sp.person));
        sp.text = p.name;
        sp.entity = entity_at(p.start, p.end);
        tracker_.spoke(static_cast<size_t>(sp.person), g, sentence);
      } else {
        sp.text = words;
      }
      return sp;
    }
    // "A veteran Gondor councillor has condemned ... Harbour board chair Ana Ruiz
    // gave her view ...": news copy opens with a description and names it next.
    if (lede_description(s, sentence)) {
      const int p = named_as_next_subject(sentence);
      if (p >= 0) return as_person(p, sentence, sp.entity);
    }
    if (s.name) {
      std::string titles;
      if (s.title_first < s.first) strip_titles(doc_, s.title_first, s.last, &titles);
      titles += job_words_before(doc_, std::min(s.title_first, s.first), doc_.sentences[sentence].first_token, in_quote_);
      sp.person = static_cast<int>(tracker_.observe(doc_, s.first, s.last, titles));
      sp.text = words;
      tracker_.spoke(static_cast<size_t>(sp.person), 0, sentence);
      return sp;
    }
    // A job title: the latest person who held it.
    const std::string head = to_lower(doc_.token_text(doc_.tokens[s.last - 1]));
    const char head_gender = gender_of_job_word(head);
    bool title = false, head_of_state = false;
    std::string office;
    for (uint32_t i = s.first; i < s.last; ++i) {
      std::string w = to_lower(doc_.token_text(doc_.tokens[i]));
      head_of_state = head_of_state || w == "prime" || w == "president" || w == "king" || w == "queen" || w == "pope";
      const bool modifier = w == "state" || w == "foreign" || w == "home" || w == "prime" || w == "shadow";
      // "the prime minister" is not "Minister Ana Ruiz": a modified office is looked up whole.
      if (modifier && i + 1 < s.last && is_title_word(to_lower(doc_.token_text(doc_.tokens[i + 1]))) && w != "state") {
        w += ' ';
        w += to_lower(doc_.token_text(doc_.tokens[i + 1]));
      } else if (!is_title_word(w) || modifier) {
        continue;
      }
      title = true;
      office = w;
      const int p = tracker_.resolve_title(w);
      if (p >= 0) return as_person(p, sentence, sp.entity);
      break;
    }
    // "the prime minister said" with no one named with the office before: the
    // entity stage links a description to the person holding the office in the
    // document ("Tony Blair", by the title he carries there); its name speaks.
    if (title) {
      const std::string held = person_holding_office(b, e, office);
      if (!held.empty()) {
        sp.text = held;
        return sp;
      }
    }
    // "The Elmford Gazette editor told ...", "the retired judge and former envoy said":
    // a definite description no one was named with is news copy's way of
    // naming again the person just quoted or just the subject. Not for offices
    // such as "the prime minister", whom articles mention without naming.
    if (title && !head_of_state && definite(s.first) && is_title_word(head) && tracker_.find_surname(head) < 0) {
      const int p = tracker_.resolve_salient_person(head_gender, sentence);
      if (p >= 0) return as_person(p, sentence, sp.entity);
    }
    // "..., the pensions minister has said. ..., Alan Johnson said.": an office no
    // one was named with yet is often named by the next speaker.
    if (title && definite(s.first)) {
      const int p = named_after(s.last, sentence, office);
      if (p >= 0) return as_person(p, sentence, sp.entity);
    }
    // "The company said", "the grain and timber trader said": a definite
    // description of a business names again the organisation just speaking or
    // just the subject ("UK Coal said ...").
    if (!title && definite(s.first) && is_company_noun(head)) {
      int p = tracker_.resolve_salient_org(sentence);
      // "Sales at shipping group Arnor Lines fell ..., the group said": else the
      // organisation the entity stage has named most so far.
      if (p < 0) p = most_named_org(b);
      if (p >= 0) return as_person(p, sentence, sp.entity);
    }
    uint32_t f = s.first;
    const std::string w0 = to_lower(doc_.token_text(doc_.tokens[f]));
    if ((w0 == "the" || w0 == "a" || w0 == "an") && f + 1 < s.last) ++f;
    sp.text = std::string(doc_.span_text(doc_.tokens[f].start, e));
    sp.person = static_cast<int>(tracker_.observe(doc_, f, s.last, {}));
    // "The river states of Gondor have agreed": a plural is never a later "it".
    const std::string& head_tag = doc_.tokens[s.last - 1].xpos;
    if (head_tag == "NNS" || head_tag == "NNPS") tracker_.mark_plural(static_cast<size_t>(sp.person));
    // "a spokeswoman" is a she; "the committee", "the report" are its.
    if (is_title_word(head)) {
      tracker_.mark_person(static_cast<size_t>(sp.person));
    } else {
      tracker_.mark_org(static_cast<size_t>(sp.person));
    }
    tracker_.spoke(static_cast<size_t>(sp.person), head_gender, sentence);
    return sp;
  }

  // The organisation the article is about so far: of the ORG entities named
  // before byte `before`, the one named most often (the latest on a tie), as
  // the tracker's person index; -1 when the entity stage named none.
  int most_named_org(uint32_t before) {
    const EntityMention* best = nullptr;
    size_t best_count = 0;
    for (const Entity& en : doc_.entities) {
      if (en.type != "ORG") continue;
      const EntityMention* latest = nullptr;
      size_t count = 0;
      for (const EntityMention& m : en.mentions) {
        if (m.kind != "name" || m.end > before) continue;
        ++count;
        if (!latest || m.start > latest->start) latest = &m;
      }
      if (latest && (count > best_count || (count == best_count && latest->start > best->start))) {
        best = latest;
        best_count = count;
      }
    }
    if (!best) return -1;
    const uint32_t first = first_token_at(best->start), last = first_token_at(best->end);
    if (first >= last || last > doc_.tokens.size()) return -1;
    const size_t p = tracker_.observe(doc_, first, last, {});
    tracker_.mark_org(p);
    return static_cast<int>(p);
  }

  // True for an indefinite job description ("A senior Tory MP", "an aide") in the
  // first paragraph after the headline: job, party and body words only.
  bool lede_description(const Subject& s, uint32_t sentence) const {
    if (s.pronoun || doc_.sentences[sentence].paragraph > 1 || sentence > 2) return false;
    const uint32_t first = s.name ? std::min(s.title_first, s.first) : s.first;
    if (!is_title_word(to_lower(doc_.token_text(doc_.tokens[s.last - 1])))) return false;
    for (uint32_t i = first; i < s.last; ++i) {
      const std::string w = to_lower(doc_.token_text(doc_.tokens[i]));
      const bool describes = is_title_word(w) || is_org_word(w) || doc_.tokens[i].upos == "ADJ" ||
                             doc_.tokens[i].upos == "DET" || doc_.tokens[i].upos == "NOUN";
      if (!describes || is_honorific(w)) return false;
    }
    for (uint32_t i = first + 1, n = 0; i > 0 && n < 4; --i, ++n) {
      const std::string w = to_lower(doc_.token_text(doc_.tokens[i - 1]));
      if (w == "a" || w == "an") return true;
      const std::string& u = doc_.tokens[i - 1].upos;
      if (i - 1 < first && u != "ADJ" && u != "NOUN" && u != "PROPN") return false;
    }
    return false;
  }

  // The person the sentence after `sentence` opens with as its subject (by the
  // parse, or its first name after job words only), recorded; -1 when none.
  int named_as_next_subject(uint32_t sentence) {
    if (sentence + 1 >= doc_.sentences.size()) return -1;
    const Sentence& n = doc_.sentences[sentence + 1];
    for (uint32_t i = n.first_token; i < n.last_token; ++i) {
      if (in_quote_[i] >= 0) return -1;
      if (!is_name_token(doc_, i)) {
        const Token& t = doc_.tokens[i];
        const bool job = t.upos == "NOUN" || t.upos == "ADJ" || t.upos == "DET" || t.kind != TokenKind::kWord;
        if (!job) return -1;
        continue;
      }
      uint32_t a = i, b = i + 1;
      name_run(doc_, n.first_token, n.last_token, in_quote_, a, b);
      std::string titles;
      const uint32_t f = strip_titles(doc_, a, b, &titles);
      bool person = b - f >= 2 || is_honorific(to_lower(doc_.token_text(doc_.tokens[f])));
      for (uint32_t k = f; k < b; ++k) person = person && !is_org_word(to_lower(doc_.token_text(doc_.tokens[k])));
      const std::string_view type = entity_type_at(doc_, doc_.tokens[f].start, doc_.tokens[b - 1].end);
      if (!person || (!type.empty() && type != "PERSON")) return -1;
      titles += job_words_before(doc_, a, n.first_token, in_quote_);
      return static_cast<int>(tracker_.observe(doc_, f, b, titles));
    }
    return -1;
  }

  // Nouns for a business that news copy uses to name a company again.
  static bool is_company_noun(const std::string& w) {
    static constexpr std::string_view kNouns[] = {
        "company", "firm", "group", "bank", "carrier", "airline", "retailer", "maker", "manufacturer", "producer",
        "seller", "operator", "giant", "insurer", "lender", "chain", "broadcaster", "publisher", "supermarket",
        "brewer", "miner", "conglomerate", "business", "corporation", "carmaker", "automaker", "utility", "supplier"};
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
  }

  // The person named as the subject of a cue after token `from`, in this or the
  // next two sentences, who holds no other office: the holder of `office`
  // ("minister", "prime minister"), recorded as such. -1 when none.
  int named_after(uint32_t from, uint32_t sentence, const std::string& office) {
    const uint32_t last = std::min<uint32_t>(sentence + 3, static_cast<uint32_t>(doc_.sentences.size()));
    for (uint32_t si = sentence; si < last; ++si) {
      const Sentence& sn = doc_.sentences[si];
      for (uint32_t i = std::max(from, sn.first_token); i < sn.last_token; ++i) {
        if (in_quote_[i] >= 0 || !is_cue_token(doc_, i)) continue;
        const Subject n = find_subject(doc_, i, sn.first_token, sn.last_token, in_quote_);
        if (!n.found || !n.name || n.first >= n.last) continue;
        bool person = n.last - n.first >= 2 || is_honorific(to_lower(doc_.token_text(doc_.tokens[n.first])));
        for (uint32_t k = n.first; k < n.last; ++k) person = person && !is_org_word(to_lower(doc_.token_text(doc_.tokens[k])));
        if (!person) continue;
        // "Tory MP Boris Johnson" is not "the prime minister".
        std::string titles;
        if (n.title_first < n.first) strip_titles(doc_, n.title_first, n.last, &titles);
        const int known = tracker_.find_surname(to_lower(doc_.token_text(doc_.tokens[n.last - 1])));
        if (known >= 0) titles += tracker_.person(static_cast<size_t>(known)).titles;
        if (titles.find_first_not_of(' ') != std::string::npos && titles.find(' ' + office + ' ') == std::string::npos)
          continue;
        return static_cast<int>(tracker_.observe(doc_, n.first, n.last, ' ' + office + ' '));
      }
    }
    return -1;
  }

  static char gender_of_job_word(const std::string& w) {
    if (w.size() > 5 && w.compare(w.size() - 5, 5, "woman") == 0) return 'f';
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "man") == 0) return 'm';
    return 0;
  }

  // "the" opens the noun phrase that ends at token `first` or a few words before it
  // ("the retired judge and former envoy").
  bool definite(uint32_t first) const {
    for (uint32_t i = first + 1, n = 0; i > 0 && n < 6; --i, ++n) {
      const Token& t = doc_.tokens[i - 1];
      const std::string w = to_lower(doc_.token_text(t));
      if (w == "the") return true;
      if (t.kind != TokenKind::kWord || w == "a" || w == "an" || t.upos == "VERB" || t.upos == "AUX" ||
          t.upos == "ADP" || t.upos == "PRON")
        return false;
    }
    return false;
  }

  // `entity`: one the entity stage gave the title words, kept over the person's.
  Speaker as_person(int p, uint32_t sentence, const std::string& entity) {
    Speaker sp;
    const Person& pp = tracker_.person(static_cast<size_t>(p));
    sp.person = p;
    sp.text = pp.name;
    sp.entity = entity.empty() ? entity_at(pp.start, pp.end) : entity;
    tracker_.spoke(static_cast<size_t>(p), 0, sentence);
    return sp;
  }

  // Tokens [lo, hi) where the cue of mark m may be.
  void region(const MarkedSpan& m, uint32_t& lo, uint32_t& hi) const {
    const Sentence& a = doc_.sentences[sentence_of(m.open)];
    uint32_t last_s = sentence_of(m.end > m.start ? m.end - 1 : m.start);
    lo = a.first_token;
    hi = doc_.sentences[last_s].last_token;
    // `"Why?" he asked.` may be split after the closing mark; so may `"... went." the
    // paper quotes a source` (a full stop where a comma belongs; the next sentence opens in lower case).
    const char tail = doc_.text[m.end - 1];
    if ((tail == ',' || tail == '?' || tail == '!' || tail == '.') && last_s + 1 < doc_.sentences.size()) {
      const Sentence& n = doc_.sentences[last_s + 1];
      if (n.last_token <= n.first_token) return;
      bool clean = std::islower(static_cast<unsigned char>(doc_.text[doc_.tokens[n.first_token].start])) != 0;
      for (uint32_t i = n.first_token; i < std::min(n.last_token, n.first_token + 4); ++i)
        if (in_quote_[i] >= 0) clean = false;
      if (clean && doc_.tokens[n.first_token].start >= m.end) hi = n.last_token;
    }
  }

  // Cues for mark m in [lo, hi) that no other quotation separates from it, in
  // order of preference: the nearest on the preferred side first.
  std::vector<uint32_t> cue_candidates(size_t mi, uint32_t lo, uint32_t hi, bool after_first) const {
    const MarkedSpan& m = marks_[mi];
    const uint32_t open_tok = first_token_at(m.open), close_tok = first_token_at(m.end);
    // Another direct quotation between the cue and this one takes the cue; a
    // fragment ("blue corridor") does not.
    auto separated = [&](uint32_t c) {
      const uint32_t a = std::min(c, open_tok), b = std::max(c, close_tok);
      for (uint32_t i = a; i < b; ++i) {
        const int32_t o = in_quote_[i];
        if (o >= 0 && o != static_cast<int32_t>(mi) && looks_direct(static_cast<size_t>(o))) return true;
      }
      return false;
    };
    std::vector<uint32_t> before, after;
    for (uint32_t i = lo; i < hi; ++i) {
      if (in_quote_[i] >= 0 || !is_cue_token(doc_, i) || separated(i)) continue;
      if (in_relative_after(close_tok, i)) continue;
      if (doc_.tokens[i].end <= m.open) {
        before.insert(before.begin(), i);  // nearest first
      } else if (doc_.tokens[i].start >= m.end && (after_first || !looks_direct(mi))) {
        after.push_back(i);
      }
    }
    std::vector<uint32_t> out = after_first ? after : before;
    for (uint32_t c : after_first ? before : after) out.push_back(c);
    return out;
  }

  // 'the survey called "Health of Upland Sheep Farms 2009"': three or
  // more words, every one capitalised but "of", "the", "and", is a name or title.
  bool title_case(size_t mi) const {
    const MarkedSpan& m = marks_[mi];
    uint32_t words = 0;
    for (uint32_t i = first_token_at(m.start); i < doc_.tokens.size() && doc_.tokens[i].start < m.end; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.kind != TokenKind::kWord) continue;
      const std::string w = to_lower(doc_.token_text(t));
      if (w == "of" || w == "the" || w == "and" || w == "for" || w == "in") continue;
      const unsigned char c = static_cast<unsigned char>(doc_.text[t.start]);
      if (!std::isupper(c) && !std::isdigit(c)) return false;
      ++words;
    }
    return words >= 3;
  }

  // 'the US's "strong dollar" policy', 'its "fair deal" scheme': a noun phrase in
  // marks that modifies a noun for a policy or plan names it; no one is quoted
  // (not 'a "reckless" plan', where the marks hold someone's judgement).
  bool names_a_policy(size_t mi) const {
    const MarkedSpan& m = marks_[mi];
    if (!m.closed || clause_like(mi)) return false;
    uint32_t k = first_token_at(m.end);
    if (k == 0) return false;
    uint32_t last = k - 1;  // the last word inside the marks
    while (last > 0 && doc_.tokens[last].kind != TokenKind::kWord) --last;
    if (doc_.tokens[last].upos != "NOUN" && doc_.tokens[last].upos != "PROPN") return false;
    while (k < doc_.tokens.size() && in_quote_[k] == static_cast<int32_t>(mi)) ++k;  // the closing mark
    if (k >= doc_.tokens.size() || doc_.tokens[k].kind != TokenKind::kWord) return false;
    static constexpr std::string_view kNames[] = {"policy", "policies", "bill", "plan", "plans", "scheme",
                                                  "strategy", "programme", "program", "campaign", "label",
                                                  "initiative", "agenda", "doctrine"};
    const std::string w = to_lower(doc_.token_text(doc_.tokens[k]));
    return std::find(std::begin(kNames), std::end(kNames), w) != std::end(kNames);
  }

  // The quotation follows "headline:", "title:", "slogan:" (or "headline" with no colon).
  bool titled_by_noun(uint32_t open_tok) const {
    if (open_tok == 0) return false;
    uint32_t k = open_tok - 1;
    if (doc_.token_text(doc_.tokens[k]) == ":" && k > 0) --k;
    const std::string w = to_lower(doc_.token_text(doc_.tokens[k]));
    return w == "headline" || w == "headlines" || w == "title" || w == "slogan" || w == "banner" || w == "motto" ||
           w == "caption" || w == "entitled" || w == "titled";
  }

  // True when the parse puts a word of mark m under cue c: the fragment is
  // part of what c reports (or c's own phrase).
  bool governs(uint32_t c, size_t mi) const {
    const MarkedSpan& m = marks_[mi];
    for (uint32_t i = first_token_at(m.start); i < doc_.tokens.size() && doc_.tokens[i].start < m.end; ++i) {
      int32_t h = doc_.tokens[i].head;
      for (int steps = 0; h >= 0 && steps < 64; ++steps) {
        if (static_cast<uint32_t>(h) == c) return true;
        h = doc_.tokens[static_cast<size_t>(h)].head;
      }
    }
    return false;
  }

  // 'A spokesman said X had friends, who he described as ..., and that he was
  // "willing ..."', 'lodged an appeal arguing that the test in claims alleging
  // a breach should "be beyond ..."', 'officials think this is the "least
  // costly" route, the reporter added': a fragment is the words of the cue
  // whose clause it sits in, not of a cue in a side clause beside it (a relative
  // clause, a noun's modifier, a parenthetical). When the parse puts the fragment
  // under some cue, side-clause cues that do not hold it drop out; a cue in a
  // complement clause stays (the parser often hangs the end of a relayed
  // clause on the outer "said").
  void keep_reporting_cues(size_t mi, std::vector<uint32_t>& candidates) const {
    bool any = false;
    for (uint32_t c : candidates) any = any || governs(c, mi);
    if (!any) return;
    std::vector<uint32_t> kept;
    for (uint32_t c : candidates)
      if (!in_side_clause(c) || governs(c, mi)) kept.push_back(c);
    candidates.swap(kept);
  }

  // "Mr Haddad - who won fame as one of the "harbour rebels" and ... - said", "In
  // the speech - which an audience clearly "warm" to him cheered - he promised":
  // a fragment inside a relative clause set off by dashes or commas describes
  // someone; a cue after the aside's close did not say it. Cues inside the
  // aside ("who called the plan ...") and before it stay.
  void drop_cues_after_relative_aside(size_t mi, std::vector<uint32_t>& candidates) const {
    const MarkedSpan& m = marks_[mi];
    const uint32_t open_tok = first_token_at(m.open), close_tok = first_token_at(m.end);
    if (open_tok == 0 || open_tok >= doc_.tokens.size()) return;
    const Sentence& s = doc_.sentences[doc_.tokens[open_tok].sentence];
    auto is_set_off = [&](uint32_t i) {
      const std::string_view x = doc_.token_text(doc_.tokens[i]);
      return x == "," || x == "-" || x == "\xE2\x80\x93" || x == "\xE2\x80\x94";
    };
    uint32_t o = open_tok;
    while (o > s.first_token && !is_set_off(o - 1) && in_quote_[o - 1] < 0 && open_tok - o < 25) --o;
    if (o <= s.first_token || !is_set_off(o - 1) || o >= s.last_token) return;
    const std::string rel = to_lower(doc_.token_text(doc_.tokens[o]));
    if (rel != "who" && rel != "which" && rel != "whose") return;
    const std::string_view mark = doc_.token_text(doc_.tokens[o - 1]);
    uint32_t c = close_tok;
    while (c < s.last_token && !(in_quote_[c] < 0 && doc_.token_text(doc_.tokens[c]) == mark)) ++c;
    if (c >= s.last_token) return;
    std::vector<uint32_t> kept;
    for (uint32_t cue : candidates)
      if (cue < c) kept.push_back(cue);
    candidates.swap(kept);
  }

  // A cue in a relative clause ("who he described as") or a participle on the
  // noun before it ("cases alleging"), by the parse or, as the parser often
  // reads these as conjuncts, by the words.
  bool in_side_clause(uint32_t c) const {
    const Token& t = doc_.tokens[c];
    if (t.deprel == "acl" || t.deprel == "acl:relcl" || t.deprel == "parataxis") return true;
    if (c > 0 && (t.xpos == "VBG" || t.xpos == "VBN")) {
      const std::string& before = doc_.tokens[c - 1].upos;
      if (before == "NOUN" || before == "PROPN") return true;
    }
    for (uint32_t back = 1; back <= 3 && c >= back; ++back) {
      const std::string w = to_lower(doc_.token_text(doc_.tokens[c - back]));
      if (w == "who" || w == "whom" || w == "which" || w == "whose") return true;
      if (doc_.tokens[c - back].kind == TokenKind::kPunct) break;
    }
    return false;
  }

  bool weak_cue(uint32_t c) const {
    const Token& t = doc_.tokens[c];
    std::string lemma = to_lower(t.lemma);
    if (!is_cue_lemma(lemma)) lemma = std::string(cue_lemma_of_form(to_lower(doc_.token_text(t))));
    // Thinking, and evidence ("data suggested"), rather than saying.
    static constexpr std::string_view kThinking[] = {"think", "believe", "hope",     "feel",    "expect", "fear", "worry",
                                                     "wonder", "estimate", "reckon", "suggest", "indicate"};
    if (std::find(std::begin(kThinking), std::end(kThinking), lemma) != std::end(kThinking)) return true;
    // "cases alleging a breach": a participle describing a noun, unless the noun is
    // the object of the one who speaks ("raised an appeal arguing").
    if (t.deprel == "acl" && (t.head < 0 || doc_.tokens[static_cast<size_t>(t.head)].deprel != "obj")) return true;
    for (uint32_t back = 1; back <= 2 && c >= back; ++back) {
      const std::string w = to_lower(doc_.token_text(doc_.tokens[c - back]));
      if (w == "not" || w == "n't" || w == "never") return true;
    }
    return false;
  }

  // 'a "tough meeting" where some Tories argued against it, sources said': a
  // relative clause right after the quoted words describes them, and its verb
  // (up to the next comma) is not who said them. Read from the words, not the
  // parse, which often hangs the main verb on the quoted noun too.
  bool in_relative_after(uint32_t close_tok, uint32_t cue) const {
    uint32_t i = close_tok;
    while (i < cue && in_quote_[i] >= 0) ++i;
    if (i < cue && doc_.tokens[i].kind == TokenKind::kPunct) ++i;  // the closing mark
    if (i >= cue) return false;
    const std::string w = to_lower(doc_.token_text(doc_.tokens[i]));
    if (w != "where" && w != "which" && w != "who" && w != "whom" && w != "whose" && w != "when") return false;
    for (uint32_t k = i + 1; k < cue; ++k) {
      const std::string_view t = doc_.token_text(doc_.tokens[k]);
      if (t == "," || t == ";" || t == "-") return false;
    }
    return true;
  }

  // 'But he said ... of a "lack of information". And "intense discussions" were
  // taking place ...': a sentence opening with "And" right after one that
  // reported a speaker goes on with that report, so even a term in it is theirs.
  bool goes_on_reporting(uint32_t st) const {
    if (last_ < 0 || st == 0 || last_sentence_ + 1 != st) return false;
    const Sentence& s = doc_.sentences[st];
    if (s.last_token <= s.first_token) return false;
    return doc_.token_text(doc_.tokens[s.first_token]) == "And";
  }

  // '"I welcome the offer," said Ms Ruiz, "but we will need more."': the second
  // half of a quotation split by its cue and speaker, however it opens.
  bool resumes_split(size_t mi) const {
    if (mi == 0) return false;
    const MarkedSpan& prev = marks_[mi - 1];
    const MarkedSpan& m = marks_[mi];
    if (!prev.closed || prev.paragraph != m.paragraph || doc_.text[prev.end - 1] != ',' || !looks_direct(mi - 1)) return false;
    const uint32_t a = first_token_at(prev.end + 1), b = first_token_at(m.open);
    if (b <= a || b - a > 8 || doc_.token_text(doc_.tokens[b - 1]) != ",") return false;
    bool cue = false;
    for (uint32_t i = a; i < b; ++i) cue = cue || is_cue_token(doc_, i);
    return cue;
  }

  // Words of a clause, not a term: a verb among them, or five words or more.
  bool clause_like(size_t mi) const {
    const MarkedSpan& m = marks_[mi];
    uint32_t words = 0;
    for (uint32_t i = first_token_at(m.start); i < doc_.tokens.size() && doc_.tokens[i].start < m.end; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.kind != TokenKind::kWord) continue;
      ++words;
      if (t.upos == "VERB" || t.upos == "AUX") return true;
    }
    return words >= 5;
  }

  // Ends like a sentence or clause given whole: ", . ? !" inside the marks, or ran on to its paragraph's end.
  bool looks_direct(size_t mi) const {
    const MarkedSpan& m = marks_[mi];
    const char tail = doc_.text[m.end - 1];
    if (tail == ',' || tail == '.' || tail == '?' || tail == '!') return true;
    return !m.closed && m.paragraph < doc_.paragraphs.size() && m.end >= trimmed_end(doc_.paragraphs[m.paragraph]);
  }

  uint32_t trimmed_end(const Paragraph& p) const {
    uint32_t e = p.end;
    while (e > p.start && std::isspace(static_cast<unsigned char>(doc_.text[e - 1]))) --e;
    return e;
  }

  // The word before the opening mark, lower case ("" at a sentence start).
  std::string word_before(const MarkedSpan& m) const {
    const uint32_t t = first_token_at(m.open);
    if (t == 0 || doc_.tokens[t - 1].sentence != doc_.tokens[std::min<size_t>(t, doc_.tokens.size() - 1)].sentence) return {};
    return to_lower(doc_.token_text(doc_.tokens[t - 1]));
  }

  void attribute_mark(size_t mi) {
    const MarkedSpan& m = marks_[mi];
    if (doc_.sentences.empty()) return;
    Quote q;
    q.start = m.start;
    q.end = m.end;
    const std::string_view content = doc_.span_text(m.start, m.end);
    const char tail = content.empty() ? ' ' : content.back();
    const bool ends_clause = looks_direct(mi);
    // Opens its sentence, its paragraph or follows "said:".
    size_t k = m.open;
    while (k > 0 && (doc_.text[k - 1] == ' ' || doc_.text[k - 1] == '\t')) --k;
    const uint32_t st = sentence_of(m.open);
    bool starts = m.after_run_on || k == 0 || doc_.text[k - 1] == '\n' || doc_.text[k - 1] == ':' ||
                  doc_.sentences[st].start >= m.open;
    // ""Heavy losses" are feared ...": the sentence goes on after the marks, so a fragment.
    if (starts && m.closed && !ends_clause) {
      size_t a = m.end + 1;
      while (a < doc_.text.size() && doc_.text[a] == ' ') ++a;
      if (a < doc_.text.size() && std::islower(static_cast<unsigned char>(doc_.text[a]))) starts = false;
    }
    const std::string before = word_before(m);
    const uint32_t open_tok = first_token_at(m.open);
    const bool after_cue_or_comma = before == "," || (open_tok > 0 && is_cue_token(doc_, open_tok - 1));
    uint32_t lo = 0, hi = 0;
    region(m, lo, hi);
    // 'under the headline: "Arnor the Bold."': a title is nobody's words.
    const bool titled = titled_by_noun(open_tok);
    // 'dockers, "have little hope of a remedy."': after a comma, only words that
    // open with a capital are a quotation given whole.
    const bool capital = content.empty() || !std::islower(static_cast<unsigned char>(content[0]));
    const bool direct =
        !titled && (starts || (ends_clause && after_cue_or_comma && (capital || before != ",")) || resumes_split(mi));
    std::string lead = to_lower(doc_.span_text(m.open >= 10 ? m.open - 10 : 0, m.open));
    while (!lead.empty() && lead.back() == ' ') lead.pop_back();
    const bool so_called = lead.size() >= 9 && (lead.substr(lead.size() - 9) == "so-called" || lead.substr(lead.size() - 9) == "so called");
    // The first cue with a subject ("adding" has none of its own: the "said" before it has).
    uint32_t cue = kNone;
    Subject subj;
    // A verb of thinking ("wonder", "expected") or a negated cue ("had not
    // mentioned") inside someone's reported speech gives way to a plain speech
    // cue in the same sentences: 'She said at first she could only wonder whether ... a "trick"'.
    // A full stop inside the marks with the sentence going on in lower case after them reads as a comma.
    bool runs_on = false;
    if (tail == '.') {
      uint32_t k = first_token_at(m.end);
      while (k < hi && doc_.tokens[k].kind == TokenKind::kPunct) ++k;
      runs_on = k < hi && std::islower(static_cast<unsigned char>(doc_.text[doc_.tokens[k].start])) != 0;
    }
    std::vector<uint32_t> candidates = cue_candidates(mi, lo, hi, tail == ',' || tail == '?' || tail == '!' || runs_on);
    if (!direct) {
      keep_reporting_cues(mi, candidates);
      drop_cues_after_relative_aside(mi, candidates);
    }
    for (uint32_t c : candidates) {
      Subject found = find_subject(doc_, c, lo, hi, in_quote_);
      if (!found.found) continue;
      if (cue == kNone) {
        cue = c;
        subj = found;
        if (!weak_cue(c)) break;
      } else if (!weak_cue(c)) {
        cue = c;
        subj = found;
        break;
      }
    }
    const Post* post = post_at(m.start);
    if ((so_called || titled || title_case(mi) || names_a_policy(mi)) && !direct) subj = Subject{};  // a term, not anyone's words
    if (direct) {
      q.kind = "direct";
    } else {
      q.kind = subj.found ? "partial" : "scare";
    }
    if (subj.found) {
      Speaker sp = resolve(subj);
      q.speaker = sp.entity;
      q.speaker_text = sp.text;
      q.cue = std::string(doc_.token_text(doc_.tokens[cue]));
      if (q.cue == "according") q.cue = "according to";
      cue_used_[cue] = direct ? 2 : 1;
      last_person_ = sp.person;
      keep_salient_through(mi);
      last_ = static_cast<int32_t>(quotes_.size());
      last_paragraph_ = m.paragraph;
      last_sentence_ = st;
    } else if (post) {
      // A quotation inside an embedded post is its author's.
      q.speaker_text = post->author;
      q.speaker = post->author_entity;
    } else if (!direct && !so_called && !titled && !title_case(mi) && !names_a_policy(mi) && last_ >= 0 &&
               (m.paragraph == last_paragraph_ ? st <= last_sentence_ + 2
                                               : m.paragraph == last_paragraph_ + 1 && st == last_sentence_ + 1) &&
               (clause_like(mi) || goes_on_reporting(st))) {
      // 'Any new plan must "build on and protect" the harbour.' after a
      // sentence that reports Mr Vane: a paragraph that goes on reporting one
      // speaker quotes their words even with no cue; so does the first sentence of
      // the next paragraph, right after the quotation. A term ("blue corridor",
      // "smaller government bill") is a scare quote however near a speaker.
      const Quote& prev = quotes_[static_cast<size_t>(last_)];
      q.kind = "partial";
      q.speaker = prev.speaker;
      q.speaker_text = prev.speaker_text;
    } else if (direct && !m.after_run_on && has_pending_ && pending_sentence_ + 1 == st &&
               (last_ < 0 || pending_sentence_ > last_sentence_) && m.paragraph <= pending_paragraph_ + 1) {
      // 'Robert Tapsfield criticised the system. "There is no logic ..."': the one who
      // just spoke without being quoted says it.
      q.speaker = pending_.entity;
      q.speaker_text = pending_.text;
      last_person_ = pending_.person;
      keep_salient_through(mi);
      last_ = static_cast<int32_t>(quotes_.size());
      last_paragraph_ = m.paragraph;
      last_sentence_ = st;
    } else if (direct && last_ >= 0 && (m.after_run_on || m.paragraph <= last_paragraph_ + 3)) {
      // No cue: the previous speaker goes on (news convention).
      const Quote& prev = quotes_[static_cast<size_t>(last_)];
      q.speaker = prev.speaker;
      q.speaker_text = prev.speaker_text;
      q.continues = last_;
      keep_salient_through(mi);
      last_ = static_cast<int32_t>(quotes_.size());  // a third paragraph continues the second
      last_paragraph_ = m.paragraph;
      last_sentence_ = st;
    }
    quotes_.push_back(std::move(q));
  }

  // The one who says quotation m is still the one talking in its last sentence:
  // "he" or "the mayor" after a run of their sentences and paragraphs is them.
  void keep_salient_through(size_t mi) {
    if (last_person_ < 0) return;
    const MarkedSpan& m = marks_[mi];
    tracker_.spoke(static_cast<size_t>(last_person_), 0, sentence_of(m.end > m.start ? m.end - 1 : m.start));
  }

  // ", according to X, ..." in the middle of sentence s: a comma before it,
  // and a comma after X with more words after that.
  bool according_aside(uint32_t cue, const Subject& subj, const Sentence& s) const {
    if (to_lower(doc_.token_text(doc_.tokens[cue])) != "according") return false;
    if (cue <= s.first_token || doc_.token_text(doc_.tokens[cue - 1]) != ",") return false;
    if (subj.last + 1 >= s.last_token || doc_.token_text(doc_.tokens[subj.last]) != ",") return false;
    return doc_.tokens[subj.last + 1].kind == TokenKind::kWord;
  }

  void reported_speech(uint32_t si) {
    const Sentence& s = doc_.sentences[si];
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (in_quote_[i] >= 0 || cue_used_[i] == 2 || !is_cue_token(doc_, i)) continue;
      // Verbs that take an object, not a clause ("called it a farce", "praised the plan"):
      // they attribute quotations but report no speech of their own.
      static constexpr std::string_view kNoClause[] = {
          "call", "describe", "brand", "dismiss", "praise", "condemn", "denounce", "criticise", "criticize", "attack",
          "accuse", "hail", "welcome", "reject", "question", "blast", "chide", "cite", "order", "demand", "express",
          "charge", "post", "text", "brief", "speculate", "decry", "pledge", "propose", "mention", "comment", "label", "refer",
          "blame", "quote", "apologise", "apologize", "dub"};
      bool no_clause = false;
      {
        const Token& ct = doc_.tokens[i];
        std::string lemma = to_lower(ct.lemma);
        if (!is_cue_lemma(lemma)) lemma = std::string(cue_lemma_of_form(to_lower(doc_.token_text(ct))));
        no_clause = std::find(std::begin(kNoClause), std::end(kNoClause), lemma) != std::end(kNoClause);
      }
      // A passive "was told" reports nothing of its subject; "did not say" reports nothing.
      bool skip = false;
      for (uint32_t back = 1; back <= 2 && i >= s.first_token + back; ++back) {
        const std::string prev = to_lower(doc_.token_text(doc_.tokens[i - back]));
        if (back == 1 && (prev == "was" || prev == "were" || prev == "been" || prev == "being" || prev == "be"))
          skip = true;
        if (prev == "not" || prev == "n't" || prev == "never") skip = true;
      }
      if (skip) continue;
      Subject subj = find_subject(doc_, i, s.first_token, s.last_token, in_quote_);
      if (!subj.found) continue;
      uint32_t a = 0, b = 0;
      if (no_clause || !reported_content(doc_, i, subj, s.first_token, s.last_token, in_quote_, a, b)) {
        // Still someone who speaks here ("the bishop will ask ... to", "X criticised
        // the system."): "he" next is likely them, and so is a quotation with no cue
        // that follows.
        if (!cue_used_[i]) {
          pending_ = resolve(subj);
          pending_sentence_ = si;
          pending_paragraph_ = s.paragraph;
          has_pending_ = !pending_.text.empty();
        }
        continue;
      }
      bool overlaps_direct = false;
      for (uint32_t t = a; t < b; ++t) {
        const int32_t mq = in_quote_[t];
        if (mq >= 0 && marks_[static_cast<size_t>(mq)].start < doc_.tokens[a].start) overlaps_direct = true;
      }
      if (overlaps_direct) continue;
      Quote q;
      q.kind = "reported";
      q.start = doc_.tokens[a].start;
      q.end = doc_.tokens[b - 1].end;
      if (in_quote_[b - 1] >= 0) q.end = marks_[static_cast<size_t>(in_quote_[b - 1])].end + 1;
      q.end = std::min<uint32_t>(q.end, doc_.tokens[b - 1].end);
      // "The survey, according to the reporter, holds no shocks.
      // ... "It was like steering a barge," he said.": an "according to" set off
      // by commas inside the sentence is an aside; its source is not the one a
      // later "he" means, so it leaves who is salient as it was.
      const bool aside = !cue_used_[i] && according_aside(i, subj, s);
      std::vector<uint32_t> salience;
      if (aside) {
        observe_until(subj.first);
        salience = tracker_.salience();
      }
      Speaker sp = cue_used_[i] ? Speaker{} : resolve(subj);
      if (aside) tracker_.restore_salience(salience);
      if (cue_used_[i]) {  // the partial quotation in it already has the speaker
        for (auto it = quotes_.rbegin(); it != quotes_.rend(); ++it)
          if (it->kind == "partial") {
            sp.text = it->speaker_text;
            sp.entity = it->speaker;
            break;
          }
      }
      q.speaker = sp.entity;
      q.speaker_text = sp.text;
      q.cue = std::string(doc_.token_text(doc_.tokens[i]));
      if (q.cue == "according") q.cue = "according to";
      if (!cue_used_[i]) last_person_ = sp.person;
      last_ = static_cast<int32_t>(quotes_.size());
      last_paragraph_ = s.paragraph;
      last_sentence_ = si;
      quotes_.push_back(std::move(q));
    }
  }

  // Text order, with `continues` renumbered.
  void finish() {
    std::vector<size_t> order(quotes_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return quotes_[a].start < quotes_[b].start; });
    std::vector<int32_t> where(order.size());
    for (size_t i = 0; i < order.size(); ++i) where[order[i]] = static_cast<int32_t>(i);
    doc_.quotes.clear();
    for (size_t i : order) {
      Quote q = std::move(quotes_[i]);
      if (q.continues >= 0) q.continues = where[static_cast<size_t>(q.continues)];
      doc_.quotes.push_back(std::move(q));
    }
  }

  Document& doc_;
  std::vector<int32_t> in_quote_;  // index of the mark whose quotation holds the token, -1 outside
  std::vector<uint8_t> cue_used_;  // 1: cue of a partial quotation, 2: of a direct one
  std::vector<MarkedSpan> marks_;
  std::vector<Quote> quotes_;
  PersonTracker tracker_;
  uint32_t observed_ = 0;  // tokens before this one were shown to the tracker
  int32_t last_ = -1;  // the latest quotation with a speaker
  int last_person_ = -1;  // the tracker's person who said it, -1 none
  uint32_t last_paragraph_ = 0;
  uint32_t last_sentence_ = 0;
  Speaker pending_;  // the subject of the latest cue that reported nothing
  uint32_t pending_sentence_ = 0;
  uint32_t pending_paragraph_ = 0;
  bool has_pending_ = false;
};

}  // namespace

void annotate_quotes(Document& doc) {
  doc.quotes.clear();
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  QuoteAnnotator(doc).run();
}

}  // namespace chronicle::quote
