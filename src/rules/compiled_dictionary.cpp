#include "rules/compiled_dictionary.h"

#include <algorithm>
#include <unordered_map>

#include "io/byte_io.h"
#include "io/model_writer.h"
#include "rules/special_codes.h"

namespace chronicle::rules {

namespace {
constexpr size_t kEntrySize = 28, kCodeSize = 16, kIndexSize = 16;

uint64_t u64_le(std::string_view s, size_t off) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(s[off + i])) << (8 * i);
  return v;
}

uint32_t word_count(std::string_view s) {
  return s.empty() ? 0 : static_cast<uint32_t>(std::count(s.begin(), s.end(), ' ') + 1);
}
}  // namespace

Result<std::string> compile_dictionary(DictionaryKind kind, const std::vector<DictEntry>& entries,
                                       const std::string& source) {
  io::ByteWriter ent, cod, idx, strs;
  std::unordered_map<std::string, uint32_t> pool;  // dedups phrases, primaries and codes
  auto intern = [&](const std::string& s) {
    auto [it, fresh] = pool.emplace(s, static_cast<uint32_t>(strs.size()));
    if (fresh) strs.raw(s);
    return it->second;
  };
  uint32_t n_codes = 0, max_words = 0;
  std::vector<std::pair<uint64_t, uint32_t>> index;
  if (entries.size() >= (1u << 31)) return Status(StatusCode::kTooLarge, "too many dictionary entries", source);
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const DictEntry& e = entries[i];
    ent.u32(intern(e.phrase));
    ent.u32(static_cast<uint32_t>(e.phrase.size()));
    ent.u32(intern(e.primary));
    ent.u32(static_cast<uint32_t>(e.primary.size()));
    ent.u32(n_codes);
    ent.u32(static_cast<uint32_t>(e.codes.size()));
    ent.u32((e.line << 1) | (e.story_level ? 1u : 0u));
    for (const auto& c : e.codes) {
      cod.u32(intern(c.code));
      cod.u32(static_cast<uint32_t>(c.code.size()));
      cod.u32(c.from);
      cod.u32(c.to);
      ++n_codes;
    }
    max_words = std::max(max_words, word_count(e.phrase));
    index.emplace_back(phrase_hash(e.phrase), i);
  }
  std::sort(index.begin(), index.end());
  for (auto [h, i] : index) {
    idx.u64(h);
    idx.u32(i);
    idx.u32(0);
  }
  io::ByteWriter hdr;
  hdr.u32(static_cast<uint32_t>(kind));
  hdr.u32(kDictionarySectionVersion);
  hdr.u32(static_cast<uint32_t>(entries.size()));
  hdr.u32(n_codes);
  hdr.u32(max_words);
  io::ModelWriter w(io::ModelKind::kDictionary);
  w.set_meta("dictionary", kind == DictionaryKind::kActors ? "actors" : kind == DictionaryKind::kAgents ? "agents" : "discards");
  w.set_meta("source", source);
  CHRONICLE_RETURN_IF_ERROR(w.add_section("DHDR", std::move(hdr).bytes()));
  CHRONICLE_RETURN_IF_ERROR(w.add_section("DENT", std::move(ent).bytes()));
  CHRONICLE_RETURN_IF_ERROR(w.add_section("DCOD", std::move(cod).bytes()));
  CHRONICLE_RETURN_IF_ERROR(w.add_section("DIDX", std::move(idx).bytes()));
  CHRONICLE_RETURN_IF_ERROR(w.add_section("STRS", std::move(strs).bytes()));
  return w.to_bytes();
}

uint32_t CompiledDictionary::u32_at(std::string_view sec, size_t off) const {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(sec[off + i])) << (8 * i);
  return v;
}

Result<CompiledDictionary> CompiledDictionary::read(const std::string& path) {
  auto f = io::ModelFile::read(path);
  if (!f.ok()) return f.status();
  return from_file(std::make_unique<io::ModelFile>(std::move(*f)));
}

Result<CompiledDictionary> CompiledDictionary::from_entries(DictionaryKind kind, const std::vector<DictEntry>& entries,
                                                            const std::string& source) {
  auto bytes = compile_dictionary(kind, entries, source);
  if (!bytes.ok()) return bytes.status();
  auto f = io::ModelFile::parse(std::move(*bytes), source);
  if (!f.ok()) return f.status();
  return from_file(std::make_unique<io::ModelFile>(std::move(*f)));
}

