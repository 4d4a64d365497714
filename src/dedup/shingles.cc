#include "dedup/shingles.h"

#include <algorithm>
#include <array>

#include "common/hash.h"

namespace vigil {
namespace {

// For each byte: 0 when it separates words, else the byte a word keeps (ASCII
// letters folded to lower case; digits and bytes >= 0x80 as they are).
constexpr std::array<unsigned char, 256> MakeWordBytes() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) t[c] = c;
    if (c >= 'A' && c <= 'Z') t[c] = c + 32;
  }
  return t;
}
constexpr std::array<unsigned char, 256> kWordBytes = MakeWordBytes();

// True when a General Punctuation character (U+2000..U+207F: curly quotes,
// dashes, ellipses) starts at p[i]: it splits words, and its 3 bytes are
// skipped (a cut-off one at the end of the text too).
bool PunctuationAt(const unsigned char* p, size_t n, size_t i) {
  return p[i] == 0xE2 && i + 1 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81);
}

// Hashes of the words of `text`, in order.
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  out.reserve(text.size() / 4 + 1);  // words and their separators average > 4 bytes
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (PunctuationAt(p, n, i)) {
      i += 3;
      continue;
    }
    if (kWordBytes[p[i]] == 0) {
      ++i;
      continue;
    }
    // Hash64 (seed 0) of the folded word, built as its bytes are read
    // (shingles_test.cc checks it).
    uint64_t h = kFnvOffsetBasis;
    do {
      h = (h ^ kWordBytes[p[i]]) * kFnvPrime;
      ++i;
    } while (i < n && kWordBytes[p[i]] != 0 && !PunctuationAt(p, n, i));
    out.push_back(Mix64(h));
  }
  return out;
}

}  // namespace

std::vector<uint64_t> WordShingleSequence(std::string_view text, int k) {
  const std::vector<uint64_t> words = WordHashes(text);
  std::vector<uint64_t> out;
  if (words.empty()) return out;
  const size_t window = std::min<size_t>(std::max(1, k), words.size());
  out.reserve(words.size() - window + 1);
  for (size_t i = 0; i + window <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t j = 0; j < window; ++j)
      h = (h ^ words[i + j]) * 0x9E3779B97F4A7C15ULL + j;
    out.push_back(h);
  }
  return out;
}

std::vector<uint64_t> WordShingles(std::string_view text, int k) {
  std::vector<uint64_t> out = WordShingleSequence(text, k);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++both;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

}  // namespace vigil
