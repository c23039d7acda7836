#include "ner/titled_names.h"

#include <algorithm>
#include <string>

namespace chronicle::ner {

namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// The last word of an organisation's name ("Arnor Bank", "Gondor Party").
bool organisation_head(std::string_view w) {
  return one_of(w, {"Bank", "Fund", "Organisation", "Organization", "Party", "Corp", "Corporation", "Company", "Co",
                    "Group", "Union", "Council", "Commission", "Committee", "Agency", "Board", "Department",
                    "Ministry", "Institute", "Association", "Federation", "Court", "Office", "Reserve", "Authority",
                    "Inc", "Ltd", "Plc", "PLC", "Exchange", "Community", "Assembly", "Parliament", "Treasury",
                    "Senate", "House", "Congress", "Cabinet", "Politburo", "Army", "Navy", "Police", "Power"});
}

// Two or more capitals, with no lower-case letter ("GWF", "U.N.").
bool acronym(std::string_view w) {
  size_t capitals = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++capitals;
    else if (c != '.') return false;
  }
  return capitals >= 2;
}

// The last word of a name of a thing made or held in a person's name.
bool document_head(std::string_view w) {
  return one_of(w, {"Report", "Act", "Bill", "Plan", "Award", "Prize", "Cup", "Trophy", "Doctrine", "Amendment",
                    "Foundation", "Center", "Centre", "Hall", "Library", "Memorial", "Lecture", "Medal", "Review",
                    "Inquiry", "Law", "Rule", "Hotel", "Building", "Airport", "Stadium", "School", "College"});
}

}  // namespace

bool is_job_title(std::string_view w) {
  if (const size_t hyphen = w.rfind('-'); hyphen != std::string_view::npos) w.remove_prefix(hyphen + 1);  // "Vice-President"
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') {  // "Bank of Gondor governor Ana Dale"
    std::string capital(w);
    capital[0] = static_cast<char>(capital[0] - 32);
    return is_job_title(capital);
  }
  return one_of(w, {"Adviser", "Advisor", "Secretary", "Minister", "President", "Chairman", "Spokesman", "Spokeswoman",
                    "Envoy", "Ambassador", "Governor"});
}

void split_titled_names(const Document& doc, std::vector<NameMention>& names) {
  auto word = [&](uint32_t t) { return doc.token_text(doc.tokens[t]); };
  std::vector<bool> named(doc.tokens.size(), false);
  for (const auto& m : names)
    for (uint32_t t = m.first_token; t < m.last_token; ++t) named[t] = true;
  std::vector<NameMention> out;
  out.reserve(names.size());
  for (NameMention& m : names) {
    uint32_t title = m.last_token;  // the first job title with two capitalised words after it
    if (m.type != "PERSON") {
      const uint32_t sentence = doc.tokens[m.first_token].sentence;
      for (uint32_t k = m.first_token; k < m.last_token && title == m.last_token; ++k) {
        if (!is_job_title(word(k))) continue;
        uint32_t after = k + 1;
        while (after < doc.tokens.size() && after - k <= 2 && doc.tokens[after].sentence == sentence &&
               capitalised(word(after)) && !organisation_head(word(after)) && (after < m.last_token || !named[after]))
          ++after;
        if (after - k > 2) title = k;
      }
      // "Arnor Bank Governor Ana Dale Report" names a document, not the holder.
      for (uint32_t k = title + 1; k < m.last_token && title < m.last_token; ++k)
        if (organisation_head(word(k)) || document_head(word(k))) title = m.last_token;
    }
    if (title == m.last_token) {
      out.push_back(std::move(m));
      continue;
    }
    // The organisation before the title: up to its last head word, with
    // "of" and capitalised words after that ("Bank of Gondor").
    uint32_t org_end = m.first_token;
    bool after_of = false;
    for (uint32_t k = m.first_token; k < title; ++k) {
      const std::string_view w = word(k);
      if (organisation_head(w)) {
        org_end = k + 1;
        after_of = false;
      } else if (org_end == k && k > m.first_token && (w == "of" || (after_of && capitalised(w)))) {
        org_end = k + 1;
        after_of = true;
      } else {
        after_of = false;
      }
    }
    while (org_end > m.first_token && word(org_end - 1) == "of") --org_end;
    // A body named by its acronym ("GWF Deputy Secretary Ana Dale").
    if (org_end == m.first_token && m.first_token < title && acronym(word(m.first_token))) org_end = m.first_token + 1;
    if (org_end > m.first_token)
      out.push_back({m.start, doc.tokens[org_end - 1].end, m.first_token, org_end, "ORG"});
    out.push_back({doc.tokens[org_end].start, doc.tokens[title].end, org_end, title + 1, m.type});
  }
  names = std::move(out);
}


