// Smoke tests for the tagger and lemmatizer: train on a synthetic treebank
// written here (never corpus text), save, load, and tag it back.
#include "tag/tagger.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <thread>

#include "conllu/conllu.h"
#include "io/model_writer.h"
#include "train/lemmatizer_trainer.h"
#include "tag/auxiliary_words.h"
#include "tag/first_pass.h"
#include "train/tagger_trainer.h"

namespace chronicle::tag {
namespace {

struct Lex {
  const char* form;
  const char* lemma;
  const char* upos;
  const char* xpos;
};

// A toy language: DET (ADJ) NOUN VERB DET NOUN . where "run" and "walk" are
// nouns after a determiner and verbs after a noun, so context matters.
const Lex kDets[] = {{"the", "the", "DET", "DT"}, {"a", "a", "DET", "DT"}, {"The", "the", "DET", "DT"}};
const Lex kAdjs[] = {{"red", "red", "ADJ", "JJ"}, {"quick", "quick", "ADJ", "JJ"}, {"small", "small", "ADJ", "JJ"}};
const Lex kNouns[] = {{"dog", "dog", "NOUN", "NN"},       {"dogs", "dog", "NOUN", "NNS"},
                      {"blicket", "blicket", "NOUN", "NN"}, {"blickets", "blicket", "NOUN", "NNS"},
                      {"run", "run", "NOUN", "NN"},       {"walk", "walk", "NOUN", "NN"}};
const Lex kVerbs[] = {{"sees", "see", "VERB", "VBZ"},  {"run", "run", "VERB", "VBP"},
                      {"walk", "walk", "VERB", "VBP"}, {"daxed", "dax", "VERB", "VBD"},
                      {"wugged", "wug", "VERB", "VBD"}, {"likes", "like", "VERB", "VBZ"}};

std::string synthetic_conllu(int sentences, uint32_t seed) {
  std::mt19937 rng(seed);
  std::ostringstream out;
  auto pick = [&](const auto& arr) -> const Lex& { return arr[rng() % std::size(arr)]; };
  for (int s = 0; s < sentences; ++s) {
    std::vector<Lex> words;
    words.push_back(s % 3 == 0 ? kDets[2] : kDets[rng() % 2]);  // "The" only first
    if (rng() % 2) words.push_back(pick(kAdjs));
    words.push_back(pick(kNouns));
    words.push_back(pick(kVerbs));
    words.push_back(kDets[rng() % 2]);
    words.push_back(pick(kNouns));
    words.push_back({".", ".", "PUNCT", "."});
    out << "# sent_id = " << s << "\n";
    for (size_t i = 0; i < words.size(); ++i) {
      const Lex& w = words[i];
      out << i + 1 << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << "\t_\t" << (i == 0 ? 0 : 1)
          << '\t' << (i == 0 ? "root" : "dep") << "\t_\t" << (i + 2 == words.size() ? "SpaceAfter=No" : "_") << "\n";
    }
    out << "\n";
  }
  return out.str();
}

Tagger train_small(const conllu::Treebank& train, const conllu::Treebank& dev) {
  train::TaggerTrainOptions options;
  options.max_epochs = 10;
  options.tag_dictionary_min_count = 1000000;  // score every word: exercise the model
  options.vocabulary_size = 4;                 // some words cached, some not
  auto tagger = train::train_tagger(train, dev, options);
  EXPECT_TRUE(tagger.ok()) << tagger.status().to_string();
  return std::move(tagger).value();
}

TEST(TaggerTest, LearnsSyntheticTreebankAndRoundTripsThroughAModelFile) {
  auto train = conllu::parse(synthetic_conllu(300, 1), "synthetic-train");
  auto dev = conllu::parse(synthetic_conllu(60, 2), "synthetic-dev");
  ASSERT_TRUE(train.ok()) << train.status().to_string();
  ASSERT_TRUE(dev.ok());
  Tagger tagger = train_small(*train, *dev);
  train::TaggingScores scores = train::evaluate_tagger(tagger, *dev);
  // A greedy perceptron may still miss the odd word after 10 epochs.
  EXPECT_GE(scores.upos, 99.5);
  EXPECT_GE(scores.xpos, 99.5);
  EXPECT_GE(scores.lemma, 99.5);
  EXPECT_GE(train::evaluate_tagger(tagger, *train).upos, 99.5);

  io::ModelWriter writer(io::ModelKind::kTagger);
  ASSERT_TRUE(tagger.add_to(writer).ok());
  const std::string path = std::string(CHRONICLE_BINARY_DIR) + "/tiny-tagger-test.chm";
  ASSERT_TRUE(writer.write_file(path).ok());
  auto loaded = Tagger::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  train::TaggingScores reloaded = train::evaluate_tagger(*loaded, *dev);
  EXPECT_EQ(reloaded.upos, scores.upos);
  EXPECT_EQ(reloaded.xpos, scores.xpos);
  EXPECT_EQ(reloaded.lemma, scores.lemma);

  // Tag a Document built by hand: "The dog run a walk ." ("run" verb, "walk" noun).
  Document doc;
  doc.text = "The dogs run a walk.";
  const uint32_t spans[][2] = {{0, 3}, {4, 8}, {9, 12}, {13, 14}, {15, 19}, {19, 20}};
  for (auto& sp : spans) {
    Token t;
    t.start = sp[0];
    t.end = sp[1];
    doc.tokens.push_back(t);
  }
  doc.sentences.push_back({0, 20, 0, 0, 6});
  loaded->tag_document(doc);
  EXPECT_EQ(doc.tokens[0].upos, "DET");
  EXPECT_EQ(doc.tokens[0].lemma, "the");
  EXPECT_EQ(doc.tokens[1].xpos, "NNS");
  EXPECT_EQ(doc.tokens[1].lemma, "dog");
  EXPECT_EQ(doc.tokens[2].upos, "VERB");
  EXPECT_EQ(doc.tokens[4].upos, "NOUN");
  EXPECT_EQ(doc.tokens[5].upos, "PUNCT");
}

// The participles of auxiliaries are a closed class: a new word in the
// slot of "been" ("has bleen red", which shares its suffix) is tagged as
// the best of the other classes, "been" itself stays AUX.
TEST(TaggerTest, OnlyBeHaveAndGetGiveAnAuxiliaryParticiple) {
  std::string text;
  int id = 0;
  auto sentence = [&](std::initializer_list<Lex> words) {
    text += "# sent_id = " + std::to_string(++id) + "\n";
    int i = 0;
    for (const Lex& w : words) {
      text += std::to_string(++i) + "\t" + w.form + "\t" + w.lemma + "\t" + w.upos + "\t" + w.xpos + "\t_\t" +
              (i == 1 ? "0\troot" : "1\tdep") + "\t_\t_\n";
    }
    text += "\n";
  };
  const Lex the{"the", "the", "DET", "DT"}, dog{"dog", "dog", "NOUN", "NN"}, has{"has", "have", "AUX", "VBZ"},
      red{"red", "red", "ADJ", "JJ"}, a{"a", "a", "DET", "DT"}, stop{".", ".", "PUNCT", "."};
  for (int k = 0; k < 30; ++k) {
    sentence({the, dog, has, {"been", "be", "AUX", "VBN"}, red, stop});
    sentence({the, dog, has, {"seen", "see", "VERB", "VBN"}, a, dog, stop});
    sentence({the, dog, has, {"shown", "show", "VERB", "VBN"}, a, dog, stop});
  }
  auto train = conllu::parse(text, "aux");
  ASSERT_TRUE(train.ok()) << train.status().to_string();
  Tagger tagger = train_small(*train, *train);
  std::vector<uint32_t> labels;
  const std::string_view seen[] = {"the", "dog", "has", "been", "red", "."};
  tagger.predict(seen, labels);
  EXPECT_EQ(tagger.labels()[labels[3]].upos, "AUX");
  const std::string_view unseen[] = {"the", "dog", "has", "bleen", "red", "."};
  tagger.predict(unseen, labels);
  EXPECT_NE(tagger.labels()[labels[3]].upos, "AUX") << tagger.labels()[labels[3]].xpos;
  EXPECT_TRUE(is_auxiliary_participle("Been"));
  EXPECT_FALSE(is_auxiliary_participle("broken"));
}

TEST(TaggerTest, TrainingIsDeterministic) {
  auto train = conllu::parse(synthetic_conllu(100, 3), "t");
  auto dev = conllu::parse(synthetic_conllu(20, 4), "d");
  ASSERT_TRUE(train.ok() && dev.ok());
  Tagger a = train_small(*train, *dev), b = train_small(*train, *dev);
  EXPECT_EQ(a.parts().weights.to_bytes(), b.parts().weights.to_bytes());
}

TEST(TaggerTest, FirstPassTrainsRoundTripsAndFeedsTheMainPass) {
  auto train = conllu::parse(synthetic_conllu(300, 5), "synthetic-train");
  auto dev = conllu::parse(synthetic_conllu(60, 6), "synthetic-dev");
  ASSERT_TRUE(train.ok() && dev.ok());
  train::TaggerTrainOptions options;
  options.max_epochs = 6;
  options.tag_dictionary_min_count = 1000000;
  options.vocabulary_size = 4;
  options.first_pass_folds = 2;
  auto tagger = train::train_tagger(*train, *dev, options);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  std::vector<uint32_t> classes;
  ASSERT_EQ(Tagger::upos_classes(tagger->labels(), classes), 5u);  // ADJ DET NOUN PUNCT VERB
  ASSERT_EQ(tagger->parts().first_pass.num_classes(), 5u);
  const train::TaggingScores scores = train::evaluate_tagger(*tagger, *dev);
  EXPECT_GE(scores.upos, 99.5);

  io::ModelWriter writer(io::ModelKind::kTagger);
  ASSERT_TRUE(tagger->add_to(writer).ok());
  const std::string path = std::string(CHRONICLE_BINARY_DIR) + "/tiny-two-pass-tagger-test.chm";
  ASSERT_TRUE(writer.write_file(path).ok());
  auto loaded = Tagger::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  EXPECT_EQ(loaded->parts().first_pass.to_bytes(), tagger->parts().first_pass.to_bytes());
  EXPECT_EQ(train::evaluate_tagger(*loaded, *dev).upos, scores.upos);

  // Without its first pass the main model misses features it was trained
  // with, so its scores (and here its accuracy) change.
  Tagger::Parts parts = loaded->parts();
  parts.first_pass = learn::Perceptron();
  Tagger one_pass(std::move(parts));
  std::vector<std::string_view> words = {"The", "dogs", "run", "a", "walk", "."};
  std::vector<uint32_t> with, without;
  loaded->predict(words, with);
  one_pass.predict(words, without);
  EXPECT_EQ(loaded->labels()[with[2]].upos, "VERB");
  EXPECT_EQ(loaded->labels()[with[4]].upos, "NOUN");
  EXPECT_NE(train::evaluate_tagger(one_pass, *train).upos, train::evaluate_tagger(*loaded, *train).upos);
}

// The treebank with nouns and adjectives trading tags (same tag set, other
// weights): a second tagger that tags the test words differently.
std::string swap_noun_adj(std::string conllu) {
  const std::string noun = "\tNOUN\tNN\t", adj = "\tADJ\tJJ\t", mark = "\tSWAP\tSWAP\t";
  auto replace_all = [&](const std::string& from, const std::string& to) {
    for (size_t at = conllu.find(from); at != std::string::npos; at = conllu.find(from, at + to.size()))
      conllu.replace(at, from.size(), to);
  };
  replace_all(noun, mark);
  replace_all(adj, noun);
  replace_all(mark, adj);
  return conllu;
}

std::vector<std::string> tag_names(const Tagger& tagger, const std::vector<std::string_view>& words) {
  std::vector<uint32_t> labels;
  tagger.predict(words, labels);
  std::vector<std::string> names;
  for (uint32_t l : labels) names.push_back(tagger.labels()[l].xpos);
  return names;
}

// Words outside the vocabulary are scored once per thread and remembered
// (tag/recent_words.h): repeats and a second tagger in the same thread must
// tag as a thread that never saw them.
TEST(TaggerTest, RememberedWordsTagAsFreshOnesAndStayWithTheirTagger) {
  auto train = conllu::parse(synthetic_conllu(300, 7), "t");
  auto dev = conllu::parse(synthetic_conllu(60, 8), "d");
  auto swapped_train = conllu::parse(swap_noun_adj(synthetic_conllu(300, 7)), "st");
  auto swapped_dev = conllu::parse(swap_noun_adj(synthetic_conllu(60, 8)), "sd");
  ASSERT_TRUE(train.ok() && dev.ok() && swapped_train.ok() && swapped_dev.ok());
  const Tagger a = train_small(*train, *dev), b = train_small(*swapped_train, *swapped_dev);
  ASSERT_EQ(a.labels().size(), b.labels().size());  // same row sizes: only the owner tells them apart
  const std::vector<std::string_view> words = {"The", "red", "dog", "sees", "a", "small", "blicket", "."};
  auto in_fresh_thread = [&](const Tagger& t) {
    std::vector<std::string> names;
    std::thread([&] { names = tag_names(t, words); }).join();
    return names;
  };
  const std::vector<std::string> fresh_a = in_fresh_thread(a), fresh_b = in_fresh_thread(b);
  EXPECT_EQ(fresh_a[2], "NN");
  EXPECT_EQ(fresh_b[2], "JJ");
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(tag_names(a, words), fresh_a) << "round " << round;
    EXPECT_EQ(tag_names(b, words), fresh_b) << "round " << round;
  }
}

TEST(ArgmaxTest, FirstIndexOfTheHighestScoreLikeThePlainLoop) {
  auto plain = [](const std::vector<float>& s) {
    uint32_t best = 0;
    for (uint32_t c = 1; c < s.size(); ++c)
      if (s[c] > s[best]) best = c;
    return best;
  };
  std::mt19937 rng(11);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<float> s(1 + rng() % 70);
    for (float& x : s) x = static_cast<float>(static_cast<int>(rng() % 7) - 3);  // many ties
    ASSERT_EQ(argmax(s), plain(s)) << "trial " << trial;
  }
  EXPECT_EQ(argmax(std::vector<float>{-0.0f, 0.0f, -1.0f}), 0u);
  EXPECT_EQ(argmax(std::vector<float>{-1.0f, 0.0f, -0.0f, 0.0f, -2.0f, -1.0f}), 1u);
  const float nan = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(argmax(std::vector<float>{1.0f, nan, 2.0f, nan, 2.0f}), 2u);
  EXPECT_EQ(argmax(std::vector<float>{nan, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f}), 0u);
}

