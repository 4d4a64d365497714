// Word-keyed hash tables that are looked up without allocating: a
// transparent hash and equality for std::unordered_map<std::string, V>
// (C++20 heterogeneous lookup) that accept a std::string, a std::string_view,
// or a HashedWord whose hash was computed once for many lookups.
#ifndef VIGIL_COMMON_WORD_HASH_H_
#define VIGIL_COMMON_WORD_HASH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace vigil {

// A word with its std::hash<std::string_view>; borrows the text.
struct HashedWord {
  std::string_view text;
  size_t hash = 0;
};

inline HashedWord HashWord(std::string_view text) {
  return {text, std::hash<std::string_view>()(text)};
}

struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  size_t operator()(const HashedWord& w) const { return w.hash; }
};

struct WordEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
  bool operator()(const HashedWord& a, std::string_view b) const { return a.text == b; }
  bool operator()(std::string_view a, const HashedWord& b) const { return a == b.text; }
};

// Maps and sets keyed by words; find() takes any of the three key forms.
template <typename V>
using WordMap = std::unordered_map<std::string, V, WordHash, WordEq>;
using WordSet = std::unordered_set<std::string, WordHash, WordEq>;

}  // namespace vigil

#endif  // VIGIL_COMMON_WORD_HASH_H_
