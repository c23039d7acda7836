// Readers of the PETRARCH2 dictionary formats, the compiled container and a
// differential test of the compiled matcher against a linear scan.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "io/model_file.h"
#include "rules/actor_dictionary.h"
#include "rules/agent_dictionary.h"
#include "rules/compiled_dictionary.h"
#include "rules/discard_list.h"
#include "rules/special_codes.h"
#include "rules/pattern_scope.h"
#include "rules/verb_dictionary.h"

using namespace chronicle;
using namespace chronicle::rules;

namespace {

// Invented entries in the Phoenix layout, with its quirks.
const char* kActors =
    "# comment line\n"
    "<!-- a validation-file comment -->\n"
    "FREEDONIA_  [FRD]   # a country\n"
    "+FREEDONIAN\n"
    "+REPUBLIC_OF_FREEDONIA_\n"
    "\n"
    "RUFUS_T._FIREFLY_  # a person\n"
    "+FIREFLY\n"
    "\t[FRDGOV 19330101-19331231]\n"
    "\t[FRDMIL >991201]\n"
    "AMBASSADOR TRENTINO [sylgov]\n"
    "BROKEN_ENTRY [FRD 19330101-]\n"
    "NO_CODE_HERE\n"
    "+ORPHAN\n"
    "MARX_BROTHERS_ [FRDMED] [FRDBUS <20000101]\n"
    "CHICOLINI_\n"
    "+CHICO\n"
    "PRESIDENT_CHICOLINI_\n"
    "\t[FRDGOV 19330101-19331231]\n";

std::vector<DictEntry> parse_actors(const std::string& text, DictionaryErrors& errors) {
  std::vector<DictEntry> out;
  parse_actor_dictionary(text, "test.actors.txt", out, errors);
  return out;
}

const DictEntry* find(const std::vector<DictEntry>& v, const std::string& phrase) {
  for (const auto& e : v)
    if (e.phrase == phrase) return &e;
  return nullptr;
}

}  // namespace

TEST(ActorDictionary, PrimariesSynonymsAndDatedCodes) {
  DictionaryErrors errors;
  auto entries = parse_actors(kActors, errors);
  const DictEntry* c = find(entries, "FREEDONIAN");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->primary, "FREEDONIA");
  ASSERT_EQ(c->codes.size(), 1u);
  EXPECT_EQ(c->codes[0].code, "FRD");
  EXPECT_FALSE(c->codes[0].restricted());
  ASSERT_NE(find(entries, "REPUBLIC OF FREEDONIA"), nullptr);

  const DictEntry* f = find(entries, "FIREFLY");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->primary, "RUFUS T. FIREFLY");
  ASSERT_EQ(f->codes.size(), 2u);
  EXPECT_EQ(f->codes[0].code, "FRDGOV");
  EXPECT_EQ(f->codes[0].from, 19330101u);
  EXPECT_EQ(f->codes[0].to, 19331231u);
  EXPECT_EQ(f->codes[1].from, 19991201u);  // yymmdd with yy >= 30 is 19yy
  EXPECT_EQ(f->codes[1].to, kOpenEnd);

  const DictEntry* a = find(entries, "AMBASSADOR TRENTINO");  // spaces join words too; codes upper-cased
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->codes[0].code, "SYLGOV");

  const DictEntry* m = find(entries, "MARX BROTHERS");
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->codes.size(), 2u);
  EXPECT_EQ(m->codes[1].to, 20000101u);
  EXPECT_EQ(m->codes[1].from, kOpenStart);
}

TEST(ActorDictionary, PrimaryWithoutCodeBeforeTheCodesJoinsTheGroup) {
  // A second primary line with no '+' and no code, before the group's codes,
  // is another name of the same actor (PETRARCH2's reading).
  DictionaryErrors errors;
  auto entries = parse_actors(kActors, errors);
  for (const char* name : {"CHICOLINI", "CHICO", "PRESIDENT CHICOLINI"}) {
    const DictEntry* e = find(entries, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->primary, "CHICOLINI");
    ASSERT_EQ(e->codes.size(), 1u) << name;
    EXPECT_EQ(e->codes[0].code, "FRDGOV");
  }
}

TEST(ActorDictionary, APrimaryAfterARejectedCodeLineStartsItsOwnGroup) {
  // The group's only code line has a bad (nine-digit) date: the next primary
  // with no code is another actor, not one more name of the first.
  DictionaryErrors errors;
  auto entries = parse_actors(
      "GROUCHO_\n+CAPTAIN_SPAULDING_\n\t[FRDGOV >193301011]\n"
      "HARPO_\n+HARPO_MARX_\n\t[FRDMIL 19330101-19331231]\n",
      errors);
  for (const char* name : {"HARPO", "HARPO MARX"}) {
    const DictEntry* e = find(entries, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->primary, "HARPO");
    ASSERT_EQ(e->codes.size(), 1u) << name;
    EXPECT_EQ(e->codes[0].code, "FRDMIL");
  }
  EXPECT_EQ(find(entries, "GROUCHO"), nullptr);
  EXPECT_EQ(find(entries, "CAPTAIN SPAULDING"), nullptr);
}