TEST(FirstPassFeatures, ReadTheRightNeighboursFirstLabel) {
  std::vector<TokenAtoms> atoms(3);
  for (size_t i = 0; i < atoms.size(); ++i) compute_atoms(i == 1 ? "blick" : "dax", i == 0, {}, atoms[i]);
  const std::vector<uint32_t> a = {1, 2, 3}, b = {1, 2, 4};
  learn::FeatureId fa[kMaxFirstPassFeatures], fb[kMaxFirstPassFeatures];
  const size_t na = first_pass_features(a, atoms, 1, 0, fa), nb = first_pass_features(b, atoms, 1, 0, fb);
  ASSERT_EQ(na, nb);
  EXPECT_NE(std::vector<learn::FeatureId>(fa, fa + na), std::vector<learn::FeatureId>(fb, fb + nb));
  // Positions past the end read as outside, not as label 0.
  const std::vector<uint32_t> c = {1, 2, 0};
  learn::FeatureId fc[kMaxFirstPassFeatures], fd[kMaxFirstPassFeatures];
  const std::vector<uint32_t> d = {1, 2};
  first_pass_features(c, atoms, 1, 0, fc);
  first_pass_features(std::span<const uint32_t>(d), std::span<const TokenAtoms>(atoms.data(), 3), 1, 0, fd);
  EXPECT_NE(fc[0], fd[0]);
}

