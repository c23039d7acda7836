#include "entity/entity_resolver.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "text/ascii_case.h"

namespace chronicle::entity {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto x : set)
    if (w == x) return true;
  return false;
}

// Words that title or describe a person in front of the name; compared lowercase.
bool is_title(std::string_view lw) {
  return in(lw, {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame", "lord", "lady",
                 "president", "chairman", "chairwoman", "chair", "secretary", "minister", "prime", "premier",
                 "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.",
                 "general", "gen.", "colonel", "col.", "admiral", "adm.", "lt.", "captain", "capt.", "sergeant",
                 "king", "queen", "prince", "princess", "pope", "mayor", "judge", "justice", "chancellor",
                 "ambassador", "leader", "vice", "deputy", "foreign", "defence", "defense", "state", "adviser",
                 "advisor", "security", "national", "director", "chief", "commander", "sheikh", "ayatollah",
                 "rev.", "reverend", "father", "professor", "prof.", "spokesman", "spokeswoman", "envoy", "of",
                 "interior", "finance", "trade", "treasury", "attorney", "former", "us", "u.s.", "uk", "un"});
}

bool is_initial(std::string_view w) {
  return (w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.') || (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z');
}

bool is_possessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'" || w == "\xE2\x80\x99"; }

bool all_caps_acronym(std::string_view w) {
  size_t letters = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2;
}

std::string letters_only(std::string_view w) {
  std::string s;
  for (char c : w)
    if (c != '.') s.push_back(c);
  return s;
}

struct Work {
  Entity e;
  std::set<std::string> full_names;  // lowercase multi-word names, initials left out
  std::set<std::string> parts;       // lowercase first and last words of full names
  std::set<std::string> keys;        // lowercase names (non-persons)
  std::string initials;              // of the longest name, for acronyms
  std::set<std::string> other_initials;  // other ways its names are abbreviated (short_initials)
  std::set<std::string> roles;       // title words seen in front of the person's name
  uint32_t first = 0;                // byte offset of the first mention
  int mentions = 0;
  std::string best_name;             // canonical candidate
  size_t best_words = 0;
  bool name_is_acronym = true;
};

class Resolver {
 public:
  explicit Resolver(Document& doc)
      : doc_(doc), claimed_(doc.tokens.size(), false), name_end_(doc.tokens.size(), 0) {
    for (const NameMention& m : doc.names)
      for (uint32_t t = m.first_token; t < m.last_token && t < name_end_.size(); ++t) name_end_[t] = m.last_token;
  }

  void run() {
    for (const NameMention& m : doc_.names)
      if (!mistyped_author(m)) add_name(m);
    add_signatures();
    add_handles();
    add_descriptions();
    finish();
  }

 private:
  std::string_view word(uint32_t t) const { return doc_.token_text(doc_.tokens[t]); }

  uint32_t sentence_first(uint32_t t) const {
    const uint32_t s = doc_.tokens[t].sentence;
    return s < doc_.sentences.size() ? doc_.sentences[s].first_token : 0;
  }

  // Abbreviations of the name [a, b) besides the initials of its capitalised
  // words: with the letters of "of", "for", "and" ("Department of Trade",
  // DOT; two letters at least), and those of the words before its first
  // "of" / "for" ("First Gondor Bank of Elmford", FGB; three at least: two
  // would give the "Economic Commission for Europe" the EC's "EC").
  std::vector<std::string> short_initials(uint32_t a, uint32_t b) const {
    std::string with_small, before_of;
    bool small_seen = false, past_of = false;
    for (uint32_t t = a; t < b; ++t) {
      const std::string_view x = word(t);
      if (x.empty()) continue;
      const bool small = x == "of" || x == "for" || x == "and";
      small_seen = small_seen || small;
      if (small || (x[0] >= 'A' && x[0] <= 'Z')) with_small.push_back(static_cast<char>(x[0] & ~0x20));
      if (x == "of" || x == "for") past_of = true;
      if (!past_of && x[0] >= 'A' && x[0] <= 'Z') before_of.push_back(x[0]);
    }
    std::vector<std::string> out;  // none when the name has no small word: both would be its initials
    if (small_seen && with_small.size() >= 2) out.push_back(with_small);
    if (past_of && before_of.size() >= 3) out.push_back(before_of);
    return out;
  }

