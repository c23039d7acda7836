#include "io/iso_date.h"

namespace chronicle::io {

namespace {
int digits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}
}  // namespace

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int year = digits(s.substr(0, 4));
  const int month = digits(s.substr(5, 2));
  const int day = digits(s.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::string leading_iso_date(std::string_view s) {
  if (s.size() < 10 || !is_iso_date(s.substr(0, 10))) return {};
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return {};
  return std::string(s.substr(0, 10));
}

}  // namespace chronicle::io
