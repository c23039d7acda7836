// The sentence a Penn Treebank bracketing spells: its leaf words in order,
// joined as running text ("Gondor 's envoy , Ana Dale" -> "Gondor's envoy,
// Ana Dale"). PETRARCH codes a validation record from its <Parse>, not its
// <Text> (the two differ in a few records: a word changed in one and not the
// other), and it refuses a bracketing whose parentheses do not balance
// (error "bad_input_parse").
//
// Thread safety: pure function.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronicle::eval {

// requires: `parse` is a bracketing "(ROOT (S (NP (NNP Gondor)) ...))".
// ensures: the leaves as one line of text; nullopt when the parentheses do
// not balance or there is no leaf.
std::optional<std::string> treebank_sentence(std::string_view parse);

}  // namespace chronicle::eval
