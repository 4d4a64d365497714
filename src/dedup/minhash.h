// MinHash signatures estimate the Jaccard similarity of two shingle sets
// from fixed-size sketches; an LSH index over signature bands finds the
// candidates above a similarity threshold without comparing all pairs.
#ifndef VIGIL_DEDUP_MINHASH_H_
#define VIGIL_DEDUP_MINHASH_H_

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace vigil {

using Signature = std::vector<uint32_t>;

struct MinHashOptions {
  // Hash functions per signature; the estimate's standard error is about
  // sqrt(J(1-J)/num_hashes), 0.044 at J = 0.5 with 128.
  int num_hashes = 128;
  // LSH bands (num_hashes must be a multiple); rows = num_hashes / bands.
  // 32 bands of 4 rows find pairs at J = 0.5 with probability 0.87, at J = 0.3
  // with 0.23 (the S-curve's midpoint is about (1/32)^(1/4) = 0.42).
  int bands = 32;
};

// Immutable; thread-safe.
class MinHasher {
 public:
  explicit MinHasher(MinHashOptions options = {});
  // Signature of a shingle set (any order, duplicates allowed). An empty set
  // gives a signature of all 0xFFFFFFFF.
  Signature Sign(const std::vector<uint64_t>& shingles) const;
  const MinHashOptions& options() const { return options_; }

 private:
  MinHashOptions options_;
  // Hash function i maps a shingle hash x to a_[i] * lo(x) ^ b_[i] * hi(x)
  // (32-bit products, odd multipliers): cheap and vectorisable.
  std::vector<uint32_t> a_, b_;
};

// Share of equal positions: the MinHash estimate of Jaccard similarity.
double EstimateJaccard(const Signature& a, const Signature& b);

// One key per LSH band of `sig`: two signatures share a key exactly when they
// agree on every row of that band. Stable: keys reach disk (the store's
// copy index); never change how they are computed.
std::vector<uint64_t> BandKeys(const Signature& sig, const MinHashOptions& options);

// Banded LSH over signatures. Not thread-safe for Add; Query is const.
class LshIndex {
 public:
  explicit LshIndex(MinHashOptions options = {}) : options_(options) {}
  // Adds item `id` with signature `sig` (size options.num_hashes).
  void Add(int64_t id, const Signature& sig);
  // Ids sharing at least one band with `sig`, each once, sorted.
  std::vector<int64_t> Candidates(const Signature& sig) const;
  size_t size() const { return count_; }

 private:
  MinHashOptions options_;
  std::unordered_map<uint64_t, std::vector<int64_t>> buckets_;
  size_t count_ = 0;
};

}  // namespace vigil

#endif  // VIGIL_DEDUP_MINHASH_H_
