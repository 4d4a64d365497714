// Word-keyed hash tables that are looked up without allocating: a
// transparent hash and equality for std::unordered_map<std::string, V>
// (C++20 heterogeneous lookup) that accept a std::string, a std::string_view,
// or a HashedWord whose hash was computed once for many lookups; and
// WordFilter, which turns most words away before any table is hashed.
#ifndef VIGIL_COMMON_WORD_HASH_H_
#define VIGIL_COMMON_WORD_HASH_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
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

// One bit per word, chosen by its first two bytes, last byte and length:
// MayContain is false for every word never added and true for every word
// added (other words pass now and then). Costs a few instructions and no
// hashing of the whole word, so it sits in front of lookups that mostly
// fail. Build with Add, then only read: reads are thread-safe.
class WordFilter {
  static constexpr int kBitsLog2 = 11;

 public:
  // Slot(word) names the bit `word` reads, the same in every filter: a text
  // tested against many filters computes it once per word. Empty words have
  // kNoSlot, which no filter holds.
  static constexpr uint32_t kNoSlot = 1u << kBitsLog2;
  static uint32_t Slot(std::string_view word) {
    return word.empty() ? kNoSlot : Bit(word);
  }
  // MayContain(word) for the word whose Slot is `slot`.
  bool MayContainSlot(uint32_t slot) const {
    return slot < kNoSlot && (bits_[slot / 64] >> (slot % 64) & 1) != 0;
  }

  void Add(std::string_view word) {
    if (word.empty()) return;
    const uint32_t bit = Bit(word);
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  bool MayContain(std::string_view word) const { return MayContainSlot(Slot(word)); }

 private:
  static uint32_t Bit(std::string_view word) {
    const auto byte = [&](size_t i) -> uint32_t {
      return static_cast<unsigned char>(word[i]);
    };
    const uint32_t key = byte(0) | byte(word.size() - 1) << 8 |
                         static_cast<uint32_t>(word.size() & 0xFF) << 16 |
                         (word.size() > 1 ? byte(1) : 0u) << 24;
    return (key * 0x9E3779B1u) >> (32 - kBitsLog2);  // Fibonacci hashing
  }
  std::array<uint64_t, (1u << kBitsLog2) / 64> bits_{};
};

// A fixed list of words with a WordFilter in front: Contains() answers most
// words that are not listed without hashing them. Borrows the words (string
// literals, as a rule), which must outlive it. Immutable after construction;
// thread-safe.
class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words) : words_(words) {
    for (std::string_view w : words_) filter_.Add(w);
  }
  bool Contains(std::string_view word) const {
    return filter_.MayContain(word) && words_.count(word) > 0;
  }

 private:
  std::unordered_set<std::string_view> words_;
  WordFilter filter_;
};

// One bit per word, chosen by the low bits of its HashWord() hash: for
// lookups whose hash is at hand anyway. MayContain is true for every word
// added; kBits (a power of two) sets how rarely others pass. Build with Add,
// then only read: reads are thread-safe.
template <size_t kBits>
class HashFilter {
  static_assert(kBits >= 64 && (kBits & (kBits - 1)) == 0, "a power of two");

 public:
  void Add(const HashedWord& word) {
    bits_[Bit(word) / 64] |= uint64_t{1} << Bit(word) % 64;
  }
  bool MayContain(const HashedWord& word) const {
    return (bits_[Bit(word) / 64] >> Bit(word) % 64 & 1) != 0;
  }
  void Clear() { bits_ = {}; }

 private:
  static size_t Bit(const HashedWord& word) { return word.hash & (kBits - 1); }
  std::array<uint64_t, kBits / 64> bits_{};
};

}  // namespace vigil

#endif  // VIGIL_COMMON_WORD_HASH_H_