TEST(ActorDictionary, BadLinesAreLocatedAndSkipped) {
  DictionaryErrors errors;
  auto entries = parse_actors(kActors, errors);
  EXPECT_EQ(find(entries, "BROKEN ENTRY"), nullptr);
  EXPECT_EQ(find(entries, "NO CODE HERE"), nullptr);
  std::vector<std::string> messages;
  for (const auto& e : errors.errors) messages.push_back(e.to_string());
  ASSERT_EQ(messages.size(), 2u) << ::testing::PrintToString(messages);
  EXPECT_EQ(messages[0], "test.actors.txt:12: bad date range (A-B, >A or <B with yyyymmdd or yymmdd dates expected): "
                         "'[FRD 19330101-]'");
  EXPECT_EQ(messages[1], "test.actors.txt:13: actor has no code: 'NO CODE HERE'");
  // The entries after the bad ones are still read.
  EXPECT_NE(find(entries, "MARX BROTHERS"), nullptr);
}

TEST(ActorDictionary, DatedCodeSyntax) {
  DatedCode c;
  std::string err;
  EXPECT_TRUE(parse_dated_code("[USAGOV 20170120-20210120]", c, err));
  EXPECT_EQ(c.code, "USAGOV");
  EXPECT_TRUE(c.valid_on(20180531));
  EXPECT_FALSE(c.valid_on(20210121));
  EXPECT_TRUE(parse_dated_code("[RUSGOV <050801]", c, err));
  EXPECT_EQ(c.to, 20050801u);
  EXPECT_FALSE(parse_dated_code("[USA GOV]", c, err));
  EXPECT_FALSE(parse_dated_code("[USAGOV 20211320]", c, err));  // month 13
  EXPECT_FALSE(parse_dated_code("[USAGOV 20210101-20200101]", c, err));
  EXPECT_EQ(err, "date range ends before it starts");
  EXPECT_FALSE(parse_dated_code("USAGOV", c, err));
  EXPECT_EQ(date_number("2018-05-31"), 20180531u);
  EXPECT_EQ(date_number("May 31"), 0u);
}

TEST(ActorDictionary, SpecialCodesAreKeptAsWritten) {
  // TABARI's null and complexity codes and a multi-code, dated or not.
  DictionaryErrors errors;
  auto entries = parse_actors("SEA_OF_MIST  [---]\nOLD_MAGE  [+++]\nTHE_VALES  [vla/VLB]\n"
                              "GREY_WARDEN\n\t[--- <950630]\n\t[GRW]\nTWIN_HILLS [TWA/---]\n",
                              errors);
  EXPECT_TRUE(errors.errors.empty()) << errors.errors.front().to_string();
  ASSERT_NE(find(entries, "SEA OF MIST"), nullptr);
  EXPECT_EQ(find(entries, "SEA OF MIST")->codes[0].code, "---");
  EXPECT_EQ(find(entries, "OLD MAGE")->codes[0].code, "+++");
  EXPECT_EQ(find(entries, "THE VALES")->codes[0].code, "VLA/VLB");
  const auto& warden = find(entries, "GREY WARDEN")->codes;
  ASSERT_EQ(warden.size(), 2u);
  EXPECT_EQ(warden[0].code, "---");
  EXPECT_EQ(warden[0].to, 19950630u);
  EXPECT_EQ(warden[1].code, "GRW");
  EXPECT_EQ(code_parts("VLA/VLB"), (std::vector<std::string>{"VLA", "VLB"}));
  EXPECT_EQ(code_parts("TWA/---"), std::vector<std::string>{"TWA"});
  EXPECT_TRUE(code_parts("---").empty());
  EXPECT_EQ(code_parts("ABC"), std::vector<std::string>{"ABC"});
  // The compiled dictionary keeps them and knows it holds a complexity code.
  auto d = CompiledDictionary::from_entries(DictionaryKind::kActors, entries, "test.actors.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(d->has_complex_codes());
  EXPECT_EQ(d->codes(d->find("THE VALES").front())[0].code, "VLA/VLB");
  entries.erase(entries.begin() + 1);  // without OLD_MAGE
  auto plain = CompiledDictionary::from_entries(DictionaryKind::kActors, entries, "test.actors.txt");
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->has_complex_codes());
}

TEST(ActorDictionary, MalformedSpecialCodesAreLocatedErrors) {
  DictionaryErrors errors;
  auto entries = parse_actors("GOOD [GDA]\nA [VLA/]\nB [VLA//VLB]\nC [+++/VLA]\nD [--]\nE [-+-]\nF [----]\n",
                              errors);
  std::vector<std::string> messages;
  for (const auto& e : errors.errors) messages.push_back(e.to_string());
  const std::string chars = "a code has only letters, digits and '~' (or is '---', '+++' or codes joined by '/')";
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "test.actors.txt:2: a multi-code 'A/B' has an empty part: '[VLA/]'",
                          "test.actors.txt:3: a multi-code 'A/B' has an empty part: '[VLA//VLB]'",
                          "test.actors.txt:4: the complexity code '+++' stands alone, not in a multi-code: '[+++/VLA]'",
                          "test.actors.txt:5: " + chars + ": '[--]'",
                          "test.actors.txt:6: " + chars + ": '[-+-]'",
                          "test.actors.txt:7: " + chars + ": '[----]'",
                      }));
  EXPECT_NE(find(entries, "GOOD"), nullptr);
}

