#include "actor/mention_scan.h"

#include <algorithm>
#include <cstdlib>
#include <functional>

#include "actor/actor_coder.h"
#include "actor/organisation_head.h"

namespace chronicle::actor {

// Tags, types and kinds are compared as views: length first, no strlen.
using namespace std::string_view_literals;

namespace {

bool capitalised(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

// Lower-case function words a name can hold ("Food and Agriculture
// Organisation", "Court of Appeal").
bool is_name_glue(std::string_view t) { return t == "and" || t == "of" || t == "for" || t == "the" || t == "&"; }

// Equal but for ASCII case, compared in place (no lower-case copies: these
// run for every mention and every name found).
bool same_any_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const char x = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    const char y = (b[i] >= 'A' && b[i] <= 'Z') ? static_cast<char>(b[i] - 'A' + 'a') : b[i];
    if (x != y) return false;
  }
  return true;
}

// The possessive token inside a name ("Queen['s] Lancashire Regiment"):
// the dictionaries write such names without it.
bool is_possessive(std::string_view t) { return t == "'s" || t == "\xE2\x80\x99s"; }

// is_name_glue of the word in lower case ("Of", "AND").
bool is_name_glue_any_case(std::string_view t) {
  if (t.size() > 3) return false;
  return same_any_case(t, "and") || same_any_case(t, "of") || same_any_case(t, "for") || same_any_case(t, "the") ||
         t == "&";
}

// Words of a dictionary phrase covering tokens [i, i + len): longest match.
size_t longest_actor(const ActorResources& r, const std::vector<std::string>& words) {
  size_t best = 0;
  for (const auto& d : r.dictionaries.actors) {
    size_t len = 0;
    d.longest_match(words, 0, len);
    best = std::max(best, len);
  }
  return best;
}

// The lower-case head a capitalised name may end in ("the Conservative
// party", "the Elmford and District Dockers union").
bool is_lower_head(std::string_view t) { return t == "party" || t == "union"; }

// Words whose agent phrase names a body, not a person's title: such a
// phrase written with capitals is the body's name ("in Parliament", "the
// Chamber of Deputies"), while "Prime Minister" or "Chief Executive" is a
// title. The head is the phrase's last word before "of"/"for", else its last.
// Wire copy writes the national government with a capital ("said the
// Government would sell"), as batch 6's gold codes it (GOV).
bool names_a_body(const std::vector<std::string>& phrase) {
  static const char* const kBodies[] = {"PARLIAMENT", "CABINET",  "CHAMBER",    "COMMONS",    "SENATE",
                                        "CONGRESS",   "ASSEMBLY", "COURT",      "OFFICE",     "TREASURY",
                                        "COMMITTEE",  "MINISTRY", "DEPARTMENT", "COMMISSION", "COUNCIL",
                                        "GOVERNMENT"};
  std::string head;
  for (const auto& w : phrase) {
    if (w == "OF" || w == "FOR") break;
    head = w;
  }
  return std::any_of(std::begin(kBodies), std::end(kBodies), [&](const char* b) { return head == b; });
}

// A legislator's post-nominal: "MP", "MEPs", "MSP", "AM".
bool is_member_title(std::string_view t) {
  return t == "MP" || t == "MPs" || t == "MEP" || t == "MEPs" || t == "MSP" || t == "MSPs" || t == "AM" || t == "AMs";
}

bool is_acronym(std::string_view t) {
  if (t.size() < 2) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; });
}

// "Indonesians", "Gibraltarians": the plural of a people the country table
// or an actor dictionary knows.
bool plural_people(const ActorResources& r, std::string_view t) {
  if (t.size() < 4 || t.back() != 's') return false;
  const auto hit = r.countries.find(t.substr(0, t.size() - 1));
  if (hit.country >= 0 && hit.kind == geo::CountryNameKind::kDemonym) return true;
  const auto w = dictionary_words(t.substr(0, t.size() - 1));
  return w.size() == 1 && longest_actor(r, w) == 1;
}

