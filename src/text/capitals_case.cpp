#include "text/capitals_case.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/utf8_case.h"

namespace chronicle::text {

namespace {

// Letters of `w`, by code point.
void count_letters(std::string_view w, size_t& upper, size_t& lower) {
  for (size_t i = 0; i < w.size();) {
    const CodePoint c = code_point_at(w, i);
    upper += upper_letter(c.value);
    lower += lower_letter(c.value);
    i += c.length;
  }
}

// "anglo-saxon" -> "Anglo-Saxon", "o'hara" -> "O'Hara".
std::string capitalised(std::string_view folded) {
  std::string w(folded);
  bool start = true;
  for (size_t i = 0; i < w.size();) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (c == '-' || (c == '\'' && i == 1)) {
      start = true;
      ++i;
      continue;
    }
    if (start) {
      start = false;
      i += upper_at(w, i);
    } else {
      i += code_point_at(w, i).length;
    }
  }
  return w;
}

bool is_capitalised(std::string_view w) { return !w.empty() && upper_letter(code_point_at(w, 0).value); }

// How the rest of the document writes a word: form counts by folded word.
class BodyForms {
 public:
  void add(const std::string& folded, std::string_view form) {
    auto& forms = counts_[folded];
    for (auto& [f, n] : forms) {
      if (f == form) {
        ++n;
        return;
      }
    }
    forms.emplace_back(std::string(form), 1);
  }
  // The most frequent form (the first seen on ties), or empty.
  std::string_view best(const std::string& folded) const {
    auto it = counts_.find(folded);
    if (it == counts_.end()) return {};
    const std::pair<std::string, int>* top = nullptr;
    for (const auto& p : it->second)
      if (!top || p.second > top->second) top = &p;
    return top->first;
  }

 private:
  std::unordered_map<std::string, std::vector<std::pair<std::string, int>>> counts_;
};

constexpr size_t kMaxPhrase = 4;
// An unknown word of up to this many letters is a code (a ticker, an
// abbreviation) and keeps its capitals.
constexpr size_t kMaxCode = 5;

// Whether the lexicon knows `stem` as a lowercase word.
bool known_lower(std::string_view stem, const CaseLexicon& lexicon) {
  return stem.size() >= 3 && (lexicon.ranked_form(stem) == stem || lexicon.news_has(stem));
}

// Whether folded `w` is an inflection of a word the lexicon knows in
// lowercase ("restates" of "restate", "rescheduling" of "reschedule"): a
// verb or noun, not a name.
bool known_inflection(const std::string& w, const CaseLexicon& lexicon) {
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 2 && std::string_view(w).substr(w.size() - suffix.size()) == suffix;
  };
  auto stem = [&](size_t cut, std::string_view add) { return w.substr(0, w.size() - cut) + std::string(add); };
  if (ends("ies") && known_lower(stem(3, "y"), lexicon)) return true;
  if (ends("s") && known_lower(stem(1, ""), lexicon)) return true;
  if (ends("es") && known_lower(stem(2, ""), lexicon)) return true;
  if (ends("ed") && (known_lower(stem(1, ""), lexicon) || known_lower(stem(2, ""), lexicon))) return true;
  if (ends("ing") && (known_lower(stem(3, ""), lexicon) || known_lower(stem(3, "e"), lexicon))) return true;
  return false;
}

// Words that end a company's name ("ELMFORD GENERAL CORP").
bool legal_form(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  static constexpr std::string_view kForms[] = {"corp", "corporation", "inc", "incorporated", "co", "cos", "ltd",
                                                "limited", "plc", "ag", "sa", "nv", "spa", "ab", "asa", "bhd", "lp"};
  const std::string f = fold_case(w);
  for (std::string_view x : kForms)
    if (f == x) return true;
  return false;
}

