#include "event/capitalised_modal.h"

#include <array>
#include <cctype>
#include <string_view>

namespace chronicle::event {

std::string capitalised_modal(const DependencyView& view, uint32_t t) {
  const Document& doc = view.doc();
  if (t == 0 || t + 1 >= doc.tokens.size()) return {};
  const Token& tok = doc.tokens[t];
  if (tok.upos == "AUX") return {};  // tagged right: the ordinary rules read it
  const std::string_view form = doc.token_text(tok);
  if (form.empty() || !std::isupper(static_cast<unsigned char>(form[0]))) return {};
  std::string lower;
  for (char c : form) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::array<std::string_view, 8> kModals = {"may", "might", "could", "can",
                                                              "should", "must", "will", "would"};
  bool modal = false;
  for (std::string_view m : kModals) modal = modal || lower == m;
  if (!modal) return {};
  // The abbreviation before it: "U.S.", "U.K." (a sentence's first word is
  // capitalised for another reason).
  const Token& before = doc.tokens[t - 1];
  const std::string_view prev = doc.token_text(before);
  if (before.sentence != tok.sentence || prev.size() < 3 || prev.back() != '.' ||
      prev.find('.') == prev.size() - 1)
    return {};
  const Token& next = doc.tokens[t + 1];
  if (next.sentence != tok.sentence || next.xpos != "VB") return {};
  return lower;
}

}  // namespace chronicle::event
