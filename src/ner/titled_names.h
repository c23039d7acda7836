// Titles the model read into a name. In "Arnor Bank Vice-President Ana Dale
// said" or "Mines Minister Ana Dale said" it often tags the title with the
// words before or after it as one ORG or NORP ("Arnor Bank Vice-President",
// "Mines Minister Ana"): the organisation then has no name of its own and
// the person is cut. Such a name is split at its title: the words before
// the title stay a name when they are an organisation's (they end in an
// organisation's head word, "of" and capitalised words may follow it:
// "Arnor Bank", "Bank of Gondor"; or are an acronym: "GWF"), the title
// words become a name of their own ending in the title, and the words
// after it leave the name, so the
// holder pass of harmonize_names reads them as the title's holder, a person.
// A name whose words after the title hold a body's or a document's head word
// is left whole ("Arnor Bank Governor Ana Dale Report").
//
// A title may also name its office after "of": "Minister of Mines Ana
// Dale", "Chancellor of the Exchequer Ola Brenn". The model then glues the
// portfolio to the holder ("Mines Ana Dale" as one ORG), or takes the bare
// title word for a person ("Chancellor"), which ends the role words read
// back from the holder's name. The portfolio is a closed class of English
// (State, Mines, Finance and Industry, Foreign Affairs, the Exchequer, ...):
// such words opening a name right after "<title> of [the]" leave it and the
// rest is the holder, a PERSON; a name that is only the title ("Chancellor"
// before "of", "Minister of State") is no name.
//
// Thread safety: stateless.
#pragma once

#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::ner {

// Head words of a job title that the model may take for a name's end
// ("Adviser", "Minister", "Governor", ...; "Vice-President" by its last part;
// "governor" too, as in "Bank of Gondor governor Ana Dale").
bool is_job_title(std::string_view word);

// Splits every non-PERSON name of `names` (text order) holding a job title
// followed by two or more capitalised words (in the name or right after it)
// as above; other names are left as they are. Keeps text order.
void split_titled_names(const Document& doc, std::vector<NameMention>& names);

// Takes the portfolio words out of every name of `names` (text order) as
// above: the words after them become a PERSON, a name left with none is
// dropped, and so is a name that is only a title before "of" or a title,
// "of" and portfolio words. Keeps text order.
void split_portfolio_names(const Document& doc, std::vector<NameMention>& names);

}  // namespace chronicle::ner