TEST(AgentDictionary, PluralsSetsAndCodes) {
  const char* text =
      "!PERSON! = MAN, WOMAN\n"
      "FARMER [~AGR]\n"
      "POLICE {} [~COP]\n"
      "CATTLE_THIEF {CATTLE_THIEVES} [~CRM]\n"
      "BUSINESS!PERSON! [~BUS]\n"
      "PARTY [~PTY]\n"
      "PEACEKEEPER [IGO~]\n"
      "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"
      "ISLAMIC_EXTREMIST\n"
      "SPY [GOV]\n"
      "BAD!SET! [~X]\n";
  std::vector<DictEntry> out;
  DictionaryErrors errors;
  parse_agent_dictionary(text, "a.txt", out, errors);
  std::vector<std::string> phrases;
  for (const auto& e : out) phrases.push_back(e.phrase);
  for (const char* p : {"FARMER", "FARMERS", "POLICE", "CATTLE THIEF", "CATTLE THIEVES", "BUSINESSMAN",
                        "BUSINESSMEN", "BUSINESSWOMAN", "BUSINESSWOMEN", "PARTY", "PARTIES", "PEACEKEEPER"})
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), p), phrases.end()) << p;
  EXPECT_EQ(std::find(phrases.begin(), phrases.end(), "POLICES"), phrases.end());
  ASSERT_EQ(errors.errors.size(), 4u);
  EXPECT_EQ(errors.errors[0].to_string(), "a.txt:8: agent has no [CODE]: 'DEPARMENT_OF_ENVIRONMENT [~ENV}'");
  EXPECT_EQ(errors.errors[1].where(), "a.txt:9");
  EXPECT_EQ(errors.errors[2].to_string(),
            "a.txt:10: agent code needs '~' (before: agent, after: primary code): 'GOV'");
  EXPECT_EQ(errors.errors[3].to_string(), "a.txt:11: unknown substitution set: '!SET!'");
}

TEST(DiscardList, StoryAndSentenceLevel) {
  std::vector<DictEntry> out;
  DictionaryErrors errors;
  parse_discard_list("# c\n1914\n+FIRST_SEED\nWEEKS AGO\n+\n", "d.txt", out, errors);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_FALSE(out[0].story_level);
  EXPECT_EQ(out[1].phrase, "FIRST SEED");
  EXPECT_TRUE(out[1].story_level);
  ASSERT_EQ(errors.errors.size(), 1u);
  EXPECT_EQ(errors.errors[0].where(), "d.txt:5");
}

TEST(VerbDictionary, BlocksFormsPatternsAndSynsets) {
  const char* text =
      "&FOOD\n+BREAD\n+RICE_\n\n"
      "####### VERB PATTERNS #######\n"
      "---  HASTEN   [---]  ---\n"
      "HASTEN\n"
      "SPEED {SPEEDS SPED }\n"
      "+CALL_OFF {+CALLS_OFF +CALLED_OFF} [160]\n"
      "- * &FOOD (TO +)        [073]   # comment\n"
      "- $ * {ARMS SHIPMENT}   [072]\n"
      "- * (TO                [042]\n"
      "- * AID\n"
      "- * &WEAPON            [194]\n"
      "---  SAY   [010]  ---\n"
      "SAY {SAYS SAID SAYING}\n";
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary(text, "v.txt", v, errors);
  ASSERT_EQ(v.verbs.size(), 2u);
  ASSERT_EQ(v.synsets.count("&FOOD"), 1u);
  EXPECT_EQ(v.synsets.at("&FOOD"), (std::vector<std::string>{"BREAD", "RICE"}));
  const VerbBlock& h = v.verbs[0];
  EXPECT_EQ(h.name, "HASTEN");
  EXPECT_EQ(h.code, "---");
  EXPECT_EQ(v.block_of("HASTENED"), 0);  // regular form added
  EXPECT_EQ(v.block_of("SPED"), 0);
  EXPECT_EQ(v.block_of("SPEEDED"), -1);  // irregular list given: no regular forms
  EXPECT_EQ(v.block_of("CALLED OFF"), 0);
  EXPECT_EQ(v.block_of("SAID"), 1);
  ASSERT_EQ(h.patterns.size(), 3u);
  const auto& p = h.patterns[0];
  EXPECT_EQ(p.code, "073");
  ASSERT_EQ(p.tokens.size(), 6u);
  EXPECT_EQ(p.tokens[0].kind, PatternTokenKind::kVerb);
  EXPECT_EQ(p.tokens[1].kind, PatternTokenKind::kSynset);
  EXPECT_EQ(p.tokens[1].text, "&FOOD");
  EXPECT_EQ(p.tokens[2].kind, PatternTokenKind::kOpenPhrase);
  EXPECT_EQ(p.tokens[3].text, "TO");
  EXPECT_EQ(p.tokens[4].kind, PatternTokenKind::kTarget);
  EXPECT_EQ(h.patterns[1].tokens[0].kind, PatternTokenKind::kSource);
  EXPECT_EQ(h.patterns[1].tokens[2].kind, PatternTokenKind::kOpenNoun);
  std::vector<std::string> messages;
  for (const auto& e : errors.errors) messages.push_back(e.to_string());
  ASSERT_EQ(messages.size(), 3u) << ::testing::PrintToString(messages);
  EXPECT_EQ(messages[0], "v.txt:12: unbalanced '(': '- * (TO                [042]'");
  EXPECT_EQ(messages[1], "v.txt:13: pattern has no [CODE]: '- * AID'");
  EXPECT_EQ(messages[2], "v.txt:14: unknown synset: '&WEAPON'");
}

