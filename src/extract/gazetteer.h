// TokenTrie: a dictionary of token sequences (folded words) for gazetteer
// lookups, answering "which entries start at token i, and how long are they"
// in one walk. Built once, then read-only and safe to share across threads.
#ifndef VIGIL_EXTRACT_GAZETTEER_H_
#define VIGIL_EXTRACT_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "common/word_hash.h"

namespace vigil {

class TokenTrie {
 public:
  struct Match {
    uint32_t length = 0;  // tokens matched
    uint32_t value = 0;   // as inserted
  };

  TokenTrie();

  // Adds `folded` (one string per token, as EntityToken::folded) with `value`.
  // Several values may share a key. Empty keys are ignored.
  void Insert(const std::vector<std::string>& folded, uint32_t value);

  // Every entry that the folded words `words[i..limit)` start with, shortest
  // first. Hyphens after the first word are skipped. Each word must carry its
  // HashWord() hash.
  void MatchesAt(const std::vector<HashedWord>& words, size_t i, size_t limit,
                 std::vector<Match>* out) const;

  // Values stored under exactly `folded`; empty when none.
  const std::vector<uint32_t>& Find(const std::vector<std::string>& folded) const;

  size_t node_count() const { return nodes_.size(); }

 private:
  struct Node {
    WordMap<uint32_t> next;
    std::vector<uint32_t> values;
  };
  // Whether some key may start with `word`: one bit per first word, indexed
  // by its hash, turns most words away before the root's table is searched.
  bool MayStart(const HashedWord& word) const {
    const size_t bit = word.hash & (kRootBits - 1);
    return (root_bits_[bit / 64] >> (bit % 64) & 1) != 0;
  }
  static constexpr size_t kRootBits = size_t{1} << 17;

  std::vector<Node> nodes_;
  std::vector<uint64_t> root_bits_;  // kRootBits bits: MayStart
};

}  // namespace vigil

#endif  // VIGIL_EXTRACT_GAZETTEER_H_
