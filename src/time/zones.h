// Time zones: UTC offsets from Debian's tzdata through Howard Hinnant's
// date/tz, and the table of zone abbreviations news uses ("BST", "EDT").
//
// Abbreviations are ambiguous (IST is India, Ireland or Israel; CST is US
// Central or China): every reading is kept and the caller picks one with
// `pick_abbreviation`, preferring the reading that agrees with the document
// zone or with the clock time it is paired with.
// Thread safety: all functions are safe to call concurrently.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace chronicle::timex {

struct ZoneReading {
  const char* abbreviation;
  int offset_minutes;  // east of UTC
  const char* zone;    // a representative IANA zone ("Europe/London")
};

// Every reading of an abbreviation (case-sensitive: "BST", "EDT"); empty when
// unknown.
std::span<const ZoneReading> abbreviation_readings(std::string_view abbreviation);

// The UTC offset, in minutes, of IANA zone `zone` at the local wall time
// given; nullopt when the zone is unknown or the date is invalid. A wall time
// that does not exist or is ambiguous (DST changes) takes the earlier offset.
std::optional<int> zone_offset_minutes(const std::string& zone, int year, int month, int day, int hour,
                                       int minute);

// True when tzdata knows `zone`.
bool zone_exists(const std::string& zone);

// Picks a reading of `abbreviation`: the one whose offset is `want_offset`
// (from a pairing) when given, else the one whose zone is `document_zone` or
// has its offset, else the first (most common in English news). nullptr when
// the abbreviation is unknown.
const ZoneReading* pick_abbreviation(std::string_view abbreviation, std::optional<int> want_offset,
                                     std::optional<int> document_offset);

// "+01:00", "-04:00", "+05:30".
std::string format_offset(int offset_minutes);

}  // namespace chronicle::timex