TEST(VerbDictionary, ContainerRoundTrip) {
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary("---  SAY   [010]  ---\nSAY {SAID}\n- * (TO +) [012]\n", "v.txt", v, errors);
  auto bytes = compile_verbs(v, "v.txt");
  ASSERT_TRUE(bytes.ok());
  const std::string path = ::testing::TempDir() + "/verbs.chd";
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(bytes->data(), 1, bytes->size(), f);
  std::fclose(f);
  auto back = load_verbs(path);
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  ASSERT_EQ(back->verbs.size(), 1u);
  EXPECT_EQ(back->verbs[0].patterns[0].code, "012");
  EXPECT_EQ(back->verbs[0].patterns[0].tokens.size(), 5u);
  EXPECT_EQ(back->block_of("SAID"), 0);
}

TEST(CompiledDictionary, RoundTripAndRejectsCorruption) {
  DictionaryErrors errors;
  auto entries = parse_actors(kActors, errors);
  auto bytes = compile_dictionary(DictionaryKind::kActors, entries, "test.actors.txt");
  ASSERT_TRUE(bytes.ok());
  auto file = io::ModelFile::parse(*bytes, "t.chd");
  ASSERT_TRUE(file.ok());
  auto d = CompiledDictionary::from_file(std::make_unique<io::ModelFile>(std::move(*file)));
  ASSERT_TRUE(d.ok()) << d.status().to_string();
  EXPECT_EQ(d->size(), entries.size());
  auto hits = d->find("FIREFLY");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(d->primary(hits[0]), "RUFUS T. FIREFLY");
  EXPECT_EQ(d->codes(hits[0])[1].code, "FRDMIL");
  EXPECT_EQ(d->line(hits[0]), 8u);
  EXPECT_TRUE(d->find("FIREFL").empty());
  // A flipped byte inside a section fails its checksum.
  std::string bad = *bytes;
  {
    auto probe = io::ModelFile::parse(*bytes, "probe.chd");
    ASSERT_TRUE(probe.ok());
    for (const auto& s : probe->sections())
      if (s.tag_string() == "STRS") bad[s.offset + 1] ^= 0x40;
  }
  auto f2 = io::ModelFile::parse(bad, "bad.chd");
  ASSERT_TRUE(f2.ok());
  auto d2 = CompiledDictionary::from_file(std::make_unique<io::ModelFile>(std::move(*f2)));
  ASSERT_FALSE(d2.ok());
  EXPECT_EQ(d2.status().code(), StatusCode::kDataLoss);
}

// Differential test: longest_match over the compiled hash index against a
// linear scan of the parsed entries, on random word sequences drawn from the
// dictionary's own vocabulary (plus noise words).
TEST(CompiledDictionary, LongestMatchAgreesWithLinearScan) {
  std::mt19937 rng(7);
  const std::vector<std::string> vocab = {"NORTH", "SOUTH", "KOREA", "KOREAN", "ARMY", "NAVY", "OF", "THE",
                                          "PEOPLE", "REPUBLIC", "U.S.", "FORCES", "X"};
  std::vector<DictEntry> entries;
  for (int i = 0; i < 400; ++i) {
    const int n = 1 + static_cast<int>(rng() % 4);
    std::string p;
    for (int k = 0; k < n; ++k) {
      if (k) p.push_back(' ');
      p += vocab[rng() % (vocab.size() - 1)];  // never "X"
    }
    entries.push_back(DictEntry{p, p, {DatedCode{"C" + std::to_string(i)}}, static_cast<uint32_t>(i + 1)});
  }
  auto d = CompiledDictionary::from_entries(DictionaryKind::kActors, entries, "random");
  ASSERT_TRUE(d.ok());
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<std::string> words;
    const int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) words.push_back(vocab[rng() % vocab.size()]);
    for (size_t i = 0; i < words.size(); ++i) {
      // Reference: every entry whose words equal words[i..i+len), longest len.
      size_t ref_len = 0;
      std::vector<uint32_t> ref;
      for (uint32_t e = 0; e < entries.size(); ++e) {
        std::string s;
        for (size_t k = i; k < words.size(); ++k) {
          if (k > i) s.push_back(' ');
          s += words[k];
          if (s == entries[e].phrase) {
            const size_t len = k - i + 1;
            if (len > ref_len) {
              ref_len = len;
              ref.clear();
            }
            if (len == ref_len) ref.push_back(e);
          }
        }
      }
      size_t len = 0;
      auto got = d->longest_match(words, i, len);
      std::sort(got.begin(), got.end());
      ASSERT_EQ(len, ref_len) << "trial " << trial << " at " << i;
      ASSERT_EQ(got, ref) << "trial " << trial << " at " << i;
    }
  }
}