Result<CompiledDictionary> CompiledDictionary::from_file(std::unique_ptr<io::ModelFile> file) {
  CHRONICLE_RETURN_IF_ERROR(file->expect_kind(io::ModelKind::kDictionary));
  CompiledDictionary d;
  std::string_view secs[5];
  const char* tags[5] = {"DHDR", "DENT", "DCOD", "DIDX", "STRS"};
  for (int i = 0; i < 5; ++i) {
    auto s = file->section(tags[i]);
    if (!s.ok()) return s.status();
    secs[i] = *s;
  }
  io::ByteReader hdr(secs[0]);
  const uint32_t kind = hdr.u32(), version = hdr.u32();
  d.n_entries_ = hdr.u32();
  d.n_codes_ = hdr.u32();
  d.max_words_ = hdr.u32();
  if (!hdr.at_end()) return file->section_error("DHDR", "header is not 20 bytes");
  if (version != kDictionarySectionVersion) {
    return file->section_error("DHDR", "section version " + std::to_string(version) + ", this build reads " +
                                           std::to_string(kDictionarySectionVersion), StatusCode::kUnsupported);
  }
  if (kind < 1 || kind > 3) return file->section_error("DHDR", "unknown dictionary kind " + std::to_string(kind));
  d.kind_ = static_cast<DictionaryKind>(kind);
  d.ent_ = secs[1];
  d.cod_ = secs[2];
  d.idx_ = secs[3];
  d.strs_ = secs[4];
  if (d.ent_.size() != uint64_t{d.n_entries_} * kEntrySize) return file->section_error("DENT", "size does not match the entry count");
  if (d.cod_.size() != uint64_t{d.n_codes_} * kCodeSize) return file->section_error("DCOD", "size does not match the code count");
  if (d.idx_.size() != uint64_t{d.n_entries_} * kIndexSize) return file->section_error("DIDX", "size does not match the entry count");
  // Every reference checked once here, so lookups need no checks.
  const uint64_t pool = d.strs_.size();
  for (uint32_t i = 0; i < d.n_entries_; ++i) {
    const size_t o = size_t{i} * kEntrySize;
    const uint64_t po = d.u32_at(d.ent_, o), pl = d.u32_at(d.ent_, o + 4), qo = d.u32_at(d.ent_, o + 8),
                   ql = d.u32_at(d.ent_, o + 12), fc = d.u32_at(d.ent_, o + 16), nc = d.u32_at(d.ent_, o + 20);
    if (po + pl > pool || qo + ql > pool) return file->section_error("DENT", "entry " + std::to_string(i) + " points past STRS");
    if (fc + nc > d.n_codes_) return file->section_error("DENT", "entry " + std::to_string(i) + " points past DCOD");
  }
  for (uint32_t i = 0; i < d.n_codes_; ++i) {
    const size_t o = size_t{i} * kCodeSize;
    if (uint64_t{d.u32_at(d.cod_, o)} + d.u32_at(d.cod_, o + 4) > pool)
      return file->section_error("DCOD", "code " + std::to_string(i) + " points past STRS");
    if (is_complex_code(d.strs_.substr(d.u32_at(d.cod_, o), d.u32_at(d.cod_, o + 4)))) d.has_complex_codes_ = true;
  }
  uint64_t prev = 0;
  for (uint32_t i = 0; i < d.n_entries_; ++i) {
    const uint64_t h = u64_le(d.idx_, size_t{i} * kIndexSize);
    if (h < prev || d.u32_at(d.idx_, size_t{i} * kIndexSize + 8) >= d.n_entries_)
      return file->section_error("DIDX", "index is not sorted or points past DENT");
    prev = h;
    d.buckets_.add(h);
  }
  d.buckets_.finish();
  d.prefixes_.reserve(size_t{d.n_entries_} * 2);  // about two prefixes a phrase
  for (uint32_t i = 0; i < d.n_entries_; ++i) {
    const std::string_view p = d.phrase(i);
    uint64_t h = kFnvOffset;
    for (size_t k = 0; k < p.size(); ++k) {
      if (p[k] == ' ') d.prefixes_.add(h, kLonger);  // h is the hash of p[0, k)
      h = fnv_step(h, static_cast<unsigned char>(p[k]));
    }
    d.prefixes_.add(h, kWhole);
  }
  d.file_ = std::move(file);
  return d;
}