TEST(TaggerTest, LoadRejectsOtherKindsAndBadSections) {
  io::ModelWriter writer(io::ModelKind::kParser);
  const std::string path = std::string(CHRONICLE_BINARY_DIR) + "/not-a-tagger.chm";
  ASSERT_TRUE(writer.write_file(path).ok());
  auto t = Tagger::load(path);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().to_string(), path + ": header: model kind is parser, expected tagger");

  io::ModelWriter bad(io::ModelKind::kTagger);
  ASSERT_TRUE(bad.add_section("TAGS", std::string("\x02\0\0\0\0\0\0\0", 8)).ok());
  ASSERT_TRUE(bad.write_file(path).ok());
  t = Tagger::load(path);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().to_string(), path + ": section TAGS: version 2, this build reads version 1");
}

TEST(LemmatizerTest, RulesGeneraliseToUnseenWords) {
  auto train = conllu::parse(synthetic_conllu(200, 5), "t");
  ASSERT_TRUE(train.ok());
  Lemmatizer lem = train::train_lemmatizer(*train);
  std::string out;
  lem.lemmatize("dogs", "NNS", out);
  EXPECT_EQ(out, "dog");
  lem.lemmatize("fleems", "NNS", out);  // unseen: suffix rule -s
  EXPECT_EQ(out, "fleem");
  lem.lemmatize("glorped", "VBD", out);  // unseen: suffix rule -ed
  EXPECT_EQ(out, "glorp");
  lem.lemmatize("The", "DT", out);  // exception / lower-casing rule
  EXPECT_EQ(out, "the");
  io::ByteWriter w;
  lem.write(w);
  Lemmatizer back;
  io::ByteReader r(w.bytes());
  std::string error;
  ASSERT_TRUE(back.read(r, error)) << error;
  back.lemmatize("fleems", "NNS", out);
  EXPECT_EQ(out, "fleem");
}

