#include "chronicle/progress.h"

#include <algorithm>
#include <cstdio>

namespace chronicle {

namespace {

// "950 ", "12.3 k", "4.1 M": a rate or a count with an SI prefix.
std::string si(double v) {
  char buf[32];
  if (v >= 1e9) std::snprintf(buf, sizeof buf, "%.1f G", v / 1e9);
  else if (v >= 1e6) std::snprintf(buf, sizeof buf, "%.1f M", v / 1e6);
  else if (v >= 1e3) std::snprintf(buf, sizeof buf, "%.1f k", v / 1e3);
  else std::snprintf(buf, sizeof buf, "%.0f ", v);
  return buf;
}

double per_second(uint64_t n, double seconds) { return seconds > 0 ? static_cast<double>(n) / seconds : 0; }

// "0:42", "12:05", "3:02:11".
std::string clock(double seconds) {
  if (!(seconds >= 0) || seconds > 360000) return "--:--";
  const auto s = static_cast<unsigned long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%lu:%02lu", s / 60, s % 60);
  return buf;
}

}  // namespace

std::string progress_line(const AnnotateStats& s, unsigned width) {
  std::string counts = std::to_string(s.documents) + " docs " + si(per_second(s.tokens, s.seconds)) + "tok/s " +
                       std::to_string(s.failed) + " errors";
  if (s.skipped > 0) counts.append(" ").append(std::to_string(s.skipped)).append(" skipped");
  std::string line;
  if (s.input_bytes_total > 0) {
    const double done = std::min(1.0, static_cast<double>(s.input_bytes_read) / static_cast<double>(s.input_bytes_total));
    const double eta = done > 0 ? s.seconds * (1 - done) / done : -1;
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3d%%", static_cast<int>(done * 100));
    const std::string tail = std::string(" ") + pct + " " + counts + " ETA " + clock(eta);
    // The bar takes what the numbers leave, between 10 and 30 columns.
    const int room = static_cast<int>(width) - static_cast<int>(tail.size()) - 2;
    if (room >= 10) {
      const int bar = room > 30 ? 30 : room;
      const int filled = static_cast<int>(done * bar);
      // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on "[" + std::string.
      line.push_back('[');
      line.append(static_cast<size_t>(filled), '#');
      line.append(static_cast<size_t>(bar - filled), '.');
      line.push_back(']');
    }
    line += tail;
    if (line.front() == ' ') line.erase(0, 1);
  } else {
    line = counts + " " + si(static_cast<double>(s.input_bytes_read > 0 ? s.input_bytes_read : s.bytes)) + "B read";
  }
  if (line.size() > width) line.resize(width);
  return line;
}

std::string summary_line(const AnnotateStats& s) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "annotate: %llu documents, %llu with errors, %llu notes, %llu tokens, %llu events, %.2f s",
                static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.failed),
                static_cast<unsigned long long>(s.notes), static_cast<unsigned long long>(s.tokens),
                static_cast<unsigned long long>(s.events), s.seconds);
  std::string line = buf;
  line += " (" + si(per_second(s.documents, s.seconds)) + "documents/s, " + si(per_second(s.bytes, s.seconds)) + "B/s)";
  if (s.skipped > 0) line += ", " + std::to_string(s.skipped) + " skipped (other shards or already stored)";
  return line;
}

}  // namespace chronicle
