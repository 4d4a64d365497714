// Stable 64-bit hashing for content identity and shingles. Values reach disk
// (content hashes in the store): the function must never change.
#ifndef VIGIL_COMMON_HASH_H_
#define VIGIL_COMMON_HASH_H_

#include <cstdint>
#include <string_view>

namespace vigil {

// The murmur3 64-bit finaliser: a bijective mix with full avalanche.
inline uint64_t Mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// 64-bit FNV-1a's offset basis and prime (Hash64 builds on them; code that
// hashes a word while reading it uses them to get Hash64's value).
inline constexpr uint64_t kFnvOffsetBasis = 1469598103934665603ULL;
inline constexpr uint64_t kFnvPrime = 1099511628211ULL;

// 64-bit FNV-1a followed by Mix64 for better avalanche.
inline uint64_t Hash64(std::string_view s, uint64_t seed = 0) {
  uint64_t h = kFnvOffsetBasis ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return Mix64(h);
}

}  // namespace vigil

#endif  // VIGIL_COMMON_HASH_H_
