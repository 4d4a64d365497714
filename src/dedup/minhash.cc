#include "dedup/minhash.h"

#include <algorithm>
#include <cassert>
#include <unordered_set>

#include "common/hash.h"

namespace vigil {
MinHasher::MinHasher(MinHashOptions options) : options_(options) {
  assert(options_.num_hashes > 0 && options_.bands > 0 &&
         options_.num_hashes % options_.bands == 0);
  uint64_t s = 0x5EED;
  for (int i = 0; i < options_.num_hashes; ++i) {
    s = Mix64(s + i + 1);
    a_.push_back(static_cast<uint32_t>(s) | 1u);
    b_.push_back(static_cast<uint32_t>(s >> 32) | 1u);
  }
}

namespace {

// Folds each shingle into the running minima: out[i] = min(out[i], a[i] * lo ^
// b[i] * hi). Without -march the compiler has only SSE2, which lacks 32-bit
// lane multiplies and unsigned minima; the AVX2 clone (chosen at load time
// when the CPU has it) does 8 lanes per vpmulld/vpminud. Both clones compute
// the same values: the arithmetic is exact 32-bit integer math. Hashes are
// taken kBlock at a time so their minima stay in registers across shingles.
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("avx2", "default")))
#endif
void FoldShingles(const uint64_t* shingles, size_t count, const uint32_t* a,
                  const uint32_t* b, int n, uint32_t* out) {
  constexpr int kBlock = 32;
  int first = 0;
  for (; first + kBlock <= n; first += kBlock) {
    uint32_t min[kBlock];
    std::copy(out + first, out + first + kBlock, min);
    for (size_t s = 0; s < count; ++s) {
      const auto lo = static_cast<uint32_t>(shingles[s]);
      const auto hi = static_cast<uint32_t>(shingles[s] >> 32);
      for (int i = 0; i < kBlock; ++i) {
        min[i] = std::min(min[i], (a[first + i] * lo) ^ (b[first + i] * hi));
      }
    }
    std::copy(min, min + kBlock, out + first);
  }
  for (size_t s = 0; s < count; ++s) {
    const auto lo = static_cast<uint32_t>(shingles[s]);
    const auto hi = static_cast<uint32_t>(shingles[s] >> 32);
    for (int i = first; i < n; ++i) out[i] = std::min(out[i], (a[i] * lo) ^ (b[i] * hi));
  }
}

}  // namespace

Signature MinHasher::Sign(const std::vector<uint64_t>& shingles) const {
  Signature sig(options_.num_hashes, 0xFFFFFFFFu);
  FoldShingles(shingles.data(), shingles.size(), a_.data(), b_.data(),
               options_.num_hashes, sig.data());
  return sig;
}

double EstimateJaccard(const Signature& a, const Signature& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

std::vector<uint64_t> BandKeys(const Signature& sig, const MinHashOptions& options) {
  assert(static_cast<int>(sig.size()) == options.num_hashes);
  const int rows = options.num_hashes / options.bands;
  std::vector<uint64_t> keys(options.bands);
  for (int band = 0; band < options.bands; ++band) {
    uint64_t h = Mix64(static_cast<uint64_t>(band) + 1);
    for (int r = 0; r < rows; ++r) h = Mix64(h ^ sig[band * rows + r]);
    keys[band] = h;
  }
  return keys;
}

void LshIndex::Add(int64_t id, const Signature& sig) {
  for (uint64_t key : BandKeys(sig, options_)) buckets_[key].push_back(id);
  ++count_;
}

std::vector<int64_t> LshIndex::Candidates(const Signature& sig) const {
  std::vector<int64_t> out;
  std::unordered_set<int64_t> seen;
  for (uint64_t key : BandKeys(sig, options_)) {
    auto it = buckets_.find(key);
    if (it == buckets_.end()) continue;
    for (int64_t id : it->second) {
      if (seen.insert(id).second) out.push_back(id);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace vigil
