// PETRARCH-style noun-phrase actor coding with invented dictionaries.
#include <gtest/gtest.h>

#include <cctype>

#include "event/event_coder.h"
#include "event/phrase_actor.h"
#include "rules/actor_dictionary.h"
#include "rules/agent_dictionary.h"
#include "rules/compiled_dictionary.h"
#include "rules/discard_list.h"
#include "rules/verb_dictionary.h"

namespace chronicle::event {
namespace {

template <typename Parse>
rules::CompiledDictionary compile(rules::DictionaryKind kind, Parse parse, const char* text) {
  std::vector<rules::DictEntry> entries;
  rules::DictionaryErrors errors;
  parse(text, "test.txt", entries, errors);
  for (const Status& e : errors.errors) ADD_FAILURE() << e.to_string();
  auto d = rules::CompiledDictionary::from_entries(kind, entries, "test.txt");
  EXPECT_TRUE(d.ok());
  return std::move(*d);
}

actor::ActorDictionaries dictionaries() {
  actor::ActorDictionaries d;
  d.actors.push_back(compile(rules::DictionaryKind::kActors, &rules::parse_actor_dictionary,
                             "ALDOVIA [ALD]\nBREVIA [BRV]\nNOR-DUR [NRD]\nOLD_KING_TOM [ALDGOV 19900101-19991231]\n\t[ALDELI >20000101]\n"));
  d.agents.push_back(compile(rules::DictionaryKind::kAgents, &rules::parse_agent_dictionary,
                             "GOVERNMENT [~GOV]\nSOLDIER [~MIL]\nFOREIGN_MINISTER [~GOVFRM]\nREDCROSS [NGO~]\n"));
  d.discards.push_back(compile(rules::DictionaryKind::kDiscards, &rules::parse_discard_list, "BALL GAME\n"));
  return d;
}

TEST(PhraseActor, TheFirstActorWithTheRolesThatFollow) {
  const auto d = dictionaries();
  EXPECT_EQ(code_phrase(d, {"THE", "ALDOVIA", "GOVERNMENT"}, "").code(), "ALDGOV");
  EXPECT_EQ(code_phrase(d, {"SOLDIERS", "FROM", "BREVIA"}, "").code(), "BRVMIL");  // plural from the agent file
  EXPECT_EQ(code_phrase(d, {"ALDOVIA", "'S", "FOREIGN", "MINISTER"}, "").code(), "ALDGOVFRM");
  // A role of several parts adds only the parts not there yet.
  EXPECT_EQ(code_phrase(d, {"ALDOVIA", "GOVERNMENT", "FOREIGN", "MINISTER"}, "").code(), "ALDGOVFRM");
  EXPECT_EQ(code_phrase(d, {"A", "REDCROSS", "BREVIA", "SOLDIER"}, "").code(), "NGOBRVMIL");
  // The role already in the code is not repeated; one spelled across two
  // parts of it is not in it ("ALDGOV" has no "DGO").
  EXPECT_EQ(code_phrase(d, {"ALDOVIA", "GOVERNMENT", "GOVERNMENT"}, "").code(), "ALDGOV");
  PhraseActor across;
  across.actor = "ALDGOV";
  across.agents = {"DGO", "GOV"};
  EXPECT_EQ(across.code(), "ALDGOVDGO");
}

TEST(PhraseActor, NoActorNoCodeAndDiscardsAreMarked) {
  const auto d = dictionaries();
  const PhraseActor role_only = code_phrase(d, {"THE", "GOVERNMENT"}, "");
  EXPECT_TRUE(role_only.actor.empty());
  EXPECT_EQ(role_only.agents, std::vector<std::string>{"GOV"});
  EXPECT_TRUE(code_phrase(d, {"A", "BALL", "GAME", "IN", "BREVIA"}, "").discarded);
  EXPECT_FALSE(code_phrase(d, {"BREVIA"}, "").discarded);
  EXPECT_TRUE(code_phrase(d, {}, "").code().empty());
}

TEST(PhraseActor, DatedCodesFollowTheDocumentDate) {
  const auto d = dictionaries();
  EXPECT_EQ(code_phrase(d, {"OLD", "KING", "TOM"}, "1995-06-01").actor, "ALDGOV");
  EXPECT_EQ(code_phrase(d, {"OLD", "KING", "TOM"}, "2004-06-01").actor, "ALDELI");
}

// One parsed sentence, no entities: (word, upos, head index or -1, deprel).
struct W {
  const char* word;
  const char* upos;
  int head;
  const char* deprel;
};

Document parsed(std::initializer_list<W> words) {
  Document doc;
  Sentence s;
  for (const W& w : words) {
    Token t;
    t.start = static_cast<uint32_t>(doc.text.size());
    doc.text += w.word;
    t.end = static_cast<uint32_t>(doc.text.size());
    doc.text += ' ';
    t.upos = w.upos;
    t.lemma = w.word;
    for (char& c : t.lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.head = w.head;
    t.deprel = w.deprel;
    doc.tokens.push_back(t);
  }
  s.end = doc.tokens.back().end;
  s.last_token = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(s);
  return doc;
}

rules::VerbDictionary verbs() {
  rules::VerbDictionary v;
  rules::DictionaryErrors errors;
  rules::parse_verb_dictionary("---  MEET   [040]  ---\nMEET {MEETS MET MEETING}\n", "test-verbs.txt", v, errors);
  v.build_index();
  return v;
}

std::vector<std::string> triples(const Document& doc) {
  std::vector<std::string> out;
  for (const Event& e : doc.events)
    out.push_back(e.source.entity + e.source.actor + ">" + e.target.entity + e.target.actor + ":" + e.cameo);
  return out;
}

TEST(EventCoderWithDictionaries, ANameWrittenWithUnderscoresIsTheDictionarysWords) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia met Old_King_Tom ." -- one token, the dictionary's three words.
  Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"},
                         {"Old_King_Tom", "PROPN", 1, "obj"}, {".", "PUNCT", 1, "punct"}});
  doc.meta.date = "1995-01-01";
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"ALD>ALDGOV:040"});
}