// Token range of the company a capitals line opens with: the words from its
// start (or after a '/' or ':' there) through a legal form within the first
// eight tokens, or one or two words right before a ticker in angle brackets
// ("ELMFORD GENERAL <ELG>"; more words may hold a verb: "BROKER BUYS
// ELMFORD <ELG> STAKE"); an empty range when the line opens otherwise.
std::pair<uint32_t, uint32_t> opening_company(const Document& doc, const Sentence& s) {
  uint32_t first = s.first_token;
  const uint32_t limit = std::min<uint32_t>(s.last_token, s.first_token + 8);
  uint32_t words = 0;
  for (uint32_t t = first; t < limit; ++t) {
    const std::string_view w = doc.token_text(doc.tokens[t]);
    if (w == "/" || w == ":") {
      first = t + 1;
      words = 0;
      continue;
    }
    if (w == "<") return words <= 2 ? std::pair{first, t} : std::pair{t, t};
    if (doc.tokens[t].kind == TokenKind::kWord) ++words;
    if (doc.tokens[t].kind != TokenKind::kWord) {
      if (w == "&" || w == "-" || w == "." || w == "'" || w == "'S") continue;
      break;
    }
    if (t > first && legal_form(w)) return {first, t + 1};
  }
  return {first, first};
}

}  // namespace

bool capitals_sentence(const Document& doc, const Sentence& s) {
  size_t words = 0, shouted = 0, capitals = 0;
  // Four words in five in capitals needs words >= 5 * (words with a small
  // letter), and there are no more words than tokens: an ordinary sentence
  // is given up after its first few lowercase words (every document's
  // every sentence is asked).
  const size_t tokens = s.last_token - s.first_token;
  for (uint32_t t = s.first_token; t < s.last_token; ++t) {
    if (doc.tokens[t].kind != TokenKind::kWord) continue;
    size_t upper = 0, lower = 0;
    count_letters(doc.token_text(doc.tokens[t]), upper, lower);
    if (upper + lower == 0) continue;
    ++words;
    capitals += upper;
    shouted += lower == 0;
    if ((words - shouted) * 5 > tokens) return false;
  }
  return words >= 2 && capitals >= 6 && shouted * 5 >= words * 4;
}

bool mark_capitals(Document& doc) {
  bool any = false;
  for (Sentence& s : doc.sentences) any |= s.capitals = capitals_sentence(doc, s);
  return any;
}

