#include "actor/short_names.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "actor/actor_coder.h"

namespace chronicle::actor {

namespace {

using namespace std::string_view_literals;

bool is_honorific(std::string_view w) {
  return w == "MR"sv || w == "MRS"sv || w == "MS"sv || w == "DR"sv || w == "SIR"sv || w == "DAME"sv ||
         w == "MISS"sv || w == "LORD"sv || w == "LADY"sv || w == "BARONESS"sv || w == "THE"sv;
}

// The entity's name words, upper case, honorifics and "the" dropped.
std::vector<std::string> bare_words(const std::string& name) {
  std::vector<std::string> w = dictionary_words(name);
  w.erase(std::remove_if(w.begin(), w.end(), [](const std::string& x) { return is_honorific(x); }), w.end());
  return w;
}

// What a word may stand for: the code of the one coded entity it names,
// `ambiguous` when two entities with different codes share it.
struct Referent {
  const Entity* entity = nullptr;
  bool ambiguous = false;
};

void note(std::map<std::string, Referent>& index, const std::string& word, const Entity& e) {
  Referent& r = index[word];
  if (r.entity && r.entity->actor.code != e.actor.code) r.ambiguous = true;
  if (!r.entity) r.entity = &e;
}

// An organisation's head noun, as organisation_head_role reads it: the last
// word before "of"/"for", else the last word.
std::string head_noun(const std::vector<std::string>& words) {
  for (size_t i = 1; i < words.size(); ++i)
    if (words[i] == "OF" || words[i] == "FOR") return words[i - 1];
  return words.back();
}

bool capitalised(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

}  // namespace

void code_short_names(Document& doc) {
  std::map<std::string, Referent> surnames, heads;
  for (const Entity& e : doc.entities) {
    if (e.actor.code.empty() || e.actor.role.empty()) continue;  // a full code only
    const std::vector<std::string> words = bare_words(e.name);
    if (words.size() < 2) continue;
    if (e.type == "PERSON"sv) note(surnames, words.back(), e);
    if (e.type == "ORG"sv) note(heads, head_noun(words), e);
  }
  if (surnames.empty() && heads.empty()) return;
  auto find = [](const std::map<std::string, Referent>& index, const std::string& w) -> const Entity* {
    const auto it = index.find(w);
    return it == index.end() || it->second.ambiguous ? nullptr : it->second.entity;
  };
  for (Entity& e : doc.entities) {
    if (!e.actor.code.empty() || e.mentions.empty()) continue;
    const std::vector<std::string> words = bare_words(e.name);
    const Entity* full = nullptr;
    bool person = true;
    if (words.size() == 1) {
      full = find(surnames, words[0]);
      if (!full && e.type != "PERSON"sv) {
        full = find(heads, words[0]);
        person = false;
      }
    } else if (words.empty() && e.type == "PERSON"sv) {
      // Cut to its honorific ("[Dr] Fox"): the word after a mention is the name.
      for (const auto& m : e.mentions) {
        const auto next = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.end,
                                           [](const Token& t, uint32_t end) { return t.start < end; });
        if (next == doc.tokens.end()) continue;
        const std::string_view w = doc.token_text(*next);
        if (!capitalised(w)) continue;
        std::string word;
        if (!dictionary_word(w, word)) continue;
        full = find(surnames, word);
        if (full) break;
      }
    }
    if (!full || full == &e) continue;
    e.actor = full->actor;
    e.actor.source += person ? "+surname" : "+head-noun";
    e.type = person ? "PERSON" : "ORG";
    e.key = entity_key(e.name, e.actor.code);
  }
}

}  // namespace chronicle::actor