TEST(EventCoderWithDictionaries, AHyphenatedNameTheTokenizerSplitIsReadWhole) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia met Nor-dur ." tokenized "Nor", "-", "dur" and "dur" hung on the
  // verb: the dictionary's NOR-DUR all the same; "Nor - dur", spaced, is
  // three words and names nothing.
  for (bool spaced : {false, true}) {
    Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"},
                           {"Nor", "PROPN", 1, "obj"}, {"-", "PUNCT", 2, "punct"}, {"dur", "NOUN", 1, "obj"},
                           {".", "PUNCT", 1, "punct"}});
    if (!spaced) {
      doc.text = "Aldovia met Nor-dur . ";
      const uint32_t starts[] = {0, 8, 12, 15, 16, 20};
      for (size_t i = 0; i < doc.tokens.size(); ++i) {
        doc.tokens[i].end = starts[i] + (doc.tokens[i].end - doc.tokens[i].start);
        doc.tokens[i].start = starts[i];
      }
      doc.sentences[0].end = doc.tokens.back().end;
    }
    code_events(v, doc, &d);
    EXPECT_EQ(triples(doc), spaced ? std::vector<std::string>{} : std::vector<std::string>{"ALD>NRD:040"});
  }
}

TEST(EventCoderWithDictionaries, WhatAStatementIsAboutIsATopicUnlessAnActor) {
  const auto d = dictionaries();
  rules::VerbDictionary v;
  rules::DictionaryErrors errors;
  rules::parse_verb_dictionary("---  TALK   [010]  ---\nTALK\n\n---  GRUMBLE   [114]  ---\nGRUMBLE\n",
                               "test-verbs.txt", v, errors);
  v.build_index();
  // "Aldovia talked about the Brevia manifesto ." -- a topic; "... about the
  // Brevia government ." -- an actor; "Aldovia grumbled about the Brevia
  // manifesto ." -- a complaint's object is its owner's.
  auto run = [&](const char* verb, const char* lemma, const char* noun) {
    Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {verb, "VERB", -1, "root"},
                           {"about", "ADP", 5, "case"}, {"the", "DET", 5, "det"}, {"Brevia", "PROPN", 5, "compound"},
                           {noun, "NOUN", 1, "obl"}, {".", "PUNCT", 1, "punct"}});
    doc.tokens[1].lemma = lemma;
    Entity e;
    e.id = "E1", e.type = "GPE", e.name = "Brevia", e.actor.code = "BRV", e.actor.source = "dictionary";
    e.mentions.push_back({doc.tokens[4].start, doc.tokens[4].end, "name", {4}});
    doc.entities.push_back(e);
    code_events(v, doc, &d);
    return triples(doc);
  };
  EXPECT_EQ(run("talked", "talk", "manifesto"), std::vector<std::string>{});
  EXPECT_EQ(run("talked", "talk", "government"), std::vector<std::string>{"ALD>E1BRVGOV:010"});
  EXPECT_EQ(run("grumbled", "grumble", "manifesto"), std::vector<std::string>{"ALD>E1BRV:114"});
}