// A country's name opening a sentence ("Madagascar has completed ..."): the
// tagger calls a capitalised word it does not know a noun there, which
// inside a sentence its capital would mark as a name. Names that are also
// a first name or a common noun ("Chad", "Jordan", "Georgia", "Turkey") need
// the tagger's PROPN as before.
bool opens_with_country_name(const ActorResources& r, const Document& doc, size_t i) {
  static constexpr std::string_view kAlsoWords[] = {"Chad", "Jordan", "Georgia", "Turkey"};
  const std::string_view first = doc.token_text(doc.tokens[i]);
  if (std::find(std::begin(kAlsoWords), std::end(kAlsoWords), first) != std::end(kAlsoWords)) return false;
  for (size_t k = 1; k <= 3 && i + k <= doc.tokens.size(); ++k) {
    if (doc.tokens[i + k - 1].sentence != doc.tokens[i].sentence) break;
    const auto hit = r.countries.find(doc.span_text(doc.tokens[i].start, doc.tokens[i + k - 1].end));
    if (hit.country >= 0 && hit.kind == geo::CountryNameKind::kName) return true;
  }
  return false;
}

// "PCs", "DVDs": an initialism's plural names things, not the body whose
// acronym has the same letters (PCS, a union): capitals, then a lower-case
// "s".
bool initialism_plural(std::string_view t) {
  if (t.size() < 3 || t.back() != 's') return false;
  return std::all_of(t.begin(), t.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

bool starts_title(const ActorResources& r, const Document& doc, size_t k) {
  // Most words start no agent phrase: test the first before reading on.
  if (k >= doc.tokens.size()) return false;
  std::string w;
  if (!dictionary_word(doc.token_text(doc.tokens[k]), w) ||
      std::none_of(r.dictionaries.agents.begin(), r.dictionaries.agents.end(),
                   [&](const rules::CompiledDictionary& d) { return d.may_start_phrase(w); }))
    return false;
  std::vector<std::string> words;
  for (size_t j = k; j < doc.tokens.size() && j - k < 4 && doc.tokens[j].sentence == doc.tokens[k].sentence; ++j) {
    if (!dictionary_word(doc.token_text(doc.tokens[j]), w)) break;
    words.push_back(w);
  }
  for (const auto& d : r.dictionaries.agents) {
    size_t len = 0;
    if (!words.empty()) d.longest_match(words, 0, len);
    if (len > 0) return true;
  }
  return false;
}

// A name mention the tagger cut short inside a dictionary phrase ("the
// Securities and [Exchange Commission]", "[Lib] Dems", "King's Own [Scottish
// Borderers]"; for an organisation an agents phrase too: "Foreign and
// [Commonwealth Office]") grows to it, when the words it gains are
// capitalised, glue or a possessive, and no other mention's. A body's name
// holds places and other names the tagger took as mentions of their own
// ("the Widget Commission for [Arnor] and the [Gondor Coast]", "the
// Organisation for [Widget Trade] and [Development]"): a name mention
// wholly inside an organisation's dictionary phrase is taken in and leaves
// its entity (a person's or a place's mention takes in no other), but
// a place at the phrase's front ("[US] Senate") still names the body's
// country, a mention of its own.
static void widen_to_dictionary_phrases(const ActorResources& r, Document& doc) {
  const size_t n = doc.tokens.size();
  std::vector<int> owner(n, -1);  // which entity's mention holds each token
  std::vector<int> owner_mention(n, -1);  // and which of its mentions
  auto token_range = [&](const EntityMention& m, size_t& first, size_t& last) {
    auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.start,
                               [](const Token& t, uint32_t at) { return t.start < at; });
    if (it == doc.tokens.end() || it->start != m.start) return false;
    first = static_cast<size_t>(it - doc.tokens.begin());
    last = first;
    while (last + 1 < n && doc.tokens[last + 1].end <= m.end) ++last;
    return doc.tokens[last].end == m.end;
  };
  for (size_t ei = 0; ei < doc.entities.size(); ++ei)
    for (const EntityMention& m : doc.entities[ei].mentions) {
      size_t a = 0, b = 0;
      if (token_range(m, a, b))
        for (size_t k = a; k <= b; ++k) {
          owner[k] = static_cast<int>(ei);
          owner_mention[k] = static_cast<int>(&m - doc.entities[ei].mentions.data());
        }
    }
  // A token of another entity's name mention, which a phrase may take in.
  auto other_name = [&](size_t k, size_t self) {
    if (owner[k] < 0 || owner[k] == static_cast<int>(self) || owner_mention[k] < 0) return false;
    const Entity& o = doc.entities[static_cast<size_t>(owner[k])];
    if (o.type != "GPE"sv && o.type != "NORP"sv && o.type != "ORG"sv) return false;
    return o.mentions[static_cast<size_t>(owner_mention[k])].kind == "name"sv;
  };
  std::vector<std::pair<size_t, size_t>> swallowed;  // (entity, mention) taken into a longer name
  constexpr size_t kReach = 4;  // free words a mention may gain on either side
  constexpr size_t kInnerReach = 8;  // words, with other names' inside, before a dictionary phrase ends
  for (size_t ei = 0; ei < doc.entities.size(); ++ei) {
    Entity& e = doc.entities[ei];
    for (EntityMention& m : e.mentions) {
      if (m.kind != "name"sv) continue;
      size_t first = 0, last = 0;
      if (!token_range(m, first, last)) continue;
      const uint32_t sentence = doc.tokens[first].sentence;
      auto free_name_word = [&](size_t k) {
        const std::string_view t = doc.token_text(doc.tokens[k]);
        return doc.tokens[k].sentence == sentence && owner[k] < 0 &&
               (capitalised(t) || is_name_glue(t) || is_lower_head(t) || is_possessive(t));
      };
      auto glue = [&](size_t k) {
        const std::string_view t = doc.token_text(doc.tokens[k]);
        return is_name_glue_any_case(t) || is_possessive(t);
      };
      // Most mentions have no capitalised free word within reach on either
      // side ("of" alone gains nothing): nothing to try.
      auto reaches_name = [&](size_t from, int step) {
        for (size_t k = from, i = 0; i < kReach && k < n && free_name_word(k); ++i, k += static_cast<size_t>(step)) {
          if (!glue(k)) return true;
          if (k == 0) break;
        }
        return false;
      };
      const bool left = first > 0 && reaches_name(first - 1, -1);
      const bool right = last + 1 < n && reaches_name(last + 1, 1);
      // Or another name after the mention, within reach over free name words.
      auto reaches_other_name = [&](size_t from) {
        for (size_t k = from, i = 0; i < kReach && k < n && doc.tokens[k].sentence == sentence; ++i, ++k) {
          if (other_name(k, ei)) return true;
          if (!free_name_word(k)) return false;
        }
        return false;
      };
      const bool inner = e.type == "ORG"sv && last + 1 < n && reaches_other_name(last + 1);
      if (!left && !right && !inner) continue;
      size_t best_from = first, best_to = last;
      for (size_t j = first; j + kReach >= first; --j) {
        if (j < first && !free_name_word(j)) break;
        // Not from an article: "The" starts no name, though Phoenix lists THE_US.
        if ((j == first && right) ||
            (j < first && capitalised(doc.token_text(doc.tokens[j])) && !glue(j))) {
          std::vector<std::string> words;
          std::vector<size_t> word_token;  // the token of each word: possessives have none
          for (size_t k = j; k < n && k <= last + kReach && (k <= last || free_name_word(k)); ++k) {
            if (is_possessive(doc.token_text(doc.tokens[k]))) continue;
            std::string w;
            if (!dictionary_word(doc.token_text(doc.tokens[k]), w)) break;
            words.push_back(std::move(w));
            word_token.push_back(k);
          }
          size_t len = longest_actor(r, words);
          if (e.type == "ORG"sv)  // a body's name in the agents list ("Foreign and Commonwealth Office")
            for (const auto& d : r.dictionaries.agents) {
              size_t l = 0;
              if (!words.empty()) d.longest_match(words, 0, l);
              len = std::max(len, l);
            }
          const size_t to = len > 0 ? word_token[len - 1] : j;
          const std::string_view end_word = len > 0 ? doc.token_text(doc.tokens[to]) : std::string_view();
          if (len > 0 && to >= last && to - j > best_to - best_from &&
              (capitalised(end_word) || (is_lower_head(end_word) && to > last)) &&
              !(to + 1 < n && doc.tokens[to + 1].sentence == sentence && capitalised(doc.token_text(doc.tokens[to + 1])))) {
            best_from = j;
            best_to = to;
          }
        }
        if (j == 0) break;
      }
      // Longer phrases that take other names in, to the right only: from
      // the mention's first word, or from free words before it.
      for (size_t j = best_from; inner; --j) {
        if (j < first && !free_name_word(j)) break;
        // Not from an article or glue: "The" starts no name.
        if (j < first && (!capitalised(doc.token_text(doc.tokens[j])) || glue(j))) {
          if (j == 0 || j + kReach <= first) break;
          continue;
        }
        std::vector<std::string> words;
        std::vector<size_t> word_token;
        for (size_t k = j; k < n && k <= last + kInnerReach && doc.tokens[k].sentence == sentence &&
                           (k <= last || free_name_word(k) || other_name(k, ei));
             ++k) {
          if (is_possessive(doc.token_text(doc.tokens[k]))) continue;
          std::string w;
          if (!dictionary_word(doc.token_text(doc.tokens[k]), w)) break;
          words.push_back(std::move(w));
          word_token.push_back(k);
        }
        const size_t len = longest_actor(r, words);
        const size_t to = len > 0 ? word_token[len - 1] : j;
        bool whole = len > 0 && to > best_to && capitalised(doc.token_text(doc.tokens[to])) &&
                     !(to + 1 < n && doc.tokens[to + 1].sentence == sentence &&
                       capitalised(doc.token_text(doc.tokens[to + 1])));
        // Every other name taken in lies wholly inside the phrase.
        for (size_t k = j; whole && k <= to; ++k)
          if (k < first || k > last)
            if (other_name(k, ei)) {
              const auto& om = doc.entities[static_cast<size_t>(owner[k])].mentions[static_cast<size_t>(owner_mention[k])];
              whole = om.start >= doc.tokens[j].start && om.end <= doc.tokens[to].end;
            }
        if (whole) {
          best_from = j;
          best_to = to;
          break;
        }
        if (j == 0 || j + kReach <= first) break;
      }
      if (best_from == first && best_to == last) continue;
      for (size_t k = best_from; k <= best_to; ++k)
        if ((k < first || k > last) && other_name(k, ei)) {
          const std::pair<size_t, size_t> who{static_cast<size_t>(owner[k]), static_cast<size_t>(owner_mention[k])};
          if (std::find(swallowed.begin(), swallowed.end(), who) == swallowed.end()) swallowed.push_back(who);
        }
      const std::string old_text(doc.span_text(m.start, m.end));
      m.start = doc.tokens[best_from].start;
      m.end = doc.tokens[best_to].end;
      m.tokens.clear();
      for (size_t k = best_from; k <= best_to; ++k) {
        m.tokens.push_back(static_cast<uint32_t>(k));
        owner[k] = static_cast<int>(ei);
        owner_mention[k] = static_cast<int>(&m - e.mentions.data());
      }
      if (e.name == old_text) e.name = std::string(doc.span_text(m.start, m.end));
    }
  }
  if (swallowed.empty()) return;
  // The names taken in leave their entities, last first so that the
  // indices hold; an entity left with no mention was only that name.
  std::sort(swallowed.begin(), swallowed.end(), std::greater<>());
  for (const auto& [ei, mi] : swallowed) {
    auto& ms = doc.entities[ei].mentions;
    ms.erase(ms.begin() + static_cast<long>(mi));
  }
  doc.entities.erase(std::remove_if(doc.entities.begin(), doc.entities.end(),
                                    [](const Entity& e) { return e.mentions.empty(); }),
                     doc.entities.end());
}

// The number after "E" of the highest entity id: new entities count on
// from it (ids stay unique when an entity was removed).
static size_t last_entity_number(const Document& doc) {
  size_t last = 0;
  for (const Entity& e : doc.entities)
    if (e.id.size() > 1 && e.id[0] == 'E') last = std::max<size_t>(last, std::strtoul(e.id.c_str() + 1, nullptr, 10));
  return last;
}

// Bodies' names the tagger cut short before their head noun
// (organisation_head.h). A place cut from the body it names ("[Ruritania]
// Assembly"): the place and the capitalised head noun right after it are an
// organisation of their own; the mention leaves the place's entity, which
// goes when it had no other. An organisation cut at a possessive ("the
// [Fish Commissioner]'s Office"): its mention grows to the office.
static void complete_cut_body_names(Document& doc) {
  const size_t n = doc.tokens.size();
  // The token right after a mention's last byte (mentions may carry no token list).
  auto token_after = [&](uint32_t end) {
    const auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), end,
                                     [](const Token& t, uint32_t at) { return t.start < at; });
    return static_cast<size_t>(it - doc.tokens.begin());
  };
  // Every mention's bytes, gathered only when a candidate is found (most
  // documents have none).
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  bool gathered = false;
  auto in_a_mention = [&](const Token& t) {
    if (!gathered) {
      for (const Entity& e : doc.entities)
        for (const EntityMention& m : e.mentions) spans.emplace_back(m.start, m.end);
      gathered = true;
    }
    return std::any_of(spans.begin(), spans.end(), [&](const auto& sp) { return sp.first < t.end && t.start < sp.second; });
  };
  std::vector<Entity> bodies;
  for (Entity& e : doc.entities) {
    // An office named for its holder, cut at the possessive: "the
    // [Information Commissioner]'s Office" is the office.
    if (e.type == "ORG"sv) {
      for (EntityMention& m : e.mentions) {
        const size_t owner = token_after(m.end);
        if (m.kind != "name"sv || owner == 0 || owner + 1 >= n || doc.tokens[owner].start != m.end) continue;
        const std::string_view s = doc.token_text(doc.tokens[owner]);
        const std::string_view head = doc.token_text(doc.tokens[owner + 1]);
        std::string word;
        if ((s != "'s"sv && s != "\xE2\x80\x99s"sv) || !capitalised(head) || !dictionary_word(head, word) ||
            doc.tokens[owner + 1].sentence != doc.tokens[owner].sentence)
          continue;
        std::vector<std::string> words = dictionary_words(doc.span_text(m.start, m.end));
        words.push_back(word);
        if (organisation_head_role(words).empty() || in_a_mention(doc.tokens[owner + 1])) continue;
        const bool named_by_it = e.name == doc.span_text(m.start, m.end);
        m.end = doc.tokens[owner + 1].end;
        if (!m.tokens.empty()) {
          m.tokens.push_back(static_cast<uint32_t>(owner));
          m.tokens.push_back(static_cast<uint32_t>(owner + 1));
        }
        if (gathered) spans.emplace_back(doc.tokens[owner].start, m.end);
        if (named_by_it) e.name = std::string(doc.span_text(m.start, m.end));
      }
      continue;
    }
    if (e.type != "GPE"sv) continue;
    for (size_t k = 0; k < e.mentions.size(); ++k) {
      EntityMention& m = e.mentions[k];
      if (m.kind != "name"sv) continue;
      const size_t next = token_after(m.end);
      if (next == 0 || next >= n || doc.tokens[next].start != m.end + 1 ||
          doc.tokens[next].sentence != doc.tokens[next - 1].sentence)
        continue;
      const std::string_view head = doc.token_text(doc.tokens[next]);
      std::string word;
      if (!capitalised(head) || !dictionary_word(head, word)) continue;
      std::vector<std::string> words = dictionary_words(doc.span_text(m.start, m.end));
      words.push_back(word);
      if (organisation_head_role(words).empty() || in_a_mention(doc.tokens[next])) continue;
      m.end = doc.tokens[next].end;
      if (!m.tokens.empty()) m.tokens.push_back(static_cast<uint32_t>(next));
      if (gathered) spans.emplace_back(doc.tokens[next].start, doc.tokens[next].end);
      Entity body;
      body.type = "ORG";
      body.name = std::string(doc.span_text(m.start, m.end));
      body.mentions.push_back(m);
      bodies.push_back(std::move(body));
      e.mentions.erase(e.mentions.begin() + static_cast<long>(k));
      --k;
    }
  }
  if (bodies.empty()) return;
  // A place left with no mention was only ever the body's name.
  doc.entities.erase(std::remove_if(doc.entities.begin(), doc.entities.end(),
                                    [](const Entity& e) { return e.type == "GPE"sv && e.mentions.empty(); }),
                     doc.entities.end());
  size_t next_id = last_entity_number(doc);
  for (Entity& b : bodies) {
    auto same = std::find_if(doc.entities.begin(), doc.entities.end(), [&](const Entity& e) { return same_any_case(e.name, b.name); });
    if (same != doc.entities.end()) {
      same->mentions.push_back(std::move(b.mentions.front()));
      std::sort(same->mentions.begin(), same->mentions.end(),
                [](const EntityMention& x, const EntityMention& y) { return x.start < y.start; });
      continue;
    }
    b.id = "E" + std::to_string(++next_id);
    doc.entities.push_back(std::move(b));
  }
}

