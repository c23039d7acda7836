#include "actor/state_body.h"

#include <algorithm>
#include <string_view>

#include "actor/actor_coder.h"

namespace chronicle::actor {

namespace {

using namespace std::string_view_literals;

bool is_possessive(std::string_view t) { return t == "'s"sv || t == "\xE2\x80\x99s"sv; }

// "state" and "government" as written in lower case: "the State's" may be
// one of the US states, and a capitalised Government starts a name.
bool names_the_state(std::string_view t) { return t == "state"sv || t == "government"sv; }

// What a government has that is no body: its bills, papers and plans ("the
// government's Gambling Bill", "the government's White Paper"), named by
// their last word.
bool names_a_document(std::string_view name) {
  static constexpr std::string_view kHeads[] = {"Bill",   "Act",    "Paper",  "Programme", "Program", "Plan",
                                                "Scheme", "Strategy", "Review", "Report",   "Budget",  "Initiative"};
  const size_t space = name.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  return std::find(std::begin(kHeads), std::end(kHeads), last) != std::end(kHeads);
}

}  // namespace

void code_bodies_of_the_state(Document& doc) {
  for (Entity& e : doc.entities) {
    if (e.type != "ORG"sv || !e.actor.code.empty() || names_a_document(e.name)) continue;
    for (const auto& m : e.mentions) {
      if (m.kind != "name"sv) continue;
      // The token the mention starts with: tokens are in text order.
      const auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.start,
                                       [](const Token& t, uint32_t start) { return t.start < start; });
      if (at == doc.tokens.end() || at->start != m.start) continue;
      const size_t t = static_cast<size_t>(at - doc.tokens.begin());
      if (t < 2 || doc.tokens[t - 2].sentence != at->sentence) continue;
      if (!is_possessive(doc.token_text(doc.tokens[t - 1])) || !names_the_state(doc.token_text(doc.tokens[t - 2])))
        continue;
      e.actor.code = "GOV";
      e.actor.role = "GOV";
      e.actor.source = "state's";
      e.key = entity_key(e.name, e.actor.code);
      break;
    }
  }
}

}  // namespace chronicle::actor
