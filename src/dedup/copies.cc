#include "dedup/copies.h"

#include <algorithm>

#include "dedup/shingles.h"

namespace vigil {

CopyDetector::CopyDetector(CopyOptions options)
    : options_(options), hasher_(options.minhash), index_(options.minhash) {}

std::optional<CopyMatch> CopyDetector::Add(int64_t id, std::string_view text) {
  Signature sig = hasher_.Sign(WordShingles(text, options_.shingle_words));
  std::optional<CopyMatch> best;
  for (int64_t cand : index_.Candidates(sig)) {
    auto it = std::lower_bound(signatures_.begin(), signatures_.end(), cand,
                               [](const auto& p, int64_t v) { return p.first < v; });
    if (it == signatures_.end() || it->first != cand) continue;
    const double sim = EstimateJaccard(sig, it->second);
    if (sim >= options_.threshold && (!best || sim > best->similarity)) best = {cand, sim};
  }
  index_.Add(id, sig);
  // Ids normally arrive in increasing order; keep the vector sorted regardless.
  auto pos = std::upper_bound(signatures_.begin(), signatures_.end(), id,
                              [](int64_t v, const auto& p) { return v < p.first; });
  signatures_.insert(pos, {id, std::move(sig)});
  return best;
}

}  // namespace vigil
