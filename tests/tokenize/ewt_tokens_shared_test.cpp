// Token F1 of the tokenizer on UD English EWT dev, CoNLL 2018 style: the raw
// text is rebuilt from "# text" lines (DESIGN.md §6), and a system token
// matches when its span equals a gold surface token's span (multiword tokens
// count as their surface span; our clitic pieces joined by `joined_with_next`
// form one surface token).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "conllu/conllu.h"
#include "tokenize/tokenizer.h"

namespace chronicle::tokenize {
namespace {

struct TokenScore {
  size_t gold = 0, system = 0, correct = 0;
  double f1() const { return gold + system ? 2.0 * double(correct) / double(gold + system) : 0.0; }
};

TokenScore score_file(const std::string& path, bool print_errors) {
  TokenScore r;
  auto tb = conllu::read_file(path);
  EXPECT_TRUE(tb.ok()) << tb.status().message();
  if (!tb.ok()) return r;
  auto raw = conllu::rebuild_text(*tb);
  EXPECT_TRUE(raw.ok()) << raw.status().message();
  if (!raw.ok()) return r;
  const std::string& text = raw->text;

  std::vector<std::pair<uint32_t, uint32_t>> gold;
  for (const auto& sent : raw->tokens)
    for (const Span& s : sent) gold.emplace_back(s.start, s.end);

  std::vector<Token> tokens;
  tokenize(text, tokens);
  std::vector<std::pair<uint32_t, uint32_t>> sys;
  for (size_t i = 0; i < tokens.size(); ++i) {
    size_t j = i;
    while (j + 1 < tokens.size() && tokens[j].joined_with_next) ++j;
    sys.emplace_back(tokens[i].start, tokens[j].end);
    i = j;
  }
  std::sort(gold.begin(), gold.end());
  r.gold = gold.size();
  r.system = sys.size();
  size_t g = 0;
  std::map<std::string, int> errors;
  for (const auto& s : sys) {
    while (g < gold.size() && gold[g].first < s.first) ++g;
    if (g < gold.size() && gold[g] == s) {
      ++r.correct;
    } else if (print_errors) {
      std::string form = text.substr(s.first, s.second - s.first);
      errors[form]++;
      const char* want = std::getenv("CHRONICLE_EWT_CONTEXT");
      if (want && form == want) {
        size_t a = s.first >= 40 ? s.first - 40 : 0;
        std::string ctx = text.substr(a, s.second + 40 - a);
        for (char& ch : ctx) ch = ch == '\n' ? ' ' : ch;
        std::printf("  context: ...%s...\n", ctx.c_str());
      }
    }
  }
  if (print_errors) {
    // gold tokens we did not produce, with some context
    std::sort(sys.begin(), sys.end());
    size_t k = 0;
    std::map<std::string, int> missed;
    for (const auto& gt : gold) {
      while (k < sys.size() && sys[k] < gt) ++k;
      if (k >= sys.size() || sys[k] != gt) missed[text.substr(gt.first, gt.second - gt.first)]++;
    }
    std::vector<std::pair<int, std::string>> top_missed;
    for (auto& [key, v] : missed) top_missed.emplace_back(v, key);
    std::sort(top_missed.rbegin(), top_missed.rend());
    std::printf("gold tokens missed:\n");
    for (size_t i = 0; i < top_missed.size() && i < 60; ++i)
      std::printf("  %4d  %s\n", top_missed[i].first, top_missed[i].second.c_str());
    std::printf("system tokens not in gold:\n");
    std::vector<std::pair<int, std::string>> top;
    for (auto& [k, v] : errors) top.emplace_back(v, k);
    std::sort(top.rbegin(), top.rend());
    for (size_t i = 0; i < top.size() && i < 40; ++i) std::printf("  %4d  %s\n", top[i].first, top[i].second.c_str());
  }
  return r;
}

TEST(EwtTokens, DevTokenF1) {
  std::string path = std::string(CHRONICLE_SHARED_DIR) + "/corpora/ud-ewt/en_ewt-ud-dev.conllu";
  // another treebank (e.g. EWT train, for error analysis) may be scored instead
  if (const char* other = std::getenv("CHRONICLE_EWT_CONLLU")) path = other;
  if (!std::ifstream(path).good()) GTEST_SKIP() << "../shared not found at " << CHRONICLE_SHARED_DIR;
  bool verbose = std::getenv("CHRONICLE_VERBOSE") != nullptr;
  TokenScore r = score_file(path, verbose);
  std::printf("EWT dev tokens: gold %zu, system %zu, correct %zu, P %.4f R %.4f F1 %.4f\n", r.gold, r.system,
              r.correct, r.system ? double(r.correct) / double(r.system) : 0.0,
              r.gold ? double(r.correct) / double(r.gold) : 0.0, r.f1());
  EXPECT_GE(r.f1(), 0.97);
}

}  // namespace
}  // namespace chronicle::tokenize