TEST(EventCoderWithDictionaries, PhrasesTheDictionariesNameAreActorsWithoutNer) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia soldiers met Brevia ."
  Document doc = parsed({{"Aldovia", "PROPN", 1, "compound"}, {"soldiers", "NOUN", 2, "nsubj"},
                         {"met", "VERB", -1, "root"}, {"Brevia", "PROPN", 2, "obj"}, {".", "PUNCT", 2, "punct"}});
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"ALDMIL>BRV:040"});
  code_events(v, doc);  // without dictionaries the parties must be entities
  EXPECT_TRUE(doc.events.empty());
}

// PETRARCH's anonymous agent: "the government", role words naming no
// actor, is "---GOV" under its conventions (the validation suite), and no
// party in news coding.
TEST(EventCoderWithDictionaries, RoleWordsAloneAreTheAnonymousAgentUnderPetrarchConventions) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia and the government met Brevia ."
  Document doc = parsed({{"Aldovia", "PROPN", 4, "nsubj"}, {"and", "CCONJ", 3, "cc"}, {"the", "DET", 3, "det"},
                         {"government", "NOUN", 0, "conj"}, {"met", "VERB", -1, "root"},
                         {"Brevia", "PROPN", 4, "obj"}, {".", "PUNCT", 4, "punct"}});
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"ALD>BRV:040"});
  code_events(v, doc, &d, true);
  EXPECT_EQ(triples(doc), (std::vector<std::string>{"ALD>BRV:040", "---GOV>BRV:040"}));
}

// PETRARCH's target for a verb with none of the usual kinds: the first actor
// anywhere in the verb phrase, under its conventions only; not the verb's "by"
// phrase (the one acting on a participle) nor an adverbial clause.
TEST(EventCoderWithDictionaries, AnActorAnywhereInTheVerbPhraseIsTheTargetUnderPetrarchConventions) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia met its friends hunting in Brevia ." -- "in Brevia" hangs on
  // "hunting", a participle on the object.
  Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"its", "PRON", 3, "nmod:poss"},
                         {"friends", "NOUN", 1, "obj"}, {"hunting", "VERB", 3, "acl"}, {"in", "ADP", 6, "case"},
                         {"Brevia", "PROPN", 4, "obl"}, {".", "PUNCT", 1, "punct"}});
  code_events(v, doc, &d);
  EXPECT_TRUE(doc.events.empty());
  code_events(v, doc, &d, true);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"ALD>BRV:040"});
  // "Aldovia met its friends when Brevia soldiers came ." -- the "when"
  // clause is another act: still nothing.
  Document when = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"its", "PRON", 3, "nmod:poss"},
                          {"friends", "NOUN", 1, "obj"}, {"when", "SCONJ", 7, "mark"}, {"Brevia", "PROPN", 6, "compound"},
                          {"soldiers", "NOUN", 7, "nsubj"}, {"came", "VERB", 1, "advcl"}, {".", "PUNCT", 1, "punct"}});
  code_events(v, when, &d, true);
  EXPECT_TRUE(when.events.empty());
}