// A past participle seen only as a past tense ("won" VBD in the treebank,
// never VBN) takes the past tense's lemma, not the participle's suffix rule,
// which strips the "n" of "shown" and "blown" into no lemma the treebank
// has; a rule that gives a real lemma, and forms seen under neither tag,
// keep their rules.
TEST(LemmatizerTest, PastFormsShareTheirIrregularLemmas) {
  std::string text;
  int id = 0;
  auto sentence = [&](const char* form, const char* lemma, const char* xpos) {
    text += "# sent_id = " + std::to_string(++id) + "\n1\t" + form + "\t" + lemma + "\tVERB\t" + xpos +
            "\t_\t0\troot\t_\t_\n\n";
  };
  for (const char* w : {"shown", "blown", "grown", "thrown", "sewn"}) sentence(w, std::string(w).substr(0, std::strlen(w) - 1).c_str(), "VBN");
  for (const char* w : {"walked", "talked", "jumped"}) sentence(w, std::string(w).substr(0, std::strlen(w) - 2).c_str(), "VBD");
  for (const char* w : {"played", "stayed"}) sentence(w, std::string(w).substr(0, std::strlen(w) - 2).c_str(), "VBN");
  sentence("won", "win", "VBD");
  sentence("begun", "begin", "VBN");
  sentence("leaned", "learn", "VBD");  // an annotator's slip
  sentence("lean", "lean", "VB");
  auto train = conllu::parse(text, "t");
  ASSERT_TRUE(train.ok()) << train.status().to_string();
  Lemmatizer lem = train::train_lemmatizer(*train);
  std::string out;
  lem.lemmatize("won", "VBN", out);
  EXPECT_EQ(out, "win");
  lem.lemmatize("Won", "VBN", out);  // the lowercase form's exception too
  EXPECT_EQ(out, "win");
  lem.lemmatize("begun", "VBD", out);  // and the other way round
  EXPECT_EQ(out, "begin");
  lem.lemmatize("flown", "VBN", out);  // no exception anywhere: the rule
  EXPECT_EQ(out, "flow");
  lem.lemmatize("leaned", "VBN", out);  // the participle's rule gives a real lemma: kept
  EXPECT_EQ(out, "lean");
  lem.lemmatize("won", "NN", out);  // other tags have no such sibling
  EXPECT_NE(out, "win");
}

