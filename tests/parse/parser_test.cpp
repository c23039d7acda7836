#include <gtest/gtest.h>

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include "conllu/conllu.h"
#include "parse/arc_hybrid.h"
#include "parse/parse_features.h"
#include "parse/parser.h"
#include "parse/projectivize.h"
#include "train/parser_trainer.h"

namespace chronicle::parse {
namespace {

// A random projective tree over n tokens with one root (sentence-local heads).
std::vector<int32_t> random_projective_tree(std::mt19937& rng, int32_t n) {
  std::vector<int32_t> heads(static_cast<size_t>(n), -1);
  // Recursively: pick a head in [lo, hi), its left and right parts hang below it.
  std::function<void(int32_t, int32_t, int32_t)> build = [&](int32_t lo, int32_t hi, int32_t parent) {
    if (lo >= hi) return;
    const int32_t h = lo + static_cast<int32_t>(rng() % static_cast<uint32_t>(hi - lo));
    heads[static_cast<size_t>(h)] = parent;
    // Split each side into a few spans that all attach to h.
    for (auto [a, b] : {std::pair{lo, h}, std::pair{h + 1, hi}}) {
      while (a < b) {
        const int32_t len = 1 + static_cast<int32_t>(rng() % static_cast<uint32_t>(b - a));
        build(a, a + len, h);
        a += len;
      }
    }
  };
  build(0, n, -1);
  return heads;
}

// A random tree (any shape, usually non-projective) with one root.
std::vector<int32_t> random_tree(std::mt19937& rng, int32_t n) {
  std::vector<int32_t> order(static_cast<size_t>(n));
  for (int32_t i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<int32_t> heads(static_cast<size_t>(n), -1);
  for (size_t i = 1; i < order.size(); ++i) heads[static_cast<size_t>(order[i])] = order[rng() % i];
  return heads;
}

bool is_tree(const std::vector<int32_t>& heads) {
  const int32_t n = static_cast<int32_t>(heads.size());
  int roots = 0;
  for (int32_t d = 0; d < n; ++d) {
    const int32_t h = heads[static_cast<size_t>(d)];
    if (h == -1) {
      ++roots;
    } else if (h < 0 || h >= n || h == d) {
      return false;
    }
    int32_t a = d;
    for (int32_t steps = 0; a >= 0; ++steps) {
      if (steps > n) return false;  // cycle
      a = heads[static_cast<size_t>(a)];
    }
  }
  return roots == 1;
}

GoldTree gold_of(const std::vector<int32_t>& heads, const std::vector<uint16_t>& labels) {
  GoldTree g;
  const int32_t n = static_cast<int32_t>(heads.size());
  for (int32_t h : heads) g.head.push_back(h < 0 ? n : h);
  g.label = labels;
  return g;
}

int zero_cost_move(const ParseState& st, const GoldTree& gold, uint16_t* label) {
  for (int m = 0; m < kNumMoves; ++m) {
    if (!kMoves[m].is_valid(st)) continue;
    const int32_t dep = st.s(0);
    *label = m == kShift ? 0 : gold.label[static_cast<size_t>(dep)];
    if (kMoves[m].cost(st, gold, *label) == 0) return m;
  }
  return -1;
}

TEST(ArcHybrid, OracleReproducesProjectiveTrees) {
  std::mt19937 rng(11);
  for (int round = 0; round < 500; ++round) {
    const int32_t n = 1 + static_cast<int32_t>(rng() % 25);
    const auto heads = random_projective_tree(rng, n);
    ASSERT_TRUE(is_projective(heads));
    std::vector<uint16_t> labels;
    for (int32_t i = 0; i < n; ++i) labels.push_back(static_cast<uint16_t>(rng() % 5));
    const GoldTree gold = gold_of(heads, labels);
    ParseState st;
    st.reset(n);
    while (!st.terminal()) {
      uint16_t label = 0;
      const int m = zero_cost_move(st, gold, &label);
      ASSERT_GE(m, 0) << "no zero-cost move, round " << round;
      kMoves[m].apply(st, label);
    }
    for (int32_t d = 0; d < n; ++d) {
      EXPECT_EQ(st.head[static_cast<size_t>(d)], gold.head[static_cast<size_t>(d)]);
      EXPECT_EQ(st.label[static_cast<size_t>(d)], gold.label[static_cast<size_t>(d)]);
    }
  }
}

// The parser keeps the stack group's scores while s0 stays on the stack and
// the buffer group's while b0 stays (parse_features.h): along random move
// sequences, the three groups must give exactly move_features()'s ids, and
// the two kept groups must not change while their token stays.
TEST(MoveFeatures, GroupsCoverTheTemplatesAndStayWhileTheirTokenStays) {
  std::mt19937 rng(17);
  for (int round = 0; round < 300; ++round) {
    const int32_t n = 1 + static_cast<int32_t>(rng() % 20);
    std::vector<TokenAtoms> atoms(static_cast<size_t>(n) + 1);
    for (auto& a : atoms) a = token_atoms("w" + std::to_string(rng() % 7), "U" + std::to_string(rng() % 3),
                                          "X" + std::to_string(rng() % 4));
    atoms.back() = root_atoms();
    ParseState st;
    st.reset(n);
    std::vector<std::vector<learn::FeatureId>> stack_of(static_cast<size_t>(n) + 1), buffer_of(static_cast<size_t>(n) + 1);
    while (!st.terminal()) {
      learn::FeatureId all[kMaxMoveFeatures], grouped[kMaxMoveFeatures];
      const size_t na = move_features(st, atoms, all);
      MoveAtoms a;
      fill_move_atoms(st, atoms, a);
      const size_t nr = move_group_features(MoveGroup::kRest, a, grouped);
      const size_t ns = move_group_features(MoveGroup::kStack, a, grouped + nr);
      const size_t nb = move_group_features(MoveGroup::kBuffer, a, grouped + nr + ns);
      ASSERT_EQ(nr + ns + nb, na);
      std::vector<learn::FeatureId> x(all, all + na), y(grouped, grouped + na);
      std::sort(x.begin(), x.end());
      std::sort(y.begin(), y.end());
      ASSERT_EQ(x, y);
      const std::vector<learn::FeatureId> stack(grouped + nr, grouped + nr + ns);
      const std::vector<learn::FeatureId> buffer(grouped + nr + ns, grouped + na);
      auto& s = stack_of[static_cast<size_t>(st.s(0))];
      if (s.empty()) s = stack;
      EXPECT_EQ(s, stack) << "round " << round;
      auto& b = buffer_of[static_cast<size_t>(std::min(st.b0, n))];
      if (b.empty()) b = buffer;
      EXPECT_EQ(b, buffer) << "round " << round;
      std::vector<int> valid;
      for (int m = 0; m < kNumMoves; ++m)
        if (kMoves[m].is_valid(st)) valid.push_back(m);
      ASSERT_FALSE(valid.empty());
      kMoves[valid[rng() % valid.size()]].apply(st, static_cast<uint16_t>(rng() % 4));
    }
  }
}

// The loss of the best tree reachable from `st` by exhaustive search.
int best_reachable_loss(ParseState st, const GoldTree& gold) {
  if (st.terminal()) {
    int loss = 0;
    for (size_t d = 0; d < gold.head.size(); ++d) loss += st.head[d] != gold.head[d];
    return loss;
  }
  int best = 1 << 30;
  for (int m = 0; m < kNumMoves; ++m) {
    if (!kMoves[m].is_valid(st)) continue;
    ParseState next = st;
    kMoves[m].apply(next, 0);
    best = std::min(best, best_reachable_loss(next, gold));
  }
  return best;
}

// The dynamic oracle's cost must equal the loss a move adds to the best
// reachable tree, from any state, including states after wrong moves.
TEST(ArcHybrid, DynamicOracleCostsAreExact) {
  std::mt19937 rng(5);
  for (int round = 0; round < 200; ++round) {
    const int32_t n = 1 + static_cast<int32_t>(rng() % 6);
    const auto heads = random_projective_tree(rng, n);
    const GoldTree gold = gold_of(heads, std::vector<uint16_t>(static_cast<size_t>(n), 0));
    ParseState st;
    st.reset(n);
    while (!st.terminal()) {
      const int here = best_reachable_loss(st, gold);
      std::vector<int> valid;
      for (int m = 0; m < kNumMoves; ++m) {
        if (!kMoves[m].is_valid(st)) continue;
        valid.push_back(m);
        ParseState next = st;
        kMoves[m].apply(next, 0);
        EXPECT_EQ(kMoves[m].cost(st, gold, kAnyLabel), best_reachable_loss(next, gold) - here)
            << kMoves[m].name << " round " << round;
      }
      ASSERT_FALSE(valid.empty());
      kMoves[valid[rng() % valid.size()]].apply(st, 0);  // wander off the gold path
    }
  }
}

TEST(Projectivize, LiftAndLowerRoundTrip) {
  std::mt19937 rng(3);
  int nonprojective = 0, exact = 0;
  for (int round = 0; round < 300; ++round) {
    const int32_t n = 2 + static_cast<int32_t>(rng() % 12);
    const auto heads = random_tree(rng, n);
    ASSERT_TRUE(is_tree(heads));
    // Distinct labels so that every decoration names exactly one head.
    std::vector<std::string> labels;
    for (int32_t i = 0; i < n; ++i) labels.push_back(heads[static_cast<size_t>(i)] < 0 ? std::string("root") : std::string("l").append(std::to_string(i)));
    auto lifted_heads = heads;
    auto lifted_labels = labels;
    const int lifts = projectivize(lifted_heads, lifted_labels);
    nonprojective += lifts > 0;
    EXPECT_TRUE(is_projective(lifted_heads));
    EXPECT_TRUE(is_tree(lifted_heads));
    EXPECT_EQ(lifts == 0, count_nonprojective_arcs(heads) == 0);
    deprojectivize(lifted_heads, lifted_labels);
    EXPECT_TRUE(is_tree(lifted_heads));
    EXPECT_EQ(lifted_labels, labels);
    // One lift is always undone exactly; the head encoding can lose track
    // of chains of lifts (rare in treebanks, common in random trees).
    if (lifts <= 1) {
      EXPECT_EQ(lifted_heads, heads) << "round " << round;
      ++exact;
    } else {
      exact += lifted_heads == heads;
    }
  }
  EXPECT_GT(nonprojective, 100);  // the test exercised lifting
  EXPECT_GT(exact, 200);
}

TEST(Projectivize, DecoratesWithTheOriginalHeadLabel) {
  // 0 <- 2 (root), 1 -> 3 crosses 2 -> ... : "A b C d" with b's child d after C.
  std::vector<int32_t> heads = {2, 0, -1, 1};
  std::vector<std::string> labels = {"nsubj", "obj", "root", "acl"};
  ASSERT_FALSE(is_projective(heads));
  projectivize(heads, labels);
  EXPECT_TRUE(is_projective(heads));
  EXPECT_EQ(labels[3].substr(0, 4), "acl|");
  deprojectivize(heads, labels);
  EXPECT_EQ(heads, (std::vector<int32_t>{2, 0, -1, 1}));
  EXPECT_EQ(labels[3], "acl");
}

// A synthetic treebank of made-up words: determiner-adjective-noun subjects,
// a verb, optional objects and prepositional phrases. Written by the test.
std::string synthetic_conllu(std::mt19937& rng, int sentences) {
  const char* nouns[] = {"blick", "frone", "zamp", "quill", "dorv", "mesh"};
  const char* verbs[] = {"glorps", "tweems", "snarfs", "blants"};
  const char* adjs[] = {"red", "tall", "odd"};
  const char* dets[] = {"the", "a"};
  const char* preps[] = {"near", "under"};
  std::string out;
  for (int s = 0; s < sentences; ++s) {
    struct W {
      std::string form, upos, xpos;
      int head;
      std::string rel;
    };
    std::vector<W> w;
    auto noun_phrase = [&](int head_of_np, const std::string& rel) {
      const int det = static_cast<int>(w.size()) + 1;
      const bool adj = rng() % 2;
      const int noun = det + 1 + (adj ? 1 : 0);
      w.push_back({dets[rng() % 2], "DET", "DT", noun, "det"});
      if (adj) w.push_back({adjs[rng() % 3], "ADJ", "JJ", noun, "amod"});
      w.push_back({nouns[rng() % 6], "NOUN", "NN", head_of_np, rel});
      return noun;
    };
    const bool has_object = rng() % 2;
    const bool has_pp = rng() % 2;
    // The verb's position depends on the subject length; fix it up after.
    const int subj = noun_phrase(0, "nsubj");
    const int verb = static_cast<int>(w.size()) + 1;
    w[static_cast<size_t>(subj - 1)].head = verb;
    w.push_back({verbs[rng() % 4], "VERB", "VBZ", 0, "root"});
    if (has_object) noun_phrase(verb, "obj");
    if (has_pp) {
      const int prep = static_cast<int>(w.size()) + 1;
      w.push_back({preps[rng() % 2], "ADP", "IN", 0, "case"});
      const int noun = noun_phrase(verb, "obl");
      w[static_cast<size_t>(prep - 1)].head = noun;
    }
    w.push_back({".", "PUNCT", ".", verb, "punct"});
    out += "# sent_id = s" + std::to_string(s) + "\n";
    for (size_t i = 0; i < w.size(); ++i) {
      out += std::to_string(i + 1) + "\t" + w[i].form + "\t_\t" + w[i].upos + "\t" + w[i].xpos + "\t_\t" +
             std::to_string(w[i].head) + "\t" + w[i].rel + "\t_\t_\n";
    }
    out += "\n";
  }
  return out;
}

ParseInput input_of(const conllu::Sentence& s) {
  ParseInput in;
  for (const auto& w : s.words) {
    in.words.push_back(w.form);
    in.upos.push_back(w.upos);
    in.xpos.push_back(w.xpos);
  }
  return in;
}

class TrainedParser : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::mt19937 rng(42);
    auto train = conllu::parse(synthetic_conllu(rng, 300), "synthetic-train");
    auto dev = conllu::parse(synthetic_conllu(rng, 60), "synthetic-dev");
    ASSERT_TRUE(train.ok()) << train.status().to_string();
    ASSERT_TRUE(dev.ok()) << dev.status().to_string();
    train::ParserTrainOptions options;
    options.max_epochs = 8;
    options.meta = {{"training_data", "synthetic"}};
    auto model = train::train_parser(*train, *dev, options);
    ASSERT_TRUE(model.ok()) << model.status().to_string();
    parser_ = new Parser(std::move(*model));
    dev_ = new conllu::Treebank(std::move(*dev));
  }
  static void TearDownTestSuite() {
    delete parser_;
    delete dev_;
    parser_ = nullptr;
    dev_ = nullptr;
  }
  static Parser* parser_;
  static conllu::Treebank* dev_;
};
Parser* TrainedParser::parser_ = nullptr;
conllu::Treebank* TrainedParser::dev_ = nullptr;

TEST_F(TrainedParser, ParsesTheSyntheticTreebankBackExactly) {
  ASSERT_NE(parser_, nullptr);
  const auto scores = train::evaluate_parser(*parser_, *dev_);
  EXPECT_EQ(scores.las, 100.0);
  EXPECT_GT(scores.words, 300);
}

TEST_F(TrainedParser, AlwaysProducesATreeOnRandomInput) {
  ASSERT_NE(parser_, nullptr);
  std::mt19937 rng(9);
  const char* words[] = {"blick", "the", "glorps", ".", "zzz", "near", "", "Ünïcode"};
  const char* tags[] = {"NOUN", "DET", "VERB", "PUNCT", "X", "ADP", "", "NN"};
  for (int round = 0; round < 500; ++round) {
    const int32_t n = static_cast<int32_t>(rng() % 40);
    std::vector<std::string> w, u, x;
    for (int32_t i = 0; i < n; ++i) {
      w.push_back(words[rng() % 8]);
      u.push_back(tags[rng() % 8]);
      x.push_back(tags[rng() % 8]);
    }
    ParseInput in;
    for (int32_t i = 0; i < n; ++i) {
      in.words.push_back(w[static_cast<size_t>(i)]);
      in.upos.push_back(u[static_cast<size_t>(i)]);
      in.xpos.push_back(x[static_cast<size_t>(i)]);
    }
    const ParseOutput out = parser_->parse(in);
    ASSERT_EQ(out.heads.size(), static_cast<size_t>(n));
    if (n > 0) {
      EXPECT_TRUE(is_tree(out.heads)) << "round " << round;
    }
    int roots = 0;
    for (int32_t i = 0; i < n; ++i) {
      roots += out.heads[static_cast<size_t>(i)] == -1;
      if (out.heads[static_cast<size_t>(i)] == -1) {
        EXPECT_EQ(out.labels[static_cast<size_t>(i)], "root");
      }
      EXPECT_FALSE(out.labels[static_cast<size_t>(i)].empty());
    }
    if (n > 0) {
      EXPECT_EQ(roots, 1);
    }
  }
}

TEST_F(TrainedParser, WritesDocumentTokenIndices) {
  ASSERT_NE(parser_, nullptr);
  Document doc;
  doc.text = "x. the red blick glorps .";
  // Sentence 0 is "x ." (tokens 0-1); sentence 1 starts at token 2.
  auto add = [&](uint32_t start, uint32_t end, const char* upos, const char* xpos) {
    Token t;
    t.start = start;
    t.end = end;
    t.upos = upos;
    t.xpos = xpos;
    doc.tokens.push_back(t);
  };
  add(0, 1, "X", "FW");
  add(1, 2, "PUNCT", ".");
  add(3, 6, "DET", "DT");
  add(7, 10, "ADJ", "JJ");
  add(11, 16, "NOUN", "NN");
  add(17, 23, "VERB", "VBZ");
  add(24, 25, "PUNCT", ".");
  Sentence s;
  s.first_token = 2;
  s.last_token = 7;
  parser_->parse(doc, s);
  EXPECT_EQ(doc.tokens[0].head, kNoHead);  // other sentences untouched
  EXPECT_EQ(doc.tokens[2].head, 4);
  EXPECT_EQ(doc.tokens[2].deprel, "det");
  EXPECT_EQ(doc.tokens[3].head, 4);
  EXPECT_EQ(doc.tokens[4].head, 5);
  EXPECT_EQ(doc.tokens[4].deprel, "nsubj");
  EXPECT_EQ(doc.tokens[5].head, -1);
  EXPECT_EQ(doc.tokens[5].deprel, "root");
  EXPECT_EQ(doc.tokens[6].head, 5);
}

TEST_F(TrainedParser, TraceShowsEveryMove) {
  ASSERT_NE(parser_, nullptr);
  const ParseInput in = input_of(dev_->sentences[0]);
  const auto steps = parser_->trace(in);
  EXPECT_EQ(steps.size(), 2 * in.words.size());  // arc-hybrid: n shifts, n arcs
  for (const auto& step : steps) {
    EXPECT_TRUE(step.valid[step.move]);
    if (step.move != kShift) {
      EXPECT_FALSE(step.label.empty());
    }
  }
}

TEST_F(TrainedParser, ModelFileRoundTrip) {
  ASSERT_NE(parser_, nullptr);
  const std::string path =
      (std::filesystem::temp_directory_path() / ("chronicle_parser_test_" + std::to_string(::getpid()) + ".model"))
          .string();
  ASSERT_TRUE(parser_->save(path).ok());
  auto loaded = Parser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  EXPECT_EQ(loaded->tagset(), parser_->tagset());
  EXPECT_EQ(loaded->model().label_names, parser_->model().label_names);
  for (const auto& s : dev_->sentences) {
    const ParseInput in = input_of(s);
    const auto a = parser_->parse(in);
    const auto b = loaded->parse(in);
    EXPECT_EQ(a.heads, b.heads);
    EXPECT_EQ(a.labels, b.labels);
  }
  bool has_meta = false;
  for (const auto& [k, v] : loaded->model().meta) has_meta |= k == "training_data" && v == "synthetic";
  EXPECT_TRUE(has_meta);

  // A flipped byte is caught by the container's checksums.
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(0, std::ios::end);
    const auto size = static_cast<std::streamoff>(f.tellg());
    f.seekp(size - 5);
    f.put('\x7f');
  }
  EXPECT_FALSE(Parser::load(path).ok());
  std::filesystem::remove(path);
  EXPECT_EQ(Parser::load(path).status().code(), StatusCode::kNotFound);
}

