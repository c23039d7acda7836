#include "text/utf8_repair.h"

#include <cstdint>
#include <cstring>

namespace chronicle::text {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at `p` (1..4), or 0 when the bytes at `p`
// do not start one. `maximal` receives the length of the maximal subpart: the
// longest prefix that could still have become valid (>= 1), which is what one
// U+FFFD replaces (Unicode 15, §3.9 "U+FFFD Substitution of Maximal Subparts").
inline size_t decode_sequence(const unsigned char* p, const unsigned char* end, size_t& maximal) {
  const unsigned char c = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c < 0x80) {
    maximal = 1;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c == 0xE0) {
    need = 2, lo = 0xA0;
  } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
    need = 2;
  } else if (c == 0xED) {
    need = 2, hi = 0x9F;  // no surrogates
  } else if (c == 0xF0) {
    need = 3, lo = 0x90;
  } else if (c >= 0xF1 && c <= 0xF3) {
    need = 3;
  } else if (c == 0xF4) {
    need = 3, hi = 0x8F;  // nothing above U+10FFFF
  } else {
    maximal = 1;  // 80..C1, F5..FF never start a sequence
    return 0;
  }
  size_t i = 1;
  for (; i <= need; ++i) {
    if (p + i >= end) break;
    const unsigned char b = p[i];
    const unsigned char l = (i == 1) ? lo : 0x80;
    const unsigned char h = (i == 1) ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  maximal = i;
  return i == need + 1 ? i : 0;
}

// Windows-1252 0x80..0x9F as code points; 0 marks the five undefined bytes.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       //
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

inline void append_codepoint(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

struct Scan {
  bool valid = true;         // valid UTF-8 without NUL
  size_t multibyte = 0;      // valid multi-byte sequences seen
  bool high_invalid = false;  // some byte >= 0x80 is not part of a valid sequence
};

// One pass over the input; stops early only when nothing more can change the
// decision (an invalid byte plus a valid multi-byte sequence already seen).
Scan scan(const unsigned char* p, const unsigned char* end) {
  Scan s;
  while (p < end) {
    // ASCII fast path: 8 bytes at a time while no high bit and no NUL.
    if (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      const bool has_high = (w & 0x8080808080808080ULL) != 0;
      const bool has_zero = ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0;
      if (!has_high && !has_zero) {
        p += 8;
        continue;
      }
    }
    if (*p == 0) {
      s.valid = false;
      ++p;
      continue;
    }
    if (*p < 0x80) {
      ++p;
      continue;
    }
    size_t maximal;
    const size_t n = decode_sequence(p, end, maximal);
    if (n > 0) {
      ++s.multibyte;
      p += n;
    } else {
      s.valid = false;
      s.high_invalid = true;
      if (s.multibyte > 0) return s;
      p += maximal;
    }
  }
  return s;
}

std::string decode_cp1252(const unsigned char* p, const unsigned char* end, std::vector<ErrorNote>& notes) {
  std::string out;
  out.reserve(static_cast<size_t>(end - p) + (end - p) / 4);
  size_t high = 0, undefined = 0, nuls = 0;
  int64_t first_high = -1, first_nul = -1;
  for (; p < end; ++p) {
    const unsigned char c = *p;
    if (c == 0) {
      if (first_nul < 0) first_nul = static_cast<int64_t>(out.size());
      ++nuls;
      out.append(kReplacement, 3);
    } else if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      if (first_high < 0) first_high = static_cast<int64_t>(out.size());
      ++high;
      uint32_t cp = c >= 0xA0 ? c : kCp1252High[c - 0x80];
      if (cp == 0) {
        // 0x81 0x8D 0x8F 0x90 0x9D are undefined in Windows-1252; browsers map
        // them to C1 controls, which are never text in news, so they become U+FFFD.
        ++undefined;
        out.append(kReplacement, 3);
      } else {
        append_codepoint(out, cp);
      }
    }
  }
  std::string msg = "no valid UTF-8 multi-byte sequence; decoded " + std::to_string(high) +
                    " byte(s) >= 0x80 as Windows-1252";
  if (undefined > 0) msg += " (" + std::to_string(undefined) + " undefined in Windows-1252 became U+FFFD)";
  notes.push_back({"decoded_cp1252", std::move(msg), first_high});
  if (nuls > 0) {
    notes.push_back({"nul_bytes", std::to_string(nuls) + " NUL byte(s) replaced by U+FFFD", first_nul});
  }
  return out;
}

std::string replace_invalid(const unsigned char* p, const unsigned char* end, std::vector<ErrorNote>& notes) {
  std::string out;
  out.reserve(static_cast<size_t>(end - p) + 16);
  size_t invalid = 0, nuls = 0;
  int64_t first_invalid = -1, first_nul = -1;
  while (p < end) {
    const unsigned char c = *p;
    if (c == 0) {
      if (first_nul < 0) first_nul = static_cast<int64_t>(out.size());
      ++nuls;
      out.append(kReplacement, 3);
      ++p;
      continue;
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++p;
      continue;
    }
    size_t maximal;
    const size_t n = decode_sequence(p, end, maximal);
    if (n > 0) {
      out.append(reinterpret_cast<const char*>(p), n);
      p += n;
    } else {
      if (first_invalid < 0) first_invalid = static_cast<int64_t>(out.size());
      ++invalid;
      out.append(kReplacement, 3);
      p += maximal;
    }
  }
  if (invalid > 0) {
    notes.push_back({"invalid_utf8", std::to_string(invalid) + " invalid UTF-8 sequence(s) replaced by U+FFFD",
                     first_invalid});
  }
  if (nuls > 0) {
    notes.push_back({"nul_bytes", std::to_string(nuls) + " NUL byte(s) replaced by U+FFFD", first_nul});
  }
  return out;
}

}  // namespace

std::string repair_utf8(std::string_view bytes, std::vector<ErrorNote>& notes) {
  auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  auto* end = p + bytes.size();
  if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) p += 3;
  const Scan s = scan(p, end);
  if (s.valid) return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(end - p));
  if (s.high_invalid && s.multibyte == 0) return decode_cp1252(p, end, notes);
  return replace_invalid(p, end, notes);
}

std::string windows_1252_to_utf8(std::string_view bytes) {
  std::vector<ErrorNote> ignored;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  return decode_cp1252(p, p + bytes.size(), ignored);
}

}  // namespace chronicle::text
