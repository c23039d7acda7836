// The usual case of a word when nothing in the document says it: a list of
// forms in order of frequency (the tagger's cached vocabulary), then a
// news word list that holds each form seen often enough (the NER's Brown
// clusters, case-sensitive), and a list of known names of two words or more
// (the NER's gazetteer: places, bodies). Used by text/capitals_case.h to set a
// capitals line's words in their ordinary case.
//
// Case folding here is ASCII plus the Latin-1 capitals U+00C0..U+00DE
// (two bytes either way), so a folded word has its original byte length.
//
// Thread safety: immutable after construction; lookups are const.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chronicle::text {

// `word` with its ASCII, Latin-1 and Latin Extended-A capitals lowered
// (text/utf8_case.h); same byte length.
std::string fold_case(std::string_view word);
// Whether `word` holds a lowercase letter (of any script).
bool has_lower(std::string_view word);

class CaseLexicon {
 public:
  // Whether a news word list holds exactly this form.
  using HasForm = std::function<bool(std::string_view)>;
  // Whether these folded words are a known name (a gazetteer's place or body).
  using IsName = std::function<bool(std::span<const std::string_view>)>;

  CaseLexicon() = default;
  // `ranked`: forms, most frequent first (the first form of a folded word
  // wins); `news` and `names` may be empty.
  CaseLexicon(const std::vector<std::string>& ranked, HasForm news, IsName names = {});

  // The ranked list's form of folded word `folded`, or empty.
  std::string_view ranked_form(std::string_view folded) const;
  // Whether the news list holds `form` exactly.
  bool news_has(std::string_view form) const { return news_ && news_(form); }
  // Whether folded words `words` are a known name.
  bool is_name(std::span<const std::string_view> words) const { return names_ && names_(words); }

 private:
  std::unordered_map<std::string, std::string> ranked_;
  HasForm news_;
  IsName names_;
};

}  // namespace chronicle::text
