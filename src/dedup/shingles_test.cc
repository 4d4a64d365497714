#include "dedup/shingles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "common/hash.h"
#include "dedup/minhash.h"

namespace vigil {
namespace {

// The obvious way, kept as the reference: build each lower-cased word as a
// string and hash it with Hash64. Shingle hashes reach disk (signatures, band
// keys), so WordShingles must agree with it on every input.
std::vector<uint64_t> ReferenceShingles(std::string_view text, int k) {
  std::vector<uint64_t> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(Hash64(word));
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool general_punct = c == 0xE2 && i + 1 < text.size() &&
                               (static_cast<unsigned char>(text[i + 1]) == 0x80 ||
                                static_cast<unsigned char>(text[i + 1]) == 0x81);
    if (general_punct) {
      flush();
      i += 2;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      word.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      flush();
    }
  }
  flush();
  if (words.empty()) return {};
  // Windows of k words (all of them when there are fewer), each hashed by
  // folding its word hashes in order; a set keeps them distinct and sorted.
  const size_t width = std::min<size_t>(std::max(k, 1), words.size());
  std::set<uint64_t> windows;
  for (size_t first = 0; first + width <= words.size(); ++first) {
    uint64_t window = 0;
    for (size_t n = 0; n < width; ++n) {
      window = (window ^ words[first + n]) * 0x9E3779B97F4A7C15ULL + n;
    }
    windows.insert(window);
  }
  return std::vector<uint64_t>(windows.begin(), windows.end());
}

TEST(WordShinglesTest, MatchesReferenceOnVariedText) {
  const std::vector<std::string> texts = {
      "",
      "   \t\n ",
      "one",
      "Two Words",
      "Counting 12 apples, 7 pears and 2024 plums in BATCH 3b.",
      "\xE2\x80\x9CQuoted\xE2\x80\x9D text \xE2\x80\x94 with a dash\xE2\x80\x93"
      "and more",
      "Caf\xC3\xA9 na\xC3\xAFve \xC3\x89T\xC3\x89 r\xC3\xA9sum\xC3\xA9 in M\xC3\xBCnchen",
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and "
      "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF",
      "ends in a lone lead byte \xE2",
      "ends in half a dash \xE2\x80",
      "mixed\xE2\x80\xA6"
      "ellipsis\xE2\x81\x84slash \xE2\x82\xAC euro sign",
      "snake_case-and-kebab/slashed.dotted:colon'apostrophe",
  };
  for (const std::string& text : texts) {
    for (int k = 1; k <= 6; ++k) {
      EXPECT_EQ(WordShingles(text, k), ReferenceShingles(text, k)) << text << " k=" << k;
    }
  }
}

// Random byte strings, valid UTF-8 or not, drawn mostly from the bytes the
// tokenizer treats specially.
TEST(WordShinglesTest, MatchesReferenceOnRandomBytes) {
  const std::string alphabet = "aZ09 \t\n.,'\"-_\xE2\x80\x81\x82\x9C\xC3\xA9\xFF";
  std::mt19937 rng(11);
  for (int t = 0; t < 2000; ++t) {
    std::string text(rng() % 40, ' ');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    const int k = 1 + static_cast<int>(rng() % 5);
    ASSERT_EQ(WordShingles(text, k), ReferenceShingles(text, k)) << t;
  }
}

// Values computed by the string-building implementation before it was
// rewritten: they must never change (they reach the store).
TEST(WordShinglesTest, ValuesAreStable) {
  const std::vector<uint64_t> s = WordShingles(
      "The Envoy said: \xE2\x80\x9CTalks resume on 3 May in Gen\xC3\xA8ve.\xE2\x80\x9D",
      3);
  ASSERT_EQ(s.size(), 8u);
  uint64_t folded = 0;
  for (uint64_t h : s) folded = Mix64(folded ^ h);
  EXPECT_EQ(folded, 0xb07d8e0a6bfbba8eULL);
}

// The sequence is every window in text order, repeats kept: sorted and made
// distinct it is WordShingles, and it signs to the same MinHash signature.
TEST(WordShingleSequenceTest, SameSetInTextOrder) {
  const std::vector<uint64_t> seq = WordShingleSequence("Go on, go on, go on now", 2);
  ASSERT_EQ(seq.size(), 6u);  // go on | on go | go on | on go | go on | on now
  EXPECT_EQ(seq[0], seq[2]);
  EXPECT_EQ(seq[0], seq[4]);
  EXPECT_EQ(seq[1], seq[3]);
  EXPECT_NE(seq[0], seq[1]);
  EXPECT_NE(seq[4], seq[5]);
  std::mt19937 rng(5);
  const std::string alphabet = "abc ABC 12 .,\xE2\x80\x94";
  for (int t = 0; t < 500; ++t) {
    std::string text(rng() % 80, ' ');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    std::vector<uint64_t> sorted = WordShingleSequence(text);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const std::vector<uint64_t> set = WordShingles(text);
    ASSERT_EQ(sorted, set) << text;
    const MinHasher hasher;
    ASSERT_EQ(hasher.Sign(WordShingleSequence(text)), hasher.Sign(set)) << text;
  }
}

}  // namespace
}  // namespace vigil
