#include "eval/conllu_eval.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

namespace chronicle::eval {
namespace {

// A span over the white-space-free character stream (bytes of it).
struct StrippedSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  bool operator==(const StrippedSpan&) const = default;
};

struct EvalWord {
  StrippedSpan span;       // the whole surface token's span inside multiword tokens
  bool multiword = false;  // part of a multiword (joined) token
  std::string_view form;
  std::string_view upos, xpos, lemma, deprel;
  int64_t head = -2;  // index into the same side's word list, -1 root, -2 none
};

struct Side {
  std::string stream;  // characters with white space removed
  std::vector<StrippedSpan> tokens, sentences;
  std::vector<EvalWord> words;
};

void append_stripped(std::string_view s, std::string& out) {
  for (size_t i = 0; i < s.size();) {
    if (size_t k = conllu::space_length(s, i)) {
      i += k;
    } else {
      out += s[i++];
    }
  }
}

Side gold_side(const conllu::Treebank& tb) {
  Side g;
  for (const conllu::Sentence& s : tb.sentences) {
    const auto base = static_cast<int64_t>(g.words.size());
    const auto sentence_start = static_cast<uint32_t>(g.stream.size());
    for (const conllu::SurfaceToken& t : conllu::surface_tokens(s)) {
      const auto start = static_cast<uint32_t>(g.stream.size());
      append_stripped(t.form, g.stream);
      const StrippedSpan span{start, static_cast<uint32_t>(g.stream.size())};
      g.tokens.push_back(span);
      for (int32_t w = t.first_word; w <= t.last_word; ++w) {
        const conllu::Word& word = s.words[w];
        EvalWord ew;
        ew.span = span;
        ew.multiword = t.is_multiword();
        ew.form = word.form;
        ew.upos = word.upos;
        ew.xpos = word.xpos;
        ew.lemma = word.lemma;
        ew.deprel = word.deprel;
        ew.head = word.head == conllu::kNoHead ? -2 : word.head == 0 ? -1 : base + word.head - 1;
        g.words.push_back(ew);
      }
    }
    g.sentences.push_back({sentence_start, static_cast<uint32_t>(g.stream.size())});
  }
  return g;
}

Side system_side(const Document& doc) {
  Side s;
  // stripped[i]: position in the white-space-free stream of text byte i.
  std::vector<uint32_t> stripped(doc.text.size() + 1);
  s.stream.reserve(doc.text.size());
  for (size_t i = 0; i < doc.text.size();) {
    size_t k = conllu::space_length(doc.text, i);
    const auto here = static_cast<uint32_t>(s.stream.size());
    if (k) {
      for (size_t j = 0; j < k; ++j) stripped[i + j] = here;
      i += k;
    } else {
      stripped[i] = here;
      s.stream += doc.text[i++];
    }
  }
  stripped[doc.text.size()] = static_cast<uint32_t>(s.stream.size());
  auto at = [&](uint32_t byte) { return stripped[std::min<size_t>(byte, doc.text.size())]; };

  const auto& toks = doc.tokens;
  for (size_t i = 0; i < toks.size();) {
    size_t j = i;
    while (j + 1 < toks.size() && toks[j].joined_with_next) ++j;
    const StrippedSpan span{at(toks[i].start), at(toks[j].end)};
    s.tokens.push_back(span);
    for (size_t k = i; k <= j; ++k) {
      const Token& t = toks[k];
      EvalWord ew;
      ew.span = j > i ? span : StrippedSpan{at(t.start), at(t.end)};
      ew.multiword = j > i;
      ew.form = doc.token_text(t);
      ew.upos = t.upos;
      ew.xpos = t.xpos;
      ew.lemma = t.lemma;
      ew.deprel = t.deprel;
      ew.head = t.head == -1 ? -1 : (t.head >= 0 && size_t(t.head) < toks.size()) ? t.head : -2;
      s.words.push_back(ew);
    }
    i = j + 1;
  }
  for (const Sentence& sent : doc.sentences) s.sentences.push_back({at(sent.start), at(sent.end)});
  return s;
}

// Spans match when start and end agree; at an equal start with different
// ends both sides move on (neither can match anything later).
Score match_spans(const std::vector<StrippedSpan>& gold, const std::vector<StrippedSpan>& sys) {
  Score score{gold.size(), sys.size(), 0};
  size_t gi = 0, si = 0;
  while (gi < gold.size() && si < sys.size()) {
    if (sys[si].start < gold[gi].start) {
      ++si;
    } else if (gold[gi].start < sys[si].start) {
      ++gi;
    } else {
      score.correct += gold[gi].end == sys[si].end;
      ++gi;
      ++si;
    }
  }
  return score;
}

bool same_lowercase(std::string_view a, std::string_view b) {
  // ASCII case folding is enough for the English treebanks we score.
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Returns gold word index -> system word index (-1 when unaligned), following
// align_words() of conll18_ud_eval.py.
std::vector<int64_t> align_words(const std::vector<EvalWord>& gold, const std::vector<EvalWord>& sys) {
  std::vector<int64_t> to_sys(gold.size(), -1);
  size_t gi = 0, si = 0;
  std::vector<uint32_t> lcs;
  while (gi < gold.size() && si < sys.size()) {
    if (gold[gi].multiword || sys[si].multiword) {
      // The region of overlapping multiword tokens on both sides.
      uint32_t region_end;
      if (gold[gi].multiword) {
        region_end = gold[gi].span.end;
        if (!sys[si].multiword && sys[si].span.start < gold[gi].span.start) ++si;
      } else {
        region_end = sys[si].span.end;
        if (!gold[gi].multiword && gold[gi].span.start < sys[si].span.start) ++gi;
      }
      const size_t gs = gi, ss = si;
      // Extend the region while a word on either side lies inside it; only
      // multiword words push its end further.
      auto beyond = [&](const std::vector<EvalWord>& words, size_t i) {
        if (i >= words.size()) return true;
        return words[i].multiword ? words[i].span.start >= region_end : words[i].span.end > region_end;
      };
      while (!beyond(gold, gi) || !beyond(sys, si)) {
        if (gi < gold.size() && (si >= sys.size() || gold[gi].span.start <= sys[si].span.start)) {
          if (gold[gi].multiword) region_end = std::max(region_end, gold[gi].span.end);
          ++gi;
        } else {
          if (sys[si].multiword) region_end = std::max(region_end, sys[si].span.end);
          ++si;
        }
      }
      // Longest common subsequence of lower-cased forms inside the region.
      const size_t gn = gi - gs, sn = si - ss;
      lcs.assign((gn + 1) * (sn + 1), 0);
      auto cell = [&](size_t g, size_t s) -> uint32_t& { return lcs[g * (sn + 1) + s]; };
      for (size_t g = gn; g-- > 0;) {
        for (size_t s = sn; s-- > 0;) {
          if (same_lowercase(gold[gs + g].form, sys[ss + s].form)) {
            cell(g, s) = 1 + cell(g + 1, s + 1);
          } else {
            cell(g, s) = std::max(cell(g + 1, s), cell(g, s + 1));
          }
        }
      }
      for (size_t g = 0, s = 0; g < gn && s < sn;) {
        if (same_lowercase(gold[gs + g].form, sys[ss + s].form)) {
          to_sys[gs + g] = static_cast<int64_t>(ss + s);
          ++g;
          ++s;
        } else if (cell(g + 1, s) >= cell(g, s + 1)) {
          ++g;
        } else {
          ++s;
        }
      }
    } else if (gold[gi].span == sys[si].span) {
      to_sys[gi++] = static_cast<int64_t>(si++);
    } else if (gold[gi].span.start <= sys[si].span.start) {
      ++gi;
    } else {
      ++si;
    }
  }
  return to_sys;
}

std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

std::string context(const std::string& s, size_t at) {
  const size_t from = at > 20 ? at - 20 : 0;
  return s.substr(from, 40);
}

}  // namespace

Result<ConlluScores> evaluate(const conllu::Treebank& gold_tb, const Document& system) {
  const Side gold = gold_side(gold_tb);
  const Side sys = system_side(system);
  if (gold.stream != sys.stream) {
    size_t i = 0;
    while (i < gold.stream.size() && i < sys.stream.size() && gold.stream[i] == sys.stream[i]) ++i;
    return Status(StatusCode::kInvalidArgument,
                  "system text differs from gold at non-space character " + std::to_string(i) +
                      ": gold '" + context(gold.stream, i) + "', system '" + context(sys.stream, i) + "'",
                  gold_tb.name, static_cast<int64_t>(i));
  }
  ConlluScores out;
  out.tokens = match_spans(gold.tokens, sys.tokens);
  out.sentences = match_spans(gold.sentences, sys.sentences);

  const std::vector<int64_t> to_sys = align_words(gold.words, sys.words);
  Score base{gold.words.size(), sys.words.size(), 0};
  out.words = out.upos = out.xpos = out.lemmas = out.uas = out.las = base;
  for (size_t g = 0; g < gold.words.size(); ++g) {
    if (to_sys[g] < 0) continue;
    const EvalWord& gw = gold.words[g];
    const EvalWord& sw = sys.words[static_cast<size_t>(to_sys[g])];
    ++out.words.correct;
    if (gw.upos == sw.upos) ++out.upos.correct;
    if (gw.xpos == sw.xpos) ++out.xpos.correct;
    if (gw.lemma == "_" || gw.lemma == sw.lemma) ++out.lemmas.correct;
    const bool head_ok = gw.head >= -1 && sw.head >= -1 &&
                         (gw.head == -1 ? sw.head == -1 : to_sys[static_cast<size_t>(gw.head)] == sw.head);
    if (head_ok) {
      ++out.uas.correct;
      if (universal(gw.deprel) == universal(sw.deprel)) ++out.las.correct;
    }
  }
  return out;
}

std::string format_scores(const ConlluScores& s) {
  std::string out =
      "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
      "-----------+-----------+-----------+-----------+-----------\n";
  auto line = [&](const char* name, const Score& sc, bool aligned) {
    char buf[128];
    if (aligned) {
      const double acc = s.words.correct ? double(sc.correct) / double(s.words.correct) : 0.0;
      std::snprintf(buf, sizeof buf, "%-11s|%10.2f |%10.2f |%10.2f |%10.2f\n", name,
                    100 * sc.precision(), 100 * sc.recall(), 100 * sc.f1(), 100 * acc);
    } else {
      std::snprintf(buf, sizeof buf, "%-11s|%10.2f |%10.2f |%10.2f |\n", name, 100 * sc.precision(),
                    100 * sc.recall(), 100 * sc.f1());
    }
    out += buf;
  };
  line("Tokens", s.tokens, false);
  line("Sentences", s.sentences, false);
  line("Words", s.words, false);
  line("UPOS", s.upos, true);
  line("XPOS", s.xpos, true);
  line("Lemmas", s.lemmas, true);
  line("UAS", s.uas, true);
  line("LAS", s.las, true);
  return out;
}

}  // namespace chronicle::eval
