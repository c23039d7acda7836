#include "actor/organisation_head.h"

#include <algorithm>
#include <string_view>

namespace chronicle::actor {

namespace {

struct HeadRole {
  std::string_view head;
  std::string_view role;
};

// Head nouns that name a public body whatever their qualifiers. BANK, PARTY,
// SERVICE, BOARD, GROUP and ASSOCIATION are left out: companies, both sides of
// a parliament and private bodies are named so too.
constexpr HeadRole kHeads[] = {
    {"COMMISSION", "GOV"}, {"COUNCIL", "GOV"},      {"AGENCY", "GOV"},   {"AUTHORITY", "GOV"},
    {"INSPECTORATE", "GOV"}, {"OFFICE", "GOV"},     {"DEPARTMENT", "GOV"}, {"MINISTRY", "GOV"},
    // "Bureau of Labor", "National Bureau of Statistics", "Census Bureau":
    // Phoenix's bureaus are all state bodies (STATISTICS_BUREAU, the
    // intelligence and security bureaus).
    {"BUREAU", "GOV"},
    // "Northshire Land Registry", "Firms Registry": a register of title kept
    // by the state. Not a bare "Registry" (words.size() >= 2).
    {"REGISTRY", "GOV"},
    {"ASSEMBLY", "LEG"},   {"SENATE", "LEG"},       {"TRIBUNAL", "JUD"}, {"CONSTABULARY", "COP"},
    // Army units ("the Duke of Lancaster's Regiment", "the 1st Battalion"):
    // BRIGADE is left out, fire brigades are named so too.
    {"REGIMENT", "MIL"},   {"BATTALION", "MIL"},    {"FUSILIERS", "MIL"}, {"HIGHLANDERS", "MIL"},
    {"BORDERERS", "MIL"},  {"RIFLES", "MIL"},       {"DRAGOONS", "MIL"},  {"HUSSARS", "MIL"},
    {"LANCERS", "MIL"},
};

// The heads of business associations' names, and the words that make such
// a body one of business ("Institute for Supply Management", "British
// Bankers' Association", "Society of Motor Manufacturers"): CAMEO's BUS, as
// Phoenix's CHAMBER_OF_COMMERCE. Trade is left out ("Board of Trade" is a
// ministry), and so are farmers and unions (AGR, LAB).
bool is_association_head(const std::string& w) {
  return w == "ASSOCIATION" || w == "FEDERATION" || w == "CONFEDERATION" || w == "INSTITUTE" || w == "SOCIETY" ||
         w == "CONSORTIUM" || w == "FORUM" || w == "CHAMBER" || w == "CHAMBERS";
}

bool is_business_word(const std::string& w) {
  static constexpr std::string_view kWords[] = {
      "COMMERCE",  "INDUSTRY",   "INDUSTRIES",   "INDUSTRIAL", "BUSINESS",   "BUSINESSES", "BANKERS",
      "BANKS",     "BANKING",    "MANUFACTURERS", "MANUFACTURING", "RETAIL", "RETAILERS",  "SUPPLY",
      "PURCHASING", "DIRECTORS", "EMPLOYERS",    "INSURERS",   "EXPORTERS",  "PRODUCERS",  "BROKERS",
      "COMPANIES", "ENTERPRISES", "LENDERS",     "BUILDERS",   "ACCOUNTANTS", "MARKETING",
      // Banks' clearing houses and building societies (mutual lenders):
      // "Association of Payment Clearing Houses", "Federation of Building
      // Societies".
      "PAYMENT",   "PAYMENTS",   "CLEARING",     "BUILDING",
      // The trades of commodity newswire's associations: "National Widget
      // Processors Association", "Elmford Grain Traders Association".
      "PROCESSORS", "REFINERS",  "IMPORTERS",    "TRADERS",    "DEALERS",    "SHIPPERS",   "MILLERS",
      "MERCHANTS", "DISTRIBUTORS", "SUPPLIERS",
      // The commodities such associations trade in, which commodity news
      // names them by ("Gondor Soybean Association", "Arnor Meat
      // Institute"): trade bodies, as the guidelines' business associations.
      "SOYBEAN",   "SOYBEANS",   "GRAIN",        "WHEAT",      "CORN",       "MEAT",       "SUGAR",
      "COFFEE",    "COCOA",      "COTTON",       "RICE",       "LIVESTOCK",  "DAIRY",      "POULTRY",
      "FEED",      "STEEL",      "PETROLEUM",    "TIMBER",     "RUBBER"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view k) { return w == k; });
}

// Words that make a committee a legislature's.
bool is_legislature_word(const std::string& w) {
  return w == "HOUSE" || w == "COMMONS" || w == "LORDS" || w == "SENATE" || w == "PARLIAMENT" ||
         w == "PARLIAMENTARY" || w == "CONGRESS" || w == "CONGRESSIONAL" || w == "ASSEMBLY" || w == "SELECT";
}

}  // namespace

