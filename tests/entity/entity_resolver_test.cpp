// Entity resolution on invented text: names are given as the ner stage would
// give them (found by their text), so these tests exercise the clustering
// rules alone.
#include "entity/entity_resolver.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/sentence_splitter.h"
#include "social/posts.h"
#include "social/twitter_text.h"
#include "tokenize/tokenizer.h"

namespace chronicle {
namespace {

Document make_doc(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize::tokenize(doc.text, doc.tokens);
  segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  doc.mentions = social::extract_mentions(doc.text);
  doc.hashtags = social::extract_hashtags(doc.text);
  doc.urls = social::extract_urls(doc.text);
  social::extract_posts(doc);
  return doc;
}

// Adds a name for the `nth` occurrence (0-based) of `words` in the text.
void name(Document& doc, const std::string& words, const std::string& type, int nth = 0) {
  size_t at = 0;
  for (int i = 0; i <= nth; ++i) {
    at = doc.text.find(words, i == 0 ? 0 : at + 1);
    ASSERT_NE(at, std::string::npos) << words;
  }
  NameMention m;
  m.start = static_cast<uint32_t>(at);
  m.end = static_cast<uint32_t>(at + words.size());
  bool first = true;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].start >= m.start && doc.tokens[t].end <= m.end) {
      if (first) m.first_token = t;
      first = false;
      m.last_token = t + 1;
    }
  }
  m.type = type;
  doc.names.push_back(m);
  std::sort(doc.names.begin(), doc.names.end(),
            [](const NameMention& a, const NameMention& b) { return a.first_token < b.first_token; });
}

const Entity* find(const Document& doc, const std::string& n) {
  for (const auto& e : doc.entities)
    if (e.name == n) return &e;
  return nullptr;
}

std::vector<std::string> texts(const Document& doc, const Entity& e) {
  std::vector<std::string> out;
  for (const auto& m : e.mentions) out.emplace_back(doc.span_text(m.start, m.end));
  return out;
}

TEST(EntityResolver, TitlesSurnamesAndMiddleInitials) {
  Document doc = make_doc(
      "Governor Maria Olsen met Paul Brandt in Oslo. Mr Brandt said Ms Olsen was right. "
      "Later Maria K. Olsen flew home to Oslo.");
  name(doc, "Maria Olsen", "PERSON");
  name(doc, "Paul Brandt", "PERSON");
  name(doc, "Oslo", "GPE");
  name(doc, "Brandt", "PERSON", 1);
  name(doc, "Olsen", "PERSON", 1);
  name(doc, "Maria K. Olsen", "PERSON");
  name(doc, "Oslo", "GPE", 1);
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 3u);
  const Entity* olsen = find(doc, "Maria Olsen");
  ASSERT_NE(olsen, nullptr);
  EXPECT_EQ(texts(doc, *olsen), (std::vector<std::string>{"Maria Olsen", "Ms Olsen", "Maria K. Olsen"}));
  EXPECT_EQ(olsen->mentions[1].kind, "title");
  EXPECT_EQ(olsen->key, "maria olsen|");
  EXPECT_EQ(olsen->id, "E1");
  const Entity* brandt = find(doc, "Paul Brandt");
  ASSERT_NE(brandt, nullptr);
  EXPECT_EQ(texts(doc, *brandt), (std::vector<std::string>{"Paul Brandt", "Mr Brandt"}));
  EXPECT_FALSE(brandt->ambiguous);
  const Entity* oslo = find(doc, "Oslo");
  ASSERT_NE(oslo, nullptr);
  EXPECT_EQ(oslo->type, "GPE");
  EXPECT_EQ(oslo->mentions.size(), 2u);
}

TEST(EntityResolver, HyphenatedNamesKeepTheirHyphen) {
  Document doc = make_doc("Dr. Anne-Marie Quist spoke. Later Ms Quist left.");
  name(doc, "Anne-Marie Quist", "PERSON");
  name(doc, "Quist", "PERSON", 1);
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Anne-Marie Quist");
  EXPECT_EQ(texts(doc, doc.entities[0]), (std::vector<std::string>{"Anne-Marie Quist", "Ms Quist"}));
}

TEST(EntityResolver, AHyphenatedSurnameAloneJoinsTheFullName) {
  // "Al-Haddad" is one word of the name, not a first name "Al" and a
  // surname "Haddad"; "Brenn" and "Tam" are the pieces of "Tam-Brenn".
  Document doc = make_doc(
      "Omar al-Haddad spoke. Al-Haddad said no. "
      "TAM SEES GAINS\n\nOla Tam-Brenn agreed. Later Ms Tam-Brenn left and Brenn flew home.");
  name(doc, "Omar al-Haddad", "PERSON");
  name(doc, "Al-Haddad", "PERSON");
  name(doc, "TAM", "PERSON");
  name(doc, "Ola Tam-Brenn", "PERSON");
  name(doc, "Tam-Brenn", "PERSON", 1);
  name(doc, "Brenn", "PERSON", 2);
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  const Entity* haddad = find(doc, "Omar al-Haddad");
  ASSERT_NE(haddad, nullptr);
  EXPECT_EQ(texts(doc, *haddad), (std::vector<std::string>{"Omar al-Haddad", "Al-Haddad"}));
  const Entity* brenn = find(doc, "Ola Tam-Brenn");
  ASSERT_NE(brenn, nullptr);
  EXPECT_EQ(texts(doc, *brenn), (std::vector<std::string>{"TAM", "Ola Tam-Brenn", "Ms Tam-Brenn", "Brenn"}));
}