// A noun phrase naming two actors: news coding keeps its head's name (the
// entity), PETRARCH's conventions its first actor.
TEST(EventCoderWithDictionaries, APhraseOfTwoActorsIsItsFirstUnderPetrarchConventions) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "the bold Aldovia ally Brevia met Nor-dur ." with Brevia a dictionary-coded entity
  Document doc = parsed({{"the", "DET", 4, "det"}, {"bold", "ADJ", 4, "amod"}, {"Aldovia", "PROPN", 3, "compound"},
                         {"ally", "NOUN", 4, "compound"}, {"Brevia", "PROPN", 5, "nsubj"}, {"met", "VERB", -1, "root"},
                         {"Nordur", "PROPN", 5, "obj"}, {".", "PUNCT", 5, "punct"}});
  Entity e;
  e.id = "E1", e.type = "GPE", e.name = "Brevia", e.actor.code = "BRV", e.actor.source = "dictionary";
  e.mentions.push_back({doc.tokens[4].start, doc.tokens[4].end, "name", {4}});
  doc.entities.push_back(e);
  Entity o;
  o.id = "E2", o.type = "GPE", o.name = "Nordur", o.actor.code = "NRD", o.actor.source = "dictionary";
  o.mentions.push_back({doc.tokens[6].start, doc.tokens[6].end, "name", {6}});
  doc.entities.push_back(o);
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"E1BRV>E2NRD:040"});
  code_events(v, doc, &d, true);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"ALD>E2NRD:040"});
}

TEST(EventCoderWithDictionaries, ALowerCasePronounIsNoActorOfTheSameLetters) {
  actor::ActorDictionaries d = dictionaries();
  d.actors.push_back(compile(rules::DictionaryKind::kActors, &rules::parse_actor_dictionary, "US [USA]\n"));
  const auto v = verbs();
  // "Aldovia met us ." -- the speaker's people, not the US; "Aldovia met US ."
  // with the parser's PRON for "US" is the country.
  for (const char* word : {"us", "US"}) {
    Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"},
                           {word, "PRON", 1, "obj"}, {".", "PUNCT", 1, "punct"}});
    code_events(v, doc, &d);
    EXPECT_EQ(triples(doc), word[0] == 'u' ? std::vector<std::string>{} : std::vector<std::string>{"ALD>USA:040"})
        << word;
  }
}

TEST(EventCoderWithDictionaries, AnInPhraseOwnsOnlyAnActor) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia met the soldiers in Brevia ." -- Brevian soldiers; "Aldovia met
  // the traders in Brevia ." -- traders who are in Brevia, not Brevia.
  for (const char* noun : {"soldiers", "traders"}) {
    Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"the", "DET", 3, "det"},
                           {noun, "NOUN", 1, "obj"}, {"in", "ADP", 5, "case"}, {"Brevia", "PROPN", 3, "nmod"},
                           {".", "PUNCT", 1, "punct"}});
    code_events(v, doc, &d);
    EXPECT_EQ(triples(doc), noun[0] == 's' ? std::vector<std::string>{"ALD>BRVMIL:040"} : std::vector<std::string>{})
        << noun;
  }
}

TEST(EventCoderWithDictionaries, EachConjunctOfAnOfPhraseIsAParty) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "The soldiers of Aldovia and Brevia met Old King Tom ." (no date: the undated-or-last code)
  Document doc = parsed({{"The", "DET", 1, "det"}, {"soldiers", "NOUN", 6, "nsubj"}, {"of", "ADP", 3, "case"},
                         {"Aldovia", "PROPN", 1, "nmod"}, {"and", "CCONJ", 5, "cc"}, {"Brevia", "PROPN", 3, "conj"},
                         {"met", "VERB", -1, "root"}, {"Old", "PROPN", 9, "compound"}, {"King", "PROPN", 9, "compound"},
                         {"Tom", "PROPN", 6, "obj"}, {".", "PUNCT", 6, "punct"}});
  doc.meta.date = "1995-01-01";
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), (std::vector<std::string>{"ALDMIL>ALDGOV:040", "BRVMIL>ALDGOV:040"}));
}