TEST(VerbDictionary, CommentLineInsideASynsetKeepsItOpen) {
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary("&CURRENCY\n# a note\n+MONEY\n+YEN\n\n---  PAY   [---]  ---\nPAY {PAID}\n", "v.txt", v, errors);
  EXPECT_TRUE(errors.errors.empty()) << errors.errors.front().to_string();
  EXPECT_EQ(v.synsets.at("&CURRENCY"), (std::vector<std::string>{"MONEY", "YEN"}));
}

TEST(AgentDictionary, PhraseStartingWithASet) {
  std::vector<DictEntry> out;
  DictionaryErrors errors;
  parse_agent_dictionary("!MINIST! = MINISTER, MINISTRY\n!MINIST! FOR_YOUTH {} [~GOV]\n", "a.txt", out, errors);
  EXPECT_TRUE(errors.errors.empty()) << errors.errors.front().to_string();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].phrase, "MINISTER FOR YOUTH");
  EXPECT_EQ(out[1].phrase, "MINISTRY FOR YOUTH");
}

TEST(VerbDictionary, SynsetJoinedToAWordAndCommentedHeader) {
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary("&TIE\n+LINK\n\n--- TROUBLED  [---] # NOUN ---\nTROUBLE\n- * &TIE_MEMOS FROM [911]\n", "v.txt", v,
                        errors);
  EXPECT_TRUE(errors.errors.empty()) << errors.errors.front().to_string();
  ASSERT_EQ(v.verbs.size(), 1u);
  EXPECT_EQ(v.verbs[0].name, "TROUBLED");
  ASSERT_EQ(v.verbs[0].patterns.size(), 1u);
  const auto& t = v.verbs[0].patterns[0].tokens;
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1].kind, PatternTokenKind::kSynset);
  EXPECT_EQ(t[1].text, "&TIE");
  EXPECT_EQ(t[2].text, "MEMOS");
  EXPECT_EQ(t[3].text, "FROM");
}

// "RECENTLY_*", "SO IN_AND_*_OUT_AGAIN": a '_' next to the verb is a join
// token (the word touches the verb), kept through the compiled container.
TEST(VerbDictionary, WordsJoinedToTheVerbKeepTheirJoin) {
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary("--- ALLOW  [080] ---\nALLOW\n- RECENTLY_* [025]\n- SO IN_AND_*_OUT_AGAIN NOW [074]\n",
                        "v.txt", v, errors);
  EXPECT_TRUE(errors.errors.empty());
  ASSERT_EQ(v.verbs.size(), 1u);
  ASSERT_EQ(v.verbs[0].patterns.size(), 2u);
  using K = PatternTokenKind;
  auto kinds = [](const VerbPattern& p) {
    std::vector<K> out;
    for (const auto& t : p.tokens) out.push_back(t.kind);
    return out;
  };
  EXPECT_EQ(kinds(v.verbs[0].patterns[0]), (std::vector<K>{K::kWord, K::kJoin, K::kVerb}));
  EXPECT_EQ(v.verbs[0].patterns[0].tokens[0].text, "RECENTLY");
  const auto& p = v.verbs[0].patterns[1];
  EXPECT_EQ(kinds(p), (std::vector<K>{K::kWord, K::kWord, K::kJoin, K::kVerb, K::kJoin, K::kWord, K::kWord}));
  EXPECT_EQ(p.tokens[1].text, "IN AND");
  EXPECT_EQ(p.tokens[5].text, "OUT AGAIN");
  auto bytes = compile_verbs(v, "v.txt");
  ASSERT_TRUE(bytes.ok());
  const std::string path = ::testing::TempDir() + "/joined-verbs.chd";
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(bytes->data(), 1, bytes->size(), f);
  std::fclose(f);
  auto back = load_verbs(path);
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  EXPECT_EQ(kinds(back->verbs[0].patterns[1]), kinds(p));
}

// The shipped verb dictionary holds the project's own blocks after CAMEO.2.0's
// (data/src/chronicle.verbs.txt): "urged" is an appeal (020), which CAMEO.2.0
// alone leaves uncoded.
TEST(VerbDictionary, ShippedDictionaryHasTheOwnUrgeBlock) {
  auto verbs = load_verbs(std::string(CHRONICLE_SOURCE_DIR) + "/data/cameo-verbs.chd");
  ASSERT_TRUE(verbs.ok()) << verbs.status().to_string();
  verbs->build_index();
  for (const char* form : {"URGE", "URGED", "URGING", "URGES"}) {
    const int32_t b = verbs->block_of(form);
    ASSERT_GE(b, 0) << form;
    EXPECT_EQ(verbs->verbs[static_cast<size_t>(b)].code, "020") << form;
  }
}