  // The body an acronym at token `a` stands for, or null. "the Pepper Trade
  // Organization (PTO)": in brackets right after a name of its initials, that
  // body's, whichever held the letters before. Else the body named last
  // before it among those that go by it already, else among those whose
  // initials it is: two bodies may share initials ("International Cocoa
  // Organization" and "International Coffee Organization", ICO; the first
  // went by ICCO), and the news writes an acronym soon after its name.
  Work* acronym_target(uint32_t a, const std::string& key, const std::string& type) {
    const std::string letters = letters_only(word(a));
    auto body = [&type](const Work& w) { return w.e.type == type || w.e.type == "ORG" || w.e.type == "GPE"; };
    if (a >= 2 && word(a - 1) == "(")
      for (auto& w : works_) {
        if (!body(w) || (w.initials != letters && !w.other_initials.count(letters))) continue;
        for (const auto& em : w.e.mentions)
          if (em.end == doc_.tokens[a - 2].end) return &w;
      }
    const uint32_t at = doc_.tokens[a].start;
    auto last_before = [at](const Work& w) {
      uint32_t last = 0;
      for (const auto& em : w.e.mentions)
        if (em.start < at) last = std::max(last, em.start + 1);
      return last;
    };
    for (const bool by_key : {true, false}) {
      Work* best = nullptr;
      uint32_t nearest = 0;
      for (auto& w : works_) {
        if (!body(w) || !(by_key ? w.keys.count(key) > 0 : w.initials == letters || w.other_initials.count(letters)))
          continue;
        const uint32_t last = last_before(w);
        if (!best || last > nearest) {
          best = &w;
          nearest = last;
        }
      }
      if (best) return best;
    }
    return nullptr;
  }

  void add_mention(Work& w, uint32_t a, uint32_t b, const std::string& kind) {
    for (const auto& m : w.e.mentions)
      if (m.start < doc_.tokens[b - 1].end && doc_.tokens[a].start < m.end) return;  // already there
    EntityMention m;
    m.start = doc_.tokens[a].start;
    m.end = doc_.tokens[b - 1].end;
    m.kind = kind;
    for (uint32_t t = a; t < b; ++t) {
      m.tokens.push_back(t);
      // Only people's mentions block descriptions: "the US secretary of state" may hold a place.
      if (w.e.type == "PERSON") claimed_[t] = true;
    }
    w.e.mentions.push_back(std::move(m));
    if (w.mentions == 0) w.first = doc_.tokens[a].start;
    ++w.mentions;
  }

  Work& create(const std::string& type) {
    works_.emplace_back();
    works_.back().e.type = type;
    return works_.back();
  }

  // The pieces of three letters or more of a hyphenated word ("kilroy",
  // "silk"; not the article of "al-haddad"); none for a plain word.
  static std::vector<std::string> hyphen_pieces(const std::string& w) {
    std::vector<std::string> pieces;
    if (w.find('-') == std::string::npos) return pieces;
    for (size_t from = 0; from < w.size();) {
      const size_t h = std::min(w.find('-', from), w.size());
      if (h - from >= 3) pieces.push_back(w.substr(from, h - from));
      from = h + 1;
    }
    return pieces;
  }

  // The person entities a single name word fits, most salient first.
  std::vector<size_t> person_candidates(const std::string& lw) const {
    std::vector<size_t> c;
    for (size_t i = 0; i < works_.size(); ++i)
      if (works_[i].e.type == "PERSON" && works_[i].parts.count(lw)) c.push_back(i);
    std::stable_sort(c.begin(), c.end(), [&](size_t x, size_t y) {
      if (works_[x].mentions != works_[y].mentions) return works_[x].mentions > works_[y].mentions;
      return works_[x].first < works_[y].first;
    });
    return c;
  }