TEST(EventCoderWithDictionaries, OneNationalityWithTwoRolesIsTwoActors) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovian soldiers met the Aldovian government ." -- one NORP entity
  // (ALD) under both phrases, but ALDMIL and ALDGOV are different actors.
  Document doc = parsed({{"Aldovian", "ADJ", 1, "amod"}, {"soldiers", "NOUN", 2, "nsubj"}, {"met", "VERB", -1, "root"},
                         {"the", "DET", 5, "det"}, {"Aldovian", "ADJ", 5, "amod"}, {"government", "NOUN", 2, "obj"},
                         {".", "PUNCT", 2, "punct"}});
  Entity e;
  e.id = "E1", e.type = "NORP", e.name = "Aldovian", e.actor.code = "ALD";
  for (uint32_t t : {0u, 4u}) e.mentions.push_back({doc.tokens[t].start, doc.tokens[t].end, "name", {t}});
  doc.entities.push_back(e);
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"E1ALDMIL>E1ALDGOV:040"});
}

TEST(EventCoderWithDictionaries, OneEntityReadTwiceOnOneSideIsItsFinerReading) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "The Aldovian government Aldovian met Brevia ." -- a name split into two
  // subjects by the parser, both the same entity: ALDGOV, not ALDGOV and ALD.
  Document doc = parsed({{"The", "DET", 2, "det"}, {"Aldovian", "ADJ", 2, "amod"}, {"government", "NOUN", 4, "nsubj"},
                         {"Aldovian", "PROPN", 4, "nsubj"}, {"met", "VERB", -1, "root"}, {"Brevia", "PROPN", 4, "obj"},
                         {".", "PUNCT", 4, "punct"}});
  Entity e;
  e.id = "E1", e.type = "NORP", e.name = "Aldovian", e.actor.code = "ALD";
  for (uint32_t t : {1u, 3u}) e.mentions.push_back({doc.tokens[t].start, doc.tokens[t].end, "name", {t}});
  doc.entities.push_back(e);
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"E1ALDGOV>BRV:040"});
}

TEST(EventCoderWithDictionaries, APersonIsNoPartyToHisOwnAct) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "The soldier Ana met the government Ana ." -- a misparse that reads one
  // person on both sides under two roles (ALDMIL, ALDGOV): no event. Two
  // people under those roles keep theirs.
  for (const bool same : {true, false}) {
    Document doc = parsed({{"The", "DET", 1, "det"}, {"soldier", "NOUN", 3, "nsubj"}, {"Ana", "PROPN", 1, "appos"},
                           {"met", "VERB", -1, "root"}, {"the", "DET", 5, "det"}, {"government", "NOUN", 3, "obj"},
                           {"Ana", "PROPN", 5, "appos"}, {".", "PUNCT", 3, "punct"}});
    for (const uint32_t t : {2u, 6u}) {
      Entity e;
      e.id = same || t == 2 ? "E1" : "E2", e.type = "PERSON", e.name = "Ana", e.actor.code = "ALD";
      e.mentions.push_back({doc.tokens[t].start, doc.tokens[t].end, "name", {t}});
      if (same && t == 6) {
        doc.entities.back().mentions.push_back(e.mentions.back());
      } else {
        doc.entities.push_back(e);
      }
    }
    code_events(v, doc, &d);
    if (same) {
      EXPECT_EQ(triples(doc), std::vector<std::string>{});
    } else {
      EXPECT_FALSE(triples(doc).empty());
      for (const std::string& t : triples(doc)) EXPECT_TRUE(t.starts_with("E1ALDMIL>E2") || t.starts_with("E2")) << t;
    }
  }
}