// An own block (a second file) for a verb an earlier block lists puts its
// patterns first there, so its same-word pattern wins; without the call the
// earlier block keeps only its own patterns and the second block is unreachable.
TEST(VerbDictionary, OwnPatternsGoBeforeTheEarlierBlocks) {
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary("---  KEEP   [170]  ---\nKEEP\nGRIP {GRIPS GRIPPED}\n- * TALKS [046]\n", "a.txt", v, errors);
  const size_t first_own = v.verbs.size();
  parse_verb_dictionary("---  GRIP   [---]  ---\nGRIP {GRIPS GRIPPED}\n- * TALKS [040]\n", "b.txt", v, errors);
  EXPECT_TRUE(errors.errors.empty());
  put_own_patterns_first(v, first_own);
  const int32_t b = v.block_of("GRIPPED");
  ASSERT_EQ(b, 0);
  ASSERT_EQ(v.verbs[0].patterns.size(), 2u);
  EXPECT_EQ(v.verbs[0].patterns[0].code, "040");
  EXPECT_EQ(v.verbs[0].patterns[1].code, "046");
  EXPECT_TRUE(v.verbs[1].patterns.empty());
}

// A form the later file codes itself takes that code in the earlier block
// ("SUE [115]" over CAMEO.2.0's SUE [173]), its regular forms too.
TEST(VerbDictionary, OwnFormCodesReachTheEarlierBlock) {
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary("---  TAKE_TO_COURT   [173]  ---\nSUE\n", "a.txt", v, errors);
  const size_t first_own = v.verbs.size();
  parse_verb_dictionary("---  SUE   [115]  ---\nSUE [115]\n", "b.txt", v, errors);
  EXPECT_TRUE(errors.errors.empty());
  put_own_patterns_first(v, first_own);
  for (const char* form : {"SUE", "SUED"}) {
    const int32_t b = v.block_of(form);
    ASSERT_EQ(b, 0) << form;
    for (const auto& f : v.verbs[0].forms)
      if (f.words == form) EXPECT_EQ(f.code, "115") << form;
  }
}

// A form listed second in a later block, which an earlier block other than
// its first form's lists, takes the later block's code there (or its own),
// not the earlier block's.
TEST(VerbDictionary, EveryOwnFormTakesItsBlocksCodeInTheEarlierBlock) {
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary("---  DEMAND   [100]  ---\nINSIST\nPRESS\n---  ALLY   [050]  ---\nHUG\n", "a.txt", v, errors);
  const size_t first_own = v.verbs.size();
  parse_verb_dictionary("---  PLEAD   [020]  ---\nPLEAD\nPRESS\nHUG [---]\n", "b.txt", v, errors);
  EXPECT_TRUE(errors.errors.empty());
  put_own_patterns_first(v, first_own);
  ASSERT_EQ(v.block_of("PRESS"), 0);
  ASSERT_EQ(v.block_of("HUG"), 1);
  for (const auto& f : v.verbs[0].forms) {
    if (f.words == "PRESS") EXPECT_EQ(f.code, "020");
    if (f.words == "INSIST") EXPECT_TRUE(f.code.empty()) << f.code;
  }
  for (const auto& f : v.verbs[1].forms)
    if (f.words == "HUG") EXPECT_EQ(f.code, "---");
}

// "held talks with" is a meeting (040, CAMEO's consult), not a negotiation:
// data/src/chronicle.verbs.txt's HOLD patterns come before CAMEO.2.0's.
TEST(VerbDictionary, ShippedDictionaryCodesHeldTalksAsConsult) {
  auto verbs = load_verbs(std::string(CHRONICLE_SOURCE_DIR) + "/data/cameo-verbs.chd");
  ASSERT_TRUE(verbs.ok()) << verbs.status().to_string();
  verbs->build_index();
  const int32_t b = verbs->block_of("HELD");
  ASSERT_GE(b, 0);
  const VerbPattern* first_talks = nullptr;
  for (const auto& p : verbs->verbs[static_cast<size_t>(b)].patterns) {
    if (!first_talks && p.tokens.size() == 2 && p.tokens[1].text == "TALKS") first_talks = &p;
  }
  ASSERT_NE(first_talks, nullptr);
  EXPECT_EQ(first_talks->code, "040:040");
}

// "backed" is endorsement (051) by the project's own BACK block, in CAMEO's
// SUPPORT block whose default stays 050 ("supported").
TEST(VerbDictionary, ShippedDictionaryCodesBackedAsEndorse) {
  auto verbs = load_verbs(std::string(CHRONICLE_SOURCE_DIR) + "/data/cameo-verbs.chd");
  ASSERT_TRUE(verbs.ok()) << verbs.status().to_string();
  verbs->build_index();
  const int32_t b = verbs->block_of("BACKED");
  ASSERT_GE(b, 0);
  std::string backed, supported;
  for (const auto& f : verbs->verbs[static_cast<size_t>(b)].forms) {
    if (f.words == "BACKED") backed = f.code;
    if (f.words == "SUPPORTED") supported = f.code;
  }
  EXPECT_EQ(backed, "051");
  EXPECT_EQ(supported, "");
  EXPECT_EQ(verbs->verbs[static_cast<size_t>(b)].code, "050");
}