namespace {

std::string capitalised_copy(std::string_view w) {
  std::string c(w);
  if (!c.empty() && c[0] >= 'a' && c[0] <= 'z') c[0] = static_cast<char>(c[0] - 32);
  return c;
}

// A title of a government office that names its portfolio after "of"
// ("Minister of Mines", "Undersecretary of Commerce", "Chancellor of the
// Exchequer"; "Vice-Minister" by its last part). Not a firm's or a body's
// officer: "director of Bree Voice", "Vice President of Arnor Federal
// Savings" name bodies, whose words are no portfolio.
bool title_before_of(std::string_view w) {
  if (const size_t hyphen = w.rfind('-'); hyphen != std::string_view::npos) w.remove_prefix(hyphen + 1);
  return one_of(capitalised_copy(w), {"Minister", "Secretary", "Undersecretary", "Chancellor", "Commissioner"});
}

// A word of a government portfolio, as English names the offices of state.
bool portfolio_word(std::string_view w) {
  return one_of(w, {"State", "Commerce", "Trade", "Industry", "Finance", "Economy", "Economic", "Affairs",
                    "Foreign", "Home", "Interior", "Defence", "Defense", "Justice", "Agriculture", "Fisheries",
                    "Food", "Energy", "Mines", "Mining", "Oil", "Petroleum", "Planning", "Labour", "Labor",
                    "Employment", "Health", "Education", "Transport", "Transportation", "Communications",
                    "Information", "Housing", "Works", "Public", "Social", "Environment", "Treasury", "Exchequer",
                    "Budget", "Culture", "Tourism", "Development", "Water", "Resources", "Natural", "Science",
                    "Technology", "Telecommunications", "Customs", "Revenue", "Welfare", "Immigration", "Lands",
                    "Forestry", "Cooperation", "Co-operation", "Privatisation", "Privatization", "Economics"});
}

bool portfolio_glue(std::string_view w) { return w == "and" || w == "for" || w == "of" || w == "the"; }

}  // namespace

void split_portfolio_names(const Document& doc, std::vector<NameMention>& names) {
  auto word = [&](uint32_t t) { return doc.token_text(doc.tokens[t]); };
  auto same_sentence = [&](uint32_t a, uint32_t b) { return doc.tokens[a].sentence == doc.tokens[b].sentence; };
  // Whether "<title> of [the]" ends right before token `end`, all in one sentence.
  auto title_of_before = [&](uint32_t end) {
    uint32_t k = end;
    if (k >= 1 && word(k - 1) == "the") --k;
    return k >= 2 && word(k - 1) == "of" && title_before_of(word(k - 2)) && same_sentence(k - 2, end);
  };
  std::vector<NameMention> out;
  out.reserve(names.size());
  for (NameMention& m : names) {
    const uint32_t first = m.first_token, last = m.last_token;
    // The bare title word before "of" ("Chancellor" of "Chancellor of the Exchequer").
    if (last - first == 1 && last < doc.tokens.size() && word(last) == "of" && same_sentence(first, last) &&
        title_before_of(word(first)))
      continue;
    // The portfolio opens the name, after the title outside it, or follows
    // the title inside it ("Minister of State Ana Dale" tagged whole).
    uint32_t portfolio = 0;
    bool title_inside = false;
    if (first > 0 && title_of_before(first)) {
      portfolio = first;
    } else if (last - first >= 3 && title_before_of(word(first)) && word(first + 1) == "of") {
      portfolio = word(first + 2) == "the" ? first + 3 : first + 2;
      title_inside = true;
    }
    if (!portfolio || portfolio >= last || !portfolio_word(word(portfolio))) {
      out.push_back(std::move(m));
      continue;
    }
    uint32_t rest = portfolio + 1;
    while (rest < last && (portfolio_word(word(rest)) ||
                           (portfolio_glue(word(rest)) && rest + 1 < last && portfolio_word(word(rest + 1)))))
      ++rest;
    if (rest == last) {
      if (!title_inside) out.push_back(std::move(m));  // the portfolio alone is left as the model found it
      continue;                                        // "Minister of State" is a title, no name
    }
    // The holder: capitalised, no body's or document's name ("Secretary of
    // State Street Bank" is left whole).
    bool holder = capitalised(word(rest));
    for (uint32_t k = rest; k < last && holder; ++k) holder = !organisation_head(word(k)) && !document_head(word(k));
    if (!holder) {
      out.push_back(std::move(m));
      continue;
    }
    out.push_back({doc.tokens[rest].start, m.end, rest, last, "PERSON"});
  }
  names = std::move(out);
}

}  // namespace chronicle::ner
