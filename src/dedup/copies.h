// CopyDetector finds, for each new article, an earlier article it copies:
// the same wire story under another headline, with other boilerplate, or
// lightly edited. Candidates come from MinHash LSH; the best candidate is
// kept when its estimated Jaccard similarity of word 5-shingles reaches the
// threshold.
#ifndef VIGIL_DEDUP_COPIES_H_
#define VIGIL_DEDUP_COPIES_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "dedup/minhash.h"

namespace vigil {

struct CopyOptions {
  // Estimated Jaccard similarity at which two articles count as copies.
  double threshold = 0.5;
  // Word window of the shingles.
  int shingle_words = 5;
  MinHashOptions minhash;
  // Articles remembered: when the index holds this many, the older half is
  // forgotten, so memory stays bounded (about 4 KB per article) on endless
  // input. The store's index (store/copy_index.h) has no such limit.
  size_t max_documents = 20000;
};

struct CopyMatch {
  int64_t id = 0;         // the earlier article's id
  double similarity = 0;  // estimated Jaccard similarity
};

// Not thread-safe: one thread adds articles in order. Memory: one signature
// (num_hashes * 4 bytes) plus bucket entries per article.
class CopyDetector {
 public:
  explicit CopyDetector(CopyOptions options = {});
  // Returns the most similar earlier article at or above the threshold, then
  // remembers this one under `id`.
  std::optional<CopyMatch> Add(int64_t id, std::string_view text);
  // The same for a signature already computed with options().minhash and
  // options().shingle_words (Document::minhash).
  std::optional<CopyMatch> Add(int64_t id, Signature sig);
  const CopyOptions& options() const { return options_; }

 private:
  CopyOptions options_;
  // Searches one generation of remembered articles.
  void Search(const LshIndex& index,
              const std::vector<std::pair<int64_t, Signature>>& sigs,
              const Signature& sig, std::optional<CopyMatch>* best) const;

  MinHasher hasher_;
  // Two generations: new articles go to the current one; when it is full
  // the previous one is dropped and the current one becomes previous.
  LshIndex index_, previous_index_;
  std::vector<std::pair<int64_t, Signature>> signatures_, previous_signatures_;  // by id
};

}  // namespace vigil

#endif  // VIGIL_DEDUP_COPIES_H_
