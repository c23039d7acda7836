#include "eval/quote_eval.h"

#include <cctype>
#include <cstdio>
#include <fstream>

#include "eval/gold_tsv.h"

namespace chronicle::eval {

namespace {

// Last word, lower case, without a possessive.
std::string head_word(std::string_view s) {
  while (!s.empty() && !std::isalnum(static_cast<unsigned char>(s.back())) && static_cast<unsigned char>(s.back()) < 0x80)
    s.remove_suffix(1);
  if (s.size() > 2 && (s.substr(s.size() - 2) == "'s")) s.remove_suffix(2);
  const size_t sp = s.find_last_of(" \t\n");
  std::string w(sp == std::string_view::npos ? s : s.substr(sp + 1));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

}  // namespace

void QuoteScores::add(const QuoteScores& o) {
  exact.gold += o.exact.gold;
  exact.system += o.exact.system;
  exact.correct += o.exact.correct;
  overlap.gold += o.overlap.gold;
  overlap.system += o.overlap.system;
  overlap.correct += o.overlap.correct;
  speaker_gold += o.speaker_gold;
  speaker_matched += o.speaker_matched;
  speaker_correct += o.speaker_correct;
  kind_matched += o.kind_matched;
  kind_correct += o.kind_correct;
  errors.insert(errors.end(), o.errors.begin(), o.errors.end());
}

Result<QuoteGold> read_quote_gold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kNotFound, "cannot open the quotes gold file", path);
  QuoteGold gold;
  std::string line;
  size_t n = 0;
  std::string root;
  while (std::getline(in, line)) {
    ++n;
    const std::string where = path + ":" + std::to_string(n);
    if (line.empty()) continue;
    if (line[0] == '#') {
      header_value(line, "# root:", root);
      if (line.rfind("# layer: reported", 0) == 0) gold.reported = true;
      continue;
    }
    const auto cells = split_tabs(line);
    if (cells.size() != 7) {
      return Status(StatusCode::kParseError, "expected 7 tab-separated columns, found " + std::to_string(cells.size()),
                    where);
    }
    if (gold.articles.empty() || gold.articles.back().doc != cells[0]) {
      for (const auto& a : gold.articles)
        if (a.doc == cells[0]) return Status(StatusCode::kParseError, "rows of '" + cells[0] + "' are not together", where);
      gold.articles.push_back({cells[0], cells[6], {}});
    }
    if (cells[1] == "-") continue;  // an article without quotations
    GoldQuote q;
    int64_t s = 0, e = 0;
    if (!parse_int(cells[1], s) || !parse_int(cells[2], e) || !parse_int(cells[4], q.speaker_start) ||
        !parse_int(cells[5], q.speaker_end) || s < 0 || e <= s || q.speaker_end < q.speaker_start) {
      return Status(StatusCode::kParseError, "bad offsets in '" + line + "'", where);
    }
    if (gold.reported && cells[3] != "reported") {
      return Status(StatusCode::kParseError, "kind '" + cells[3] + "' in a '# layer: reported' file (reported only)", where);
    }
    if (!gold.reported && cells[3] != "direct" && cells[3] != "partial" && cells[3] != "scare") {
      return Status(StatusCode::kParseError, "unknown kind '" + cells[3] + "' (direct, partial, scare)", where);
    }
    q.start = static_cast<uint32_t>(s);
    q.end = static_cast<uint32_t>(e);
    q.kind = cells[3];
    gold.articles.back().quotes.push_back(q);
  }
  if (root.empty()) return Status(StatusCode::kParseError, "no '# root: DIR' line", path);
  gold.root = resolve_root(path, root);
  return gold;
}

bool same_speaker(std::string_view a, std::string_view b) {
  const std::string x = head_word(a), y = head_word(b);
  return !x.empty() && x == y;
}

