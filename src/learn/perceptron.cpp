#include "learn/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace chronicle::learn {

namespace {

using hashing::mix64;

// Little-endian encoding helpers: the byte order is fixed whatever the host.
void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
// Little-endian reads; one load on a little-endian host (GCC 12 did not
// merge the byte loops into one, and a model holds millions of values).
uint32_t get_u32(const char* p) {
  uint32_t v = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&v, p, 4);
    return v;
  }
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}
uint64_t get_u64(const char* p) {
  uint64_t v = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&v, p, 8);
    return v;
  }
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}
uint32_t float_bits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}
float bits_float(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

constexpr uint32_t kMagic = 0x31504350;  // "PCP1" read as little-endian u32
constexpr uint32_t kVersion = 1;

}  // namespace

Perceptron::Perceptron(uint32_t num_classes) : num_classes_(num_classes) {
  keys_.assign(1024, 0);
  rows_.assign(1024, 0);
}

int64_t Perceptron::find(FeatureId f) const {
  if (keys_.empty()) return -1;
  const size_t mask = keys_.size() - 1;
  size_t slot = static_cast<size_t>(mix64(f)) & mask;
  while (true) {
    FeatureId k = keys_[slot];
    if (k == f) return static_cast<int64_t>(slot);
    if (k == 0) return -1;
    slot = (slot + 1) & mask;
  }
}

size_t Perceptron::insert(FeatureId f) {
  if ((used_ + 1) * 2 > keys_.size()) grow();
  const size_t mask = keys_.size() - 1;
  size_t slot = static_cast<size_t>(mix64(f)) & mask;
  while (keys_[slot] != 0 && keys_[slot] != f) slot = (slot + 1) & mask;
  if (keys_[slot] == 0) {
    keys_[slot] = f;
    rows_[slot] = static_cast<uint32_t>(train_.size());
    train_.emplace_back();
    ++used_;
  }
  return slot;
}

void Perceptron::grow() {
  std::vector<FeatureId> old_keys = std::move(keys_);
  std::vector<uint32_t> old_rows = std::move(rows_);
  size_t cap = std::max<size_t>(1024, old_keys.size() * 2);
  keys_.assign(cap, 0);
  rows_.assign(cap, 0);
  const size_t mask = cap - 1;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    size_t slot = static_cast<size_t>(mix64(old_keys[i])) & mask;
    while (keys_[slot] != 0) slot = (slot + 1) & mask;
    keys_[slot] = old_keys[i];
    rows_[slot] = old_rows[i];
  }
}

// Builds the lookup table for the averaged form; row i belongs to keys[i].
void Perceptron::rebuild_index(const std::vector<FeatureId>& keys) {
  size_t cap = 1024;
  while (cap < keys.size() * 2) cap *= 2;
  keys_.assign(cap, 0);
  rows_.assign(cap, 0);
  const size_t mask = cap - 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t slot = static_cast<size_t>(mix64(keys[i])) & mask;
    while (keys_[slot] != 0) slot = (slot + 1) & mask;
    keys_[slot] = keys[i];
    rows_[slot] = static_cast<uint32_t>(i);
  }
  used_ = keys.size();
  filter_.reset(keys.size());
  for (FeatureId k : keys) filter_.add(k);
  slots_.assign(cap, Slot{0, 0, 0});
  for (size_t slot = 0; slot < cap; ++slot) {
    if (keys_[slot] == 0) continue;
    uint32_t row = rows_[slot];
    slots_[slot] = Slot{keys_[slot], row_begin_.empty() ? 0 : row_begin_[row], row_begin_.empty() ? 0 : row_begin_[row + 1]};
  }
}