std::string recase_capitals(const Document& doc, const CaseLexicon& lexicon) {
  std::vector<bool> caps(doc.sentences.size());
  bool any = false;
  for (size_t i = 0; i < doc.sentences.size(); ++i) any |= caps[i] = doc.sentences[i].capitals;
  if (!any) return {};

  auto word = [&](uint32_t t) { return doc.token_text(doc.tokens[t]); };
  auto is_word = [&](uint32_t t) { return doc.tokens[t].kind == TokenKind::kWord; };
  // The evidence of the sentences not in capitals, kept only for the words
  // the capitals sentences hold (most of a story is about other words).
  std::vector<std::string> folded(doc.tokens.size());
  std::unordered_set<std::string> wanted;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    for (uint32_t t = doc.sentences[i].first_token; t < doc.sentences[i].last_token; ++t) {
      if (!is_word(t)) continue;
      folded[t] = fold_case(word(t));
      if (caps[i]) wanted.insert(folded[t]);
    }
  }
  auto is_wanted = [&](uint32_t t) { return is_word(t) && wanted.count(folded[t]) > 0; };
  BodyForms inside, first;
  std::unordered_map<std::string, uint32_t> phrases;  // folded "w1 w2 .." -> its first token
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (caps[i]) continue;
    const Sentence& s = doc.sentences[i];
    bool seen_word = false;
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      if (!is_word(t)) continue;
      const bool opening = !seen_word;
      seen_word = true;
      if (!is_wanted(t)) continue;
      (opening ? first : inside).add(folded[t], word(t));
      std::string key;
      for (uint32_t k = t; k < s.last_token && k - t < kMaxPhrase && is_wanted(k) && is_capitalised(word(k)); ++k) {
        if (k > t) key += ' ';
        key += folded[k];
        if (k > t) phrases.emplace(key, t);
      }
    }
  }

  // The form the document or a lexicon gives `w`, empty when none does.
  auto attested = [&](std::string_view w) -> std::string {
    const std::string folded = fold_case(w);
    if (auto f = inside.best(folded); !f.empty()) return std::string(f);
    if (auto f = lexicon.ranked_form(folded); !f.empty()) return std::string(f);
    if (lexicon.news_has(folded)) return folded;
    if (auto f = first.best(folded); !f.empty()) return std::string(f);
    const std::string title = capitalised(folded);
    if (lexicon.news_has(title)) return title;
    if (lexicon.news_has(w)) return std::string(w);
    if (known_inflection(folded, lexicon)) return folded;
    return {};
  };
  auto usual = [&](std::string_view w) -> std::string {
    if (std::string f = attested(w); !f.empty()) return f;
    size_t upper = 0, lower = 0;
    count_letters(w, upper, lower);
    return upper + lower <= kMaxCode ? std::string(w) : capitalised(fold_case(w));
  };

  std::string out = doc.text;
  // A word with a letter that cannot change case in its own bytes (Greek,
  // Cyrillic, CJK, dotless i) stays exactly as written: the offsets of the
  // whole document hang on its length.
  auto put = [&](uint32_t t, std::string_view form) {
    if (!recasable(word(t)) || form.size() != word(t).size()) return;
    out.replace(doc.tokens[t].start, form.size(), form);
  };
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (!caps[i]) continue;
    const Sentence& s = doc.sentences[i];
    for (uint32_t t = s.first_token; t < s.last_token;) {
      if (!is_word(t)) {
        ++t;
        continue;
      }
      // The longest run of words the body writes capitalised.
      size_t run = 0;
      std::string key;
      std::vector<std::string> keys;
      for (uint32_t k = t; k < s.last_token && k - t < kMaxPhrase && is_word(k); ++k) {
        if (k > t) key += ' ';
        key += fold_case(word(k));
        keys.push_back(key);
      }
      for (size_t n = keys.size(); n >= 2 && run == 0; --n)
        if (phrases.count(keys[n - 1])) run = n;
      if (run > 0) {
        const uint32_t from = phrases.at(keys[run - 1]);
        for (size_t k = 0; k < run; ++k) put(t + k, word(from + k));
        t += run;
        continue;
      }
      // Else the longest run that is a known name ("SIOUX FALLS", though
      // "falls" alone is a verb), capitalised but for its small words.
      std::string_view words[kMaxPhrase];
      size_t n = 0;
      for (uint32_t k = t; k < s.last_token && n < kMaxPhrase && is_word(k); ++k) words[n++] = folded[k];
      for (; n >= 2 && !lexicon.is_name(std::span<const std::string_view>(words, n)); --n) {
      }
      if (n >= 2) {
        for (size_t k = 0; k < n; ++k) {
          const bool small = k > 0 && (words[k] == "of" || words[k] == "and" || words[k] == "the");
          const std::string f = small ? std::string(words[k]) : attested(word(t + k));
          put(t + k, small || is_capitalised(f) ? f : capitalised(words[k]));
        }
        t += n;
        continue;
      }
      const std::string_view w = word(t);
      // A lone word in angle brackets is the wire's ticker code ("<GDR>").
      const bool code = t > s.first_token && t + 1 < s.last_token && word(t - 1) == "<" && word(t + 1) == ">";
      if (!has_lower(w) && !code) put(t, usual(w));
      ++t;
    }
    // The company a wire headline opens with is a name, whatever its words
    // are elsewhere ("ELMFORD GENERAL CORP <ELG> SETS PAYOUT").
    const auto [from, to] = opening_company(doc, s);
    for (uint32_t t = from; t < to; ++t) {
      if (!is_word(t) || fold_case(word(t)) == "of" || fold_case(word(t)) == "and") continue;
      std::string w(out, doc.tokens[t].start, doc.tokens[t].end - doc.tokens[t].start);
      if (legal_form(w)) w = capitalised(fold_case(w));  // "Corp", kept in capitals as a code above
      upper_at(w, 0);
      put(t, w);
    }
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      if (!is_word(t)) continue;
      std::string w(out, doc.tokens[t].start, doc.tokens[t].end - doc.tokens[t].start);
      upper_at(w, 0);
      put(t, w);
      break;
    }
  }
  return out;
}

}  // namespace chronicle::text
