#include "learn/huge_page_allocator.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace chronicle::learn {
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::size_t round_up(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }

}  // namespace

void* allocate_table_bytes(std::size_t bytes) {
  if (bytes < kHugePage) return ::operator new(bytes);
  // aligned_alloc wants a multiple of the alignment; the rounding wastes
  // under 2 MB on tables that are at least that large.
  void* p = std::aligned_alloc(kHugePage, round_up(bytes));
  if (p == nullptr) throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
  // Advice only: where transparent huge pages are off it fails harmlessly.
  (void)madvise(p, round_up(bytes), MADV_HUGEPAGE);
#endif
  return p;
}

void free_table_bytes(void* p, std::size_t bytes) noexcept {
  if (p == nullptr) return;
  if (bytes < kHugePage) {
    ::operator delete(p);
    return;
  }
  std::free(p);
}

}  // namespace chronicle::learn
