#include "event/comma_list.h"

namespace chronicle::event {

namespace {

bool is_chunk_word(const Token& tok) {
  return tok.upos == "DET" || tok.upos == "ADJ" || tok.upos == "NOUN" || tok.upos == "PROPN";
}

// The chunk around `t` (at most seven words), or first > last when `t` is no
// chunk word.
Chunk chunk_at(const Document& doc, uint32_t t) {
  const auto& toks = doc.tokens;
  if (t >= toks.size() || !is_chunk_word(toks[t])) return {1, 0};
  uint32_t l = t, r = t;
  while (l > 0 && toks[l - 1].sentence == toks[t].sentence && is_chunk_word(toks[l - 1]) && r - l < 6) --l;
  while (r + 1 < toks.size() && toks[r + 1].sentence == toks[t].sentence && is_chunk_word(toks[r + 1]) && r - l < 6)
    ++r;
  return {l, r};
}

bool is_word(const Document& doc, uint32_t k, std::string_view w) {
  return k < doc.tokens.size() && doc.token_text(doc.tokens[k]) == w;
}

}  // namespace

uint32_t chunk_head(const Document& doc, Chunk c) {
  for (uint32_t k = c.second + 1; k-- > c.first;)
    if (doc.tokens[k].upos == "NOUN" || doc.tokens[k].upos == "PROPN") return k;
  return kNoChunkHead;
}

std::vector<Chunk> comma_list(const Document& doc, uint32_t head) {
  const auto first = chunk_at(doc, head);
  if (first.first > first.second || chunk_head(doc, first) != head) return {};
  std::vector<Chunk> chunks{first};
  bool final_seen = false;  // the "and"/"or" before the last chunk
  // Leftwards: commas, or one "and" when `head` is the last member.
  for (auto c = first;;) {
    uint32_t k = c.first;
    if (k < 2) break;
    bool conj = false;
    if (is_word(doc, k - 1, "and") || is_word(doc, k - 1, "or")) {
      if (final_seen || chunks.size() > 1) break;
      conj = true;
      --k;
      if (k >= 1 && is_word(doc, k - 1, ",")) --k;
    } else if (is_word(doc, k - 1, ",")) {
      --k;
    } else {
      break;
    }
    if (k == 0 || doc.tokens[k - 1].sentence != doc.tokens[head].sentence) break;
    const auto prev = chunk_at(doc, k - 1);
    if (prev.first > prev.second || prev.second != k - 1 || chunk_head(doc, prev) == kNoChunkHead) break;
    final_seen = final_seen || conj;
    chunks.insert(chunks.begin(), prev);
    c = prev;
  }
  // Rightwards: commas up to the "and"/"or", then its chunk.
  for (auto c = first; !final_seen;) {
    uint32_t k = c.second + 1;
    bool conj = false;
    if (is_word(doc, k, ",")) ++k;
    if (is_word(doc, k, "and") || is_word(doc, k, "or")) {
      conj = true;
      ++k;
    } else if (k == c.second + 1) {
      break;  // neither a comma nor a conjunction
    }
    if (k >= doc.tokens.size() || doc.tokens[k].sentence != doc.tokens[head].sentence) break;
    const auto next = chunk_at(doc, k);
    if (next.first != k || chunk_head(doc, next) == kNoChunkHead) break;
    chunks.push_back(next);
    c = next;
    final_seen = conj;
  }
  if (!final_seen || chunks.size() < 3) return {};
  // "his Gondorian counterpart, Ana Ruiz, and the Arnorian leader,
  // Omar Haddad": a name after the last member makes the commas
  // appositions, not a list.
  const uint32_t after = chunks.back().second + 1;
  if (is_word(doc, after, ",") && chunk_at(doc, after + 1).first == after + 1) return {};
  return chunks;
}

}  // namespace chronicle::event
