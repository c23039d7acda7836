#include "tag/lemmatizer.h"

#include "learn/perceptron.h"
#include "tag/tag_features.h"

namespace chronicle::tag {

using learn::hash_feature;
using learn::hash_string;

uint64_t Lemmatizer::exception_key(std::string_view form, std::string_view xpos) {
  return hash_feature(900, hash_string(form), hash_string(xpos));
}

uint64_t Lemmatizer::rule_key(std::string_view xpos, std::string_view lower_suffix) {
  return hash_feature(901, hash_string(xpos), hash_string(lower_suffix));
}

std::string Lemmatizer::apply(const LemmaRule& rule, std::string_view form) {
  std::string base;
  if (rule.lower) {
    ascii_lower(form, base);
  } else {
    base.assign(form);
  }
  base.resize(base.size() - rule.strip);
  base += rule.append;
  return base;
}

const LemmaRule* Lemmatizer::find_rule(uint64_t xpos_hash, std::string_view lower) const {
  size_t longest = std::min(kMaxSuffix, lower.size());
  for (size_t len = longest + 1; len-- > 0;) {
    uint32_t id = rule_keys_.get(hash_feature(901, xpos_hash, hash_string(lower.substr(lower.size() - len))));
    if (id == learn::U64Map::kMissing || id >= rules_.size()) continue;
    // Never cut inside a UTF-8 character (an emoji's lemma must stay valid).
    const size_t strip = rules_[id].strip;
    if (strip > lower.size()) continue;
    const size_t cut = lower.size() - strip;
    if (cut < lower.size() && (static_cast<unsigned char>(lower[cut]) & 0xC0) == 0x80) continue;
    return &rules_[id];
  }
  return nullptr;
}

void Lemmatizer::lemmatize(std::string_view form, std::string_view xpos, std::string& out) const {
  lemmatize(form, hash_string(xpos), out);
}

// The keys are exception_key and rule_key with the XPOS hashed once, not at
// each of the up to nine probes; the lemma is built in `out` in place.
void Lemmatizer::lemmatize(std::string_view form, uint64_t xpos_hash, std::string& out) const {
  uint32_t id = exceptions_.get(hash_feature(900, hash_string(form), xpos_hash));
  if (id != learn::U64Map::kMissing && id < strings_.size()) {
    out = strings_[id];
    return;
  }
  thread_local std::string lower;
  ascii_lower(form, lower);
  if (lower != form) {
    id = exceptions_.get(hash_feature(900, hash_string(lower), xpos_hash));
    if (id != learn::U64Map::kMissing && id < strings_.size()) {
      out = strings_[id];
      return;
    }
  }
  if (const LemmaRule* rule = find_rule(xpos_hash, lower)) {
    // apply(), without its temporary string.
    out.assign(rule->lower ? std::string_view(lower) : form);
    out.resize(out.size() - rule->strip);
    out += rule->append;
    return;
  }
  out.assign(form);
}

uint32_t Lemmatizer::intern(const std::string& s) {
  uint64_t h = hash_string(s);
  uint32_t id = string_ids_.get(h);
  if (id != learn::U64Map::kMissing) return id;
  id = static_cast<uint32_t>(strings_.size());
  strings_.push_back(s);
  string_ids_.set(h, id);
  return id;
}

void Lemmatizer::add_exception(std::string_view form, std::string_view xpos, const std::string& lemma) {
  exceptions_.set(exception_key(form, xpos), intern(lemma));
}

void Lemmatizer::add_rule(std::string_view xpos, std::string_view lower_suffix, const LemmaRule& rule) {
  uint64_t h = hash_feature(902, hash_string(rule.append), rule.strip, rule.lower ? 1 : 0);
  uint32_t id = rule_ids_.get(h);
  if (id == learn::U64Map::kMissing) {
    id = static_cast<uint32_t>(rules_.size());
    rules_.push_back(rule);
    rule_ids_.set(h, id);
  }
  rule_keys_.set(rule_key(xpos, lower_suffix), id);
}

void Lemmatizer::write(io::ByteWriter& w) const {
  w.u32(1);
  w.u32(static_cast<uint32_t>(strings_.size()));
  for (const std::string& s : strings_) w.str(s);
  w.u32(static_cast<uint32_t>(rules_.size()));
  for (const LemmaRule& r : rules_) {
    w.u8(r.strip);
    w.u8(r.lower ? 1 : 0);
    w.str(r.append);
  }
  exceptions_.write(w);
  rule_keys_.write(w);
}

bool Lemmatizer::read(io::ByteReader& r, std::string& error) {
  uint32_t version = r.u32();
  if (r.ok() && version != 1) {
    error = "lemmatizer version " + std::to_string(version) + ", this build reads version 1";
    return false;
  }
  Lemmatizer l;
  uint32_t ns = r.u32();
  if (!r.can_read(ns, 4)) {
    error = "lemma string count " + std::to_string(ns) + " exceeds the section";
    return false;
  }
  l.strings_.reserve(ns);
  for (uint32_t i = 0; i < ns; ++i) l.strings_.emplace_back(r.str());
  uint32_t nr = r.u32();
  if (!r.can_read(nr, 6)) {
    error = "lemma rule count " + std::to_string(nr) + " exceeds the section";
    return false;
  }
  for (uint32_t i = 0; i < nr; ++i) {
    LemmaRule rule;
    rule.strip = r.u8();
    rule.lower = r.u8() != 0;
    rule.append = std::string(r.str());
    l.rules_.push_back(std::move(rule));
  }
  if (!r.ok() || !l.exceptions_.read(r) || !l.rule_keys_.read(r)) {
    error = "lemmatizer tables are truncated or malformed";
    return false;
  }
  *this = std::move(l);
  return true;
}

}  // namespace chronicle::tag