std::string organisation_head_role(const std::vector<std::string>& words) {
  // "The House voted", "House approval": a chamber named alone is a
  // legislature's lower house (Representatives, Commons); the White House
  // and other houses are named in full.
  if (words.size() == 1 && words[0] == "HOUSE") return "LEG";
  // "Commerce officials", "Undersecretary of Agriculture": a department of
  // state named by its portfolio alone, as US usage writes the Commerce,
  // Agriculture, Justice, Defense, Energy and Interior departments (the
  // sector, AGR, comes with government_sector).
  if (words.size() == 1) {
    static constexpr std::string_view kPortfolios[] = {"COMMERCE", "AGRICULTURE", "JUSTICE", "DEFENSE",
                                                       "DEFENCE",  "ENERGY",      "INTERIOR"};
    if (std::find(std::begin(kPortfolios), std::end(kPortfolios), words[0]) != std::end(kPortfolios)) return "GOV";
  }
  if (words.size() < 2) return {};  // "Council" alone is a reference, not a name
  auto role_of = [&words](const std::string& h) -> std::string {
    // A subcommittee is a committee's ("House Agriculture Subcommittee").
    if (h == "COMMITTEE" || h == "COMMITTEES" || h == "SUBCOMMITTEE" || h == "SUBCOMMITTEES") {
      // The White House is the US executive, no chamber: its committees
      // ("White House Economic Policy Committee") are the government's.
      for (size_t k = 0; k + 1 < words.size(); ++k)
        if (words[k] == "WHITE" && words[k + 1] == "HOUSE") return "GOV";
      const bool legislature = std::any_of(words.begin(), words.end(), is_legislature_word);
      return legislature ? "LEG" : std::string();
    }
    // A council of an industry's firms is its trade body, not a public one:
    // "Council of Yacht Lenders", "Northshire Retail Council".
    const bool business = std::any_of(words.begin(), words.end(), is_business_word);
    if (h == "COUNCIL" && business) return "BUS";
    for (const HeadRole& r : kHeads)
      if (h == r.head) return std::string(r.role);
    if (is_association_head(h) && business) return "BUS";
    return {};
  };
  // The last word ("Elmford Harbour Fisheries Committee"), else the
  // last before "of"/"for" ("Commission for Racial Equality").
  std::string role = role_of(words.back());
  if (!role.empty()) return role;
  for (size_t i = 1; i < words.size(); ++i)
    if (words[i] == "OF" || words[i] == "FOR") return role_of(words[i - 1]);
  return {};
}

std::string government_sector(const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (w == "EDUCATION" || w == "SCHOOLS" || w == "UNIVERSITIES") return "EDU";
    if (w == "ENVIRONMENT" || w == "ENVIRONMENTAL") return "ENV";
    if (w == "HEALTH") return "HLH";
    if (w == "AGRICULTURE" || w == "AGRICULTURAL" || w == "FISHERIES") return "AGR";
    // Phoenix's LABOR_DEPARTMENT and labour ministries are GOVLAB. Not the
    // British "Labour", which in a name is mostly the party's ("Labour
    // Assembly Government").
    if (w == "LABOR" || w == "EMPLOYMENT") return "LAB";
  }
  return {};
}

}  // namespace chronicle::actor
