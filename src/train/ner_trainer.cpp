#include "train/ner_trainer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "eval/ner_conventions.h"
#include "io/crc32.h"
#include "io/model_writer.h"
#include "ner/name_history.h"
#include "rules/actor_dictionary.h"

namespace chronicle::train {

namespace {

// chronicle's learned types, in label order (LOC and FAC come from refinement).
const std::vector<std::string> kLearnedTypes = {"PERSON", "ORG", "GPE", "NORP", "MISC"};

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

Result<std::string> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open file", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

std::string hex32(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", v);
  return buf;
}

std::string base(const std::string& p) {
  size_t slash = p.find_last_of('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  std::string x;
  while (std::getline(ss, x, '\t')) f.push_back(x);
  return f;
}

struct TrainSentence {
  std::vector<ner::NerAtoms> atoms;
  std::vector<uint32_t> gold;
  std::vector<uint32_t> predicted;  // labels of the last training pass (the next pass's history)
  bool new_document = false;
  bool recased = false;  // a capitalised or lowercased copy of the sentence before it
};

// Sets every sentence's history atoms from `labels` of the sentences before
// it in corpus order (ner/name_history.h). A recased copy sees the history
// of its original, never the original itself.
void fill_history(std::vector<TrainSentence>& data, bool from_predicted) {
  ner::NameHistory history;
  for (size_t i = 0; i < data.size(); ++i) {
    if (data[i].recased) continue;
    if (data[i].new_document) history.clear();
    history.fill(data[i].atoms);
    for (size_t j = i + 1; j < data.size() && data[j].recased; ++j) history.fill(data[j].atoms);
    history.add(data[i].atoms, from_predicted ? data[i].predicted : data[i].gold);
  }
}

// BIO tags (corpus types) -> BILOU label ids over kLearnedTypes.
std::vector<uint32_t> bilou_labels(const std::vector<std::string>& tags) {
  std::vector<uint32_t> out(tags.size(), 0);
  for (const eval::NerSpan& s : eval::bio_spans(tags)) {
    const std::string type = map_corpus_type(s.type);
    auto it = std::find(kLearnedTypes.begin(), kLearnedTypes.end(), type);
    if (it == kLearnedTypes.end()) continue;
    const uint32_t t = static_cast<uint32_t>(it - kLearnedTypes.begin());
    if (s.last - s.first == 1) {
      out[s.first] = 4 + 4 * t;
      continue;
    }
    out[s.first] = 1 + 4 * t;
    for (uint32_t i = s.first + 1; i + 1 < s.last; ++i) out[i] = 2 + 4 * t;
    out[s.last - 1] = 3 + 4 * t;
  }
  return out;
}

void xpos_of(const tag::Tagger& tagger, const std::vector<std::string_view>& forms, std::vector<std::string_view>& xpos) {
  thread_local std::vector<uint32_t> labels;
  tagger.predict(forms, labels);
  xpos.clear();
  for (uint32_t l : labels) xpos.push_back(tagger.labels()[l].xpos);
}

std::string upper(std::string_view s) {
  std::string u(s);
  for (char& c : u)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return u;
}

std::string lower(std::string_view s) {
  std::string u(s);
  for (char& c : u)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return u;
}

// The coarse types a corpus labels at all: a corpus without MISC (UNER) is
// scored on the others only.
std::set<std::string> gold_types(const eval::NerCorpus& c) {
  std::set<std::string> types;
  for (const auto& s : c.sentences)
    for (const auto& span : eval::bio_spans(s.tags)) {
      std::string t = eval::coarse_ner_type(span.type);
      if (!t.empty()) types.insert(t);
    }
  return types;
}

// Only GMB (lowercase tags) puts titles in person spans; in the others a
// title word inside a name is part of it ("Sheikh Hasina").
void strip_title_log(eval::NerCorpus& c, const NerTrainOptions& options) {
  bool gmb = false;
  for (size_t i = 0; i < c.sentences.size() && !gmb; ++i)
    for (const auto& t : c.sentences[i].tags) gmb = gmb || t == "B-per";
  if (!gmb) return;
  const int n = eval::strip_person_titles(c);
  if (options.log) options.log("ner: " + base(c.name) + ": titles taken out of " + std::to_string(n) + " person spans");
}

}  // namespace

std::string map_corpus_type(const std::string& t) {
  if (t == "per" || t == "PER" || t == "PERSON") return "PERSON";
  if (t == "org" || t == "ORG") return "ORG";
  if (t == "geo" || t == "LOC" || t == "GPE") return "GPE";
  if (t == "gpe" || t == "NORP") return "NORP";
  if (t == "art" || t == "eve" || t == "nat" || t == "MISC") return "MISC";
  return "";
}

Result<ner::Gazetteer> build_gazetteer(const std::string& geonames_dir, const std::string& iso_3166_path) {
  ner::Gazetteer g;
  auto add_file = [&](const std::string& path, std::vector<size_t> cols, uint32_t kind) -> Status {
    std::ifstream in(path);
    if (!in) return Status(StatusCode::kNotFound, "cannot open gazetteer source", path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto f = split_tabs(line);
      for (size_t c : cols)
        if (c < f.size() && !f[c].empty() && f[c].find(',') == std::string::npos) g.add(f[c], kind);
    }
    return {};
  };
  if (!geonames_dir.empty()) {
    CHRONICLE_RETURN_IF_ERROR(add_file(geonames_dir + "/cities15000.txt", {1, 2}, ner::kGazCity));
    CHRONICLE_RETURN_IF_ERROR(add_file(geonames_dir + "/admin1CodesASCII.txt", {1, 2}, ner::kGazRegion));
    CHRONICLE_RETURN_IF_ERROR(add_file(geonames_dir + "/countryInfo.txt", {4}, ner::kGazCountry));
    CHRONICLE_RETURN_IF_ERROR(add_file(geonames_dir + "/countryInfo.txt", {5}, ner::kGazCity));
  }
  if (!iso_3166_path.empty()) {
    auto text = read_all(iso_3166_path);
    if (!text.ok()) return text.status();
    // The file is flat: every "name", "official_name" and "common_name" value is a country name.
    for (const char* key : {"\"name\": \"", "\"official_name\": \"", "\"common_name\": \""}) {
      const std::string k = key;
      for (size_t p = text->find(k); p != std::string::npos; p = text->find(k, p + 1)) {
        size_t b = p + k.size(), e = text->find('"', b);
        if (e == std::string::npos) break;
        std::string name = text->substr(b, e - b);
        if (name.find(',') == std::string::npos) g.add(name, ner::kGazCountry);
      }
    }
  }
  return g;
}

Status add_cameo_actors(const std::string& cameo_dir, ner::Gazetteer& g) {
  for (const char* name : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}) {
    const std::string path = cameo_dir + "/" + name;
    auto text = read_all(path);
    if (!text.ok()) return text.status();
    std::vector<rules::DictEntry> entries;
    rules::DictionaryErrors errors;  // bad lines are skipped, as the actor coder does
    rules::parse_actor_dictionary(*text, path, entries, errors);
    std::set<std::string> people;
    for (const auto& e : entries)
      for (const auto& c : e.codes)
        if (c.restricted()) people.insert(e.primary);
    const bool orgs = std::string(name) != "Phoenix.Countries.actors.txt";
    for (const auto& e : entries) {
      if (e.phrase.empty()) continue;
      if (people.count(e.primary)) {
        const std::string first = e.phrase.substr(0, e.phrase.find(' '));
        if (!eval::is_person_title(first)) g.add(e.phrase, ner::kGazPerson);
      } else if (orgs) {
        g.add(e.phrase, ner::kGazOrg);
      }
    }
  }
  return {};
}

Result<ner::Ner> train_ner(const std::vector<eval::NerCorpus>& train, const std::vector<eval::NerCorpus>& dev,
                           const tag::Tagger& tagger, const NerTrainOptions& options) {
  auto log = [&](const std::string& m) {
    if (options.log) options.log(m);
  };
  ner::Ner::Parts parts;
  parts.types = kLearnedTypes;
  auto read_clusters = [&](const std::string& path) -> Status {
    parts.clusters.emplace_back();
    std::ifstream in(path);
    if (!in) return Status(StatusCode::kNotFound, "cannot open cluster file", path);
    std::string line;
    int64_t lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      auto f = split_tabs(line);
      if (f.size() < 3)
        return Status(StatusCode::kParseError, "expected path<TAB>word<TAB>count", path + ":" + std::to_string(lineno));
      if (std::strtol(f[2].c_str(), nullptr, 10) >= options.cluster_min_count) parts.clusters.back().add(f[1], f[0]);
    }
    return {};
  };
  if (!options.web_clusters_path.empty() && options.clusters_path.empty())
    return Status(StatusCode::kInvalidArgument, "web clusters need the news clusters too");
  if (!options.clusters_path.empty()) CHRONICLE_RETURN_IF_ERROR(read_clusters(options.clusters_path));
  if (!options.web_clusters_path.empty()) CHRONICLE_RETURN_IF_ERROR(read_clusters(options.web_clusters_path));
  auto gaz = build_gazetteer(options.geonames_dir, options.iso_3166_path);
  if (!gaz.ok()) return gaz.status();
  if (!options.cameo_dir.empty()) CHRONICLE_RETURN_IF_ERROR(add_cameo_actors(options.cameo_dir, *gaz));
  parts.gazetteer = std::move(*gaz);
  log("ner: " + std::to_string(parts.gazetteer.size()) + " gazetteer phrases, " +
      std::to_string(parts.clusters.empty() ? 0 : parts.clusters[0].num_words()) + " cluster words" +
      (parts.clusters.size() > 1 ? ", " + std::to_string(parts.clusters[1].num_words()) + " web cluster words" : ""));