void score_quotes(const GoldArticle& gold, const Document& doc, QuoteScores& scores, bool reported) {
  const CodepointIndex cp(doc.text);
  struct Sys {
    uint32_t start, end;
    const Quote* q;
    bool used;
  };
  std::vector<Sys> sys;
  for (const Quote& q : doc.quotes) {
    if ((q.kind == "reported") != reported) continue;
    sys.push_back({cp(q.start), cp(q.end), &q, false});
  }
  scores.exact.gold += gold.quotes.size();
  scores.exact.system += sys.size();
  scores.overlap.gold += gold.quotes.size();
  scores.overlap.system += sys.size();
  // The gold speaker's words, read from the article (code points -> bytes).
  std::vector<uint32_t> byte_of;
  for (uint32_t i = 0; i < doc.text.size(); ++i)
    if ((static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) byte_of.push_back(i);
  byte_of.push_back(static_cast<uint32_t>(doc.text.size()));
  for (const GoldQuote& g : gold.quotes) {
    for (const Sys& s : sys)
      if (s.start == g.start && s.end == g.end) {
        ++scores.exact.correct;
        break;
      }
    Sys* match = nullptr;
    for (Sys& s : sys) {
      if (!s.used && s.start < g.end && g.start < s.end) {
        match = &s;
        break;
      }
    }
    const bool has_speaker = g.speaker_start >= 0 && static_cast<size_t>(g.speaker_end) < byte_of.size();
    if (has_speaker) ++scores.speaker_gold;
    auto note = [&](const char* what, std::string_view gold_side, std::string_view system_side) {
      scores.errors.push_back(gold.doc + "\t" + std::to_string(g.start) + "\t" + std::to_string(g.end) + "\t" + what +
                              "\t" + std::string(gold_side) + "\t" + std::string(system_side));
    };
    if (!match) {
      note("missed", g.kind, "");
      continue;
    }
    match->used = true;
    ++scores.overlap.correct;
    ++scores.kind_matched;
    if (match->q->kind == g.kind) {
      ++scores.kind_correct;
    } else {
      note("kind", g.kind, match->q->kind);
    }
    if (has_speaker) {
      ++scores.speaker_matched;
      const uint32_t b = byte_of[static_cast<size_t>(g.speaker_start)], e = byte_of[static_cast<size_t>(g.speaker_end)];
      const std::string_view gold_speaker = doc.span_text(b, e);
      if (same_speaker(gold_speaker, match->q->speaker_text)) {
        ++scores.speaker_correct;
      } else {
        note("speaker", gold_speaker, match->q->speaker_text + " (cue: " + match->q->cue + ")");
      }
    }
  }
  for (const Sys& s : sys)
    if (!s.used)
      scores.errors.push_back(gold.doc + "\t" + std::to_string(s.start) + "\t" + std::to_string(s.end) +
                              "\tspurious\t\t" + s.q->kind);
}

std::string format_quote_scores(const QuoteScores& s) {
  char buf[1024];
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * double(a) / double(b) : 0.0; };
  std::snprintf(buf, sizeof buf,
                "Metric            | Precision |    Recall |  F1 Score | gold | system | correct\n"
                "------------------+-----------+-----------+-----------+------+--------+--------\n"
                "Span exact        | %9.2f | %9.2f | %9.2f | %4zu | %6zu | %7zu\n"
                "Span overlap      | %9.2f | %9.2f | %9.2f | %4zu | %6zu | %7zu\n"
                "Speaker accuracy: %.2f%% of %zu matched quotations with a gold speaker (%.2f%% of all %zu)\n"
                "Kind accuracy: %.2f%% of %zu matched quotations\n",
                100 * s.exact.precision(), 100 * s.exact.recall(), 100 * s.exact.f1(), s.exact.gold, s.exact.system,
                s.exact.correct, 100 * s.overlap.precision(), 100 * s.overlap.recall(), 100 * s.overlap.f1(),
                s.overlap.gold, s.overlap.system, s.overlap.correct, pct(s.speaker_correct, s.speaker_matched),
                s.speaker_matched, pct(s.speaker_correct, s.speaker_gold), s.speaker_gold,
                pct(s.kind_correct, s.kind_matched), s.kind_matched);
  return buf;
}

}  // namespace chronicle::eval
