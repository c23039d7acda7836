#include "actor/us_states.h"

#include <algorithm>
#include <iterator>

namespace chronicle::actor {

bool is_us_state(std::string_view w) {
  static constexpr std::string_view kStates[] = {
      // AP style, as US wire copy abbreviates (the eight short names in full).
      "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
      "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.",
      "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.",
      "W.Va.", "Wis.", "Wyo.", "D.C.",
      // Older wire forms ("(D-Tex.)", "(D-Cal.)", "(D-Wisc)").
      "Tex.", "Cal.", "Wisc.", "Penn.", "Nebr.", "Ida.", "N.Mex.", "N.Dak.", "S.Dak.",
      // Full names.
      "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
      "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
      "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
      "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
      "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
      "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
      // Postal codes ("(D-NJ)").
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
      "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
      "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"};
  // Wire copy often drops the abbreviation's final point ("(D-Vt)",
  // "(R-Tenn)"): compare without it.
  auto bare = [](std::string_view s) { return !s.empty() && s.back() == '.' ? s.substr(0, s.size() - 1) : s; };
  const std::string_view b = bare(w);
  if (b.empty()) return false;
  return std::any_of(std::begin(kStates), std::end(kStates), [&](std::string_view s) { return bare(s) == b; });
}

bool is_us_dateline_state(std::string_view w) {
  static constexpr std::string_view kDatelineStates[] = {
      "Ala.", "Ariz.", "Ark.",  "Calif.", "Colo.", "Conn.", "Del.",   "Fla.",  "Ga.",  "Ill.",  "Ind.",
      "Kan.", "Ky.",   "La.",   "Md.",    "Mass.", "Mich.", "Minn.",  "Miss.", "Mo.",  "Mont.", "Neb.",
      "Nev.", "N.H.",  "N.J.",  "N.M.",   "N.Y.",  "N.C.",  "N.D.",   "Okla.", "Ore.", "Pa.",   "R.I.",
      "S.C.", "S.D.",  "Tenn.", "Vt.",    "Va.",   "Wash.", "W.Va.",  "Wis.",  "Wyo.", "D.C.",
      "Texas", "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Utah"};
  return std::find(std::begin(kDatelineStates), std::end(kDatelineStates), w) != std::end(kDatelineStates);
}

}  // namespace chronicle::actor