void add_dictionary_mentions(const ActorResources& r, Document& doc) {
  const size_t n = doc.tokens.size();
  if (n == 0 || doc.tokens[0].upos.empty()) return;  // no tagger: PROPN is the guard against common words
  complete_cut_body_names(doc);
  widen_to_dictionary_phrases(r, doc);
  // Tokens inside any mention, by bytes (a mention's token list may be empty).
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const Entity& e : doc.entities)
    for (const EntityMention& m : e.mentions) spans.emplace_back(m.start, m.end);
  std::sort(spans.begin(), spans.end());
  std::vector<bool> covered(n, false);
  size_t s = 0;
  uint32_t reach = 0;  // furthest end of the spans started so far
  for (size_t i = 0; i < n; ++i) {
    while (s < spans.size() && spans[s].first <= doc.tokens[i].start) reach = std::max(reach, spans[s++].second);
    covered[i] = doc.tokens[i].end <= reach;
  }
  constexpr size_t kWindow = 8;
  size_t next_id = 0;  // found when the first new entity is made (most documents get none)
  for (size_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[i];
    if (covered[i] || !capitalised(doc.token_text(tok))) continue;
    const bool first_of_sentence = i == 0 || doc.tokens[i - 1].sentence != tok.sentence;
    // The tagger calls acronyms and peoples NOUN ("the SEC", "Gibraltarians");
    // a capital word inside a sentence is a name whatever its tag.
    if (tok.upos != "PROPN"sv && !is_acronym(doc.token_text(tok)) && first_of_sentence &&
        !plural_people(r, doc.token_text(tok)) && !opens_with_country_name(r, doc, i))
      continue;
    if (!first_of_sentence && !covered[i - 1] && capitalised(doc.token_text(doc.tokens[i - 1])) &&
        (doc.tokens[i - 1].upos == "PROPN"sv || (i >= 2 && doc.tokens[i - 2].sentence == tok.sentence)))
      continue;  // only from the start of a stretch of names ("The Tories" starts at "Tories")
    std::vector<std::string> words;
    for (size_t k = i; k < n && k - i < kWindow && doc.tokens[k].sentence == tok.sentence && !covered[k]; ++k) {
      std::string w;
      if (!dictionary_word(doc.token_text(doc.tokens[k]), w)) break;
      words.push_back(std::move(w));
    }
    size_t len = initialism_plural(doc.token_text(tok)) ? 0 : longest_actor(r, words);
    const bool from_dictionary = len > 0;  // an actor dictionary lists these words
    // A party named as a noun before its member's post-nominal ("Labour MP
    // Ann Other"; "Conservative MP" is an adjective, "Labour Minister" may be
    // anyone's minister of labour).
    const bool listed = len > 0 && tok.upos == "PROPN"sv;
    // A body's name from the agents list ("Parliament", "Chamber of
    // Deputies"), inside a sentence, where a capital marks a name.
    bool body = false;
    if (len == 0 && !first_of_sentence) {
      for (const auto& d : r.dictionaries.agents) {
        size_t l = 0;
        d.longest_match(words, 0, l);
        if (l > len && names_a_body(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(l)))) len = l;
      }
      body = len > 0;
    }
    bool plural = false;
    if (len == 0 && words[0].size() > 3 && words[0].back() == 'S') {
      std::vector<std::string> singular{words[0].substr(0, words[0].size() - 1)};
      len = longest_actor(r, singular);
      plural = len == 1;
    }
    // Country names the dictionaries lack ("UK"), longest first; a title may
    // follow ("UK Chancellor Gordon Brown").
    bool country = false;
    for (size_t k = std::min<size_t>(3, words.size()); len == 0 && k > 0; --k) {
      const std::string name(doc.span_text(doc.tokens[i].start, doc.tokens[i + k - 1].end));
      const auto hit = r.countries.find(name);
      if (hit.country >= 0 && hit.kind == geo::CountryNameKind::kName) {
        len = k;
        country = true;
      }
    }
    // A religious group named alone ("Jews", "Buddhists"), mid-sentence.
    bool group = false;
    if (len == 0 && !first_of_sentence && words.size() >= 1) {
      const ActorCoder coder(r.dictionaries, r.countries);
      group = !coder.group_code(doc.token_text(tok)).empty();
      if (group) len = 1;
    }
    // A public body's name no dictionary lists, known by its head noun ("the
    // Fishing Quota Agency"; organisation_head.h leaves out SERVICE, BOARD and
    // the other heads companies share): the whole stretch of capitalised words
    // and glue.
    if (len == 0 && words.size() >= 2) {
      size_t run = 0;
      for (size_t k = 0; k < words.size(); ++k) {
        const std::string_view t = doc.token_text(doc.tokens[i + k]);
        if (capitalised(t)) run = k + 1;
        else if (!is_name_glue(t)) break;
      }
      // Before a bracketed acronym the tagger found ("... Authority (MFQA)")
      // the words are that acronym's name: add_defined_acronym_names' case.
      const bool defines_acronym = i + run + 1 < n && doc.token_text(doc.tokens[i + run]) == "("sv &&
                                   covered[i + run + 1] && is_acronym(doc.token_text(doc.tokens[i + run + 1]));
      if (run >= 2 && !defines_acronym) {
        words.resize(run);  // not read again unless they name a body
        if (!organisation_head_role(words).empty()) len = run;
      }
    }
    if (len == 0) continue;
    // The match must be the whole name: every word capitalised or glue, the
    // last capitalised, and no name word right after it.
    // A party or union may end in its lower-case head ("the Conservative
    // party"), a body's title not ("the Cabinet office" is no Cabinet Office).
    const std::string_view last_word = doc.token_text(doc.tokens[i + len - 1]);
    // A listed phrase may also hold "on" ("General Agreement on Tariffs and
    // Trade", "Conference on Disarmament"): the dictionary vouches for the
    // whole, where a stretch no list names stops at it ("Agency on Monday").
    bool ok = capitalised(last_word) || (!body && len >= 2 && is_lower_head(last_word));
    for (size_t k = i; ok && k + 1 < i + len; ++k) {
      const std::string_view t = doc.token_text(doc.tokens[k]);
      ok = capitalised(t) || is_name_glue(t) || (from_dictionary && t == "on"sv);
    }
    if (ok && i + len < n && doc.tokens[i + len].sentence == tok.sentence &&
        capitalised(doc.token_text(doc.tokens[i + len])) && !(country && starts_title(r, doc, i + len)) &&
        !(listed && is_member_title(doc.token_text(doc.tokens[i + len]))))
      ok = false;
    if (!ok) continue;
    EntityMention m;
    m.start = doc.tokens[i].start;
    m.end = doc.tokens[i + len - 1].end;
    m.kind = "name";
    for (size_t k = i; k < i + len; ++k) m.tokens.push_back(static_cast<uint32_t>(k));
    const std::string name(doc.span_text(m.start, m.end));
    auto same = std::find_if(doc.entities.begin(), doc.entities.end(),
                             [&](const Entity& e) { return same_any_case(e.name, name); });
    if (same != doc.entities.end()) {
      same->mentions.push_back(std::move(m));
      std::sort(same->mentions.begin(), same->mentions.end(),
                [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
    } else {
      Entity e;
      if (next_id == 0) next_id = last_entity_number(doc) + 1;
      e.id = "E" + std::to_string(next_id++);
      const auto hit = r.countries.find(name);
      e.type = plural || group || (hit.country >= 0 && hit.kind == geo::CountryNameKind::kDemonym) ? "NORP"
               : hit.country >= 0                                                        ? "GPE"
                                                                                         : "ORG";
      e.name = name;
      e.mentions.push_back(std::move(m));
      doc.entities.push_back(std::move(e));
    }
    for (size_t k = i; k < i + len; ++k) covered[k] = true;
    i += len - 1;
  }
}

}  // namespace chronicle::actor
