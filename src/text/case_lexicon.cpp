#include "text/case_lexicon.h"

namespace chronicle::text {

namespace {

// U+00C0..U+00DE but U+00D7 (the multiplication sign) are capitals whose
// small letter is 0x20 further on, in the same two bytes.
bool latin1_capital(unsigned char lead, unsigned char next) {
  return lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97;
}
bool latin1_small(unsigned char lead, unsigned char next) {
  return lead == 0xC3 && next >= 0xA0 && next <= 0xBE && next != 0xB7;
}

}  // namespace

std::string fold_case(std::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (i + 1 < out.size() && latin1_capital(c, static_cast<unsigned char>(out[i + 1]))) {
      out[i + 1] = static_cast<char>(static_cast<unsigned char>(out[i + 1]) + 0x20);
      ++i;
    }
  }
  return out;
}

bool has_lower(std::string_view word) {
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 'a' && c <= 'z') return true;
    if (i + 1 < word.size() && latin1_small(c, static_cast<unsigned char>(word[i + 1]))) return true;
  }
  return false;
}

CaseLexicon::CaseLexicon(const std::vector<std::string>& ranked, HasForm news, IsName names)
    : news_(std::move(news)), names_(std::move(names)) {
  for (const std::string& form : ranked) ranked_.emplace(fold_case(form), form);
}

std::string_view CaseLexicon::ranked_form(std::string_view folded) const {
  auto it = ranked_.find(std::string(folded));
  return it == ranked_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace chronicle::text