  // Resolves a person named by `name` (words, initials left out); returns the
  // entity index, creating one when nothing fits.
  size_t resolve_person(const std::vector<std::string_view>& name, bool* ambiguous) {
    std::vector<std::string> lw;
    for (auto w : name) lw.push_back(lower(w));
    if (lw.size() >= 2) {
      std::string key;
      for (const auto& w : lw) key += (key.empty() ? "" : " ") + w;
      for (size_t i = 0; i < works_.size(); ++i)
        if (works_[i].e.type == "PERSON" && works_[i].full_names.count(key)) {
          if (all_caps(works_[i].best_name) && !all_caps_words(name)) note_full_name(works_[i], lw, name);
          return i;
        }
      // A person known so far by one word only ("Trump" before "Donald
      // Trump"; a headline's "VANE" before "Harriet Vane Ortiz", a double
      // surname, the first of whose surnames the story uses alone).
      auto known_by = [&](const Work& w) {
        if (w.parts.count(lw.front()) || w.parts.count(lw.back())) return true;
        for (size_t k = 1; k + 1 < lw.size(); ++k)
          if (w.parts.count(lw[k])) return true;
        for (const auto& piece : hyphen_pieces(lw.back()))  // "TAM" before "Ola Tam-Brenn"
          if (w.parts.count(piece)) return true;
        return false;
      };
      for (size_t i = 0; i < works_.size(); ++i)
        if (works_[i].e.type == "PERSON" && works_[i].full_names.empty() && known_by(works_[i])) {
          note_full_name(works_[i], lw, name);
          return i;
        }
      Work& w = create("PERSON");
      note_full_name(w, lw, name);
      return works_.size() - 1;
    }
    auto c = person_candidates(lw[0]);
    // A hyphenated surname alone ("Kilroy-Silk") fits a person known by one
    // of its pieces ("Kilroy").
    for (const auto& piece : hyphen_pieces(lw[0]))
      if (c.empty()) c = person_candidates(piece);
    if (!c.empty()) {
      if (c.size() > 1) *ambiguous = true;
      return c[0];
    }
    Work& w = create("PERSON");
    w.parts.insert(lw[0]);
    for (const auto& piece : hyphen_pieces(lw[0])) w.parts.insert(piece);
    if (w.best_words == 0) w.best_name = std::string(name[0]), w.best_words = 1;
    return works_.size() - 1;
  }

