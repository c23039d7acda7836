#include "text/case_lexicon.h"

#include "text/utf8_case.h"

namespace chronicle::text {

std::string fold_case(std::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size();) i += lower_at(out, i);
  return out;
}

bool has_lower(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    const CodePoint c = code_point_at(word, i);
    if (lower_letter(c.value)) return true;
    i += c.length;
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
