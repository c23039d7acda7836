#include "ner/ner_tagger.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <string>

#include "io/byte_io.h"
#include "ner/clause_names.h"
#include "ner/name_history.h"
#include "ner/organisation_names.h"
#include "ner/titled_names.h"

namespace chronicle::ner {

namespace {
std::atomic<uint64_t> next_instance_id{1};
}  // namespace

Ner::Ner(Parts parts) : p_(std::move(parts)), instance_id_(next_instance_id.fetch_add(1)) {}

std::string Ner::label_name(uint32_t l) const {
  if (l == 0) return "O";
  return std::string(1, label_prefix(l)) + "-" + p_.types[label_type(l)];
}

Result<Ner> Ner::load(const std::string& path) {
  auto file = io::ModelFile::read(path);
  if (!file.ok()) return file.status();
  return from_file(*file);
}

Result<Ner> Ner::from_file(const io::ModelFile& file) {
  CHRONICLE_RETURN_IF_ERROR(file.expect_kind(io::ModelKind::kNer));
  Parts p;
  std::string error;
  {
    auto data = file.section("NTYP");
    if (!data.ok()) return data.status();
    io::ByteReader r(*data);
    uint32_t version = r.u32();
    if (r.ok() && version != 1)
      return file.section_error("NTYP", "version " + std::to_string(version) + ", this build reads version 1",
                                StatusCode::kUnsupported);
    uint32_t n = r.u32();
    if (!r.can_read(n, 4) || n == 0 || n > 64) return file.section_error("NTYP", "type count " + std::to_string(n) + " is invalid");
    for (uint32_t i = 0; i < n; ++i) p.types.emplace_back(r.str());
    if (!r.at_end()) return file.section_error("NTYP", "truncated or has trailing bytes");
  }
  {
    auto data = file.section("WGTS");
    if (!data.ok()) return data.status();
    if (!learn::Perceptron::from_bytes(*data, p.weights, error)) return file.section_error("WGTS", error);
    if (p.weights.num_classes() != 1 + 4 * p.types.size())
      return file.section_error("WGTS", "has " + std::to_string(p.weights.num_classes()) + " classes but NTYP's " +
                                            std::to_string(p.types.size()) + " types need " +
                                            std::to_string(1 + 4 * p.types.size()));
  }
  if (file.has_section("CLUS")) {
    auto data = file.section("CLUS");
    if (!data.ok()) return data.status();
    io::ByteReader r(*data);
    p.clusters.emplace_back();
    if (!p.clusters[0].read(r, error)) return file.section_error("CLUS", error);
    if (!r.at_end()) return file.section_error("CLUS", "has trailing bytes");
    // A second set (web-text clusters) only ever follows the first.
    if (file.has_section("CLS2")) {
      auto data2 = file.section("CLS2");
      if (!data2.ok()) return data2.status();
      io::ByteReader r2(*data2);
      p.clusters.emplace_back();
      if (!p.clusters[1].read(r2, error)) return file.section_error("CLS2", error);
      if (!r2.at_end()) return file.section_error("CLS2", "has trailing bytes");
    }
  }
  {
    auto data = file.section("GAZT");
    if (!data.ok()) return data.status();
    io::ByteReader r(*data);
    if (!p.gazetteer.read(r, error)) return file.section_error("GAZT", error);
    if (!r.at_end()) return file.section_error("GAZT", "has trailing bytes");
  }
  return Ner(std::move(p));
}

Status Ner::add_to(io::ModelWriter& writer) const {
  {
    io::ByteWriter w;
    w.u32(1);
    w.u32(static_cast<uint32_t>(p_.types.size()));
    for (const auto& t : p_.types) w.str(t);
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("NTYP", std::move(w).bytes()));
  }
  CHRONICLE_RETURN_IF_ERROR(writer.add_section("WGTS", p_.weights.to_bytes()));
  if (!p_.clusters.empty()) {
    io::ByteWriter w;
    p_.clusters[0].write(w);
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("CLUS", std::move(w).bytes()));
  }
  if (p_.clusters.size() > 1) {
    io::ByteWriter w;
    p_.clusters[1].write(w);
    CHRONICLE_RETURN_IF_ERROR(writer.add_section("CLS2", std::move(w).bytes()));
  }
  io::ByteWriter w;
  p_.gazetteer.write(w);
  return writer.add_section("GAZT", std::move(w).bytes());
}

