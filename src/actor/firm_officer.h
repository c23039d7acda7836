// A firm's officers: "Gazprom chief Ann Other", "Bob Roe, DaimlerChrysler's
// chairman", "SMFG President Ann Other", "the chief executive of Fiat, Bob
// Roe". CAMEO codes the people of a company as business (BUS) of the firm's
// country; the generic titles they hold ("chairman", "president", "chief")
// are Phoenix's ~GOV, or no agent at all, when no firm is in view.
//
// A firm here is an organisation the dictionaries give no other role: no
// code, a country read from the words around it ("Russian gas giant
// Gazprom"), business (BUS: "oil group Yukos") or a multinational's MNC code
// (MNCSWE). "its founder", "the company's chief executive" refer to the firm
// named just before. A person whose role words put a firm's
// title right after a mention of such a firm (a possessive and lower-case
// words may come between: "ISM survey chairman"), or a title and "of"/"at"
// right before one, and whose code the role words did not give whole (none,
// a bare country, a generic title's GOV or MED, BUS with no country yet),
// becomes <country>BUS: the
// firm's country, else the person's, else none yet (the stage then gives
// the sentence's or the article's, as for any role without a country).
// A proper noun the tagger left out, or gave no code, right before such a
// title ("Zentrax chief Ann Other", "Acme Europe president Bob Roe") is a
// firm too, unless the dictionaries code it (a body, a party, a place);
// only with a `coder` to ask them.
// Thread safety: pure function of its inputs.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "actor/actor_coder.h"
#include "chronicle/document.h"

namespace chronicle::actor {

// role_spans[i]: byte ranges of the role words read for doc.entities[i].
// requires: entities coded, before the stage fills in missing countries.
void code_firm_officers(Document& doc, const std::vector<std::vector<std::pair<uint32_t, uint32_t>>>& role_spans,
                        const ActorCoder* coder = nullptr, const std::string& date = {});

}  // namespace chronicle::actor
