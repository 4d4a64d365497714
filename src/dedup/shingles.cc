#include "dedup/shingles.h"

#include <algorithm>
#include <string>

#include "common/hash.h"

namespace vigil {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c >= 0x80;
}

// Hashes of the words of `text`, in order.
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(Hash64(word));
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    // Multi-byte punctuation (curly quotes, dashes: U+2000..U+206F) splits words.
    if (c == 0xE2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x81) {
      flush();
      i += 2;
      continue;
    }
    if (IsWordByte(c)) {
      word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace

std::vector<uint64_t> WordShingles(std::string_view text, int k) {
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