TEST(EventCoderWithDictionaries, ACounterpartNounIsNotWhomItIsOf) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "The owner of Aldovia met Brevia ." -- the owner is not Aldovia.
  Document of = parsed({{"The", "DET", 1, "det"}, {"owner", "NOUN", 4, "nsubj"}, {"of", "ADP", 3, "case"},
                        {"Aldovia", "PROPN", 1, "nmod"}, {"met", "VERB", -1, "root"}, {"Brevia", "PROPN", 4, "obj"},
                        {".", "PUNCT", 4, "punct"}});
  code_events(v, of, &d);
  EXPECT_EQ(triples(of), std::vector<std::string>{});
  // "Aldovia owner met Brevia ." -- nor as a compound.
  Document compound = parsed({{"Aldovia", "PROPN", 1, "compound"}, {"owner", "NOUN", 2, "nsubj"},
                              {"met", "VERB", -1, "root"}, {"Brevia", "PROPN", 2, "obj"}, {".", "PUNCT", 2, "punct"}});
  code_events(v, compound, &d);
  EXPECT_EQ(triples(compound), std::vector<std::string>{});
  // "The owner of a firm Aldovia met Brevia ." -- the name the parser made a
  // second subject belongs to the owner's phrase.
  Document second = parsed({{"The", "DET", 1, "det"}, {"owner", "NOUN", 6, "nsubj"}, {"of", "ADP", 4, "case"},
                            {"a", "DET", 4, "det"}, {"firm", "NOUN", 1, "nmod"}, {"Aldovia", "PROPN", 6, "nsubj"},
                            {"met", "VERB", -1, "root"}, {"Brevia", "PROPN", 6, "obj"}, {".", "PUNCT", 6, "punct"}});
  code_events(v, second, &d);
  EXPECT_EQ(triples(second), std::vector<std::string>{});
  // "The soldiers of Aldovia met Brevia ." -- soldiers are their country's.
  Document soldiers = parsed({{"The", "DET", 1, "det"}, {"soldiers", "NOUN", 4, "nsubj"}, {"of", "ADP", 3, "case"},
                              {"Aldovia", "PROPN", 1, "nmod"}, {"met", "VERB", -1, "root"},
                              {"Brevia", "PROPN", 4, "obj"}, {".", "PUNCT", 4, "punct"}});
  code_events(v, soldiers, &d);
  EXPECT_FALSE(triples(soldiers).empty());
  for (const std::string& t : triples(soldiers)) EXPECT_NE(t.find("ALDMIL"), std::string::npos) << t;
}

TEST(EventCoderWithDictionaries, MoneyAndGoodsAreNoActorsWhoeverQualifiesThem) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia met Brevia shares ." -- shares qualified by a country are no
  // party; "Aldovia met Brevia soldiers ." are that country's.
  for (const char* noun : {"shares", "soldiers"}) {
    Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"},
                           {"Brevia", "PROPN", 3, "compound"}, {noun, "NOUN", 1, "obj"}, {".", "PUNCT", 1, "punct"}});
    doc.tokens[3].lemma = std::string(noun) == "shares" ? "share" : "soldier";
    code_events(v, doc, &d);
    if (std::string(noun) == "shares") {
      EXPECT_EQ(triples(doc), std::vector<std::string>{});
    } else {
      EXPECT_EQ(triples(doc), std::vector<std::string>{"ALD>BRVMIL:040"});
    }
  }
}

TEST(EventCoderWithDictionaries, AnOccasionsPlaceIsNotItsOwner) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia met soldiers in Brevia ." -- people in a country are its own.
  Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"soldiers", "NOUN", 1, "obj"},
                         {"in", "ADP", 4, "case"}, {"Brevia", "PROPN", 2, "nmod"}, {".", "PUNCT", 1, "punct"}});
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"ALD>BRVMIL:040"});
  // "Aldovia met a conference in Brevia ." -- a conference is held there.
  Document held = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"a", "DET", 3, "det"},
                          {"conference", "NOUN", 1, "obj"}, {"in", "ADP", 5, "case"}, {"Brevia", "PROPN", 3, "nmod"},
                          {".", "PUNCT", 1, "punct"}});
  code_events(v, held, &d);
  EXPECT_TRUE(held.events.empty());
}

