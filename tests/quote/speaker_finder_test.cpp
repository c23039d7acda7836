// Cue words read from hand-set tags (the tagger's errors seen on news text,
// fixed here so the rule is tested whatever the shipped model does).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chronicle/pipeline.h"
#include "quote/speaker_finder.h"

namespace chronicle::quote {
namespace {

Document tokenized(const std::string& text) {
  PipelineOptions opts;
  opts.stages = {Stage::kTokenize, Stage::kSegment};
  auto p = Pipeline::load(opts);
  EXPECT_TRUE(p.ok());
  Document doc;
  doc.text = text;
  EXPECT_TRUE((*p)->annotate(doc).ok());
  return doc;
}

uint32_t token_of(const Document& doc, std::string_view word) {
  for (uint32_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.token_text(doc.tokens[i]) == word) return i;
  ADD_FAILURE() << "no token " << word;
  return 0;
}

void tag(Document& doc, std::string_view word, const char* upos, const char* lemma) {
  Token& t = doc.tokens[token_of(doc, word)];
  t.upos = upos;
  t.lemma = lemma;
}

TEST(SpeakerFinder, CueWordUsedAsAnAdjectiveIsNoCue) {
  Document doc = tokenized("Mr Haddad's reported views were read out.");
  for (auto& t : doc.tokens) t.upos = "NOUN";
  tag(doc, "reported", "VERB", "report");  // the parser's reading on such text
  EXPECT_FALSE(is_cue_token(doc, token_of(doc, "reported")));
  Document said = tokenized("Mr Haddad reported the views.");
  for (auto& t : said.tokens) t.upos = "NOUN";
  tag(said, "reported", "VERB", "report");
  EXPECT_TRUE(is_cue_token(said, token_of(said, "reported")));
}

TEST(SpeakerFinder, PastFormTaggedAdjectiveAfterACommaIsACue) {
  Document doc = tokenized("Lord Fisk, a former minister, branded the plan stupid.");
  for (auto& t : doc.tokens) t.upos = "NOUN";
  tag(doc, "branded", "ADJ", "branded");
  EXPECT_TRUE(is_cue_token(doc, token_of(doc, "branded")));
  Document amod = tokenized("The minister read the branded leaflets.");
  for (auto& t : amod.tokens) t.upos = "NOUN";
  tag(amod, "branded", "ADJ", "branded");
  EXPECT_FALSE(is_cue_token(amod, token_of(amod, "branded")));
}

}  // namespace
}  // namespace chronicle::quote
