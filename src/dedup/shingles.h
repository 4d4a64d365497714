// Word shingles: the hashed k-word windows of a text, the unit of
// near-duplicate detection. Words are runs of letters and digits, folded to
// ASCII lower case (other bytes are kept as they are), so punctuation,
// quotes and spacing differences between copies do not matter.
#ifndef VIGIL_DEDUP_SHINGLES_H_
#define VIGIL_DEDUP_SHINGLES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace vigil {

// Distinct hashes of every `k`-word window of `text`, sorted. A text shorter
// than k words gives one shingle of all its words (none when it has no word).
std::vector<uint64_t> WordShingles(std::string_view text, int k = 5);

// The same hashes in text order, a repeated window repeated: the same set as
// WordShingles without the sort, for uses blind to order and repeats (a
// MinHash signature).
std::vector<uint64_t> WordShingleSequence(std::string_view text, int k = 5);

// Exact Jaccard similarity of two sorted, distinct hash sets.
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace vigil

#endif  // VIGIL_DEDUP_SHINGLES_H_
