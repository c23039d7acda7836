// Parser::parse over many sentences: kLanes sentences parsed side by side.
//
// Why: the move scorer spends most of its time waiting on cache misses into
// its 8 MB bucket table (dense_scorer.h), and one sentence's next move cannot
// be scored before its last one is applied. Sentences are independent, so
// each round first hashes every lane's move features and asks for their
// buckets, then scores and advances the lanes one by one: by the time a lane
// is read, its loads have been in flight while the other lanes were hashed
// and scored. A lane whose sentence is done takes the next one, so the lanes
// stay full until the last sentences.
//
// Each sentence goes through exactly the moves the one-sentence parse() makes
// (the same features, the same integer sums, the same advance()), so the
// output is the same.
#include <array>
#include <span>
#include <vector>

#include "parse/parser.h"

namespace chronicle::parse {

static_assert(kMaxMoveFeatures <= DenseScorer::kChunk, "a lane's features must fit one prefetch()");

void Parser::parse(Document& doc, std::span<const Sentence> sentences) const {
  if (move_scorer_.num_classes() != kNumMoves) {  // no fast scorer: nothing to overlap
    for (const Sentence& s : sentences) parse(doc, s);
    return;
  }
  struct Lane {
    std::vector<TokenAtoms> atoms;
    ParseState state;
    const Sentence* sentence = nullptr;  // null when idle
    bool scored = false;                 // this round's move needs scores
    std::array<learn::FeatureId, kMaxMoveFeatures> known;
    size_t known_count = 0;
    std::array<float, kNumMoves> scores{};
    ChosenMove chosen;
  };
  // Per-thread scratch, as in the one-sentence parse().
  thread_local std::array<Lane, kLanes> lanes;
  thread_local std::vector<float> label_scores;
  std::array<learn::FeatureId, kMaxMoveFeatures> feats;

  size_t next = 0;
  auto take_next = [&](Lane& lane) {
    lane.sentence = nullptr;
    while (next < sentences.size()) {
      const Sentence& s = sentences[next++];
      if (read_sentence(doc, s, {}, lane.atoms, lane.state)) {
        lane.sentence = &s;
        return;
      }
    }
  };
  for (Lane& lane : lanes) take_next(lane);

  for (;;) {
    bool busy = false;
    for (Lane& lane : lanes) {
      if (!lane.sentence) continue;
      busy = true;
      lane.scored = needs_move_scores(lane.state);
      if (!lane.scored) continue;
      const size_t nf = move_features(lane.state, lane.atoms, feats.data());
      lane.known_count = move_scorer_.prefetch(std::span<const learn::FeatureId>(feats.data(), nf), lane.known.data());
    }
    if (!busy) break;
    // Second half-round: score each lane's move, hash its label features and
    // ask for their slots; then label and apply, lane by lane.
    for (Lane& lane : lanes) {
      if (!lane.sentence) continue;
      lane.scores = {};
      if (lane.scored) {
        DenseScorer::Sums sums;
        move_scorer_.add(std::span<const learn::FeatureId>(lane.known.data(), lane.known_count), sums);
        move_scorer_.finish(sums, lane.scores.data());
      }
      choose_move(lane.atoms, lane.state, lane.scores, lane.chosen);
      model_.labels.prefetch(
          std::span<const learn::FeatureId>(lane.chosen.label_features.data(), lane.chosen.label_feature_count));
    }
    for (Lane& lane : lanes) {
      if (!lane.sentence) continue;
      apply_move(lane.state, lane.scores, lane.chosen, label_scores, nullptr);
      if (lane.state.terminal()) {
        write_sentence(lane.state, doc, *lane.sentence);
        take_next(lane);
      }
    }
  }
}

}  // namespace chronicle::parse