  static bool all_caps(std::string_view s) {
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  static bool all_caps_words(const std::vector<std::string_view>& words) {
    return std::all_of(words.begin(), words.end(), [](std::string_view w) { return all_caps(w); });
  }

  void note_full_name(Work& w, const std::vector<std::string>& lw, const std::vector<std::string_view>& name) {
    std::string key;
    for (const auto& x : lw) key += (key.empty() ? "" : " ") + x;
    w.full_names.insert(key);
    w.parts.insert(lw.front());
    w.parts.insert(lw.back());
    // A hyphenated name is also known by its pieces: a first name by its
    // first ("Anne" of "Anne-Marie Leclerc"), a surname by each of three
    // letters or more ("Kilroy" and "Silk" of "Robert Kilroy-Silk", "Haddad"
    // of "Omar al-Haddad"; not the article "al").
    if (const size_t h = lw.front().find('-'); h != std::string::npos && h > 0) w.parts.insert(lw.front().substr(0, h));
    for (const auto& piece : hyphen_pieces(lw.back())) w.parts.insert(piece);
    // The first full name is the canonical one, unless it was set in
    // capitals (a headline's "KIM JONG UN" gives way to "Kim Jong Un").
    if (w.best_words < 2 || (all_caps(w.best_name) && !all_caps_words(name))) {
      // Words glued in the text stay glued ("Anne-Marie" is three tokens).
      std::string s;
      for (size_t k = 0; k < name.size(); ++k) {
        const bool glued = k > 0 && name[k - 1].data() + name[k - 1].size() == name[k].data();
        if (k > 0 && !glued) s += ' ';
        s += name[k];
      }
      w.best_name = s;
      w.best_words = name.size();
    }
  }

  void add_name(const NameMention& m) {
    uint32_t a = m.first_token, b = m.last_token;
    while (b > a + 1 && is_possessive(word(b - 1))) --b;
    if (m.type == "PERSON") {
      std::set<std::string> roles;
      while (b > a + 1 && is_title(lower(word(a)))) roles.insert(lower(word(a++)));
      // Titles in front of the name, outside the span: "Secretary of State Mike Pompeo", "Mr Trump".
      uint32_t title_start = a;
      for (uint32_t k = a; k > sentence_first(a) && is_title(lower(word(k - 1))) && !claimed_[k - 1]; --k) {
        roles.insert(lower(word(k - 1)));
        title_start = k - 1;
      }
      // Tokens glued in the text are one word of the name: "Al-Haddad" alone
      // is the surname of "Omar al-Haddad" (three tokens each, which as
      // words would read as a first name "Al" and a surname "Haddad").
      std::vector<std::string_view> name;
      for (uint32_t t = a; t < b; ++t) {
        if (is_initial(word(t)) && b - a > 1) continue;
        const std::string_view w = word(t);
        if (!name.empty() && t > a && doc_.tokens[t - 1].end == doc_.tokens[t].start &&
            (w == "-" || word(t - 1) == "-") && name.back().data() + name.back().size() == w.data())
          name.back() = std::string_view(name.back().data(), name.back().size() + w.size());
        else
          name.push_back(w);
      }
      if (name.empty()) return;
      bool ambiguous = false;
      const size_t i = resolve_person(name, &ambiguous);
      Work& w = works_[i];
      w.roles.insert(roles.begin(), roles.end());
      w.e.ambiguous = w.e.ambiguous || ambiguous;
      // "Mr Kim": a single name with its title is one title mention.
      const bool titled = name.size() == 1 && (title_start < a || !roles.empty());
      uint32_t start = a;
      if (titled && title_start < a) {
        // Only the titles right before the name word ("Chairman", "Mr"), not "US Secretary of State".
        start = a;
        while (start > title_start && !in(lower(word(start - 1)), {"of", "us", "u.s.", "uk", "un", "former"})) --start;
      }
      add_mention(w, start, b, titled ? "title" : "name");
      return;
    }
    if (b > a + 1 && lower(word(a)) == "the") ++a;
    std::string key;
    for (uint32_t t = a; t < b; ++t) key += (key.empty() ? "" : " ") + lower(word(t));
    const bool acronym = b == a + 1 && all_caps_acronym(word(a));
    Work* target = nullptr;
    if (acronym) {
      target = acronym_target(a, key, m.type);
    } else {
      for (auto& w : works_) {
        if (w.e.type != m.type) continue;
        if (w.keys.count(key)) {
          target = &w;
          break;
        }
      }
    }
    std::string initials;
    for (uint32_t t = a; t < b; ++t) {
      std::string_view x = word(t);
      if (!x.empty() && x[0] >= 'A' && x[0] <= 'Z') initials.push_back(x[0]);
    }
    const std::vector<std::string> other = b - a >= 2 ? short_initials(a, b) : std::vector<std::string>{};
    if (!target && !acronym && b - a >= 2) {
      // An acronym seen before its expansion ("CIA ... Central Intelligence Agency").
      auto abbreviates = [&](const Work& w) {
        if (w.keys.count(lower(initials))) return true;
        return std::any_of(other.begin(), other.end(), [&](const std::string& i) { return w.keys.count(lower(i)) > 0; });
      };
      for (auto& w : works_)
        if ((w.e.type == m.type || w.e.type == "ORG") && w.name_is_acronym && abbreviates(w)) {
          target = &w;
          w.e.type = m.type;
          break;
        }
    }
    if (!target) target = &create(m.type);
    target->keys.insert(key);
    if (!acronym && b - a >= 2 && initials.size() >= 2 && target->initials.size() < initials.size())
      target->initials = initials;
    if (!acronym) target->other_initials.insert(other.begin(), other.end());
    const size_t words = b - a;
    if (!acronym && (target->name_is_acronym || words > target->best_words)) {
      target->best_name = std::string(doc_.span_text(doc_.tokens[a].start, doc_.tokens[b - 1].end));
      target->best_words = words;
      target->name_is_acronym = false;
    } else if (acronym && target->best_name.empty()) {
      target->best_name = std::string(word(a));
      target->best_words = 1;
    }
    add_mention(*target, a, b, acronym && target->keys.size() > 1 ? "acronym" : "name");
  }

  // The tokens covering [start, end), or false.
  bool token_range(uint32_t start, uint32_t end, uint32_t& a, uint32_t& b) const {
    a = UINT32_MAX;
    b = 0;
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t) {
      if (doc_.tokens[t].start >= start && doc_.tokens[t].end <= end) {
        a = std::min(a, t);
        b = t + 1;
      }
    }
    return a < b;
  }

  Work* owner_of_handle(std::string_view handle) {
    const std::string lh = lower(handle);
    for (auto& w : works_)
      for (const auto& h : w.e.handles)
        if (lower(h) == lh) return &w;
    return nullptr;
  }

