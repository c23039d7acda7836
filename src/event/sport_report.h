// A sport report, and which events a user of event data wants from one.
//
// A match report's verbs are CAMEO's: a side "beat" another (190), "came to"
// a city (042), will "meet" it (036), a forward "kicked" the team to victory
// (180), a pundit "berates" a team (111). GDELT and ICEWS users want none of
// that as force, visits or protest: the parties are teams, athletes and
// venues read as countries and cities. PETRARCH's discards catch a few
// competitions by name ("World Cup"); here the whole document is tested.
//
// is_sport_report: the document's words hold sport vocabulary densely
// (games, positions, competitions, scores such as "30-20" or "6-4"): at least
// 4 words of the vocabulary and (vocabulary + 2 x sport-only words + 3 x
// scores) / words >= 0.04; with no sport-only word and no score, at least 8
// words of the vocabulary (a short war or election report says "victory",
// "defeat", "captain", "injured", "race"). The list and thresholds were fitted
// on BBC text only (/work/devbbc): 415 of its 511 sport articles and 9 of
// 1537 others; short newswire on other subjects may still be flagged. Dev
// figures in BENCHMARKS.md "Session 11: dictionary scope, PETRARCH, sport".
//
// kept_in_sport_report: statements (01), appeals (02), intents other than to
// meet (03 but 036) and praise or cooperation in words (05) are kept, the
// statements to the media that sport news is full of ("told BBC Sport");
// meetings and visits (04, 036), material acts (06-09) and every conflict
// code (10-20) are the game's own, and not coded.
#pragma once

#include <string_view>

namespace chronicle::event {

bool is_sport_report(std::string_view text);
bool kept_in_sport_report(std::string_view cameo);

}  // namespace chronicle::event