void Ner::atoms(std::span<const std::string_view> forms, std::span<const std::string_view> xpos,
                std::vector<NerAtoms>& out) const {
  out.resize(forms.size());
  thread_local WordAtomsCache cache;
  cache.bind(instance_id_);
  sentence_atoms(forms, xpos, p_.clusters, p_.gazetteer, out, &cache);
}

void Ner::predict(std::span<const NerAtoms> atoms, std::vector<uint32_t>& labels) const {
  const uint32_t nl = num_labels();
  labels.assign(atoms.size(), 0);
  thread_local std::vector<float> scores;
  learn::FeatureId feats[kMaxNerFeatures];
  uint32_t prev1 = kNoLabel, prev2 = kNoLabel;
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (starts_outside(atoms[i], label_outside(prev1))) {
      labels[i] = 0;
      prev2 = prev1;
      prev1 = 0;
      continue;
    }
    const size_t nf = ner_features(atoms, i, prev1, prev2, feats);
    scores.assign(nl, 0.0f);
    p_.weights.score(std::span<const learn::FeatureId>(feats, nf), scores);
    const bool last = i + 1 == atoms.size();
    uint32_t best = kNoLabel;
    for (uint32_t l = 0; l < nl; ++l) {
      if (!label_allowed(prev1, l, last)) continue;
      if (best == kNoLabel || scores[l] > scores[best]) best = l;
    }
    labels[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}

namespace {

std::string lower_tokens(const Document& doc, uint32_t first, uint32_t last) {
  std::string s;
  for (uint32_t t = first; t < last; ++t) {
    if (t > first) s.push_back(' ');
    std::string_view f = doc.token_text(doc.tokens[t]);
    for (char c : f) s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return s;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> words);

bool init_upper(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  for (auto x : words)
    if (w == x) return true;
  return false;
}

// True when a sentence is set in headline case or capitals: its words'
// case says little about where names start and end.
bool capitalised_sentence(const Document& doc, uint32_t sentence) {
  if (sentence >= doc.sentences.size()) return false;
  const Sentence& s = doc.sentences[sentence];
  if (s.capitals) return true;  // recased for the NER, still a headline
  size_t alpha = 0, upper = 0;
  for (uint32_t k = s.first_token; k < s.last_token; ++k) {
    std::string_view w = doc.token_text(doc.tokens[k]);
    if (w.empty() || !((w[0] | 32) >= 'a' && (w[0] | 32) <= 'z')) continue;
    ++alpha;
    upper += init_upper(w);
  }
  return alpha >= 3 && upper * 4 >= alpha * 3;
}

// A multi-word name found in an ordinary sentence is cut the same way in
// headlines and capitals: "KIM JONG" + "UN" over "KIM JONG UN" become the
// body's "Kim Jong Un", with its type.
void resegment_capitalised(const Document& doc, std::vector<NameMention>& names) {
  struct Known {
    std::string key;
    uint32_t length;
    std::string type;
  };
  auto by_first_token = [](const NameMention& a, const NameMention& b) { return a.first_token < b.first_token; };
  // Most documents have no sentence in headline case: nothing is recut then,
  // and the map below need not be built (the order of the names is still set).
  bool any_capitalised = false;
  for (uint32_t si = 0; si < doc.sentences.size() && !any_capitalised; ++si)
    any_capitalised = capitalised_sentence(doc, si);
  if (!any_capitalised) {
    std::sort(names.begin(), names.end(), by_first_token);
    return;
  }
  std::map<std::string, std::vector<Known>> by_first;  // lowercase first word -> names, longest first
  for (const auto& m : names) {
    if (capitalised_sentence(doc, doc.tokens[m.first_token].sentence)) continue;
    by_first[lower_tokens(doc, m.first_token, m.first_token + 1)].push_back(
        {lower_tokens(doc, m.first_token, m.last_token), m.last_token - m.first_token, m.type});
    // A person is named by the surname alone in headlines ("TRUMP CANCELS ...").
    if (m.type == "PERSON" && m.last_token - m.first_token >= 2)
      by_first[lower_tokens(doc, m.last_token - 1, m.last_token)].push_back(
          {lower_tokens(doc, m.last_token - 1, m.last_token), 1, m.type});
  }
  if (by_first.empty()) return;
  for (auto& [first, list] : by_first)
    std::stable_sort(list.begin(), list.end(), [](const Known& a, const Known& b) { return a.length > b.length; });
  std::vector<NameMention> added;
  std::vector<bool> dropped(names.size(), false);
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    if (!capitalised_sentence(doc, si)) continue;
    const Sentence& s = doc.sentences[si];
    for (uint32_t t = s.first_token; t < s.last_token; ++t) {
      const auto candidates = by_first.find(lower_tokens(doc, t, t + 1));
      if (candidates == by_first.end()) continue;
      for (const Known& k : candidates->second) {
        const uint32_t end = t + k.length;
        if (end > s.last_token || lower_tokens(doc, t, end) != k.key) continue;
        bool same = false, covered = false;
        for (size_t i = 0; i < names.size() && k.length == 1; ++i)
          covered = covered || (!dropped[i] && names[i].first_token <= t && t < names[i].last_token);
        if (covered) continue;  // one word never recuts what the model found
        for (size_t i = 0; i < names.size(); ++i) {
          if (dropped[i] || names[i].last_token <= t || names[i].first_token >= end) continue;
          if (names[i].first_token == t && names[i].last_token == end) {
            same = true;
            continue;
          }
          dropped[i] = true;
        }
        if (!same) added.push_back({doc.tokens[t].start, doc.tokens[end - 1].end, t, end, k.type});
        t = end - 1;
        break;
      }
    }
  }
  std::vector<NameMention> out;
  for (size_t i = 0; i < names.size(); ++i)
    if (!dropped[i]) out.push_back(std::move(names[i]));
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin(), out.end(), by_first_token);
  names = std::move(out);
}

// "the Group of Nine and Gondor" tagged as one name: a country named after
// "and" is a name of its own, and so is what came before ("Group of Nine"),
// unless the whole is a country ("Trinidad and Tobago"). Capitalised words
// after the country stay a name of the first one's type ("... and Gondor
// Elmford").
void split_country_after_and(const Document& doc, std::vector<NameMention>& names, const Gazetteer& gazetteer) {
  auto country = [&](uint32_t first, uint32_t last) {
    thread_local std::vector<std::string> lower;
    thread_local std::vector<std::string_view> words;
    lower.clear();
    words.clear();
    for (uint32_t t = first; t < last; ++t) lower.push_back(lower_tokens(doc, t, t + 1));
    for (const auto& w : lower) words.push_back(w);
    return (gazetteer.lookup(words) & kGazCountry) != 0;
  };
  std::vector<NameMention> out;
  out.reserve(names.size());
  for (NameMention& m : names) {
    uint32_t split = 0, country_end = 0;
    if (m.type != "PERSON" && m.last_token - m.first_token >= 3 && !country(m.first_token, m.last_token)) {
      for (uint32_t k = m.first_token + 1; k + 1 < m.last_token && !split; ++k) {
        if (doc.token_text(doc.tokens[k]) != "and") continue;
        for (uint32_t e = std::min(m.last_token, k + 1 + kMaxPhraseTokens); e > k + 1 && !split; --e)
          if (country(k + 1, e)) split = k, country_end = e;
      }
    }
    if (!split) {
      out.push_back(std::move(m));
      continue;
    }
    out.push_back({m.start, doc.tokens[split - 1].end, m.first_token, split, m.type});
    out.push_back({doc.tokens[split + 1].start, doc.tokens[country_end - 1].end, split + 1, country_end, "GPE"});
    if (country_end < m.last_token && init_upper(doc.token_text(doc.tokens[country_end])))  // not "in Dublin"
      out.push_back({doc.tokens[country_end].start, m.end, country_end, m.last_token, m.type});
  }
  names = std::move(out);
}

}  // namespace

