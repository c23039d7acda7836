#include "parse/parser.h"

#include <algorithm>
#include <limits>

#include "io/byte_io.h"
#include "io/model_writer.h"
#include "parse/projectivize.h"

namespace chronicle::parse {

uint64_t tagset_hash(const std::vector<std::string>& upos, const std::vector<std::string>& xpos) {
  std::vector<std::string> u = upos, x = xpos;
  std::sort(u.begin(), u.end());
  std::sort(x.begin(), x.end());
  std::string joined = "upos";
  for (const auto& t : u) joined += "\n" + t;
  joined += "\nxpos";
  for (const auto& t : x) joined += "\n" + t;
  return learn::hash_string(joined);
}

Parser::Parser(ParserModel model) : model_(std::move(model)) {
  std::string error;
  // Fails only on a malformed perceptron encoding; parse() then falls back to
  // the perceptron itself.
  if (!DenseScorer::build(model_.moves, move_scorer_, error)) move_scorer_ = DenseScorer();
  init_labels();
}

Parser::Parser(ParserModel model, DenseScorer moves, std::string move_encoding)
    : model_(std::move(model)), move_scorer_(std::move(moves)), move_encoding_(std::move(move_encoding)) {
  init_labels();
}

void Parser::init_labels() {
  tagset_hash_ = tagset_hash(model_.upos_tags, model_.xpos_tags);
  for (const auto& l : model_.label_names)
    if (l.find(kLiftSeparator) != std::string::npos) has_decorated_labels_ = true;
  root_label_ = -1;
  for (size_t i = 0; i < model_.label_names.size(); ++i)
    if (model_.label_names[i] == "root") root_label_ = static_cast<int32_t>(i);
}

int best_valid_move(const ParseState& state, const std::array<float, kNumMoves>& scores) {
  int best = -1;
  for (int m = 0; m < kNumMoves; ++m)
    if (kMoves[m].is_valid(state) && (best < 0 || scores[m] > scores[best])) best = m;
  return best;
}

namespace {

// Raises m[0..3] to the highest of scores[from, to), four running maxima
// that never wait for each other (a single running best made every step
// wait for the one before). A NaN is never taken.
void raise_maxima(const float* scores, size_t from, size_t to, float (&m)[4]) {
  size_t l = from;
  for (; l + 4 <= to; l += 4)
    for (size_t k = 0; k < 4; ++k) m[k] = scores[l + k] > m[k] ? scores[l + k] : m[k];
  for (; l < to; ++l) m[0] = scores[l] > m[0] ? scores[l] : m[0];
}

}  // namespace

uint16_t choose_label(const float* scores, size_t count, int32_t root_label, bool head_is_root) {
  if (head_is_root && root_label >= 0) return static_cast<uint16_t>(root_label);
  // The first label other than root with the highest score above -inf (0 if
  // none), as a plain loop keeping the first strictly greater score finds:
  // first the highest score, skipping root by scanning around it, then the
  // first index holding it. Called for every arc over some fifty labels.
  const size_t root = root_label >= 0 ? static_cast<size_t>(root_label) : count;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  float m[4] = {kNone, kNone, kNone, kNone};
  raise_maxima(scores, 0, std::min(root, count), m);
  if (root < count) raise_maxima(scores, root + 1, count, m);
  float best = m[0];
  for (size_t k = 1; k < 4; ++k) best = m[k] > best ? m[k] : best;
  if (!(best > kNone)) return 0;
  for (size_t l = 0; l < count; ++l)
    if (scores[l] == best && l != root) return static_cast<uint16_t>(l);
  return 0;
}

void Parser::run(const std::vector<TokenAtoms>& atoms, ParseState& st, std::vector<ParseStep>* steps) const {
  std::array<learn::FeatureId, kMaxMoveFeatures> feats;
  std::array<uint32_t, kMaxMoveFeatures> packed;
  std::array<learn::FeatureId, kMaxLabelFeatures> label_feats;
  std::vector<float> label_scores(model_.label_names.size());
  const bool fast = move_scorer_.num_classes() == kNumMoves;
  // The fast scorer's sums are exact integers, so the stack and buffer
  // groups' sums (parse_features.h) are kept between moves instead of being
  // hashed and looked up again: a token is s0 about twice and b0 about twice.
  // stack_sums[t] holds the stack group's sums for t as s0 (valid while t is
  // on the stack: the tokens under it do not change until it is popped).
  thread_local std::vector<DenseScorer::Sums> stack_sums;
  thread_local std::vector<uint8_t> stack_known;
  stack_sums.resize(static_cast<size_t>(st.n) + 1);
  stack_known.assign(static_cast<size_t>(st.n) + 1, 0);
  DenseScorer::Sums buffer_sums;
  int32_t buffer_sums_b0 = -1;  // the b0 buffer_sums belong to
  MoveAtoms move_atoms;
  while (!st.terminal()) {
    std::array<float, kNumMoves> scores{};
    int valid = 0;
    for (int m = 0; m < kNumMoves; ++m) valid += kMoves[m].is_valid(st);
    // With one valid move (an empty stack or buffer) there is nothing to score.
    if (fast && (valid > 1 || steps)) {
      fill_move_atoms(st, atoms, move_atoms);
      const learn::FeatureFilter* filter = &move_scorer_.filter();
      const size_t s0 = static_cast<size_t>(st.s(0));
      const bool new_stack = !stack_known[s0], new_buffer = st.b0 != buffer_sums_b0;
      const size_t nr = move_group_features(MoveGroup::kRest, move_atoms, feats.data(), filter);
      const size_t ns = new_stack ? move_group_features(MoveGroup::kStack, move_atoms, feats.data() + nr, filter) : 0;
      const size_t nb =
          new_buffer ? move_group_features(MoveGroup::kBuffer, move_atoms, feats.data() + nr + ns, filter) : 0;
      move_scorer_.lookup(std::span<const learn::FeatureId>(feats.data(), nr + ns + nb), packed.data());
      DenseScorer::Sums sums;
      for (size_t i = 0; i < nr; ++i) sums.add(packed[i]);
      if (new_stack) {
        DenseScorer::Sums group;
        for (size_t i = nr; i < nr + ns; ++i) group.add(packed[i]);
        stack_sums[s0] = group;
        stack_known[s0] = 1;
      }
      if (new_buffer) {
        DenseScorer::Sums group;
        for (size_t i = nr + ns; i < nr + ns + nb; ++i) group.add(packed[i]);
        buffer_sums = group;
        buffer_sums_b0 = st.b0;
      }
      sums.add(stack_sums[s0]);
      sums.add(buffer_sums);
      move_scorer_.add_to(sums, scores.data());
    } else if (valid > 1 || steps) {
      const size_t nf = move_features(st, atoms, feats.data());
      model_.moves.score(std::span<const learn::FeatureId>(feats.data(), nf), scores);
    }
    const int move = best_valid_move(st, scores);
    uint16_t label = 0;
    if (move != kShift) {
      const int32_t dep = st.s(0);
      const int32_t head = move == kLeft ? st.b0 : st.s(1);
      const size_t nl = label_features(st, atoms, head, dep, label_feats.data(), &model_.labels.filter());
      std::fill(label_scores.begin(), label_scores.end(), 0.0f);
      const std::span<const learn::FeatureId> ls(label_feats.data(), nl);
      model_.labels.score(ls, label_scores);
      label = choose_label(label_scores.data(), label_scores.size(), root_label_, head == st.n);
    }
    if (steps) {
      ParseStep step{st, scores, {}, static_cast<uint8_t>(move), {}, 0};
      for (int m = 0; m < kNumMoves; ++m) step.valid[m] = kMoves[m].is_valid(st);
      if (move != kShift && label < label_scores.size()) {
        step.label = model_.label_names[label];
        step.label_score = label_scores[label];
      }
      steps->push_back(std::move(step));
    }
    kMoves[move].apply(st, label);
  }
}

void Parser::finish(const ParseState& st, ParseOutput& out) const {
  const int32_t n = st.n;
  out.heads.resize(static_cast<size_t>(n));
  out.labels.resize(static_cast<size_t>(n));
  for (int32_t i = 0; i < n; ++i) {
    const int32_t h = st.head[static_cast<size_t>(i)];
    out.heads[static_cast<size_t>(i)] = h == n ? -1 : h;
    const uint16_t l = st.label[static_cast<size_t>(i)];
    out.labels[static_cast<size_t>(i)] = l < model_.label_names.size() ? model_.label_names[l] : "dep";
  }
  if (has_decorated_labels_) deprojectivize(out.heads, out.labels);
}

ParseOutput Parser::parse(const ParseInput& input) const {
  std::vector<TokenAtoms> atoms;
  make_token_atoms(input.words, input.upos, input.xpos, atoms);
  ParseState st;
  st.reset(static_cast<int32_t>(input.words.size()));
  run(atoms, st, nullptr);
  ParseOutput out;
  finish(st, out);
  return out;
}

std::vector<ParseStep> Parser::trace(const ParseInput& input) const {
  std::vector<TokenAtoms> atoms;
  make_token_atoms(input.words, input.upos, input.xpos, atoms);
  ParseState st;
  st.reset(static_cast<int32_t>(input.words.size()));
  std::vector<ParseStep> steps;
  run(atoms, st, &steps);
  return steps;
}

void Parser::parse(Document& doc, const Sentence& sentence) const {
  parse(doc, sentence, {});
}

void Parser::parse(Document& doc, const Sentence& sentence, std::span<const std::string_view> forms) const {
  if (sentence.last_token <= sentence.first_token || sentence.last_token > doc.tokens.size()) return;
  const int32_t n = static_cast<int32_t>(sentence.last_token - sentence.first_token);
  // Per-thread scratch: parse() is const and shared, and allocating per
  // sentence would dominate on short sentences.
  thread_local std::vector<TokenAtoms> atoms;
  thread_local ParseState st;
  thread_local ParseOutput out;
  atoms.resize(static_cast<size_t>(n) + 1);
  for (int32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[sentence.first_token + static_cast<uint32_t>(i)];
    const std::string_view word = static_cast<size_t>(i) < forms.size() ? forms[static_cast<size_t>(i)] : doc.token_text(t);
    atoms[static_cast<size_t>(i)] = token_atoms(word, t.upos, t.xpos);
  }
  atoms[static_cast<size_t>(n)] = root_atoms();
  st.reset(n);
  run(atoms, st, nullptr);
  finish(st, out);
  for (int32_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[sentence.first_token + static_cast<uint32_t>(i)];
    const int32_t h = out.heads[static_cast<size_t>(i)];
    t.head = h < 0 ? -1 : static_cast<int32_t>(sentence.first_token) + h;
    t.deprel = out.labels[static_cast<size_t>(i)];
  }
}

Status Parser::check_tagset(uint64_t tagger_tagset_hash) const {
  if (tagger_tagset_hash == tagset_hash_) return {};
  return Status(StatusCode::kInvalidArgument,
                "the parser was trained against a different tagset (parser tagset hash " + std::to_string(tagset_hash_) +
                    ", tagger " + std::to_string(tagger_tagset_hash) + "): retrain the parser with this tagger");
}

}  // namespace chronicle::parse