  ner::Ner featurizer(parts);
  std::vector<TrainSentence> data;
  std::vector<std::string_view> forms, xpos;
  std::vector<std::string> caps;
  size_t k = 0;
  for (const auto& corpus : train) {
    for (const auto& s : corpus.sentences) {
      forms.assign(s.forms.begin(), s.forms.end());
      xpos_of(tagger, forms, xpos);
      TrainSentence ts;
      featurizer.atoms(forms, xpos, ts.atoms);
      ts.gold = bilou_labels(s.tags);
      ts.new_document = s.new_document || &s == &corpus.sentences.front();
      data.push_back(std::move(ts));
      ++k;
      auto add_copy = [&](std::string (*recase)(std::string_view)) {
        caps.clear();
        for (const auto& f : s.forms) caps.push_back(recase(f));
        forms.assign(caps.begin(), caps.end());
        xpos_of(tagger, forms, xpos);
        TrainSentence u;
        featurizer.atoms(forms, xpos, u.atoms);
        u.gold = bilou_labels(s.tags);
        u.recased = true;
        data.push_back(std::move(u));
      };
      if (options.uppercase_every > 0 && k % static_cast<size_t>(options.uppercase_every) == 0) add_copy(upper);
      if (options.lowercase_every > 0 && k % static_cast<size_t>(options.lowercase_every) == static_cast<size_t>(options.lowercase_every / 2))
        add_copy(lower);
    }
  }
  log("ner: " + std::to_string(data.size()) + " training sentences (with recased copies)");

