// "South Africa's president has attacked British imperialists", "an MEP
// attacked the German 'empire'": a politician's or an official's attack on
// anyone without arms is words, not force. CAMEO.2.0 codes ATTACK 190; the
// coder already makes force between two civilian roles criticism (111);
// this is the case where only the attacker's role is known and the side
// attacked has no armed role (a bare country, a people). An attack verb
// only: a government that "bombed" or "invaded" keeps its force, and so do
// attackers with no civilian role ("Israel attacked Gaza").
// Thread safety: pure functions.
#pragma once

#include <string>

namespace chronicle::event {

// Whether the event `code` (a force code, 18 or 19) triggered by the verb
// `verb_lemma` from `source_code` on `target_code` is a verbal attack.
bool is_verbal_attack(const std::string& code, const std::string& verb_lemma, const std::string& source_code,
                      const std::string& target_code);

}  // namespace chronicle::event
