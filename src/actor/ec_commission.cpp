#include "actor/ec_commission.h"

#include <algorithm>
#include <string_view>

#include "actor/actor_coder.h"

namespace chronicle::actor {

namespace {

using namespace std::string_view_literals;

bool is_bare_commission(std::string_view name) {
  if (name.starts_with("the "sv) || name.starts_with("The "sv)) name.remove_prefix(4);
  return name == "Commission"sv || name == "COMMISSION"sv;
}

bool ends_in_commission(std::string_view name) {
  return name.size() > 11 && (name.ends_with(" Commission"sv) || name.ends_with(" COMMISSION"sv));
}

}  // namespace

void code_the_ec_commission(Document& doc) {
  constexpr std::string_view kEc = "IGOEUREEC";
  bool ec = false;
  for (const Entity& e : doc.entities) {
    if (e.actor.code == kEc) ec = true;
    // Another commission named in full: "the Commission" may be that one.
    if (ends_in_commission(e.name) && e.actor.code != kEc) return;
  }
  if (!ec) return;
  for (Entity& e : doc.entities) {
    if (e.type != "ORG"sv || !is_bare_commission(e.name) || e.actor.source.starts_with("dictionary"sv)) continue;
    e.actor = ActorCode{};
    e.actor.code = e.actor.role = std::string(kEc);
    e.actor.source = "ec-commission";
    e.key = entity_key(e.name, e.actor.code);
  }
}

}  // namespace chronicle::actor
