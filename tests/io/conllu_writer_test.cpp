#include "io/conllu_writer.h"

#include <gtest/gtest.h>

namespace chronicle::io {
namespace {

Token tok(uint32_t start, uint32_t end, bool space_after, bool joined = false) {
  Token t;
  t.start = start;
  t.end = end;
  t.space_after = space_after;
  t.joined_with_next = joined;
  return t;
}

TEST(ConlluWriter, MultiwordTokensSpacingAndComments) {
  Document doc;
  doc.id = "d1";
  //          0123456789012345678901234567
  doc.text = "We don't  know.\n\nIt works!";
  doc.tokens = {tok(0, 2, true),    tok(3, 5, false, true), tok(5, 8, true), tok(10, 14, false),
                tok(14, 15, true),  tok(17, 19, true),      tok(20, 25, false), tok(25, 26, false)};
  doc.tokens[0].upos = "PRON";
  doc.tokens[0].head = 3;
  doc.tokens[3].head = -1;
  doc.tokens[3].deprel = "root";
  doc.paragraphs = {{0, 15}, {17, 26}};
  doc.sentences = {{0, 15, 0, 0, 5}, {17, 26, 1, 5, 8}};
  std::string out;
  append_document_conllu(doc, out);
  const std::string expected =
      "# newdoc id = d1\n"
      "# newpar\n"
      "# sent_id = d1-1\n"
      "# text = We don't know.\n"
      "1\tWe\t_\tPRON\t_\t_\t4\t_\t_\t_\n"
      "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpacesAfter=\\s\\s\n"
      "2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "4\tknow\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
      "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "\n"
      "# newpar\n"
      "# sent_id = d1-2\n"
      "# text = It works!\n"
      "1\tIt\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tworks\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
      "3\t!\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "\n";
  EXPECT_EQ(out, expected);
}

TEST(ConlluWriter, NoSentencesWritesNothing) {
  Document doc;
  doc.id = "empty";
  std::string out;
  append_document_conllu(doc, out);
  EXPECT_EQ(out, "");
}

TEST(ConlluWriter, NewlinesInsideASentenceAreRecorded) {
  Document doc;
  doc.id = "n";
  doc.text = "a\nb";
  doc.tokens = {tok(0, 1, true), tok(2, 3, true)};
  doc.paragraphs = {{0, 3}};
  doc.sentences = {{0, 3, 0, 0, 2}};
  std::string out;
  append_document_conllu(doc, out);
  EXPECT_NE(out.find("# text = a b\n"), std::string::npos) << out;
  EXPECT_NE(out.find("1\ta\t_\t_\t_\t_\t_\t_\t_\tSpacesAfter=\\n\n"), std::string::npos) << out;
}

}  // namespace
}  // namespace chronicle::io
