// The words PETRARCH codes from a validation record's <Parse> (invented trees).
#include <gtest/gtest.h>

#include "eval/event_eval.h"
#include "eval/treebank_words.h"

namespace chronicle::eval {
namespace {

TEST(TreebankSentence, JoinsLeavesAsRunningText) {
  auto s = treebank_sentence(
      "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN envoy)) (, ,) (NP (NNP Ana) (NNP Dale)) (, ,)"
      " (VP (VBD visited) (NP (NNP Osgiliath)) (PRN (-LRB- -LRB-) (NN again) (-RRB- -RRB-))) (. .)))");
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(*s, "Gondor's envoy, Ana Dale, visited Osgiliath (again).");
}

TEST(TreebankSentence, RefusesUnbalancedBrackets) {
  EXPECT_FALSE(treebank_sentence("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))").has_value());
  EXPECT_FALSE(treebank_sentence("(ROOT (S (NP (NNP Arnor))))) (VP (VBD left)))").has_value());
  EXPECT_FALSE(treebank_sentence("").has_value());
}

// The record's <Parse> names another word than its <Text>: the parse's words
// are the ones kept for coding, and an unreadable parse is flagged.
TEST(TreebankSentence, ValidationRecordsKeepTheParsedWords) {
  const char* xml = R"(<Validation><Sentences>
<Sentence date="20010203" id="P-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARNLEG" targetcode="GON" eventcode="111"></EventCoding>
<Text>The Arnor government criticised Gondor.</Text>
<Parse>(ROOT (S (NP (DT The) (NNP Arnor) (NNS Senators)) (VP (VBD criticised) (NP (NNP Gondor))) (. .)))</Parse>
</Sentence>
<Sentence date="20010203" id="P-2" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor criticised Gondor.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD criticised) (NP (NNP Gondor))) (. .)</Parse>
</Sentence>
</Sentences></Validation>)";
  auto v = parse_petrarch_validation(xml, "v.xml");
  ASSERT_TRUE(v.ok()) << v.status().to_string();
  ASSERT_EQ(v->records.size(), 2u);
  EXPECT_EQ(v->records[0].text, "The Arnor government criticised Gondor.");
  EXPECT_EQ(v->records[0].parsed, "The Arnor Senators criticised Gondor.");
  EXPECT_FALSE(v->records[0].bad_parse);
  EXPECT_TRUE(v->records[1].parsed.empty());
  EXPECT_TRUE(v->records[1].bad_parse);
  EXPECT_EQ(coded_text(v->records[0]), "The Arnor Senators criticised Gondor.");
  EXPECT_EQ(coded_text(v->records[1]), "");
}

}  // namespace
}  // namespace chronicle::eval
