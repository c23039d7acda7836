// Zone rules come from the system tzdata (date/tz with USE_OS_TZDB); only the
// abbreviations, which tzdata does not map back to zones, are listed here.
#include "time/zones.h"

#include <date/tz.h>

#include <array>
#include <exception>

namespace chronicle::timex {

namespace {

// First reading of each abbreviation = the one an English-language news text
// most likely means.
constexpr ZoneReading kReadings[] = {
    {"UTC", 0, "Etc/UTC"},
    {"GMT", 0, "Europe/London"},
    {"Z", 0, "Etc/UTC"},
    {"BST", 60, "Europe/London"},
    {"BST", 360, "Asia/Dhaka"},
    {"IST", 330, "Asia/Kolkata"},
    {"IST", 60, "Europe/Dublin"},
    {"IST", 120, "Asia/Jerusalem"},
    {"WET", 0, "Europe/Lisbon"},
    {"WEST", 60, "Europe/Lisbon"},
    {"CET", 60, "Europe/Paris"},
    {"CEST", 120, "Europe/Paris"},
    {"EET", 120, "Europe/Athens"},
    {"EEST", 180, "Europe/Athens"},
    {"MSK", 180, "Europe/Moscow"},
    {"EST", -300, "America/New_York"},
    {"EDT", -240, "America/New_York"},
    {"ET", -300, "America/New_York"},
    {"CST", -360, "America/Chicago"},
    {"CST", 480, "Asia/Shanghai"},
    {"CDT", -300, "America/Chicago"},
    {"CT", -360, "America/Chicago"},
    {"MST", -420, "America/Denver"},
    {"MDT", -360, "America/Denver"},
    {"PST", -480, "America/Los_Angeles"},
    {"PST", 480, "Asia/Manila"},
    {"PDT", -420, "America/Los_Angeles"},
    {"PT", -480, "America/Los_Angeles"},
    {"AKST", -540, "America/Anchorage"},
    {"HST", -600, "Pacific/Honolulu"},
    {"AST", -240, "America/Halifax"},
    {"AST", 180, "Asia/Riyadh"},
    {"ADT", -180, "America/Halifax"},
    {"NST", -210, "America/St_Johns"},
    {"KST", 540, "Asia/Seoul"},
    {"JST", 540, "Asia/Tokyo"},
    {"HKT", 480, "Asia/Hong_Kong"},
    {"SGT", 480, "Asia/Singapore"},
    {"PHT", 480, "Asia/Manila"},
    {"WIB", 420, "Asia/Jakarta"},
    {"ICT", 420, "Asia/Bangkok"},
    {"PKT", 300, "Asia/Karachi"},
    {"GST", 240, "Asia/Dubai"},
    {"AEST", 600, "Australia/Sydney"},
    {"AEDT", 660, "Australia/Sydney"},
    {"ACST", 570, "Australia/Adelaide"},
    {"AWST", 480, "Australia/Perth"},
    {"NZST", 720, "Pacific/Auckland"},
    {"NZDT", 780, "Pacific/Auckland"},
    {"SAST", 120, "Africa/Johannesburg"},
    {"EAT", 180, "Africa/Nairobi"},
    {"WAT", 60, "Africa/Lagos"},
    {"CAT", 120, "Africa/Maputo"},
    {"BRT", -180, "America/Sao_Paulo"},
    {"ART", -180, "America/Argentina/Buenos_Aires"},
};

}  // namespace

std::span<const ZoneReading> abbreviation_readings(std::string_view abbreviation) {
  size_t first = 0;
  const size_t n = std::size(kReadings);
  while (first < n && abbreviation != kReadings[first].abbreviation) ++first;
  size_t last = first;
  while (last < n && abbreviation == kReadings[last].abbreviation) ++last;
  return {kReadings + first, last - first};
}

bool zone_exists(const std::string& zone) {
  try {
    return date::locate_zone(zone) != nullptr;
  } catch (const std::exception&) {
    return false;
  }
}

std::optional<int> zone_offset_minutes(const std::string& zone, int year, int month, int day, int hour,
                                       int minute) {
  if (zone.empty()) return std::nullopt;
  const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok() || hour < 0 || hour > 24 || minute < 0 || minute > 59) return std::nullopt;
  try {
    const date::time_zone* tz = date::locate_zone(zone);
    const auto local = date::local_days{ymd} + std::chrono::hours{hour} + std::chrono::minutes{minute};
    const date::local_info info = tz->get_info(local);
    const auto& chosen = info.first;  // unique, or the earlier of an ambiguous/nonexistent pair
    return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(chosen.offset).count());
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

const ZoneReading* pick_abbreviation(std::string_view abbreviation, std::optional<int> want_offset,
                                     std::optional<int> document_offset) {
  auto readings = abbreviation_readings(abbreviation);
  if (readings.empty()) return nullptr;
  if (want_offset) {
    for (const auto& r : readings) {
      if (r.offset_minutes == *want_offset) return &r;
    }
  }
  if (document_offset) {
    for (const auto& r : readings) {
      if (r.offset_minutes == *document_offset) return &r;
    }
  }
  return &readings.front();
}

std::string format_offset(int offset_minutes) {
  const char sign = offset_minutes < 0 ? '-' : '+';
  const int m = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buf[8];
  buf[0] = sign;
  buf[1] = static_cast<char>('0' + (m / 60) / 10 % 10);
  buf[2] = static_cast<char>('0' + (m / 60) % 10);
  buf[3] = ':';
  buf[4] = static_cast<char>('0' + (m % 60) / 10);
  buf[5] = static_cast<char>('0' + (m % 60) % 10);
  return std::string(buf, 6);
}

}  // namespace chronicle::timex
