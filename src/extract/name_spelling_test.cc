#include "extract/name_spelling.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "extract/names.h"

namespace vigil {
namespace {

// The weighted edit distance written the obvious way, with the whole table.
double ReferenceDistance(std::string_view a, std::string_view b) {
  auto indel = [](char c) { return IsNameVowel(c) || c == 'h' || c == 'w' ? 0.5 : 1.0; };
  auto pair = [](char x, char y) {
    for (std::string_view p : {"wv", "vf", "sz", "jy", "iy", "ck", "kq", "ij"}) {
      if ((x == p[0] && y == p[1]) || (x == p[1] && y == p[0])) return true;
    }
    return false;
  };
  std::vector<std::vector<double>> d(a.size() + 1, std::vector<double>(b.size() + 1));
  for (size_t j = 1; j <= b.size(); ++j) d[0][j] = d[0][j - 1] + indel(b[j - 1]);
  for (size_t i = 1; i <= a.size(); ++i) {
    d[i][0] = d[i - 1][0] + indel(a[i - 1]);
    for (size_t j = 1; j <= b.size(); ++j) {
      const char x = a[i - 1], y = b[j - 1];
      const double sub = x == y                             ? 0
                         : pair(x, y)                       ? 0.25
                         : IsNameVowel(x) && IsNameVowel(y) ? 0.5
                                                            : 1.0;
      d[i][j] = std::min(
          {d[i - 1][j - 1] + sub, d[i - 1][j] + indel(x), d[i][j - 1] + indel(y)});
      if (i > 1 && j > 1 && x != y && x == b[j - 2] && a[i - 2] == y)
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1.0);
    }
  }
  return d[a.size()][b.size()];
}

double ReferenceSimilarity(std::string_view a, std::string_view b) {
  return 1.0 - ReferenceDistance(a, b) / std::max(a.size(), b.size());
}

// Random words over letters that exercise every cost: vowels, h and w,
// romanisation pairs and plain consonants; some long enough for the heap.
std::vector<std::string> RandomWords(size_t n, unsigned seed) {
  static constexpr std::string_view kLetters = "aeiouyhwvfszjckqdmnrt";
  std::mt19937 rng(seed);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    const size_t len = 1 + rng() % (i % 10 == 0 ? 60 : 12);
    std::string w;
    for (size_t k = 0; k < len; ++k) w.push_back(kLetters[rng() % kLetters.size()]);
    out.push_back(std::move(w));
  }
  return out;
}

TEST(NameSpellingTest, SimilarityMatchesTheFullTable) {
  const std::vector<std::string> words = RandomWords(120, 11);
  for (const std::string& a : words) {
    for (const std::string& b : words) {
      ASSERT_EQ(SpellingSimilarity(a, b), ReferenceSimilarity(a, b)) << a << " / " << b;
    }
  }
}

// SpellingSimilarityAtLeast against the full table for every pair of
// `words` at each of `mins`.
void ExpectAtLeastAgrees(const std::vector<std::string>& words,
                         std::initializer_list<double> mins) {
  for (double min : mins) {
    for (const std::string& a : words) {
      for (const std::string& b : words) {
        const double exact = ReferenceSimilarity(a, b);
        double sim = -5;
        const bool above = SpellingSimilarityAtLeast(a, b, min, &sim);
        ASSERT_EQ(above, exact >= min) << a << " / " << b << " min " << min;
        if (above) ASSERT_EQ(sim, exact) << a << " / " << b;
      }
    }
  }
}

TEST(NameSpellingTest, AtLeastAgreesWithTheExactFigure) {
  ExpectAtLeastAgrees(RandomWords(120, 23), {0.5, 0.75, 0.8, 0.9});
}

// Variants of a few words, each a handful of random changes away (letters
// added, dropped, replaced or swapped, digits and UTF-8 bytes among them):
// pairs near every threshold, where a shortcut that gives up too early shows.
std::vector<std::string> NearVariants(unsigned seed) {
  static constexpr std::string_view kLetters = "aeiouyhwvfszjckqdmnrt07\xc3\xa9";
  std::mt19937 rng(seed);
  std::vector<std::string> out;
  for (std::string_view base : {"hudhayfah", "qurashi", "mohammed", "zelenskyy"}) {
    for (int v = 0; v < 30; ++v) {
      std::string w(base);
      for (unsigned k = rng() % 4; k > 0 && w.size() > 2; --k) {
        const size_t at = rng() % (w.size() - 1);
        const char letter = kLetters[rng() % kLetters.size()];
        switch (rng() % 4) {
          case 0:
            w.insert(w.begin() + at, letter);
            break;
          case 1:
            w.erase(at, 1);
            break;
          case 2:
            w[at] = letter;
            break;
          default:
            std::swap(w[at], w[at + 1]);
        }
      }
      out.push_back(std::move(w));
    }
  }
  return out;
}

TEST(NameSpellingTest, AtLeastAgreesOnNearVariants) {
  ExpectAtLeastAgrees(NearVariants(7), {0.6, 0.75, 0.8, 0.85, 0.9});
}

TEST(NameSpellingTest, ThresholdExactlyReachedCounts) {
  // One vowel dropped from five letters: distance 0.5, similarity 0.9.
  double sim = 0;
  EXPECT_TRUE(SpellingSimilarityAtLeast("hasn", "hasan", 0.9, &sim));
  EXPECT_EQ(sim, 0.9);
  EXPECT_FALSE(SpellingSimilarityAtLeast("hasn", "hasan", 0.91, &sim));
}

TEST(NameSpellingTest, SwappedNeighboursCostOne) {
  EXPECT_EQ(SpellingSimilarity("marcon", "macron"), 1.0 - 1.0 / 6);
}

TEST(NameSpellingTest, RomanisationGroups) {
  EXPECT_EQ(RomanisationForm("philip"), "filip");
  EXPECT_EQ(RomanisationForm("maksimov"), "maximov");
  EXPECT_TRUE(HasRomanisationGroup("djamel"));
  EXPECT_FALSE(HasRomanisationGroup("jamel"));
  EXPECT_TRUE(HasRomanisationGroup("bock"));    // a group at the very end
  EXPECT_FALSE(HasRomanisationGroup("kabop"));  // a group's first letter last
  EXPECT_FALSE(HasRomanisationGroup(""));
}

NamePart Part(const std::string& text) {
  NamePart p;
  p.text = text;
  p.skeleton = Skeleton(text);
  p.role = text.size() == 1 ? PartRole::kInitial : PartRole::kPlain;
  return p;
}

TEST(NameSpellingTest, BoundedPartSimilarityAgreesAboveTheBound) {
  std::vector<std::string> words = RandomWords(100, 5);
  for (const char* w : {"hudayfa", "hudhayfah", "qurashi", "qurayshi", "philip", "filip",
                        "maksimov", "maximov", "h", "m", "djamel", "jamel"}) {
    words.push_back(w);
  }
  for (double min : {0.75, 0.8, 0.9}) {
    for (const std::string& a : words) {
      for (const std::string& b : words) {
        const double exact = PartSimilarity(Part(a), Part(b));
        const double bounded = BoundedPartSimilarity(Part(a), Part(b), min);
        if (exact >= min) {
          ASSERT_EQ(bounded, exact) << a << " / " << b << " min " << min;
        } else {
          ASSERT_LT(bounded, min) << a << " / " << b << " min " << min;
        }
      }
    }
  }
}

}  // namespace
}  // namespace vigil