TEST(EntityResolver, CanonicalNameIsNotTheHeadlinesCapitals) {
  Document doc = make_doc("TALKS WITH ORIN DAL TUR FAIL\n\nOrin Dal Tur left early.");
  name(doc, "ORIN DAL TUR", "PERSON");
  name(doc, "Orin Dal Tur", "PERSON");
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Orin Dal Tur");
  EXPECT_EQ(doc.entities[0].mentions.size(), 2u);
}

TEST(EntityResolver, AHeadlineSurnameJoinsADoubleSurname) {
  // The headline names him by his first surname, the body by his full name
  // and then that surname alone.
  Document doc = make_doc("OIL TALKS FAIL - VANE\n\nMinister Luis Vane Ortiz spoke. Vane said no.");
  name(doc, "VANE", "PERSON");
  name(doc, "Luis Vane Ortiz", "PERSON");
  name(doc, "Vane", "PERSON", 1);
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Luis Vane Ortiz");
  EXPECT_EQ(doc.entities[0].mentions.size(), 3u);
}

TEST(EntityResolver, AmbiguousSurnameGoesToTheMostSalient) {
  Document doc = make_doc(
      "Chairman Lee Sun Ho will meet Lee Dong Min. Lee Sun Ho said the talks matter. "
      "Mr Lee later left.");
  name(doc, "Lee Sun Ho", "PERSON");
  name(doc, "Lee Dong Min", "PERSON");
  name(doc, "Lee Sun Ho", "PERSON", 1);
  name(doc, "Lee", "PERSON", 3);
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  const Entity* a = find(doc, "Lee Sun Ho");
  const Entity* b = find(doc, "Lee Dong Min");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(texts(doc, *a), (std::vector<std::string>{"Lee Sun Ho", "Lee Sun Ho", "Mr Lee"}));
  EXPECT_TRUE(a->ambiguous);
  EXPECT_FALSE(b->ambiguous);
}

TEST(EntityResolver, AcronymsAndPossessives) {
  Document doc = make_doc(
      "The Northern Fisheries Agency opened an office. NFA staff moved in. The agency's head said the "
      "Northern Fisheries Agency's budget grew.");
  name(doc, "Northern Fisheries Agency", "ORG");
  name(doc, "NFA", "ORG");
  name(doc, "Northern Fisheries Agency's", "ORG");
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 1u);
  const Entity& e = doc.entities[0];
  EXPECT_EQ(e.name, "Northern Fisheries Agency");
  EXPECT_EQ(texts(doc, e), (std::vector<std::string>{"Northern Fisheries Agency", "NFA", "Northern Fisheries Agency"}));
  EXPECT_EQ(e.mentions[1].kind, "acronym");
}

// An acronym may keep the letter of "of" (DOT) or stand for the words
// before it only (FGB), and may come before the name it abbreviates.
TEST(EntityResolver, AcronymsWithSmallWordsOrOfTheWordsBeforeOf) {
  Document doc = make_doc(
      "The Department of Tides (DOT) met. FGB rose. First Gondor Bank of Elmford said so. DOT staff left.");
  name(doc, "Department of Tides", "ORG");
  name(doc, "DOT", "ORG");
  name(doc, "FGB", "ORG");
  name(doc, "First Gondor Bank of Elmford", "ORG");
  name(doc, "DOT", "ORG", 1);
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(texts(doc, doc.entities[0]), (std::vector<std::string>{"Department of Tides", "DOT", "DOT"}));
  EXPECT_EQ(doc.entities[1].name, "First Gondor Bank of Elmford");
  EXPECT_EQ(texts(doc, doc.entities[1]), (std::vector<std::string>{"FGB", "First Gondor Bank of Elmford"}));
}

// Two letters before "of"/"for" are no acronym of the name: "the EC" is not
// the "Economic Commission for Arnor" it follows.
TEST(EntityResolver, TwoLettersBeforeOfAreNoAcronym) {
  Document doc = make_doc("The Economic Commission for Arnor met. Envoys of the EC left.");
  name(doc, "Economic Commission for Arnor", "ORG");
  name(doc, "EC", "ORG");
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(texts(doc, doc.entities[0]), (std::vector<std::string>{"Economic Commission for Arnor"}));
}

