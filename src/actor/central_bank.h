// A central bank named after its country: "Bank of Mexico", "Central Bank
// of Brazil", "Reserve Bank of India". CAMEO codes a central bank as its
// government's economic arm (Phoenix's CENTRAL_BANK ~GOVBUS; the Bank of
// England GBRGOVBUS), so the "of <country>" in its own name is its country.
// Commercial banks so named ("Bank of China", "Bank of Ireland") are
// dictionary entries, which the coder reads first.
// Thread safety: pure function.
#pragma once

#include <string>
#include <vector>

namespace chronicle::actor {

// `words`: the name's dictionary words, upper case. The words after "BANK
// OF" joined by spaces ("MEXICO", "SOUTH AFRICA") when the name is "Bank of
// X", "Central Bank of X" or "Reserve Bank of X"; else empty. The caller
// checks that they name a country.
std::string central_bank_place(const std::vector<std::string>& words);

}  // namespace chronicle::actor