  // A post's author named in its signature ("— Secretary Pompeo (@SecPompeo)")
  // is the signature's to resolve; a name the ner stage typed as neither a
  // person nor an organisation there would become an entity of its own.
  bool mistyped_author(const NameMention& m) const {
    if (m.type == "PERSON" || m.type == "ORG") return false;
    for (const Post& p : doc_.posts) {
      if (p.author.empty() || m.start < p.signature_start || m.end > p.signature_end) continue;
      const std::string_view sig = doc_.span_text(p.signature_start, p.signature_end);
      const size_t at = sig.find(p.author);
      if (at == std::string_view::npos) continue;
      const uint32_t a = p.signature_start + static_cast<uint32_t>(at);
      if (m.start >= a && m.end <= a + p.author.size()) return true;
    }
    return false;
  }

  void add_signatures() {
    for (Post& p : doc_.posts) {
      if (p.author.empty()) continue;
      // The author's words inside the signature line.
      const std::string_view sig = doc_.span_text(p.signature_start, p.signature_end);
      const size_t at = sig.find(p.author);
      uint32_t a = 0, b = 0;
      if (at == std::string_view::npos ||
          !token_range(p.signature_start + static_cast<uint32_t>(at),
                       p.signature_start + static_cast<uint32_t>(at + p.author.size()), a, b))
        continue;
      uint32_t n = a;
      while (n + 1 < b && is_title(lower(word(n)))) ++n;
      std::vector<std::string_view> name;
      for (uint32_t t = n; t < b; ++t)
        if (!is_initial(word(t)) || b - n == 1) name.push_back(word(t));
      if (name.empty()) continue;
      Work* w = p.handle.empty() ? nullptr : owner_of_handle(p.handle);
      if (!w) {
        bool ambiguous = false;
        w = &works_[resolve_person(name, &ambiguous)];
        w->e.ambiguous = w->e.ambiguous || ambiguous;
      }
      // The ner stage may have found the name already; add_mention skips overlaps.
      add_mention(*w, a, b, name.size() == 1 && n > a ? "title" : "name");
      if (n > a)
        for (uint32_t t = a; t < n; ++t) w->roles.insert(lower(word(t)));
      if (!p.handle.empty() && !owner_of_handle(p.handle)) w->e.handles.push_back(p.handle);
      signature_posts_.push_back(&p);
    }
  }

  void add_handles() {
    for (const Mention& m : doc_.mentions) {
      uint32_t a = 0, b = 0;
      if (!token_range(m.start, m.end, a, b)) continue;
      Work* w = owner_of_handle(m.handle);
      if (!w) {
        // Office handles go to the person the text gives that title.
        const std::string lh = lower(m.handle);
        std::string title;
        if (lh == "potus") title = "president";
        if (lh == "vp") title = "vice";
        for (auto& x : works_)
          if (!title.empty() && x.e.type == "PERSON" && x.roles.count(title) &&
              (title == "vice" || !x.roles.count("vice"))) {
            w = &x;
            break;
          }
        if (w) w->e.handles.push_back(m.handle);
      }
      if (w) add_mention(*w, a, b, "handle");
    }
    for (Post& p : doc_.posts) {
      if (p.handle.empty()) continue;
      Work* w = owner_of_handle(p.handle);
      if (w) post_owner_.emplace_back(&p, w);
    }
  }

  // End (exclusive) of a description starting at token t: up to a comma,
  // a sentence end or a quote mark, at most 20 tokens.
  uint32_t description_end(uint32_t t) const {
    const uint32_t s = doc_.tokens[t].sentence;
    const uint32_t last = s < doc_.sentences.size() ? doc_.sentences[s].last_token : static_cast<uint32_t>(doc_.tokens.size());
    uint32_t e = t;
    while (e < last && e < t + 20) {
      std::string_view x = word(e);
      if (x == "," || x == "." || x == ";" || x == ":" || x == "\"" || x == "\xE2\x80\x9D" || x == "(" ||
          x == "\xE2\x80\x94")
        break;
      ++e;
    }
    return e;
  }