// Two bodies with the same initials: each acronym is the body named just
// before it, and a later bare acronym the one it was defined for.
TEST(EntityResolver, SharedInitialsGoToTheBodyNamedLast) {
  Document doc = make_doc(
      "The Pewter Trade Organization (PTO) met. The Pepper Trade Organization (PTO) met too. PTO delegates "
      "left.");
  name(doc, "Pewter Trade Organization", "ORG");
  name(doc, "PTO", "ORG");
  name(doc, "Pepper Trade Organization", "ORG");
  name(doc, "PTO", "ORG", 1);
  name(doc, "PTO", "ORG", 2);
  entity::resolve_entities(doc);
  const Entity* pepper = nullptr;
  for (const Entity& e : doc.entities)
    if (e.name == "Pepper Trade Organization") pepper = &e;
  ASSERT_NE(pepper, nullptr);
  EXPECT_EQ(texts(doc, *pepper), (std::vector<std::string>{"Pepper Trade Organization", "PTO", "PTO"}));
}

TEST(EntityResolver, SignaturesHandlesAndOfficeHandles) {
  Document doc = make_doc(
      "President Ana Ruiz spoke to Minister Tom Hale on Monday.\n"
      "Great talks with @POTUS today.\n"
      "— Minister Hale (@TomHaleMP) March 3, 2025\n"
      "Mr Hale later thanked @TomHaleMP followers.\n");
  name(doc, "Ana Ruiz", "PERSON");
  name(doc, "Tom Hale", "PERSON");
  name(doc, "Hale", "PERSON", 3);  // the third is inside @TomHaleMP
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.posts.size(), 1u);
  const Entity* hale = find(doc, "Tom Hale");
  const Entity* ruiz = find(doc, "Ana Ruiz");
  ASSERT_TRUE(hale && ruiz);
  EXPECT_EQ(doc.posts[0].author_entity, hale->id);
  EXPECT_EQ(hale->handles, (std::vector<std::string>{"TomHaleMP"}));
  EXPECT_EQ(texts(doc, *hale),
            (std::vector<std::string>{"Tom Hale", "Minister Hale", "@TomHaleMP", "Mr Hale", "@TomHaleMP"}));
  EXPECT_EQ(texts(doc, *ruiz), (std::vector<std::string>{"Ana Ruiz", "@POTUS"}));
  EXPECT_EQ(ruiz->mentions[1].kind, "handle");
}

TEST(EntityResolver, AuthorMistypedInItsSignatureIsStillThePerson) {
  Document doc = make_doc(
      "Minister Tom Hale met farmers.\n"
      "Good talks in Vell today.\n"
      "— Minister Hale (@TomHaleMP) March 3, 2025\n");
  name(doc, "Tom Hale", "PERSON");
  name(doc, "Hale", "MISC", 1);  // the ner stage's guess inside the signature
  entity::resolve_entities(doc);
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].name, "Tom Hale");
  EXPECT_EQ(texts(doc, doc.entities[0]), (std::vector<std::string>{"Tom Hale", "Minister Hale", "@TomHaleMP"}));
  ASSERT_EQ(doc.posts.size(), 1u);
  EXPECT_EQ(doc.posts[0].author_entity, "E1");
}

TEST(EntityResolver, DescriptionsTiedByAppositionAndTitle) {
  Document doc = make_doc(
      "Foreign Minister Ida Berg met Jon Moe, the head of a port authority, in Bergen. "
      "The foreign minister said little. Moe is a former pilot.");
  name(doc, "Ida Berg", "PERSON");
  name(doc, "Jon Moe", "PERSON");
  name(doc, "Bergen", "GPE");
  name(doc, "Moe", "PERSON", 1);
  entity::resolve_entities(doc);
  const Entity* berg = find(doc, "Ida Berg");
  const Entity* moe = find(doc, "Jon Moe");
  ASSERT_TRUE(berg && moe);
  EXPECT_EQ(texts(doc, *moe), (std::vector<std::string>{"Jon Moe", "the head of a port authority", "Moe",
                                                         "a former pilot"}));
  EXPECT_EQ(texts(doc, *berg), (std::vector<std::string>{"Ida Berg", "The foreign minister"}));
  EXPECT_EQ(berg->mentions[1].kind, "description");
}

TEST(EntityResolver, ATitleWithoutTheModifierAPersonCarriesIsAnotherOffice) {
  Document doc = make_doc(
      "Deputy Prime Minister Ida Berg met Jon Moe in Bergen. The prime minister said little. "
      "The deputy prime minister said more.");
  name(doc, "Ida Berg", "PERSON");
  name(doc, "Jon Moe", "PERSON");
  name(doc, "Bergen", "GPE");
  entity::resolve_entities(doc);
  const Entity* berg = find(doc, "Ida Berg");
  ASSERT_TRUE(berg);
  // "The prime minister" is not the deputy; "The deputy prime minister" is.
  EXPECT_EQ(texts(doc, *berg), (std::vector<std::string>{"Ida Berg", "The deputy prime minister"}));
}

TEST(EntityResolver, NoNamesNoEntities) {
  Document doc = make_doc("Nothing to see here.");
  entity::resolve_entities(doc);
  EXPECT_TRUE(doc.entities.empty());
  Document empty;
  entity::resolve_entities(empty);
  EXPECT_TRUE(empty.entities.empty());
}

}  // namespace
}  // namespace chronicle