void Perceptron::score(std::span<const FeatureId> features, std::span<float> scores) const {
  if (averaged_) {
    if (slots_.empty()) return;
    const size_t mask = slots_.size() - 1;
    const Slot* table = slots_.data();
    // Three passes per chunk of features, each starting the cache misses of
    // the next so that they overlap instead of coming one by one: drop the
    // features the filter knows to be absent and prefetch the home slots of
    // the others; find the slots and prefetch their weights; add the weights.
    // They are added in feature order, so the sums do not change.
    constexpr size_t kChunk = 128;
    const Entry* entries = entries_.data();
    for (size_t from = 0; from < features.size(); from += kChunk) {
      const size_t to = std::min(features.size(), from + kChunk);
      // The filter is read without a branch: it says no for a share of the
      // features that no predictor guesses, and a branch on it waited for
      // each filter load in turn (a third of this function's time).
      FeatureId known[kChunk];
      size_t count = 0;
      for (size_t i = from; i < to; ++i) {
        known[count] = features[i];
        count += filter_.might_contain(features[i]);
      }
      for (size_t i = 0; i < count; ++i) __builtin_prefetch(&table[static_cast<size_t>(mix64(known[i])) & mask]);
      const Slot* found[kChunk];
      size_t hits = 0;
      for (size_t i = 0; i < count; ++i) {
        const FeatureId f = known[i];
        size_t slot = static_cast<size_t>(mix64(f)) & mask;
        while (table[slot].key != f && table[slot].key != 0) slot = (slot + 1) & mask;
        if (table[slot].key != f) continue;
        found[hits++] = &table[slot];
        __builtin_prefetch(entries + table[slot].begin);
      }
      for (size_t i = 0; i < hits; ++i)
        for (const Entry *e = entries + found[i]->begin, *end = entries + found[i]->end; e != end; ++e)
          scores[e->cls] += e->w;
    }
    return;
  }
  for (FeatureId f : features) {
    int64_t slot = find(f);
    if (slot < 0) continue;
    for (const TrainWeight& tw : train_[rows_[static_cast<size_t>(slot)]]) scores[tw.cls] += tw.w;
  }
}

void Perceptron::update(std::span<const FeatureId> features, uint32_t truth, uint32_t guess) {
  if (truth == guess || averaged_) return;
  auto bump = [this](std::vector<TrainWeight>& row, uint32_t cls, float delta) {
    for (TrainWeight& tw : row) {
      if (tw.cls == cls) {
        tw.total += static_cast<double>(step_ - tw.last_step) * tw.w;
        tw.last_step = step_;
        tw.w += delta;
        return;
      }
    }
    row.push_back(TrainWeight{cls, delta, 0.0, step_});
  };
  for (FeatureId f : features) {
    size_t slot = insert(f);
    std::vector<TrainWeight>& row = train_[rows_[slot]];
    bump(row, truth, 1.0f);
    bump(row, guess, -1.0f);
  }
}

void Perceptron::average(float min_abs_weight) {
  if (averaged_) return;
  // Collect features in key order so the averaged model is canonical.
  std::vector<std::pair<FeatureId, uint32_t>> order;
  order.reserve(used_);
  for (size_t s = 0; s < keys_.size(); ++s)
    if (keys_[s] != 0) order.emplace_back(keys_[s], rows_[s]);
  std::sort(order.begin(), order.end());

  std::vector<FeatureId> kept_keys;
  row_begin_.clear();
  entries_.clear();
  row_begin_.push_back(0);
  const double steps = step_ == 0 ? 1.0 : static_cast<double>(step_);
  for (auto& [key, row] : order) {
    std::vector<TrainWeight>& weights = train_[row];
    std::sort(weights.begin(), weights.end(),
              [](const TrainWeight& a, const TrainWeight& b) { return a.cls < b.cls; });
    size_t before = entries_.size();
    for (const TrainWeight& tw : weights) {
      double total = tw.total + static_cast<double>(step_ - tw.last_step) * tw.w;
      float avg = static_cast<float>(total / steps);
      if (avg == 0.0f || std::fabs(avg) < min_abs_weight) continue;
      entries_.push_back(Entry{tw.cls, avg});
    }
    if (entries_.size() == before) continue;
    kept_keys.push_back(key);
    row_begin_.push_back(static_cast<uint32_t>(entries_.size()));
  }
  train_.clear();
  train_.shrink_to_fit();
  rebuild_index(kept_keys);
  averaged_ = true;
}

size_t Perceptron::num_features() const { return used_; }

size_t Perceptron::num_weights() const {
  if (averaged_) return entries_.size();
  size_t n = 0;
  for (const auto& row : train_) n += row.size();
  return n;
}

