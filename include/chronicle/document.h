// Document: the blackboard every stage reads and writes (DESIGN.md §1, §2).
//
// Offsets inside the library are BYTE offsets into `Document::text`, which is
// always valid UTF-8 (the text stage repairs it). Writers convert them to
// Unicode code-point offsets, which is what `chronicle.document/1` publishes;
// `CodepointIndex` does that conversion.
//
// Thread safety: a Document is a plain value owned by one thread at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle {

// Half-open byte range [start, end) into Document::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end == start; }
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kUrl, kEmail, kHashtag, kMention, kEmoji, kSymbol };
const char* token_kind_name(TokenKind kind);

constexpr int32_t kNoHead = -2;  // not parsed; the root's head is -1

struct Token {
  uint32_t start = 0;  // bytes
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool space_after = true;  // whitespace follows in the text
  // True when this token and the next were split from one orthographic word
  // (clitics: "do|n't", "I|'m"); CoNLL-U writes a multiword-token line for them.
  bool joined_with_next = false;
  uint32_t sentence = 0;
  // Filled by the tagger and parser (issue 3); empty / kNoHead until then.
  std::string upos;
  std::string xpos;
  std::string lemma;
  int32_t head = kNoHead;  // token index in the document, -1 for the root
  std::string deprel;
};

