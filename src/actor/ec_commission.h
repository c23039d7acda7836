// "the Commission" in a story about the European Community: wire copy names
// the EC's executive so once the Community is named ("the Community's
// Commission", "Commission plans"), and the guidelines code the EC and its
// Commission IGOEUREEC. The dateline or the sentence would otherwise give
// the bare word the host country (BRUSSELS: BEL). Only where no other
// commission is named in full ("the Law Commission ... the Commission" is
// the short-name rule's) and the bare word got no code of a dictionary's.
// Thread safety: pure function of its input.
#pragma once

#include "chronicle/document.h"

namespace chronicle::actor {

// requires: entities coded (Entity::actor).
// ensures: an organisation named only "Commission" takes IGOEUREEC when an
//          entity of the document has that code and no other entity's name
//          ends in "Commission".
void code_the_ec_commission(Document& doc);

}  // namespace chronicle::actor