// Layout (all little-endian):
//   u32 magic "PCP1", u32 version, u32 num_classes, u32 reserved (0),
//   u64 num_features F, u64 num_weights W,
//   F x u64 feature id (ascending),
//   F x u32 end index of the feature's weights (cumulative, last == W),
//   W x u32 class, W x f32 weight (IEEE-754 bits).
std::string Perceptron::to_bytes() const {
  // Gather (key, weights) in key order from whichever form is live.
  std::vector<std::pair<FeatureId, uint32_t>> order;
  order.reserve(used_);
  for (size_t s = 0; s < keys_.size(); ++s)
    if (keys_[s] != 0) order.emplace_back(keys_[s], rows_[s]);
  std::sort(order.begin(), order.end());

  std::vector<uint32_t> ends;
  std::vector<Entry> flat;
  std::vector<FeatureId> keys;
  for (auto& [key, row] : order) {
    size_t before = flat.size();
    if (averaged_) {
      for (uint32_t i = row_begin_[row]; i < row_begin_[row + 1]; ++i) flat.push_back(entries_[i]);
    } else {
      std::vector<TrainWeight> ws = train_[row];
      std::sort(ws.begin(), ws.end(), [](const TrainWeight& a, const TrainWeight& b) { return a.cls < b.cls; });
      for (const TrainWeight& tw : ws)
        if (tw.w != 0.0f) flat.push_back(Entry{tw.cls, tw.w});
    }
    if (flat.size() == before) continue;
    keys.push_back(key);
    ends.push_back(static_cast<uint32_t>(flat.size()));
  }

  std::string out;
  out.reserve(32 + keys.size() * 12 + flat.size() * 8);
  put_u32(out, kMagic);
  put_u32(out, kVersion);
  put_u32(out, num_classes_);
  put_u32(out, 0);
  put_u64(out, keys.size());
  put_u64(out, flat.size());
  for (FeatureId k : keys) put_u64(out, k);
  for (uint32_t e : ends) put_u32(out, e);
  for (const Entry& e : flat) put_u32(out, e.cls);
  for (const Entry& e : flat) put_u32(out, float_bits(e.w));
  return out;
}

bool Perceptron::from_bytes(std::string_view bytes, Perceptron& out, std::string& error) {
  constexpr size_t kHeader = 32;
  if (bytes.size() < kHeader) {
    error = "perceptron data is " + std::to_string(bytes.size()) + " bytes, shorter than its 32-byte header";
    return false;
  }
  const char* p = bytes.data();
  if (get_u32(p) != kMagic) {
    error = "perceptron data does not start with magic PCP1";
    return false;
  }
  uint32_t version = get_u32(p + 4);
  if (version != kVersion) {
    error = "perceptron data has version " + std::to_string(version) + ", this build reads version " +
            std::to_string(kVersion);
    return false;
  }
  uint32_t num_classes = get_u32(p + 8);
  uint64_t nf = get_u64(p + 16);
  uint64_t nw = get_u64(p + 24);
  // Guard the size arithmetic before multiplying untrusted counts.
  if (nf > (1ULL << 32) || nw > (1ULL << 32)) {
    error = "perceptron data declares implausible counts (" + std::to_string(nf) + " features, " +
            std::to_string(nw) + " weights)";
    return false;
  }
  uint64_t expected = kHeader + nf * 12 + nw * 8;
  if (bytes.size() != expected) {
    error = "perceptron data is " + std::to_string(bytes.size()) + " bytes, expected " +
            std::to_string(expected) + " for " + std::to_string(nf) + " features and " + std::to_string(nw) +
            " weights";
    return false;
  }
  Perceptron m;
  m.num_classes_ = num_classes;
  std::vector<FeatureId> keys(nf);
  const char* kp = p + kHeader;
  const char* ep = kp + nf * 8;
  const char* cp = ep + nf * 4;
  const char* wp = cp + nw * 4;
  m.row_begin_.assign(nf + 1, 0);
  for (uint64_t i = 0; i < nf; ++i) {
    keys[i] = get_u64(kp + i * 8);
    if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1])) {
      error = "perceptron feature ids are not strictly ascending and non-zero at feature " + std::to_string(i);
      return false;
    }
    uint32_t end = get_u32(ep + i * 4);
    if (end < m.row_begin_[i] || end > nw) {
      error = "perceptron weight index " + std::to_string(end) + " out of order at feature " + std::to_string(i);
      return false;
    }
    m.row_begin_[i + 1] = end;
  }
  if (nf > 0 && m.row_begin_[nf] != nw) {
    error = "perceptron weight indices end at " + std::to_string(m.row_begin_[nf]) + ", expected " +
            std::to_string(nw);
    return false;
  }
  if (nf == 0 && nw != 0) {
    error = "perceptron data has weights but no features";
    return false;
  }
  m.entries_.resize(nw);
  for (uint64_t i = 0; i < nw; ++i) {
    uint32_t cls = get_u32(cp + i * 4);
    if (cls >= num_classes) {
      error = "perceptron weight " + std::to_string(i) + " has class " + std::to_string(cls) + " but the model has " +
              std::to_string(num_classes) + " classes";
      return false;
    }
    float w = bits_float(get_u32(wp + i * 4));
    if (!std::isfinite(w)) {
      error = "perceptron weight " + std::to_string(i) + " is not finite";
      return false;
    }
    m.entries_[i] = Entry{cls, w};
  }
  m.rebuild_index(keys);
  m.averaged_ = true;
  out = std::move(m);
  return true;
}

}  // namespace chronicle::learn