// Session 10: "took over as chief executive" takes a post (TAKE_OVER's
// first pattern, "* AS", codes nothing), and "broke up" is no attack: its own
// block codes nothing but breaking up protests (175), where CAMEO.2.0 read
// the bare BREAK, DESTROY [190].
TEST(VerbDictionary, ShippedDictionaryReadsTakeOverAsAndBreakUp) {
  auto verbs = load_verbs(std::string(CHRONICLE_SOURCE_DIR) + "/data/cameo-verbs.chd");
  ASSERT_TRUE(verbs.ok()) << verbs.status().to_string();
  verbs->build_index();
  const int32_t take = verbs->block_of("TOOK OVER");
  ASSERT_GE(take, 0);
  const auto& take_patterns = verbs->verbs[static_cast<size_t>(take)].patterns;
  ASSERT_FALSE(take_patterns.empty());
  EXPECT_EQ(take_patterns[0].tokens.back().text, "AS");
  EXPECT_EQ(take_patterns[0].code, "---");
  const int32_t broke = verbs->block_of("BROKEN UP");
  ASSERT_GE(broke, 0);
  ASSERT_NE(broke, verbs->block_of("BROKEN"));
  const auto& broke_block = verbs->verbs[static_cast<size_t>(broke)];
  EXPECT_EQ(broke_block.code, "---");
  bool protests = false;
  for (const auto& p : broke_block.patterns) protests = protests || (p.tokens.back().text == "PROTESTS" && p.code == "175");
  EXPECT_TRUE(protests);
}

// "wants", "joined", "left", "thought", "insisted", "faced", "hoped" code nothing by themselves
// (data/src/chronicle.verbs.txt): CAMEO.2.0 files them under blocks whose
// default (030, 040, 100) they do not carry; the blocks' other forms keep it.
TEST(VerbDictionary, ShippedDictionaryCodesNothingForWishesAndJoining) {
  auto verbs = load_verbs(std::string(CHRONICLE_SOURCE_DIR) + "/data/cameo-verbs.chd");
  ASSERT_TRUE(verbs.ok()) << verbs.status().to_string();
  verbs->build_index();
  for (const char* form : {"WANT", "JOIN", "LEAVE", "LEFT", "THINK", "THOUGHT", "INSIST", "FACE", "HOPE", "ENSURE",
                           "MEAN", "MEANT", "EXPECT", "AIM"}) {
    const int32_t b = verbs->block_of(form);
    ASSERT_GE(b, 0) << form;
    std::string code;
    for (const auto& f : verbs->verbs[static_cast<size_t>(b)].forms)
      if (f.words == form) code = f.code;
    EXPECT_EQ(code, "---") << form;
  }
  const int32_t demand = verbs->block_of("DEMAND");
  ASSERT_GE(demand, 0);
  EXPECT_EQ(verbs->verbs[static_cast<size_t>(demand)].code, "100");
  // WANT is DEMAND's synonym: the same block (a part of it, pattern_scope.h).
  const int32_t want = verbs->block_of("WANT");
  ASSERT_GE(want, 0);
  EXPECT_EQ(verbs->verbs[static_cast<size_t>(want)].name, verbs->verbs[static_cast<size_t>(demand)].name);
  EXPECT_EQ(verbs->verbs[static_cast<size_t>(want)].line, verbs->verbs[static_cast<size_t>(demand)].line);
}

// "made a visit", "made a trip" is a visit (042:043), not CAMEO.2.0's MAKE
// * VISIT [036] (an intent): the own MAKE patterns come first.
TEST(VerbDictionary, ShippedDictionaryCodesAVisitMadeAsAVisit) {
  auto verbs = load_verbs(std::string(CHRONICLE_SOURCE_DIR) + "/data/cameo-verbs.chd");
  ASSERT_TRUE(verbs.ok()) << verbs.status().to_string();
  verbs->build_index();
  const int32_t b = verbs->block_of("MADE");
  ASSERT_GE(b, 0);
  for (const char* noun : {"VISIT", "TRIP"}) {
    const VerbPattern* first = nullptr;
    for (const auto& p : verbs->verbs[static_cast<size_t>(b)].patterns)
      if (!first && p.tokens.size() == 2 && p.tokens[1].text == noun) first = &p;
    ASSERT_NE(first, nullptr) << noun;
    EXPECT_EQ(first->code, "042:043") << noun;
  }
}

// "met X at Y" is a meeting (040:040), not CAMEO.2.0's MEET * (AT) [036:036].
TEST(VerbDictionary, ShippedDictionaryCodesMeetingAtAPlaceAsConsult) {
  auto verbs = load_verbs(std::string(CHRONICLE_SOURCE_DIR) + "/data/cameo-verbs.chd");
  ASSERT_TRUE(verbs.ok()) << verbs.status().to_string();
  verbs->build_index();
  const int32_t b = verbs->block_of("MET");
  ASSERT_GE(b, 0);
  const VerbPattern* first = nullptr;
  for (const auto& p : verbs->verbs[static_cast<size_t>(b)].patterns)
    for (const auto& t : p.tokens)
      if (!first && t.text == "AT") first = &p;
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->code, "040:040");
}

// "accused the prime minister" is an accusation (112), not CAMEO.2.0's
// accusation of crime (1121) for that object.
TEST(VerbDictionary, ShippedDictionaryCodesAccusingAPrimeMinisterAs112) {
  auto verbs = load_verbs(std::string(CHRONICLE_SOURCE_DIR) + "/data/cameo-verbs.chd");
  ASSERT_TRUE(verbs.ok()) << verbs.status().to_string();
  verbs->build_index();
  const int32_t b = verbs->block_of("ACCUSED");
  ASSERT_GE(b, 0);
  const VerbPattern* first = nullptr;
  for (const auto& p : verbs->verbs[static_cast<size_t>(b)].patterns)
    for (size_t k = 1; k < p.tokens.size(); ++k)
      if (!first && p.tokens[k - 1].text == "PRIME" && p.tokens[k].text == "MINISTER") first = &p;
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->code, "112");
}

