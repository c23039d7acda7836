#include "eval/treebank_words.h"

#include <cctype>
#include <vector>

namespace chronicle::eval {

namespace {

// Treebank escapes for brackets and quotes, back to the characters.
std::string unescaped_leaf(std::string_view w) {
  if (w == "-LRB-" || w == "-LCB-") return "(";
  if (w == "-RRB-" || w == "-RCB-") return ")";
  if (w == "``" || w == "''") return "\"";
  return std::string(w);
}

// Tokens the Treebank splits off the word before them: no space before.
bool joins_previous(std::string_view w) {
  static const std::string_view kAttached[] = {",", ".", ";", ":", "!", "?", "%", ")", "'s", "'S", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"};
  for (std::string_view a : kAttached)
    if (w == a) return true;
  return false;
}

}  // namespace

std::optional<std::string> treebank_sentence(std::string_view parse) {
  std::vector<std::string> leaves;
  int depth = 0;
  size_t i = 0;
  while (i < parse.size()) {
    const char c = parse[i];
    if (c == '(') {
      ++depth;
      ++i;
      // The label, then either a nested bracket or a leaf word before ')'.
      while (i < parse.size() && !std::isspace(static_cast<unsigned char>(parse[i])) && parse[i] != '(' && parse[i] != ')') ++i;
      while (i < parse.size() && std::isspace(static_cast<unsigned char>(parse[i]))) ++i;
      const size_t word_start = i;
      while (i < parse.size() && !std::isspace(static_cast<unsigned char>(parse[i])) && parse[i] != '(' && parse[i] != ')') ++i;
      if (i > word_start) leaves.push_back(unescaped_leaf(parse.substr(word_start, i - word_start)));
    } else if (c == ')') {
      if (--depth < 0) return std::nullopt;
      ++i;
    } else {
      ++i;
    }
  }
  if (depth != 0 || leaves.empty()) return std::nullopt;
  std::string out;
  bool after_open = false;
  for (const std::string& w : leaves) {
    if (!out.empty() && !after_open && !joins_previous(w)) out += ' ';
    out += w;
    after_open = w == "(";
  }
  return out;
}

}  // namespace chronicle::eval
