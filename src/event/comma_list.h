// "Mordor, Rohan, Fornost and Bree": comma lists read off the words, because
// the parser often hangs their middle names elsewhere (an apposition, a
// conjunct of the verb). A chunk is a short run of determiners, adjectives
// and nouns ("the awful Fornost"), its last noun the head.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::event {

using Chunk = std::pair<uint32_t, uint32_t>;  // first and last token, inclusive
constexpr uint32_t kNoChunkHead = UINT32_MAX;

// The last noun or proper noun of `c`, or kNoChunkHead.
uint32_t chunk_head(const Document& doc, Chunk c);

// The chunks of the comma list with a final "and"/"or" whose member `head`
// heads, in text order; empty when there is none. Fewer than three chunks is
// no such list ("Gondor and Osgiliath" is the parse's coordination; "Gondor,
// Osgiliath" may be an apposition), nor is "his Gondorian counterpart, Ana
// Ruiz, and the Arnorian leader, Omar Haddad" (appositions).
std::vector<Chunk> comma_list(const Document& doc, uint32_t head);

}  // namespace chronicle::event