// Suffix rules strip bytes; they must never cut a multi-byte character, or
// the lemma (and the JSON it goes into) is no longer valid UTF-8.
TEST(LemmatizerTest, RulesNeverCutInsideACharacter) {
  auto train = conllu::parse(synthetic_conllu(200, 5), "t");
  ASSERT_TRUE(train.ok());
  Lemmatizer lem = train::train_lemmatizer(*train);
  const char* forms[] = {"\xF0\x9F\x98\x80s", "\xF0\x9F\x98\x80", "caf\xC3\xA9" "s", "\xE2\x82\xAC" "ed"};
  const char* tags[] = {"NNS", "VBD", "NN", "VBZ", "NFP"};
  std::string out;
  for (const char* form : forms) {
    for (const char* tag : tags) {
      lem.lemmatize(form, tag, out);
      for (size_t i = 0; i < out.size();) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        ASSERT_NE(n, 0u) << "lemma of " << form << "/" << tag << " starts a character mid-way: " << out;
        ASSERT_LE(i + n, out.size()) << "lemma of " << form << "/" << tag << " ends mid-character";
        for (size_t k = 1; k < n; ++k) ASSERT_EQ(static_cast<unsigned char>(out[i + k]) & 0xC0, 0x80);
        i += n;
      }
    }
  }
}

}  // namespace
}  // namespace chronicle::tag
