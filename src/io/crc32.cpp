#include "io/crc32.h"

#include <zlib.h>

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace chronicle::io {
namespace {

// zlib's CRC-32 (the same function, IEEE 802.3), for lengths beyond what
// zlib takes in one call and for the tail the folding below leaves.
uint32_t zlib_crc32(const unsigned char* p, size_t n, uint32_t crc) {
  uLong c = crc;
  while (n > 0) {  // zlib takes lengths as uInt
    const uInt chunk = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    c = ::crc32(c, p, chunk);
    p += chunk;
    n -= chunk;
  }
  return static_cast<uint32_t>(c);
}

#if defined(__x86_64__)

__attribute__((target("pclmul,sse4.1"))) inline __m128i load16(const unsigned char* p) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}
// x carried 16 bytes forward (multiplied by the constants in k) onto `next`.
__attribute__((target("pclmul,sse4.1"))) inline __m128i fold16(__m128i x, __m128i k, __m128i next) {
  const __m128i lo = _mm_clmulepi64_si128(x, k, 0x00);
  return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x11), next), lo);
}

// Debian's zlib computes the CRC with tables, about 4 bytes per cycle: 13 ms
// for the 50 MB of models and data checked on every start (a tenth of the
// start-up CPU). Carry-less multiplication folds 64 bytes per step instead:
// "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ
// Instruction" (Gopal, Ozturk et al., Intel, 2009), with the constants of
// the bit-reflected CRC-32 polynomial it gives (the same as Chromium's zlib
// and Linux's crc32-pclmul use). `crc` is the running register (not the
// inverted CRC); requires: n >= 64 and a multiple of 16.
__attribute__((target("pclmul,sse4.1"))) uint32_t fold_crc32(const unsigned char* buf, size_t n, uint32_t crc) {
  alignas(16) static const uint64_t k1k2[] = {0x0154442bd4, 0x01c6e41596};
  alignas(16) static const uint64_t k3k4[] = {0x01751997d0, 0x00ccaa009e};
  alignas(16) static const uint64_t k5k0[] = {0x0163cd6124, 0x0000000000};
  alignas(16) static const uint64_t poly[] = {0x01db710641, 0x01f7011641};
  // Four 128-bit lanes, each folded 64 bytes forward per step.
  __m128i x1 = _mm_xor_si128(load16(buf), _mm_cvtsi32_si128(static_cast<int>(crc)));
  __m128i x2 = load16(buf + 16), x3 = load16(buf + 32), x4 = load16(buf + 48);
  buf += 64;
  n -= 64;
  __m128i k = _mm_load_si128(reinterpret_cast<const __m128i*>(k1k2));
  for (; n >= 64; buf += 64, n -= 64) {
    const __m128i x5 = _mm_clmulepi64_si128(x1, k, 0x00), x6 = _mm_clmulepi64_si128(x2, k, 0x00);
    const __m128i x7 = _mm_clmulepi64_si128(x3, k, 0x00), x8 = _mm_clmulepi64_si128(x4, k, 0x00);
    x1 = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x1, k, 0x11), x5), load16(buf));
    x2 = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x2, k, 0x11), x6), load16(buf + 16));
    x3 = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x3, k, 0x11), x7), load16(buf + 32));
    x4 = _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x4, k, 0x11), x8), load16(buf + 48));
  }
  // The four lanes into one, then 16 bytes at a time.
  k = _mm_load_si128(reinterpret_cast<const __m128i*>(k3k4));
  x1 = fold16(x1, k, x2);
  x1 = fold16(x1, k, x3);
  x1 = fold16(x1, k, x4);
  for (; n >= 16; buf += 16, n -= 16) x1 = fold16(x1, k, load16(buf));
  // 128 bits to 64, then Barrett reduction to 32.
  const __m128i low32 = _mm_setr_epi32(~0, 0, ~0, 0);
  x2 = _mm_clmulepi64_si128(x1, k, 0x10);
  x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), x2);
  k = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(k5k0));
  x2 = _mm_srli_si128(x1, 4);
  x1 = _mm_xor_si128(_mm_clmulepi64_si128(_mm_and_si128(x1, low32), k, 0x00), x2);
  k = _mm_load_si128(reinterpret_cast<const __m128i*>(poly));
  x2 = _mm_clmulepi64_si128(_mm_and_si128(x1, low32), k, 0x10);
  x2 = _mm_clmulepi64_si128(_mm_and_si128(x2, low32), k, 0x00);
  x1 = _mm_xor_si128(x1, x2);
  return static_cast<uint32_t>(_mm_extract_epi32(x1, 1));
}

bool has_fold() {
  static const bool yes = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
  return yes;
}

#endif

}  // namespace

uint32_t crc32(std::string_view data, uint32_t crc) {
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
#if defined(__x86_64__)
  if (n >= 64 && has_fold()) {
    const size_t folded = n & ~size_t{15};
    crc = ~fold_crc32(p, folded, ~crc);
    p += folded;
    n -= folded;
  }
#endif
  return zlib_crc32(p, n, crc);
}

}  // namespace chronicle::io
