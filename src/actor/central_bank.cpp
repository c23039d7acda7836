#include "actor/central_bank.h"

namespace chronicle::actor {

std::string central_bank_place(const std::vector<std::string>& words) {
  size_t i = 0;
  // "The Bank of Japan" when the tagger took the article in.
  if (i < words.size() && words[i] == "THE") ++i;
  if (i < words.size() && (words[i] == "CENTRAL" || words[i] == "RESERVE")) ++i;
  // At least "BANK", "OF" and one word of the place.
  if (i + 3 > words.size() || words[i] != "BANK" || words[i + 1] != "OF") return {};
  std::string place;
  for (size_t k = i + 2; k < words.size(); ++k) {
    if (!place.empty()) place += ' ';
    place += words[k];
  }
  return place;
}

}  // namespace chronicle::actor
