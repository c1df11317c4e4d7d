// Process-wide allocation policy of the `mizan` executable (and of `mizan_bench`, which
// links this file so that it measures what the executable runs): large blocks are backed by
// transparent huge pages.
//
// Why: scoring a big batch allocates a few arrays of hundreds of MiB (claim records, the
// alignment's order and buckets, the reliability records). With 4 KiB pages every first
// touch of such an array faults once per page; on virtual machines a fault costs several
// microseconds, and on BM_Align/1000000 the faults alone took more time than the alignment.
// Debian's default THP mode is "madvise": a range gets huge pages only when asked, which is
// what glibc's `glibc.malloc.hugetlb=1` tunable does for every mmapped block, but tunables
// are read from the environment only. So the replaceable global operator new does it here:
// a block of 2 MiB or more comes from aligned_alloc on a 2 MiB boundary and is advised as huge
// before anything touches it. Small blocks are untouched; every block, aligned or not, is
// released with free().
#include <sys/mman.h>

#include <cstdlib>
#include <new>

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Blocks of at least a huge page start on a huge-page boundary and are rounded up to whole
// huge pages, so that all of a block can be huge (an unaligned block would keep small pages
// at both ends, and a block under 4 MiB might hold no aligned huge page at all). The
// rounding costs under one huge page per block, and only once the tail is touched.
void* Allocate(std::size_t size) {
  if (size < kHugePage) {
    if (void* block = std::malloc(size == 0 ? 1 : size)) return block;
    throw std::bad_alloc();
  }
  const std::size_t rounded = (size + kHugePage - 1) & ~(kHugePage - 1);
  void* block = std::aligned_alloc(kHugePage, rounded);
  if (block == nullptr) throw std::bad_alloc();
  // Advice only: on a kernel without THP it fails and the block keeps small pages.
  madvise(block, rounded, MADV_HUGEPAGE);
  return block;
}

// Over-aligned types (alignas beyond 16): aligned_alloc wants a size that is a multiple of
// the alignment; large blocks take the huge-page path, whose alignment covers any smaller.
void* AllocateAligned(std::size_t size, std::size_t alignment) {
  if (size >= kHugePage && alignment <= kHugePage) return Allocate(size);
  const std::size_t rounded = (size + alignment - 1) / alignment * alignment;
  void* block = std::aligned_alloc(alignment, rounded == 0 ? alignment : rounded);
  if (block == nullptr) throw std::bad_alloc();
  return block;
}

}  // namespace

// The whole replaceable family, so that every block is released by free() whichever form
// allocated it: the library's nothrow and aligned forms would otherwise still come from
// its own operator new (std::stable_sort's temporary buffer is nothrow-allocated and
// returned through the plain delete; AddressSanitizer reports such a pair as a mismatch).
void* operator new(std::size_t size) { return Allocate(size); }
void* operator new[](std::size_t size) { return Allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return Allocate(size);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept {
  return operator new(size, tag);
}
void* operator new(std::size_t size, std::align_val_t alignment) {
  return AllocateAligned(size, static_cast<std::size_t>(alignment));
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
  return AllocateAligned(size, static_cast<std::size_t>(alignment));
}
void* operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  try {
    return AllocateAligned(size, static_cast<std::size_t>(alignment));
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, std::align_val_t alignment,
                     const std::nothrow_t& tag) noexcept {
  return operator new(size, alignment, tag);
}

void operator delete(void* block) noexcept { std::free(block); }
void operator delete[](void* block) noexcept { std::free(block); }
void operator delete(void* block, std::size_t) noexcept { std::free(block); }
void operator delete[](void* block, std::size_t) noexcept { std::free(block); }
void operator delete(void* block, const std::nothrow_t&) noexcept { std::free(block); }
void operator delete[](void* block, const std::nothrow_t&) noexcept { std::free(block); }
void operator delete(void* block, std::align_val_t) noexcept { std::free(block); }
void operator delete[](void* block, std::align_val_t) noexcept { std::free(block); }
void operator delete(void* block, std::size_t, std::align_val_t) noexcept { std::free(block); }
void operator delete[](void* block, std::size_t, std::align_val_t) noexcept { std::free(block); }
void operator delete(void* block, std::align_val_t, const std::nothrow_t&) noexcept {
  std::free(block);
}
void operator delete[](void* block, std::align_val_t, const std::nothrow_t&) noexcept {
  std::free(block);
}
