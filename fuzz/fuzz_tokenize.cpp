// Fuzz target: raw bytes -> text repair -> tokenizer -> splitter -> Twitter
// entities. Checks the invariants every later stage relies on and aborts on
// a violation, so the fuzzer reports the input.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "segment/sentence_splitter.h"
#include "social/twitter_text.h"
#include "text/utf8_repair.h"
#include "tokenize/tokenizer.h"

namespace {
constexpr size_t kMaxInput = 1 << 16;  // keep each run fast

void require(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  std::vector<chronicle::ErrorNote> notes;
  std::string text = chronicle::text::repair_utf8(
      std::string_view(reinterpret_cast<const char*>(data), size), notes);
  std::vector<chronicle::Token> tokens;
  chronicle::tokenize::tokenize(text, tokens);
  uint32_t previous_end = 0;
  for (const auto& t : tokens) {
    require(t.start >= previous_end && t.start < t.end && t.end <= text.size());
    previous_end = t.end;
  }
  std::vector<chronicle::Paragraph> paragraphs;
  std::vector<chronicle::Sentence> sentences;
  chronicle::segment::segment(text, tokens, paragraphs, sentences);
  uint32_t next_token = 0;
  for (const auto& s : sentences) {
    require(s.first_token == next_token && s.first_token < s.last_token);
    require(s.paragraph < paragraphs.size());
    next_token = s.last_token;
  }
  require(next_token == tokens.size());
  for (const auto& h : chronicle::social::extract_hashtags(text)) require(h.end <= text.size());
  for (const auto& m : chronicle::social::extract_mentions(text)) require(m.end <= text.size());
  for (const auto& u : chronicle::social::extract_urls(text)) require(u.end <= text.size());
  return 0;
}
