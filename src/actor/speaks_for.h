// People whose role is the body they speak for: "Ann Other, NUJ General
// Secretary", "NUJ official Bob Roe", "Ann Other of the Law Commission". When
// the role words read from the text around a person's name hold a mention of
// exactly one coded organisation, the person takes that organisation's code,
// unless the role words gave a code of their own: the person has none, only
// a country, or the GOV of a generic title whose country came from elsewhere
// in the article ("official": GOV plus the article's country), which the
// named body beats. News organisations give no one their code (journalist
// or executive, the role words must say).
// Thread safety: pure function of its inputs.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::actor {

// role_spans[i]: byte ranges of the role words read for doc.entities[i].
// A person whose only role words are a bare generic title ("Chairman Ann
// Other said", "Director general Bob Roe said") and whose code they did not
// give whole takes the code of the one coded body named in the sentence
// before or earlier in the same sentence ("A report by the Commons
// committee ... Chairman Ann Other said": GBRLEG), as a reader does.
void code_people_by_the_body_before(Document& doc, const std::vector<std::vector<std::pair<uint32_t, uint32_t>>>& role_spans);

void code_people_by_their_bodies(Document& doc, const std::vector<std::vector<std::pair<uint32_t, uint32_t>>>& role_spans);

}  // namespace chronicle::actor
