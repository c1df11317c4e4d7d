// FNV-1a, 64 bits: a string hash that is the same on every run, compiler and machine, so
// ids derived from it (story ids, slot ids, copy shingles) are stable output.
//
//   uint64_t h = Fnv1a("reuters");            // from the standard offset basis
//   h = Fnv1a("\x1f", Fnv1a("kursk", h));     // chained: hash of a sequence of fields

#ifndef MIZAN_CORE_HASH_H_
#define MIZAN_CORE_HASH_H_

#include <cstdint>
#include <string_view>

namespace mizan {

inline constexpr uint64_t kFnv1aBasis = 14695981039346656037ull;  // 0xcbf29ce484222325

// Never fails; "" hashes to `seed`.
inline uint64_t Fnv1a(std::string_view bytes, uint64_t seed = kFnv1aBasis) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;  // the 64-bit FNV prime
  }
  return h;
}

}  // namespace mizan

#endif  // MIZAN_CORE_HASH_H_
