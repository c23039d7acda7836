#include "event/phrase_actor.h"

#include "rules/dictionary_entry.h"
#include "rules/special_codes.h"

namespace chronicle::event {

namespace {

// The code valid on `date`, else the undated one, else the last dated one.
std::string code_on(const std::vector<rules::DatedCode>& codes, uint32_t date) {
  const rules::DatedCode* undated = nullptr;
  for (const auto& c : codes) {
    if (!c.restricted()) {
      if (!undated) undated = &c;
    } else if (date != 0 && c.valid_on(date)) {
      return c.code;
    }
  }
  if (undated) return undated->code;
  return codes.empty() || date != 0 ? std::string() : codes.back().code;
}

std::string without_tilde(std::string c) {
  std::erase(c, '~');
  return c;
}

}  // namespace

std::string PhraseActor::code_of(const std::string& primary) const {
  std::string out = prefix + primary;
  // Codes are made of three-letter parts: "GMWGOV" has GOV, not WGO.
  auto has_part = [&](const std::string& a) {
    for (size_t i = 0; i + a.size() <= out.size(); i += 3)
      if (out.compare(i, a.size(), a) == 0) return true;
    return false;
  };
  // A role of several parts adds those not there yet ("former Labour
  // minister" GOVLAB after Labour's GBRGOV: GBRGOVLAB, not GBRGOVGOVLAB).
  for (const std::string& a : agents) {
    if (a.size() % 3 != 0) {
      if (!has_part(a)) out += a;
      continue;
    }
    for (size_t i = 0; i < a.size(); i += 3) {
      const std::string part = a.substr(i, 3);
      if (!has_part(part)) out += part;
    }
  }
  return out;
}

std::string PhraseActor::code() const {
  if (actor.find('/') == std::string::npos) return code_of(actor);
  // A multi-code actor ("ELR/GAL"): each part takes the phrase's roles
  // ("ELRGOV/GALGOV"); the event coder codes an event per part.
  std::string out;
  for (const std::string& part : rules::code_parts(actor)) {
    if (!out.empty()) out += '/';
    out += code_of(part);
  }
  return out;
}

PhraseActor code_phrase(const actor::ActorDictionaries& dicts, const std::vector<std::string>& words,
                        const std::string& date) {
  PhraseActor out;
  bool head_taken = false;
  const uint32_t day = rules::date_number(date);
  for (size_t i = 0; i < words.size();) {
    size_t discard = 0;
    for (const auto& d : dicts.discards) {
      size_t len = 0;
      d.longest_match(words, i, len);
      discard = std::max(discard, len);
    }
    if (discard > 0) {
      out.discarded = true;
      i += discard;
      continue;
    }
    size_t best_actor = 0, best_agent = 0;
    std::string actor, agent;
    for (const auto& d : dicts.actors) {
      size_t len = 0;
      auto hits = d.longest_match(words, i, len);
      if (len > best_actor && !hits.empty()) {
        best_actor = len;
        actor = code_on(d.codes(hits.front()), day);
      }
    }
    for (const auto& d : dicts.agents) {
      size_t len = 0;
      auto hits = d.longest_match(words, i, len);
      if (len > best_agent && !hits.empty()) {
        best_agent = len;
        const auto codes = d.codes(hits.front());
        agent = codes.empty() ? std::string() : codes.front().code;
      }
    }
    if (best_actor == 0 && best_agent == 0) {
      ++i;
      continue;
    }
    if (best_actor >= best_agent) {
      // The first actor is the phrase's head actor; a null-coded one ("---")
      // is a known non-actor that still takes the head, so no later actor
      // word codes the phrase.
      if (!head_taken && !actor.empty()) {
        head_taken = true;
        if (rules::is_complex_code(actor)) {
          out.complex = true;
        } else if (!rules::is_null_code(actor)) {
          out.actor = rules::code_parts(actor).empty() ? std::string() : actor;
        }
      }
      i += best_actor;
    } else {
      if (!agent.empty() && agent.back() == '~') {
        out.prefix += without_tilde(agent);
      } else {
        out.agents.push_back(without_tilde(agent));
      }
      i += best_agent;
    }
  }
  return out;
}

}  // namespace chronicle::event
