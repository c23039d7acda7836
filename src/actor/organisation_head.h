// The role an organisation's own name gives by its head noun when no
// dictionary lists the body: "Law Commission", "Highland Council", "Federal
// Labour Agency", "Qualifications and Curriculum Authority", "Bureau of
// Labor" and "Northshire Land Registry" are government bodies (GOV), "Welsh Assembly" a legislature (LEG),
// "Employment Tribunal" a court (JUD), a business association ("Institute
// for Supply Management", "British Bankers' Association") and a council of an
// industry's firms ("Council of Yacht Lenders") business (BUS);
// a committee is a legislature's (LEG) only when its name says so ("House
// Budget Committee", "Commons Standards and Privileges Committee"), else it
// gets nothing (a party's or a company's committee).
// The head is the last word before "of"/"for", else the last word. The
// country is the context's, as for any role without one.
// Thread safety: pure function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronicle::actor {

// `words`: the name's dictionary words, upper case. Empty when the head
// noun says nothing.
std::string organisation_head_role(const std::vector<std::string>& words);

// The sector a government body's name gives its GOV, as Phoenix's agents
// give ministries theirs (DEPARTMENT_OF_EDUCATION ~GOVEDU): "Higher Education
// Funding Council" EDU, "Scottish Environment Protection Agency" ENV, "Health
// Protection Agency" HLH, "Bureau of Labor" LAB. Empty when no word says one.
std::string government_sector(const std::vector<std::string>& words);

}  // namespace chronicle::actor
