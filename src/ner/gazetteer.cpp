#include "ner/gazetteer.h"

#include <algorithm>
#include <vector>

#include "learn/perceptron.h"

namespace chronicle::ner {

namespace {

// Hash of tokens joined by single spaces, built incrementally.
uint64_t extend(uint64_t h, std::string_view token) {
  return learn::hash_feature(7, h, learn::hash_string(token));
}

}  // namespace

void Gazetteer::add(std::string_view phrase, uint32_t kinds) {
  std::vector<std::string> tokens;
  std::string cur;
  for (char c : phrase) {
    if (c == ' ') {
      if (!cur.empty()) tokens.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
  }
  if (!cur.empty()) tokens.push_back(cur);
  if (tokens.empty() || tokens.size() > kMaxPhraseTokens) return;
  uint64_t h = 0;
  for (const auto& t : tokens) h = extend(h, t);
  uint32_t old = phrases_.get(h);
  phrases_.set(h, (old == learn::U64Map::kMissing ? 0 : old) | kinds);
  const uint64_t fh = learn::hash_string(tokens[0]);
  uint32_t len = first_.get(fh);
  if (len == learn::U64Map::kMissing || len < tokens.size()) first_.set(fh, static_cast<uint32_t>(tokens.size()));
}

void Gazetteer::match(std::span<const std::string_view> lower, std::span<GazetteerHit> hits) const {
  for (auto& h : hits) h = {};
  const size_t n = lower.size();
  // The tables are far larger than the cache and their lookups independent:
  // made in batches (every first word of the sentence, then every phrase
  // length of a candidate) so that the cache misses overlap instead of each
  // waiting for the one before.
  // Each batch is hashed and its slots prefetched before any is read.
  thread_local std::vector<uint32_t> longest;
  thread_local std::vector<uint64_t> keys;
  longest.resize(n);
  keys.resize(n);
  for (size_t i = 0; i < n; ++i) {
    keys[i] = learn::hash_string(lower[i]);
    first_.prefetch(keys[i]);
  }
  for (size_t i = 0; i < n; ++i) longest[i] = first_.get(keys[i]);
  for (size_t i = 0; i < n;) {
    const size_t m = longest[i] == learn::U64Map::kMissing ? 0 : std::min<size_t>(longest[i], n - i);
    size_t best = 0;
    uint32_t best_kinds = 0;
    uint64_t h = 0;
    for (size_t from = 0; from < m; from += kMaxPhraseTokens) {
      const size_t count = std::min<size_t>(m - from, kMaxPhraseTokens);
      uint64_t phrase[kMaxPhraseTokens];
      uint32_t kinds[kMaxPhraseTokens];
      for (size_t j = 0; j < count; ++j) {
        phrase[j] = h = extend(h, lower[i + from + j]);
        phrases_.prefetch(phrase[j]);
      }
      for (size_t j = 0; j < count; ++j) kinds[j] = phrases_.get(phrase[j]);
      for (size_t j = 0; j < count; ++j)
        if (kinds[j] != learn::U64Map::kMissing) best = from + j + 1, best_kinds = kinds[j];
    }
    if (best == 0) {
      ++i;
      continue;
    }
    for (size_t j = 0; j < best; ++j) {
      uint8_t pos = best == 1 ? 4 : j == 0 ? 1 : j + 1 == best ? 3 : 2;
      hits[i + j] = {pos, best_kinds};
    }
    i += best;
  }
}

uint32_t Gazetteer::lookup(std::span<const std::string_view> lower) const {
  uint64_t h = 0;
  for (auto t : lower) h = extend(h, t);
  const uint32_t k = lower.empty() ? learn::U64Map::kMissing : phrases_.get(h);
  return k == learn::U64Map::kMissing ? 0 : k;
}

void Gazetteer::write(io::ByteWriter& w) const {
  w.u32(1);
  phrases_.write(w);
  first_.write(w);
}

bool Gazetteer::read(io::ByteReader& r, std::string& error) {
  uint32_t version = r.u32();
  if (r.ok() && version != 1) {
    error = "gazetteer version " + std::to_string(version) + ", this build reads version 1";
    return false;
  }
  Gazetteer g;
  if (!r.ok() || !g.phrases_.read(r) || !g.first_.read(r)) {
    error = "gazetteer is truncated or malformed";
    return false;
  }
  *this = std::move(g);
  return true;
}

}  // namespace chronicle::ner
