// "signed an agreement with the Elmford-based shipping firm", "told the same
// Elmford meeting": a town or region named before a common noun says where
// the thing is, not who acts. The wire writes firms, meetings and plants this
// way; the phrase's own words would otherwise code the town's country as the
// party. A country stays ("the Gondor delegation" is Gondor's), and so do a
// phrase whose words name a role ("Elmford officials": the coder keeps those,
// see EventCoder::coded_party), a town that opens a body's name ("the Elmford
// Board of Trade": a capital follows it) and a town's own government ("an
// Elmford state inquiry").
// Thread safety: pure function.
#pragma once

#include <cstdint>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::event {

// Whether entity `e` of `doc` is a town or region (a GeoNames place that is no
// country) named, among the tokens `phrase` of the phrase headed by `head` and
// before it, as a modifier: the token right after its mention is a hyphen
// ("Elmford-based") or a lower-case noun, adjective or participle ("Elmford
// meeting").
bool town_qualifies_phrase(const Document& doc, int32_t e, uint32_t head, const std::vector<uint32_t>& phrase);

}  // namespace chronicle::event