TEST(EventCoderWithDictionaries, AnOnPhrasesOwnNameIsItsTopic) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia met on a resolution against Brevia ." -- the other side of the resolution.
  Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"on", "ADP", 4, "case"},
                         {"a", "DET", 4, "det"}, {"resolution", "NOUN", 1, "obl"}, {"against", "ADP", 6, "case"},
                         {"Brevia", "PROPN", 4, "nmod"}, {".", "PUNCT", 1, "punct"}});
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), std::vector<std::string>{"ALD>BRV:040"});
  // "Aldovia met on the Brevia war ." -- a war named for Brevia is the topic.
  Document topic = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"on", "ADP", 5, "case"},
                           {"the", "DET", 5, "det"}, {"Brevia", "PROPN", 5, "compound"}, {"war", "NOUN", 1, "obl"},
                           {".", "PUNCT", 1, "punct"}});
  code_events(v, topic, &d);
  EXPECT_TRUE(topic.events.empty());
}

TEST(EventCoderWithDictionaries, ASentenceWithADiscardPhraseCodesNothing) {
  const auto d = dictionaries();
  const auto v = verbs();
  // "Aldovia met Brevia at the ball game ."
  Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"Brevia", "PROPN", 1, "obj"},
                         {"at", "ADP", 6, "case"}, {"the", "DET", 6, "det"}, {"ball", "NOUN", 6, "compound"},
                         {"game", "NOUN", 1, "obl"}, {".", "PUNCT", 1, "punct"}});
  code_events(v, doc, &d);
  EXPECT_TRUE(doc.events.empty());
}

// Phoenix's year discards mark a look back at history: a year before the
// document's is one; the document's own year or a later one is not.
TEST(EventCoderWithDictionaries, AYearDiscardsOnlyASentenceAboutThePast) {
  auto d = dictionaries();
  d.discards.push_back(compile(rules::DictionaryKind::kDiscards, &rules::parse_discard_list, "2004\n2005\n2007\n"));
  const auto v = verbs();
  // "Aldovia met Brevia in YEAR ."
  auto run = [&](const char* year, const char* date) {
    Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"}, {"Brevia", "PROPN", 1, "obj"},
                           {"in", "ADP", 4, "case"}, {year, "NUM", 1, "obl"}, {".", "PUNCT", 1, "punct"}});
    doc.meta.date = date;
    code_events(v, doc, &d);
    return triples(doc);
  };
  EXPECT_EQ(run("2004", "2005-01-01"), std::vector<std::string>{});
  EXPECT_EQ(run("2005", "2005-01-01"), std::vector<std::string>{"ALD>BRV:040"});
  EXPECT_EQ(run("2007", "2005-01-01"), std::vector<std::string>{"ALD>BRV:040"});
  EXPECT_EQ(run("2007", ""), std::vector<std::string>{});  // no date: no year is known to be current
}

// The shipped actor data (data/src/chronicle.media.txt): British titles and
// broadcasters are media, so "told the Times" has a coded addressee; a lower-case
// phrase that starts like a title is not one.
TEST(PhraseActor, ShippedMediaEntriesAreBritishMedia) {
  actor::ActorDictionaries d;
  for (const char* f : {"cameo-actors.chd", "cameo-agents.chd"}) {
    auto c = rules::CompiledDictionary::read(std::string(CHRONICLE_SOURCE_DIR) + "/data/" + f);
    ASSERT_TRUE(c.ok()) << c.status().to_string();
    (std::string(f) == "cameo-actors.chd" ? d.actors : d.agents).push_back(std::move(*c));
  }
  EXPECT_EQ(code_phrase(d, {"THE", "TIMES"}, "2005-01-01").code(), "GBRMED");
  EXPECT_EQ(code_phrase(d, {"BBC", "RADIO", "4"}, "2005-01-01").code(), "GBRMED");
  EXPECT_EQ(code_phrase(d, {"THE", "TODAY", "PROGRAMME"}, "2005-01-01").code(), "GBRMED");
  EXPECT_EQ(code_phrase(d, {"THE", "INDEPENDENT", "INQUIRY"}, "2005-01-01").actor, "");
}

