// Nouns of works and their showings: a film, a novel, an album, a premiere,
// a prize. A country or a body named before one only qualifies it ("a
// Gondorian film wins an Arnor prize", "praised Gondorian films", "attended
// the Gondorian premiere"): the work is no actor and its qualifier no party.
// Whose work it is ("Harriet Vane's novel") stands for its author, as any
// thing of a coded actor's does.
// Thread safety: pure functions.
#pragma once

#include <string>

namespace chronicle::event {

// Whether `lemma` (lower case) is the noun of such a work.
bool is_work_noun(const std::string& lemma);

}  // namespace chronicle::event
