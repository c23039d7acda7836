// HugePageAllocator: a std::allocator stand-in for the large read-only
// weight tables of the models (the parser's move table is 25 MB, the
// tagger's lookup table 8 MB).
//
// Why: every feature lookup lands on a random cache line of such a table.
// With 4 kB pages each one is also a TLB miss and a page walk; profiles
// showed the parser stalled on its prefetches for a third of its run time.
// Allocations of 2 MB or more are aligned to 2 MB and marked MADV_HUGEPAGE,
// so the kernel can back them with transparent huge pages (when the system
// allows it; otherwise nothing changes). Smaller ones use plain operator new.
//
// Thread safety: stateless; allocate/deallocate may run on any thread.
#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace chronicle::learn {

// Untyped halves, in huge_page_allocator.cpp.
void* allocate_table_bytes(std::size_t bytes);
void free_table_bytes(void* p, std::size_t bytes) noexcept;

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(allocate_table_bytes(n * sizeof(T)));
  }
  void deallocate(T* p, std::size_t n) noexcept { free_table_bytes(p, n * sizeof(T)); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

// A vector whose storage may sit on huge pages.
template <typename T>
using TableVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace chronicle::learn