struct Paragraph {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct Sentence {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t paragraph = 0;
  uint32_t first_token = 0;  // [first_token, last_token) into Document::tokens
  uint32_t last_token = 0;
  // Set in capitals in the text (a wire headline; text/capitals_case.h):
  // the tagger and NER read it recased, and case says nothing about names.
  bool capitals = false;
};

struct Hashtag {
  uint32_t start = 0;  // includes the '#'
  uint32_t end = 0;
  std::string tag;  // without '#'
};

struct Mention {
  uint32_t start = 0;  // includes the '@'
  uint32_t end = 0;
  std::string handle;  // without '@'
};

struct Url {
  uint32_t start = 0;
  uint32_t end = 0;
};

// An embedded social-media post flattened into the article: body lines followed
// by a signature line "— Name (@handle) Month D, YYYY".
struct Post {
  std::string platform = "twitter";
  uint32_t start = 0;  // the body, without the signature line
  uint32_t end = 0;
  uint32_t signature_start = 0;
  uint32_t signature_end = 0;
  std::string author;
  std::string handle;
  std::string date;           // ISO yyyy-mm-dd, empty when unknown
  std::string author_entity;  // filled by the entity stage
  std::vector<std::string> hashtags;
  std::vector<std::string> mentions;
  std::vector<std::string> urls;
};

// A TIMEX3 expression (DESIGN.md §2 "times"), normalised against meta.date
// and meta.timezone by the time stage.
struct TimeExpr {
  uint32_t start = 0;  // bytes
  uint32_t end = 0;
  std::string type;        // DATE | TIME | DURATION | SET
  std::string value;       // TIMEX3 value: "2018-05-30", "2018-05-31T09:05", "P3D", "PAST_REF"
  std::string utc_offset;  // "+01:00", empty when the zone is unknown
  int32_t same_as = -1;    // index in Document::times of the same instant in another zone
  std::string mod;         // TIMEX3 mod: START, END, MID, APPROX, ...; empty when none
};

// A place resolved to a gazetteer entry.
struct GeoPoint {
  double lat = 0;
  double lon = 0;
  std::string country;  // ISO 3166 alpha-2
  std::string admin1;
  int64_t geonameid = -1;
  std::string feature;  // GeoNames feature code: PPLC, PCLI, ADM1, ...
};

// A CAMEO actor code (country + role), e.g. USAGOV.
struct ActorCode {
  std::string code;  // empty when the entity has none
  std::string country;
  std::string role;
  std::string source;  // dictionary | country | role | ...
};

// A typed name found by the ner stage (token range of one sentence); the
// entity stage clusters these into Entities. Not written by the writers.
struct NameMention {
  uint32_t start = 0;  // bytes
  uint32_t end = 0;
  uint32_t first_token = 0;  // [first_token, last_token) into Document::tokens
  uint32_t last_token = 0;
  std::string type;  // PERSON | ORG | GPE | LOC | FAC | NORP | MISC
};

struct EntityMention {
  uint32_t start = 0;  // bytes
  uint32_t end = 0;
  std::string kind;  // name | title | handle | acronym | description | pronoun
  std::vector<uint32_t> tokens;  // indices into Document::tokens
};

// One real-world referent with all its mentions in the document.
struct Entity {
  std::string id;    // "E1", "E2", ...
  std::string type;  // PERSON | ORG | GPE | LOC | FAC | NORP | MISC
  std::string name;  // canonical name
  std::string key;   // normalised name "|" actor code, stable across documents
  ActorCode actor;
  bool has_geo = false;
  GeoPoint geo;
  std::vector<std::string> handles;
  bool ambiguous = false;
  std::vector<EntityMention> mentions;
};

// A quotation or a stretch of reported speech; the span excludes quote marks.
struct Quote {
  uint32_t start = 0;  // bytes
  uint32_t end = 0;
  std::string kind;          // direct | partial | scare | reported
  std::string speaker;       // entity id, empty when none is known
  std::string speaker_text;  // the words naming the speaker, empty when none
  std::string cue;           // the cue word: "said", "tweeted", "according to"
  int32_t continues = -1;    // index in Document::quotes of the quote it continues
};

struct EventParty {
  std::string entity;  // entity id, empty when none
  std::string actor;   // CAMEO actor code, empty when unknown
};

// A coded event (CAMEO + PLOVER) with the words that support it.
struct Event {
  std::string id;  // "V1", "V2", ...
  std::string cameo;
  std::string cameo_name;
  std::string root_code;
  std::string plover_type;
  std::string plover_mode;
  int quad_class = 0;         // 1..4, 0 when unknown
  bool has_goldstein = false;
  double goldstein = 0;
  EventParty source;
  EventParty target;
  std::string date;         // yyyy-mm-dd, empty when unknown
  std::string date_source;  // sentence | document
  std::string location;     // entity id of the place, empty when none
  std::string mood;         // asserted | intended | negated | cancelled | hypothetical
  int32_t sentence = -1;
  uint32_t trigger_start = 0;  // bytes
  uint32_t trigger_end = 0;
  double confidence = -1;  // 0..1, negative when not computed
};

// A note about something wrong with the input or a stage; the document still
// carries whatever layers were done.
struct ErrorNote {
  std::string code;     // e.g. "invalid_utf8", "empty_document", "too_large"
  std::string message;  // human-readable, names the input and place
  int64_t offset = -1;  // byte offset into text, -1 when not applicable
};

struct Meta {
  std::string date;         // ISO date of the document, empty when unknown
  std::string date_source;  // input | cli | dateline | post | sentence | document
  std::string timezone;     // IANA zone name, empty when unknown
  std::string url;
  std::string title;
  std::string author;  // byline of an HTML page or the input's "author"; several joined with ", "
  std::string source;  // where the document came from: "file.txt", "corpus.jsonl:17"
};

struct Document {
  std::string id;
  std::string text;  // valid UTF-8 after the text stage
  Meta meta;

  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Hashtag> hashtags;
  std::vector<Mention> mentions;
  std::vector<Url> urls;
  std::vector<Post> posts;
  std::vector<NameMention> names;  // ner stage
  std::vector<Entity> entities;
  std::vector<TimeExpr> times;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  std::vector<ErrorNote> errors;

  std::string_view span_text(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  std::string_view token_text(const Token& t) const { return span_text(t.start, t.end); }
};

// Maps byte offsets of a valid UTF-8 string to code-point offsets.
// Cheap for ASCII text (identity, no table is built).
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view utf8);
  // Code-point offset of `byte`; `byte` must be a code-point boundary or text.size().
  uint32_t operator()(uint32_t byte) const;

 private:
  bool ascii_ = true;
  std::vector<uint32_t> sparse_;  // code-point offset at every 64th byte
  std::string_view text_;
};

}  // namespace chronicle
