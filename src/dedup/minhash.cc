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
  for (int i = 0; i < options_.num_hashes; ++i) seeds_.push_back(s = Mix64(s + i + 1));
}

Signature MinHasher::Sign(const std::vector<uint64_t>& shingles) const {
  Signature sig(options_.num_hashes, 0xFFFFFFFFu);
  for (uint64_t sh : shingles) {
    for (int i = 0; i < options_.num_hashes; ++i) {
      const auto v = static_cast<uint32_t>(Mix64(sh ^ seeds_[i]));
      sig[i] = std::min(sig[i], v);
    }
  }
  return sig;
}

double EstimateJaccard(const Signature& a, const Signature& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

uint64_t LshIndex::BandKey(const Signature& sig, int band) const {
  const int rows = options_.num_hashes / options_.bands;
  uint64_t h = Mix64(static_cast<uint64_t>(band) + 1);
  for (int r = 0; r < rows; ++r) h = Mix64(h ^ sig[band * rows + r]);
  return h;
}

void LshIndex::Add(int64_t id, const Signature& sig) {
  assert(static_cast<int>(sig.size()) == options_.num_hashes);
  for (int b = 0; b < options_.bands; ++b) buckets_[BandKey(sig, b)].push_back(id);
  ++count_;
}

std::vector<int64_t> LshIndex::Candidates(const Signature& sig) const {
  std::vector<int64_t> out;
  std::unordered_set<int64_t> seen;
  for (int b = 0; b < options_.bands; ++b) {
    auto it = buckets_.find(BandKey(sig, b));
    if (it == buckets_.end()) continue;
    for (int64_t id : it->second) {
      if (seen.insert(id).second) out.push_back(id);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace vigil
