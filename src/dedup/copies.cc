#include "dedup/copies.h"

#include <algorithm>

#include "dedup/shingles.h"

namespace vigil {

CopyDetector::CopyDetector(CopyOptions options)
    : options_(options),
      hasher_(options.minhash),
      index_(options.minhash),
      previous_index_(options.minhash) {}

void CopyDetector::Search(const LshIndex& index,
                          const std::vector<std::pair<int64_t, Signature>>& sigs,
                          const Signature& sig, std::optional<CopyMatch>* best) const {
  for (int64_t cand : index.Candidates(sig)) {
    auto it = std::lower_bound(sigs.begin(), sigs.end(), cand,
                               [](const auto& p, int64_t v) { return p.first < v; });
    if (it == sigs.end() || it->first != cand) continue;
    const double sim = EstimateJaccard(sig, it->second);
    if (sim >= options_.threshold && (!*best || sim > (*best)->similarity))
      *best = {cand, sim};
  }
}

std::optional<CopyMatch> CopyDetector::Add(int64_t id, std::string_view text) {
  // Signing is blind to order and repeats: the shingles are not sorted.
  return Add(id, hasher_.Sign(WordShingleSequence(text, options_.shingle_words)));
}

std::optional<CopyMatch> CopyDetector::Add(int64_t id, Signature sig) {
  std::optional<CopyMatch> best;
  Search(index_, signatures_, sig, &best);
  Search(previous_index_, previous_signatures_, sig, &best);
  if (signatures_.size() >= std::max<size_t>(1, options_.max_documents / 2)) {
    previous_index_ = std::move(index_);
    previous_signatures_ = std::move(signatures_);
    index_ = LshIndex(options_.minhash);
    signatures_.clear();
  }
  index_.Add(id, sig);
  // Ids normally arrive in increasing order; keep the vector sorted regardless.
  auto pos = std::upper_bound(signatures_.begin(), signatures_.end(), id,
                              [](int64_t v, const auto& p) { return v < p.first; });
  signatures_.insert(pos, {id, std::move(sig)});
  return best;
}

}  // namespace vigil