  const uint32_t nl = featurizer.num_labels();
  learn::Perceptron model(nl);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<float> scores(nl);
  learn::FeatureId feats[ner::kMaxNerFeatures];
  ner::Ner best;
  double best_score = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.max_epochs; ++epoch) {
    // History from gold labels first, then from the previous pass's own
    // predictions, so later epochs learn how far to trust a predicted history.
    if (options.name_history) fill_history(data, epoch > 1);
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    int64_t correct = 0, total = 0;
    for (size_t idx : order) {
      TrainSentence& s = data[idx];
      s.predicted.assign(s.atoms.size(), 0);
      uint32_t prev1 = ner::kNoLabel, prev2 = ner::kNoLabel;
      for (size_t i = 0; i < s.atoms.size(); ++i) {
        if (ner::starts_outside(s.atoms[i], ner::label_outside(prev1))) {
          correct += s.gold[i] == 0;
          ++total;
          prev2 = prev1;
          prev1 = 0;
          continue;
        }
        const size_t nf = ner::ner_features(s.atoms, i, prev1, prev2, feats);
        std::span<const learn::FeatureId> fs(feats, nf);
        std::fill(scores.begin(), scores.end(), 0.0f);
        model.score(fs, scores);
        const bool last = i + 1 == s.atoms.size();
        uint32_t guess = ner::kNoLabel;
        for (uint32_t l = 0; l < nl; ++l)
          if (ner::label_allowed(prev1, l, last) && (guess == ner::kNoLabel || scores[l] > scores[guess])) guess = l;
        model.update(fs, s.gold[i], guess);
        model.tick();
        correct += guess == s.gold[i];
        ++total;
        s.predicted[i] = guess;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    ner::Ner::Parts snapshot = parts;
    snapshot.weights = model;
    snapshot.weights.average(options.prune_below);
    ner::Ner candidate(std::move(snapshot));
    eval::NerScorer all;
    std::string per_dev;
    double sum = 0;
    for (const auto& d : dev) {
      auto sc = eval::evaluate_ner(candidate, tagger, d, gold_types(d)).scorer;
      sum += sc.overall().f1();
      per_dev += " " + base(d.name) + " " + fmt("%.2f", sc.overall().f1());
    }
    const double score = dev.empty() ? epoch : sum / static_cast<double>(dev.size());
    log("epoch " + std::to_string(epoch) + ": train acc " + fmt("%.2f", 100.0 * correct / std::max<int64_t>(1, total)) +
        ", dev F1" + per_dev + ", " + std::to_string(candidate.parts().weights.num_features()) + " features" +
        (score > best_score ? " (best)" : ""));
    if (score > best_score) {
      best_score = score;
      best_epoch = epoch;
      best = std::move(candidate);
    } else if (epoch - best_epoch >= options.patience) {
      log("stopping: no dev improvement for " + std::to_string(options.patience) + " epochs; keeping epoch " +
          std::to_string(best_epoch));
      break;
    }
  }
  return best;
}

Status train_ner_file(const std::vector<std::string>& train_paths, const std::vector<std::string>& dev_paths,
                      const std::string& tagger_path, const std::string& output_path, const NerTrainOptions& options) {
  if (train_paths.empty()) return Status(StatusCode::kInvalidArgument, "no training file given");
  if (options.max_epochs < 1) return Status(StatusCode::kInvalidArgument, "max_epochs must be at least 1");
  auto tagger = tag::Tagger::load(tagger_path);
  if (!tagger.ok()) return tagger.status();
  std::vector<eval::NerCorpus> train, dev;
  std::string names, sizes, crcs, dev_names;
  for (const auto& path : train_paths) {
    auto text = read_all(path);
    if (!text.ok()) return text.status();
    auto c = eval::parse_ner_text(*text, path, eval::NerPart::kTrain);
    if (!c.ok()) return c.status();
    if (options.strip_titles) strip_title_log(*c, options);
    train.push_back(std::move(*c));
    const char* sep = names.empty() ? "" : ",";
    names += sep + base(path);
    sizes += sep + std::to_string(text->size());
    crcs += sep + hex32(io::crc32(*text));
  }
  for (const auto& path : dev_paths) {
    auto c = eval::read_ner_file(path, eval::NerPart::kDev);
    if (!c.ok()) return c.status();
    if (options.strip_titles) strip_title_log(*c, options);
    dev.push_back(std::move(*c));
    dev_names += (dev_names.empty() ? "" : ",") + base(path);
  }
  auto ner = train_ner(train, dev, *tagger, options);
  if (!ner.ok()) return ner.status();
  io::ModelWriter writer(io::ModelKind::kNer);
  writer.set_meta("train_data", names + " (GMB CSV: first nine tenths of sentences)");
  writer.set_meta("train_data_bytes", sizes);
  writer.set_meta("train_data_crc32", crcs);
  writer.set_meta("dev_data", dev_names.empty() ? "none (the last epoch is kept)" : dev_names + " (GMB CSV: last tenth of sentences)");
  writer.set_meta("tagger", base(tagger_path));
  if (!options.clusters_path.empty()) writer.set_meta("clusters", base(options.clusters_path));
  if (!options.web_clusters_path.empty()) writer.set_meta("web_clusters", base(options.web_clusters_path));
  writer.set_meta("gazetteer", std::string("GeoNames cities15000, admin1CodesASCII, countryInfo; iso-codes iso_3166-1.json") +
                                   (options.cameo_dir.empty() ? "" : "; PETRARCH2 Phoenix actor dictionaries"));
  std::string scores;
  for (const auto& d : dev) {
    auto sc = eval::evaluate_ner(*ner, *tagger, d, gold_types(d)).scorer;
    scores += (scores.empty() ? "" : "; ") + base(d.name) + " F1 " + fmt("%.2f", sc.overall().f1());
  }
  if (!dev.empty())
    writer.set_meta("dev_scores", scores + " (span-exact, PER/ORG/LOC/MISC; only the types each dev set labels)");
  writer.set_meta("settings", "max_epochs=" + std::to_string(options.max_epochs) +
                                  " patience=" + std::to_string(options.patience) +
                                  " seed=" + std::to_string(options.seed) +
                                  " uppercase_every=" + std::to_string(options.uppercase_every) +
                                  " lowercase_every=" + std::to_string(options.lowercase_every) +
                                  " name_history=" + (options.name_history ? "1" : "0") +
                                  " cluster_min_count=" + std::to_string(options.cluster_min_count) +
                                  " prune_below=" + fmt("%g", options.prune_below) +
                                  " strip_titles=" + (options.strip_titles ? "1" : "0"));
  CHRONICLE_RETURN_IF_ERROR(ner->add_to(writer));
  return writer.write_file(output_path);
}

}  // namespace chronicle::train