  void add_descriptions() {
    // Apposition and copula right after a person's name.
    for (size_t i = 0; i < works_.size(); ++i) {
      if (works_[i].e.type != "PERSON") continue;
      const auto mentions = works_[i].e.mentions;
      for (const auto& m : mentions) {
        if (m.kind == "handle" || m.tokens.empty()) continue;
        uint32_t t = m.tokens.back() + 1;
        if (t + 1 >= doc_.tokens.size()) continue;
        std::string_view link = word(t);
        if (!(link == "," || in(lower(link), {"is", "was"}))) continue;
        const uint32_t d = t + 1;
        if (!in(lower(word(d)), {"the", "a", "an"}) || claimed_[d]) continue;
        const uint32_t e = description_end(d);
        if (e > d + 1 && !any_claimed(d, e)) add_mention(works_[i], d, e, "description");
      }
    }
    // "the" + words of a title a person carried: "the US secretary of state".
    for (uint32_t t = 0; t + 1 < doc_.tokens.size(); ++t) {
      if (!text::lower_equals(word(t), "the") || claimed_[t]) continue;
      size_t match = SIZE_MAX;
      uint32_t best_end = t;
      for (size_t i = 0; i < works_.size(); ++i) {
        const Work& w = works_[i];
        if (w.e.type != "PERSON" || w.roles.empty()) continue;
        uint32_t e = t + 1;
        bool head = false;
        while (e < doc_.tokens.size() && !claimed_[e] && w.roles.count(lower(word(e)))) {
          head = head || !in(lower(word(e)), {"of", "us", "u.s.", "uk", "un", "former"});
          ++e;
        }
        while (e > t + 1 && text::lower_equals(word(e - 1), "of")) --e;
        if (!head || e <= t + 1) continue;
        // A modifier makes another office: "the prime minister" is not the
        // "Deputy Prime Minister John Prescott" named earlier, nor "the
        // president" a vice president or a shadow minister the minister.
        bool other_office = false;
        for (const char* modifier : {"deputy", "vice", "shadow", "former", "junior", "assistant"}) {
          if (!w.roles.count(modifier)) continue;
          bool said = false;
          for (uint32_t k = t + 1; k < e; ++k) said = said || text::lower_equals(word(k), modifier);
          other_office = other_office || !said;
        }
        if (other_office) continue;
        if (e > best_end) {
          best_end = e;
          match = i;
        } else if (e == best_end) {
          match = SIZE_MAX - 1;  // two people fit equally: leave it
        }
      }
      // A phrase that stops inside a name is part of that name ("the State Department").
      bool cuts_name = false;
      for (uint32_t k = t; k < best_end && match < works_.size(); ++k) cuts_name = cuts_name || name_end_[k] > best_end;
      if (match < works_.size() && !cuts_name && doc_.tokens[t].sentence == doc_.tokens[best_end - 1].sentence) {
        add_mention(works_[match], t, best_end, "description");
        t = best_end - 1;
      }
    }
  }

  bool any_claimed(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (claimed_[t]) return true;
    return false;
  }

  void finish() {
    std::vector<Work*> order;
    for (auto& w : works_)
      if (!w.e.mentions.empty()) order.push_back(&w);
    std::stable_sort(order.begin(), order.end(), [](const Work* x, const Work* y) { return x->first < y->first; });
    doc_.entities.clear();
    for (size_t i = 0; i < order.size(); ++i) {
      Work& w = *order[i];
      w.e.id = "E" + std::to_string(i + 1);
      w.e.name = w.best_name;
      w.e.key = lower(w.best_name) + "|";
      std::sort(w.e.mentions.begin(), w.e.mentions.end(),
                [](const EntityMention& x, const EntityMention& y) { return x.start < y.start; });
      for (auto& [post, owner] : post_owner_)
        if (owner == &w) post->author_entity = w.e.id;
    }
    for (Work* w : order) doc_.entities.push_back(std::move(w->e));
  }

  Document& doc_;
  std::vector<bool> claimed_;
  std::vector<uint32_t> name_end_;  // per token: end of the ner name holding it, 0 if none
  std::deque<Work> works_;  // stable addresses
  std::vector<Post*> signature_posts_;
  std::vector<std::pair<Post*, Work*>> post_owner_;
};

}  // namespace

void resolve_entities(Document& doc) {
  for (Post& p : doc.posts) p.author_entity.clear();
  Resolver r(doc);
  r.run();
}

}  // namespace chronicle::entity
