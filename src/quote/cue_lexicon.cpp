#include "quote/cue_lexicon.h"

#include <algorithm>
#include <array>
#include <string>

namespace chronicle::quote {

namespace {

// Sorted for binary search (a test checks the order).
constexpr std::array<std::string_view, 135> kCues = {
    "accept",    "accuse",    "acknowledge", "add",       "admit",     "advise",    "affirm",    "agree",
    "allege",    "announce",  "answer",      "argue",     "ask",       "assert",    "assure",    "blast",
    "blog",      "boast",     "brand",       "call",      "caution",   "charge",    "chide",     "cite",
    "claim",     "comment",   "complain",    "concede",   "conclude",  "condemn",   "confess",   "confirm",
    "contend",   "hail",      "denounce",    "cry",       "declare",   "demand",    "deny",      "describe",
    "dismiss",   "emphasise", "emphasize",   "estimate",  "exclaim",   "explain",   "express",   "fear",
    "forecast",  "grumble",   "hint",        "indicate",  "inform",    "insist",    "instruct",  "joke",
    "lament",    "maintain",  "mention",     "mutter",    "note",      "object",    "observe",   "opine",
    "order",     "plead",     "pledge",      "point",     "post",      "praise",    "predict",   "proclaim",
    "promise",   "propose",   "protest",     "question",  "quip",      "reaffirm",  "recall",    "reckon",
    "recount",   "reflect",   "reiterate",   "reject",    "remark",    "remind",    "reply",     "report",
    "respond",   "retort",    "reveal",      "say",       "scoff",     "scream",    "shout",     "signal",
    "snap",      "find",      "speculate",   "state",     "stress",    "suggest",   "swear",     "brief",
    "tell",      "testify",   "text",        "thunder",   "tweet",     "underline", "urge",      "vow",
    "warn",      "whisper",   "wonder",      "write",     "yell",      "believe",   "think",     "hope",
    "expect",    "feel",      "decry",       "worry",     "welcome",   "criticise", "criticize", "attack",
    "label",     "refer",     "blame",     "quote",     "apologise", "apologize", "dub",
};

const std::array<std::string_view, 135>& sorted_cues() {
  static const auto sorted = [] {
    auto a = kCues;
    std::sort(a.begin(), a.end());
    return a;
  }();
  return sorted;
}

// Irregular forms of cue verbs.
struct Form {
  std::string_view form, lemma;
};
constexpr Form kIrregular[] = {
    {"said", "say"},     {"says", "say"},      {"told", "tell"},    {"wrote", "write"},   {"written", "write"},
    {"found", "find"},   {"swore", "swear"},  {"sworn", "swear"},   {"thought", "think"},
    {"knew", "know"},    {"known", "know"},    {"felt", "feel"},    {"cried", "cry"},     {"replied", "reply"},
    {"denied", "deny"},  {"testified", "testify"}, {"snapped", "snap"}, {"admitted", "admit"}, {"quipped", "quip"},
    {"blogged", "blog"}, {"worried", "worry"}, {"texted", "text"}, {"labelled", "label"}, {"labelling", "label"}, {"referred", "refer"}, {"referring", "refer"},
    {"dubbed", "dub"},   {"dubbing", "dub"},
};

}  // namespace

bool is_cue_lemma(std::string_view lemma) {
  const auto& a = sorted_cues();
  return std::binary_search(a.begin(), a.end(), lemma);
}

size_t cue_lemma_count() { return kCues.size(); }

std::string_view cue_lemma_of_form(std::string_view w) {
  for (const Form& f : kIrregular)
    if (f.form == w) return f.lemma;
  const auto& a = sorted_cues();
  auto find = [&](std::string_view stem) -> std::string_view {
    auto it = std::lower_bound(a.begin(), a.end(), stem);
    return it != a.end() && *it == stem ? *it : std::string_view();
  };
  if (auto l = find(w); !l.empty()) return l;
  // -s, -es, -ed, -d, -ing
  auto strip = [&](std::string_view suf) -> std::string_view {
    if (w.size() > suf.size() + 1 && w.substr(w.size() - suf.size()) == suf) return w.substr(0, w.size() - suf.size());
    return {};
  };
  for (std::string_view suf : {"s", "es", "ed", "d", "ing"}) {
    std::string_view stem = strip(suf);
    if (stem.empty()) continue;
    if (auto l = find(stem); !l.empty()) return l;
    if (suf == "ing") {  // "writing" -> "write"
      std::string e(stem);
      e += 'e';
      if (auto l = find(e); !l.empty()) return l;
    }
  }
  return {};
}

}  // namespace chronicle::quote