void harmonize_names(const Document& doc, std::vector<NameMention>& names, const Gazetteer* gazetteer) {
  auto word = [&](uint32_t t) { return doc.token_text(doc.tokens[t]); };
  resegment_capitalised(doc, names);
  // Repairs of split or mistyped spans before the votes.
  for (size_t i = 0; i + 1 < names.size(); ++i) {
    NameMention& a = names[i];
    NameMention& b = names[i + 1];
    if (a.last_token == b.first_token && a.last_token - a.first_token == 1 && b.type == "NORP" &&
        one_of(word(a.first_token), {"North", "South", "East", "West", "Northern", "Southern"})) {
      b.first_token = a.first_token;
      b.start = a.start;
      a.last_token = a.first_token;  // emptied, erased below
    }
  }
  std::erase_if(names, [](const NameMention& m) { return m.last_token <= m.first_token; });
  // A compass word the model left out of the NORP after it ("North" + "Korean").
  for (size_t i = 0; i < names.size(); ++i) {
    NameMention& b = names[i];
    const uint32_t p = b.first_token;
    if (b.type != "NORP" || p == 0 || (i > 0 && names[i - 1].last_token > p - 1)) continue;
    if (doc.tokens[p - 1].sentence == doc.tokens[p].sentence &&
        one_of(word(p - 1), {"North", "South", "East", "West", "Northern", "Southern"})) {
      b.first_token = p - 1;
      b.start = doc.tokens[p - 1].start;
    }
  }
  std::vector<bool> in_name(doc.tokens.size(), false);
  for (const auto& m : names)
    for (uint32_t t = m.first_token; t < m.last_token; ++t) in_name[t] = true;
  for (auto& m : names) {
    const uint32_t n = m.last_token;
    if (n < doc.tokens.size() && !in_name[n] && doc.tokens[n].sentence == doc.tokens[m.first_token].sentence &&
        one_of(word(n), {"Peninsula", "Sea", "Ocean", "River", "Mountains", "Gulf", "Strait", "Lake", "Valley",
                         "Desert", "Basin", "Plateau", "Straits"})) {
      m.last_token = n + 1;
      m.end = doc.tokens[n].end;
      m.type = "LOC";
      in_name[n] = true;
    }
  }
  // Before the surname vote below: a run-on "Arnor Bank governor Ana Dale" is
  // no person for ending in her surname, and "Mines Ana Dale" (after
  // "Minister of") is Ana Dale, whose surname the vote then gives the
  // document's other "Dale" names.
  split_portfolio_names(doc, names);
  split_titled_names(doc, names);
  // The holder of a title the model took for a name ("National Security
  // Adviser" as ORG) is the capitalised run right after it: "John" + "Bolton".
  {
    std::vector<int> owner(doc.tokens.size(), -1);
    for (size_t i = 0; i < names.size(); ++i)
      for (uint32_t t = names[i].first_token; t < names[i].last_token; ++t) owner[t] = static_cast<int>(i);
    std::vector<NameMention> holders;
    for (size_t i = 0; i < names.size(); ++i) {
      const NameMention& m = names[i];
      if (m.type == "PERSON" || !is_job_title(word(m.last_token - 1))) continue;
      const uint32_t start = m.last_token, sentence = doc.tokens[m.first_token].sentence;
      uint32_t end = start;
      // A glued hyphen and a capitalised word go on with the run, uncounted
      // ("Omar Al" + "-" + "Haddad" is one surname).
      auto glued_part = [&](uint32_t h) {
        return h > start && h + 1 < doc.tokens.size() && word(h) == "-" && !doc.tokens[h - 1].space_after &&
               !doc.tokens[h].space_after && owner[h] < 0 && owner[h + 1] < 0 &&
               doc.tokens[h + 1].sentence == sentence && init_upper(word(h + 1));
      };
      uint32_t words = 0;
      while (end < doc.tokens.size() && words < 3 && owner[end] < 0 && doc.tokens[end].sentence == sentence &&
             init_upper(word(end))) {
        ++end, ++words;
        while (glued_part(end)) end += 2;
      }
      // A glued hyphen goes on to the next name ("Salem Abdul" + "-" + "Aziz al-Sabah").
      if (end > start && end + 1 < doc.tokens.size() && word(end) == "-" && !doc.tokens[end - 1].space_after &&
          !doc.tokens[end].space_after && owner[end + 1] >= 0 && names[owner[end + 1]].first_token == end + 1 &&
          names[owner[end + 1]].type == "PERSON")
        owner[end] = owner[end + 1], ++end;
      if (end < doc.tokens.size() && owner[end] >= 0 && names[owner[end]].first_token == end &&
          doc.tokens[end].sentence == sentence) {
        NameMention& next = names[owner[end]];  // "Bolton", or the whole "John Bolton"
        next.first_token = start;
        next.start = doc.tokens[start].start;
        next.type = "PERSON";
        for (uint32_t t = start; t < end; ++t) owner[t] = owner[end];
      } else if (end - start >= 2) {
        holders.push_back({doc.tokens[start].start, doc.tokens[end - 1].end, start, end, "PERSON"});
        for (uint32_t t = start; t < end; ++t) owner[t] = -2;
      }
    }
    names.insert(names.end(), holders.begin(), holders.end());
    std::sort(names.begin(), names.end(),
              [](const NameMention& a, const NameMention& b) { return a.first_token < b.first_token; });
  }
  // The surname vote, after the holders are found: a title's holder
  // ("Secretary Omar Al-Haddad") gives his surname to the document's other
  // "Al-Haddad" names as any person does.
  std::set<std::string> surnames;
  for (const auto& m : names)
    if (m.type == "PERSON") surnames.insert(std::string(word(m.last_token - 1)));
  for (auto& m : names)
    if (m.type != "PERSON" && m.last_token - m.first_token >= 2 && surnames.count(std::string(word(m.last_token - 1))))
      m.type = "PERSON";
  std::erase_if(names, [&](const NameMention& m) {
    std::string_view head = word(m.last_token - 1);
    if (m.last_token - m.first_token == 1 &&
        one_of(head, {"BST", "GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "MST", "MDT", "CET", "CEST",
                      "IST", "JST", "KST", "AEST", "AEDT"}))
      return true;
    return m.type != "PERSON" && is_job_title(head);
  });
  if (gazetteer) split_country_after_and(doc, names, *gazetteer);
  if (gazetteer) {
    for (auto& m : names) {
      if (m.last_token - m.first_token != 1 || (m.type != "ORG" && m.type != "NORP")) continue;
      std::string lw = lower_tokens(doc, m.first_token, m.last_token);
      std::string_view v = lw;
      std::string_view w = word(m.first_token);
      const bool all_caps = std::all_of(w.begin(), w.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
      if (!all_caps && (gazetteer->lookup(std::span<const std::string_view>(&v, 1)) & (kGazCountry | kGazCity)))
        m.type = "GPE";
    }
  }
  extend_organisation_heads(doc, names);
  // Case context of each sentence: headline-case and all-caps sentences vote less.
  auto ordinary = [&](const NameMention& m) {
    const Token& t = doc.tokens[m.first_token];
    const Sentence* s = nullptr;
    if (t.sentence < doc.sentences.size()) s = &doc.sentences[t.sentence];
    if (!s) return true;
    if (s->capitals) return false;
    size_t alpha = 0, upper = 0;
    for (uint32_t k = s->first_token; k < s->last_token; ++k) {
      std::string_view w = doc.token_text(doc.tokens[k]);
      if (w.empty() || !((w[0] | 32) >= 'a' && (w[0] | 32) <= 'z')) continue;
      ++alpha;
      upper += init_upper(w);
    }
    return !(alpha >= 3 && upper * 4 >= alpha * 3);
  };
  struct Vote {
    int weight = 0;
    size_t first = 0;  // index of the type's first occurrence
  };
  std::map<std::string, std::map<std::string, Vote>> votes;
  std::vector<std::string> keys(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    keys[i] = lower_tokens(doc, names[i].first_token, names[i].last_token);
    auto [it, fresh] = votes[keys[i]].try_emplace(names[i].type);
    if (fresh) it->second.first = i;
    it->second.weight += ordinary(names[i]) ? 2 : 1;
  }
  // A tie goes to the type the name had first, so the name still has one
  // type in the document ("Gondor" GPE, then PERSON: GPE).
  for (size_t i = 0; i < names.size(); ++i) {
    const Vote* best = nullptr;
    for (const auto& [type, v] : votes[keys[i]])
      if (!best || v.weight > best->weight || (v.weight == best->weight && v.first < best->first)) {
        best = &v;
        names[i].type = type;
      }
  }
  // Capitalised repeats of multi-word names the model missed.
  std::vector<bool> taken(doc.tokens.size(), false);
  for (const auto& m : names)
    for (uint32_t t = m.first_token; t < m.last_token; ++t) taken[t] = true;
  std::map<std::string, std::pair<uint32_t, std::string>> multi;  // key -> (token count, type)
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i].last_token - names[i].first_token >= 2)
      multi.emplace(keys[i], std::make_pair(names[i].last_token - names[i].first_token, names[i].type));
  std::vector<NameMention> added;
  // Candidate starts by lowercase first word, so the scan is linear in the document.
  std::map<std::string, std::vector<uint32_t>> starts;
  if (!multi.empty()) {
    std::set<std::string> firsts;
    for (const auto& [key, info] : multi) firsts.insert(key.substr(0, key.find(' ')));
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      if (taken[t] || !init_upper(doc.token_text(doc.tokens[t]))) continue;
      std::string lw = lower_tokens(doc, t, t + 1);
      if (firsts.count(lw)) starts[lw].push_back(t);
    }
  }
  for (const auto& [key, info] : multi) {
    const uint32_t len = info.first;
    for (uint32_t t : starts[key.substr(0, key.find(' '))]) {
      if (t + len > doc.tokens.size() || taken[t]) continue;
      if (doc.tokens[t].sentence != doc.tokens[t + len - 1].sentence) continue;
      bool free = true;
      for (uint32_t k = t; k < t + len; ++k) free = free && !taken[k];
      if (!free || lower_tokens(doc, t, t + len) != key) continue;
      added.push_back({doc.tokens[t].start, doc.tokens[t + len - 1].end, t, t + len, info.second});
      for (uint32_t k = t; k < t + len; ++k) taken[k] = true;
    }
  }
  names.insert(names.end(), added.begin(), added.end());
  std::sort(names.begin(), names.end(),
            [](const NameMention& a, const NameMention& b) { return a.first_token < b.first_token; });
  auto gazetteer_country = [&](const NameMention& m) {
    if (!gazetteer) return false;
    thread_local std::vector<std::string> lower_words;
    thread_local std::vector<std::string_view> words;
    lower_words.clear();
    words.clear();
    for (uint32_t t = m.first_token; t < m.last_token; ++t) lower_words.push_back(lower_tokens(doc, t, t + 1));
    for (const auto& w : lower_words) words.push_back(w);
    return (gazetteer->lookup(words) & kGazCountry) != 0;
  };
  // Type refinement by the head (last) word.
  for (auto& m : names) {
    std::string_view head = doc.token_text(doc.tokens[m.last_token - 1]);
    bool facility = false;
    for (uint32_t t = m.first_token; t < m.last_token && m.last_token - m.first_token >= 2; ++t)
      facility = facility || one_of(doc.token_text(doc.tokens[t]),
                                    {"Base", "Airport", "Bridge", "Station", "Stadium", "Hospital", "Palace", "Tower",
                                     "Square", "Prison", "Embassy", "Dam", "Hotel", "Airbase"});
    if (m.type != "PERSON" && facility) {
      m.type = "FAC";
    } else if ((m.type == "GPE" || m.type == "ORG") &&
               one_of(head, {"Peninsula", "Sea", "Ocean", "River", "Mountains", "Gulf", "Strait", "Lake", "Island",
                             "Islands", "Valley", "Desert", "Coast", "Bay", "Basin", "Plateau", "Mount", "Straits"})) {
      // A country named for its land stays a country ("Ivory Coast", "Solomon Islands").
      m.type = gazetteer_country(m) ? "GPE" : "LOC";
    }
  }
}

