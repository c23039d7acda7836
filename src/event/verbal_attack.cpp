#include "event/verbal_attack.h"

#include <set>

#include "event/actor_roles.h"

namespace chronicle::event {

namespace {

// Verbs of attack that news uses for words as much as for arms.
bool is_attack_verb(const std::string& lemma) {
  return lemma == "attack" || lemma == "assault" || lemma == "savage" || lemma == "strike";
}

}  // namespace

bool is_verbal_attack(const std::string& code, const std::string& verb_lemma, const std::string& source_code,
                      const std::string& target_code) {
  if ((!code.starts_with("18") && !code.starts_with("19")) || !is_attack_verb(verb_lemma)) return false;
  static const std::set<std::string> kCivilian = {"GOV", "OPP", "PTY", "LEG", "JUD", "MED", "ELI", "NGO", "LAB",
                                                  "BUS", "EDU", "HRI", "ENV", "DEV", "HLH", "REL", "CVL", "AGR"};
  static const std::set<std::string> kArmed = {"MIL", "COP", "REB", "INS", "SPY", "UAF", "SEP", "CRM"};
  const std::vector<std::string> attacker = actor_roles(source_code);
  if (attacker.empty()) return false;
  for (const std::string& r : attacker)
    if (!kCivilian.count(r)) return false;
  for (const std::string& r : actor_roles(target_code))
    if (kArmed.count(r)) return false;
  return true;
}

}  // namespace chronicle::event