std::string_view CompiledDictionary::phrase(uint32_t e) const {
  const size_t o = size_t{e} * kEntrySize;
  return strs_.substr(u32_at(ent_, o), u32_at(ent_, o + 4));
}
std::string_view CompiledDictionary::primary(uint32_t e) const {
  const size_t o = size_t{e} * kEntrySize;
  return strs_.substr(u32_at(ent_, o + 8), u32_at(ent_, o + 12));
}
uint32_t CompiledDictionary::line(uint32_t e) const { return u32_at(ent_, size_t{e} * kEntrySize + 24) >> 1; }
bool CompiledDictionary::story_level(uint32_t e) const { return u32_at(ent_, size_t{e} * kEntrySize + 24) & 1; }

std::vector<DatedCode> CompiledDictionary::codes(uint32_t e) const {
  const size_t o = size_t{e} * kEntrySize;
  const uint32_t first = u32_at(ent_, o + 16), n = u32_at(ent_, o + 20);
  std::vector<DatedCode> out;
  out.reserve(n);
  for (uint32_t c = first; c < first + n; ++c) {
    const size_t co = size_t{c} * kCodeSize;
    out.push_back(DatedCode{std::string(strs_.substr(u32_at(cod_, co), u32_at(cod_, co + 4))),
                            u32_at(cod_, co + 8), u32_at(cod_, co + 12)});
  }
  return out;
}

std::string_view CompiledDictionary::first_code(uint32_t e) const {
  const size_t o = size_t{e} * kEntrySize;
  if (u32_at(ent_, o + 20) == 0) return {};
  const size_t co = size_t{u32_at(ent_, o + 16)} * kCodeSize;
  return strs_.substr(u32_at(cod_, co), u32_at(cod_, co + 4));
}

std::vector<uint32_t> CompiledDictionary::find(std::string_view p) const {
  std::vector<uint32_t> out;
  const uint64_t h = phrase_hash(p);
  // Every phrase's hash is in the prefix table as kWhole: most lookups miss,
  // and a miss there costs no binary search.
  if (!(prefixes_.get(h) & kWhole)) return out;
  auto [lo, hi] = buckets_.range(h);
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (u64_le(idx_, mid * kIndexSize) < h) lo = mid + 1; else hi = mid;
  }
  for (size_t i = lo; i < n_entries_ && u64_le(idx_, i * kIndexSize) == h; ++i) {
    const uint32_t e = u32_at(idx_, i * kIndexSize + 8);
    if (phrase(e) == p) out.push_back(e);
  }
  return out;
}

std::vector<uint32_t> CompiledDictionary::longest_match(const std::vector<std::string>& words, size_t i,
                                                        size_t& length) const {
  length = 0;
  // Walk forward while the words so far begin some phrase, noting the lengths
  // at which a whole phrase ends (bit n - 1 of `whole`; lengths past 64 words
  // are all searched). A hash collision only adds a length that find() then
  // rejects, and a true prefix is never missed, so the result is the search of
  // every length's.
  uint64_t whole = 0;
  size_t longest = 0;
  uint64_t h = kFnvOffset;
  for (size_t k = i; k < words.size(); ++k) {
    if (k > i) h = fnv_step(h, ' ');
    for (unsigned char c : words[k]) h = fnv_step(h, c);
    const uint8_t flags = prefixes_.get(h);
    if (flags == 0) break;
    const size_t n = k - i + 1;
    if (flags & kWhole) {
      longest = n;
      if (n <= 64) whole |= uint64_t{1} << (n - 1);
    }
    if (!(flags & kLonger)) break;
  }
  if (longest == 0) return {};
  // The longest phrase joined once; each shorter one is a prefix of it.
  std::string key = words[i];
  std::vector<size_t> ends{key.size()};  // ends[n - 1]: length of the first n words
  for (size_t k = 1; k < longest; ++k) {
    key.push_back(' ');
    key += words[i + k];
    ends.push_back(key.size());
  }
  for (size_t n = longest; n >= 1; --n) {
    if (n <= 64 && !((whole >> (n - 1)) & 1)) continue;
    auto found = find(std::string_view(key).substr(0, ends[n - 1]));
    if (!found.empty()) {
      length = n;
      return found;
    }
  }
  return {};
}

}  // namespace chronicle::rules