namespace {
void join_hyphenated_names(const Document& doc, std::vector<NameMention>& names);
}  // namespace

void trim_names(const Document& doc, std::vector<NameMention>& names) {
  auto punct = [&](uint32_t t) { return doc.tokens[t].kind == TokenKind::kPunct; };
  auto lowercase_word = [&](uint32_t t) {
    const std::string_view w = doc.token_text(doc.tokens[t]);
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  split_clause_names(doc, names);
  for (NameMention& m : names) {
    uint32_t first = m.first_token, last = m.last_token;
    while (first < last && punct(first)) ++first;
    while (last > first && punct(last - 1)) --last;
    // All-lowercase text keeps its spans: only a name with a capitalised
    // word sheds lowercase words at its end.
    uint32_t cut = last;
    while (cut > first + 1 && lowercase_word(cut - 1)) --cut;
    if (cut < last && !lowercase_word(cut - 1)) last = cut;
    while (last > first && punct(last - 1)) --last;
    if (first == last) {
      m.first_token = m.last_token = 0;
      continue;
    }
    m.first_token = first;
    m.last_token = last;
    m.start = doc.tokens[first].start;
    m.end = doc.tokens[last - 1].end;
  }
  std::erase_if(names, [](const NameMention& m) { return m.first_token == m.last_token; });
  join_hyphenated_names(doc, names);
}

namespace {

void join_hyphenated_names(const Document& doc, std::vector<NameMention>& names) {
  // "Anne-Marie" is three tokens (UD splits hyphens). A person's name grows
  // over a glued hyphen to a capitalised word that is no other kind of name;
  // places and peoples stay apart ("US-German", "Israeli-Palestinian").
  auto glued_hyphen = [&](uint32_t t) {
    return t > 0 && t + 1 < doc.tokens.size() && doc.token_text(doc.tokens[t]) == "-" &&
           !doc.tokens[t - 1].space_after && !doc.tokens[t].space_after &&
           doc.tokens[t - 1].sentence == doc.tokens[t + 1].sentence;
  };
  auto capitalised = [&](uint32_t t) {
    const std::string_view w = doc.token_text(doc.tokens[t]);
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  };
  std::vector<int32_t> owner(doc.tokens.size(), -1);  // name index per token
  for (size_t i = 0; i < names.size(); ++i)
    for (uint32_t t = names[i].first_token; t < names[i].last_token && t < owner.size(); ++t)
      owner[t] = static_cast<int32_t>(i);
  auto joinable = [&](uint32_t t) {
    return capitalised(t) && (owner[t] < 0 || names[static_cast<size_t>(owner[t])].type == "PERSON");
  };
  std::vector<bool> absorbed(names.size(), false);
  for (size_t i = 0; i < names.size(); ++i) {
    NameMention& m = names[i];
    if (absorbed[i] || m.type != "PERSON") continue;
    auto absorb = [&](uint32_t t) {
      if (owner[t] < 0 || owner[t] == static_cast<int32_t>(i)) return;
      const NameMention& other = names[static_cast<size_t>(owner[t])];
      absorbed[static_cast<size_t>(owner[t])] = true;
      if (other.first_token < m.first_token) m.first_token = other.first_token, m.start = other.start;
      if (other.last_token > m.last_token) m.last_token = other.last_token, m.end = other.end;
    };
    while (m.first_token >= 2 && glued_hyphen(m.first_token - 1) && joinable(m.first_token - 2)) {
      m.first_token -= 2;
      m.start = doc.tokens[m.first_token].start;
      absorb(m.first_token);
    }
    while (m.last_token + 1 < doc.tokens.size() && glued_hyphen(m.last_token) && joinable(m.last_token + 1)) {
      m.last_token += 2;
      m.end = doc.tokens[m.last_token - 1].end;
      absorb(m.last_token - 1);
    }
    for (uint32_t t = m.first_token; t < m.last_token; ++t) owner[t] = static_cast<int32_t>(i);
  }
  std::vector<NameMention> out;
  for (size_t i = 0; i < names.size(); ++i)
    if (!absorbed[i]) out.push_back(std::move(names[i]));
  names = std::move(out);
}

}  // namespace

void Ner::recognize(Document& doc) const {
  doc.names.clear();
  thread_local std::vector<std::string_view> forms, xpos;
  thread_local std::vector<NerAtoms> at;
  thread_local std::vector<uint32_t> labels;
  NameHistory history;
  auto run = [&](uint32_t first, uint32_t last) {
    if (first >= last) return;
    forms.clear();
    xpos.clear();
    for (uint32_t t = first; t < last; ++t) {
      forms.push_back(doc.token_text(doc.tokens[t]));
      xpos.push_back(doc.tokens[t].xpos);
    }
    atoms(forms, xpos, at);
    history.fill(at);
    predict(at, labels);
    history.add(at, labels);
    for (uint32_t i = 0; i < labels.size(); ++i) {
      const uint32_t l = labels[i];
      if (l == 0) continue;
      const char p = label_prefix(l);
      if (p == 'B' || p == 'U') {
        const uint32_t t = first + i;
        doc.names.push_back({doc.tokens[t].start, doc.tokens[t].end, t, t + 1, p_.types[label_type(l)]});
      } else if (!doc.names.empty()) {
        doc.names.back().last_token = first + i + 1;
        doc.names.back().end = doc.tokens[first + i].end;
      }
    }
  };
  if (doc.sentences.empty()) {
    run(0, static_cast<uint32_t>(doc.tokens.size()));
  } else {
    for (const Sentence& s : doc.sentences) run(s.first_token, s.last_token);
  }
  // Hashtags, handles and links are the social stage's; a name never spans one.
  std::erase_if(doc.names, [&](const NameMention& m) {
    for (uint32_t t = m.first_token; t < m.last_token; ++t) {
      const TokenKind k = doc.tokens[t].kind;
      if (k == TokenKind::kHashtag || k == TokenKind::kMention || k == TokenKind::kUrl || k == TokenKind::kEmail)
        return true;
    }
    return false;
  });
  trim_names(doc, doc.names);
  harmonize_names(doc, doc.names, &p_.gazetteer);
}

}  // namespace chronicle::ner