// TABARI's special codes (rules/special_codes.h), invented entries.
actor::ActorDictionaries special_dictionaries() {
  actor::ActorDictionaries d = dictionaries();
  d.actors.insert(d.actors.begin(),
                  compile(rules::DictionaryKind::kActors, &rules::parse_actor_dictionary,
                          "THE_VALES [VLA/VLB]\nSEA_OF_MIST [---]\nMIST [MST]\nOLD_MAGE [+++]\n"
                          "GREY_WARDEN\n\t[--- <19950630]\n\t[GRW]\n"));
  return d;
}

TEST(PhraseActor, SpecialCodes) {
  const auto d = special_dictionaries();
  // A multi-code is several actors, each with the phrase's roles.
  const PhraseActor vales = code_phrase(d, {"THE", "VALES", "SOLDIERS"}, "");
  EXPECT_EQ(vales.actor, "VLA/VLB");
  EXPECT_EQ(vales.code(), "VLAMIL/VLBMIL");
  // The null code: a known non-actor whose match covers "MIST" and takes the
  // head, so the later "ALDOVIA" does not code the phrase.
  EXPECT_EQ(code_phrase(d, {"MIST"}, "").actor, "MST");
  EXPECT_EQ(code_phrase(d, {"THE", "SEA", "OF", "MIST"}, "").code(), "");
  EXPECT_EQ(code_phrase(d, {"SEA", "OF", "MIST", "NEAR", "ALDOVIA"}, "").actor, "");
  // A dated null code holds until its date.
  EXPECT_EQ(code_phrase(d, {"GREY", "WARDEN"}, "1995-01-01").actor, "");
  EXPECT_EQ(code_phrase(d, {"GREY", "WARDEN"}, "1999-01-01").actor, "GRW");
  // The complexity code marks the phrase.
  EXPECT_TRUE(code_phrase(d, {"THE", "OLD", "MAGE"}, "").complex);
  EXPECT_FALSE(code_phrase(d, {"ALDOVIA"}, "").complex);
}

TEST(EventCoderWithDictionaries, AMultiCodeActorIsAnEventPerCode) {
  const auto d = special_dictionaries();
  const auto v = verbs();
  // "The_Vales met Aldovia ."
  Document doc = parsed({{"The_Vales", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"},
                         {"Aldovia", "PROPN", 1, "obj"}, {".", "PUNCT", 1, "punct"}});
  code_events(v, doc, &d);
  EXPECT_EQ(triples(doc), (std::vector<std::string>{"VLA>ALD:040", "VLB>ALD:040"}));
}

TEST(EventCoderWithDictionaries, NullAndComplexityCodes) {
  const auto d = special_dictionaries();
  const auto v = verbs();
  // "Aldovia met the Grey_Warden ." -- no actor until mid-1995, GRW after.
  auto warden = [&](const char* date) {
    Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"},
                           {"the", "DET", 3, "det"}, {"Grey_Warden", "PROPN", 1, "obj"}, {".", "PUNCT", 1, "punct"}});
    doc.meta.date = date;
    code_events(v, doc, &d);
    return triples(doc);
  };
  EXPECT_EQ(warden("1995-01-01"), std::vector<std::string>{});
  EXPECT_EQ(warden("1999-01-01"), std::vector<std::string>{"ALD>GRW:040"});
  // "Aldovia met Brevia near the Old_Mage ." -- a sentence naming a
  // complexity-coded actor codes nothing; "... near the Mist ." codes.
  auto near = [&](const char* place) {
    Document doc = parsed({{"Aldovia", "PROPN", 1, "nsubj"}, {"met", "VERB", -1, "root"},
                           {"Brevia", "PROPN", 1, "obj"}, {"near", "ADP", 5, "case"}, {"the", "DET", 5, "det"},
                           {place, "PROPN", 1, "obl"}, {".", "PUNCT", 1, "punct"}});
    code_events(v, doc, &d);
    return triples(doc);
  };
  EXPECT_EQ(near("Old_Mage"), std::vector<std::string>{});
  EXPECT_EQ(near("Mist"), std::vector<std::string>{"ALD>BRV:040"});
}

}  // namespace
}  // namespace chronicle::event