// ---- model file -------------------------------------------------------------
//
// Sections: PARS (this component's version, labels, tagsets and their hash),
// PMOV (move perceptron), PLAB (label perceptron); see docs/model-format.md.

namespace chronicle::parse {
namespace {

constexpr uint32_t kParserSectionVersion = 1;

void put_strings(io::ByteWriter& w, const std::vector<std::string>& v) {
  w.u32(static_cast<uint32_t>(v.size()));
  for (const auto& s : v) w.str(s);
}

bool get_strings(io::ByteReader& r, std::vector<std::string>& v) {
  const uint32_t n = r.u32();
  if (!r.can_read(n, 4)) return false;
  v.clear();
  for (uint32_t i = 0; i < n && r.ok(); ++i) v.emplace_back(r.str());
  return r.ok();
}

}  // namespace

Status Parser::save(const std::string& path) const {
  io::ModelWriter writer(io::ModelKind::kParser);
  for (const auto& [k, v] : model_.meta) writer.set_meta(k, v);
  writer.set_meta("tagset_hash", std::to_string(tagset_hash_));
  io::ByteWriter w;
  w.u32(kParserSectionVersion);
  put_strings(w, model_.label_names);
  put_strings(w, model_.upos_tags);
  put_strings(w, model_.xpos_tags);
  w.u64(tagset_hash_);
  CHRONICLE_RETURN_IF_ERROR(writer.add_section("PARS", std::move(w).bytes()));
  CHRONICLE_RETURN_IF_ERROR(
      writer.add_section("PMOV", move_encoding_.empty() ? model_.moves.to_bytes() : move_encoding_));
  CHRONICLE_RETURN_IF_ERROR(writer.add_section("PLAB", model_.labels.to_bytes()));
  return writer.write_file(path);
}

Result<Parser> Parser::load(const std::string& path) {
  auto file = io::ModelFile::read(path);
  if (!file.ok()) return file.status();
  return from_file(*file);
}

Result<Parser> Parser::from_file(const io::ModelFile& model_file) {
  const io::ModelFile* file = &model_file;
  CHRONICLE_RETURN_IF_ERROR(file->expect_kind(io::ModelKind::kParser));
  ParserModel model;
  {
    auto bytes = file->section("PARS");
    if (!bytes.ok()) return bytes.status();
    io::ByteReader r(*bytes);
    const uint32_t version = r.u32();
    if (r.ok() && version != kParserSectionVersion)
      return file->section_error("PARS",
                                 "parser section version " + std::to_string(version) + ", this build reads version " +
                                     std::to_string(kParserSectionVersion),
                                 StatusCode::kUnsupported);
    const bool lists = get_strings(r, model.label_names) && get_strings(r, model.upos_tags) &&
                       get_strings(r, model.xpos_tags);
    const uint64_t stored_hash = r.u64();
    if (!lists || !r.at_end()) return file->section_error("PARS", "truncated or has trailing bytes");
    if (model.label_names.empty() || model.label_names.size() >= 0xFFFF)
      return file->section_error("PARS", "bad label count " + std::to_string(model.label_names.size()));
    if (stored_hash != tagset_hash(model.upos_tags, model.xpos_tags))
      return file->section_error("PARS", "tagset hash does not match the stored tagsets", StatusCode::kDataLoss);
  }
  auto move_encoding = file->section("PMOV");
  if (!move_encoding.ok()) return move_encoding.status();
  DenseScorer moves;
  {
    std::string error;
    if (!DenseScorer::build(*move_encoding, moves, error)) return file->section_error("PMOV", error);
  }
  if (moves.num_classes() != kNumMoves)
    return file->section_error("PMOV", "expected " + std::to_string(kNumMoves) + " classes, found " +
                                           std::to_string(moves.num_classes()));
  {
    auto bytes = file->section("PLAB");
    if (!bytes.ok()) return bytes.status();
    std::string error;
    if (!learn::Perceptron::from_bytes(*bytes, model.labels, error)) return file->section_error("PLAB", error);
  }
  if (model.labels.num_classes() != model.label_names.size())
    return file->section_error("PLAB", "expected " + std::to_string(model.label_names.size()) +
                                           " classes (one per label), found " +
                                           std::to_string(model.labels.num_classes()));
  auto meta = file->meta();
  if (meta.ok()) model.meta = std::move(*meta);
  return Parser(std::move(model), std::move(moves), std::string(*move_encoding));
}

}  // namespace chronicle::parse