// build_index lists what a sentence must hold for each pattern to match:
// its plain words, and per synset token the words its members open with; a synset
// with a member opening with another synset may always start, and an
// unknown synset makes the pattern unmatchable.
TEST(VerbDictionary, BuildIndexListsWhatAPatternNeeds) {
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary(
      "&FORCE\n+TROOP\n+ARMED_UNIT\n\n&ANYFORCE\n+&FORCE\n+SQUAD\n\n"
      "---  SEND   [---]  ---\nSEND\n- * NEW_TO &FORCE + [042]\n- * &ANYFORCE [043]\n- * &NOSUCH [044]\n",
      "a.txt", v, errors);
  ASSERT_EQ(v.verbs.size(), 1u);
  const auto& patterns = v.verbs[0].patterns;
  ASSERT_EQ(patterns.size(), 3u);
  EXPECT_EQ(patterns[0].needed_words, (std::vector<std::string>{"NEW", "TO"}));
  ASSERT_EQ(patterns[0].needed_synsets.size(), 1u);
  EXPECT_EQ(v.synset_openers[patterns[0].needed_synsets[0]], (std::vector<std::string>{"TROOP", "ARMED"}));
  EXPECT_FALSE(patterns[0].unmatchable);
  EXPECT_TRUE(patterns[1].needed_words.empty());
  EXPECT_TRUE(patterns[1].needed_synsets.empty());  // &ANYFORCE opens with &FORCE
  EXPECT_FALSE(patterns[1].unmatchable);
  EXPECT_TRUE(patterns[2].unmatchable);
}

// A pattern goes with the form lines its comment names ("# MEET", "# START ,
// BEGIN"); one naming none (a date, initials, no comment) or naming the verb
// the block is named for with every line. A block no pattern names a line of
// stays whole (pattern_scope.h).
TEST(VerbDictionary, PatternsGoWithTheVerbTheirCommentNames) {
  const char* text =
      "---  GREET_PEOPLE   [040]  ---\n"
      "HAIL\n"
      "GREET {GREETS GREETED GREETING}\n"
      "WAVE_AT {WAVED_AT}\n"
      "- * (FOR TALKS)   [036]   # GREET\n"
      "- * (FOR HELP)    [023]   # HAIL <xy 01 Jan 2001>\n"
      "- * FLAG          [051]   # WAVED_AT , HAIL\n"
      "- * ENVOY         [042]   # jw 11/14/91\n"
      "- * CROWD         [010]\n"
      "- * BANNER        [012]   # LIFT\n"
      "---  SHOUT   [010]  ---\n"
      "SHOUT\n"
      "YELL\n"
      "- * (AT +)        [111]   # -PAS 12.01.12\n"
      "---  OBTAIN   [---]  ---\n"
      "OBTAIN\n"
      "RECEIVE\n"
      "- * MONEY (FROM)  [:071]  # OBTAIN\n"
      "- * PRIZE         [---]   # RECEIVE\n";
  VerbDictionary v;
  DictionaryErrors errors;
  parse_verb_dictionary(text, "v.txt", v, errors);
  EXPECT_TRUE(errors.errors.empty());
  ASSERT_EQ(v.verbs.size(), 6u);
  auto codes = [&](const char* form) {
    std::vector<std::string> out;
    const int32_t b = v.block_of(form);
    if (b < 0) return out;
    for (const auto& p : v.verbs[b].patterns) out.push_back(p.code);
    return out;
  };
  EXPECT_EQ(codes("HAILED"), (std::vector<std::string>{"023", "051", "042", "010", "012"}));
  EXPECT_EQ(codes("GREETED"), (std::vector<std::string>{"036", "042", "010", "012"}));
  EXPECT_EQ(codes("WAVED AT"), (std::vector<std::string>{"051", "042", "010", "012"}));
  EXPECT_EQ(v.verbs[0].name, "GREET PEOPLE");
  EXPECT_EQ(v.verbs[0].code, "040");
  EXPECT_EQ(codes("YELL"), (std::vector<std::string>{"111"}));
  EXPECT_EQ(v.block_of("SHOUT"), v.block_of("YELL"));
  EXPECT_EQ(codes("RECEIVED"), (std::vector<std::string>{":071", "---"}));
  EXPECT_EQ(codes("OBTAINED"), (std::vector<std::string>{":071"}));
  EXPECT_EQ(pattern_comment_verbs("- * VISIT [042]  # START , BEGIN"),
            (std::vector<std::string>{"START", "BEGIN"}));
  EXPECT_EQ(pattern_comment_verbs("- * TALKS [160]  # CALLED_OFF"), (std::vector<std::string>{"CALLED OFF"}));
  EXPECT_TRUE(pattern_comment_verbs("- * AID [033]").empty());
  EXPECT_TRUE(pattern_comment_verbs("- * AID [033]  # sha 8/17/93").empty());
}
