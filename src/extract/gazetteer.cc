#include "extract/gazetteer.h"

namespace vigil {

TokenTrie::TokenTrie() : root_bits_(kRootBits / 64) { nodes_.emplace_back(); }

void TokenTrie::Insert(const std::vector<std::string>& folded, uint32_t value) {
  if (folded.empty()) return;
  uint32_t node = 0;
  for (const std::string& w : folded) {
    if (w == "-") continue;
    if (node == 0) {
      const size_t bit = HashWord(w).hash & (kRootBits - 1);
      root_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    auto it = nodes_[node].next.find(w);
    if (it == nodes_[node].next.end()) {
      const uint32_t child = static_cast<uint32_t>(nodes_.size());
      nodes_[node].next.emplace(w, child);
      nodes_.emplace_back();
      node = child;
    } else {
      node = it->second;
    }
  }
  for (uint32_t v : nodes_[node].values) {
    if (v == value) return;
  }
  nodes_[node].values.push_back(value);
}

void TokenTrie::MatchesAt(const std::vector<HashedWord>& words, size_t i, size_t limit,
                          std::vector<Match>* out) const {
  out->clear();
  uint32_t node = 0;
  for (size_t k = i; k < limit; ++k) {
    // Hyphens are not part of keys: "Abu-Omar" matches "Abu Omar".
    if (words[k].text == "-" && k > i) continue;
    if (node == 0 && !MayStart(words[k])) return;
    const auto it = nodes_[node].next.find(words[k]);
    if (it == nodes_[node].next.end()) return;
    node = it->second;
    for (uint32_t v : nodes_[node].values) {
      out->push_back({static_cast<uint32_t>(k - i + 1), v});
    }
  }
}

const std::vector<uint32_t>& TokenTrie::Find(
    const std::vector<std::string>& folded) const {
  static const std::vector<uint32_t> kNone;
  uint32_t node = 0;
  for (const std::string& w : folded) {
    if (w == "-") continue;
    const auto it = nodes_[node].next.find(w);
    if (it == nodes_[node].next.end()) return kNone;
    node = it->second;
  }
  return nodes_[node].values;
}

}  // namespace vigil