TEST_F(TrainedParser, RefusesAForeignTagset) {
  ASSERT_NE(parser_, nullptr);
  const auto& m = parser_->model();
  EXPECT_TRUE(parser_->check_tagset(tagset_hash(m.upos_tags, m.xpos_tags)).ok());
  auto other = m.xpos_tags;
  other.push_back("NEWTAG");
  EXPECT_FALSE(parser_->check_tagset(tagset_hash(m.upos_tags, other)).ok());
}

// choose_label must pick what the plain loop picks: the first non-root label
// with the highest score, ties to the lowest id, never a NaN, label 0 when
// every score is -inf; root only for the root arc.
TEST(ChooseLabel, MatchesThePlainLoop) {
  auto plain = [](const std::vector<float>& s, int32_t root, bool head_is_root) -> uint16_t {
    if (head_is_root && root >= 0) return static_cast<uint16_t>(root);
    size_t best = 0;
    float best_score = -std::numeric_limits<float>::infinity();
    for (size_t l = 0; l < s.size(); ++l) {
      if (static_cast<int32_t>(l) == root) continue;
      if (s[l] > best_score) best_score = s[l], best = l;
    }
    return static_cast<uint16_t>(best);
  };
  std::mt19937 rng(5);
  const float specials[] = {-std::numeric_limits<float>::infinity(), std::numeric_limits<float>::quiet_NaN(), 2.0f,
                            std::numeric_limits<float>::infinity()};
  for (int round = 0; round < 20000; ++round) {
    const size_t count = rng() % 14;
    std::vector<float> s(count);
    for (float& x : s) {
      const uint32_t r = rng() % 10;
      x = r < 4 ? specials[r] : static_cast<float>(static_cast<int>(rng() % 7) - 3);  // many ties
    }
    const int32_t root = static_cast<int32_t>(rng() % (count + 2)) - 1;  // -1, inside, or past the end
    const bool head_is_root = rng() % 4 == 0;
    ASSERT_EQ(choose_label(s.data(), count, root, head_is_root), plain(s, root, head_is_root))
        << "round " << round << " count " << count << " root " << root;
  }
}

}  // namespace
}  // namespace chronicle::parse
