#include "dedup/minhash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "common/hash.h"
#include "dedup/shingles.h"

namespace vigil {
namespace {

// A text of `n` words drawn from a small vocabulary.
std::string RandomText(std::mt19937& rng, int n) {
  static const char* kWords[] = {"attack", "group", "said", "police", "the",    "in",
                                 "city",   "on",    "a",    "killed", "claim",  "video",
                                 "leader", "new",   "army", "north",  "market", "two"};
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += kWords[rng() % (sizeof kWords / sizeof *kWords)];
    s += ' ';
  }
  return s;
}

// Replaces a share `p` of the words of `text` with a fresh token.
std::string Mutate(std::mt19937& rng, const std::string& text, double p) {
  std::string out, word;
  std::uniform_real_distribution<double> u(0, 1);
  int fresh = 0;
  for (char c : text + " ") {
    if (c != ' ') {
      word += c;
      continue;
    }
    if (!word.empty()) out += (u(rng) < p ? "x" + std::to_string(fresh++) : word) + " ";
    word.clear();
  }
  return out;
}

TEST(ShinglesTest, IgnoresCasePunctuationAndQuotes) {
  EXPECT_EQ(WordShingles("The group said: \xE2\x80\x9C"
                         "attack now\xE2\x80\x9D, today.",
                         3),
            WordShingles("the GROUP said attack now today", 3));
  EXPECT_NE(WordShingles("the group said attack now", 3),
            WordShingles("the group said attack later", 3));
}

TEST(ShinglesTest, ShortAndEmptyTexts) {
  EXPECT_EQ(WordShingles("two words", 5).size(), 1u);
  EXPECT_TRUE(WordShingles("  ... ", 5).empty());
}

TEST(MinHashTest, EstimateTracksExactJaccard) {
  std::mt19937 rng(42);
  MinHasher hasher;
  double worst = 0;
  for (int t = 0; t < 40; ++t) {
    const std::string a = RandomText(rng, 300);
    const std::string b = Mutate(rng, a, 0.02 * t);
    const auto sa = WordShingles(a), sb = WordShingles(b);
    const double exact = Jaccard(sa, sb);
    const double est = EstimateJaccard(hasher.Sign(sa), hasher.Sign(sb));
    worst = std::max(worst, std::fabs(exact - est));
  }
  // 128 hashes: standard error <= 0.045; 40 draws stay within about 3.5 sigma.
  EXPECT_LT(worst, 0.16);
}

TEST(MinHashTest, IdenticalSetsGiveIdenticalSignatures) {
  MinHasher hasher;
  const auto s = WordShingles("a wire story copied word for word by two outlets today");
  EXPECT_EQ(hasher.Sign(s), hasher.Sign(s));
  EXPECT_DOUBLE_EQ(EstimateJaccard(hasher.Sign(s), hasher.Sign(s)), 1.0);
}

// Values computed by the plain scalar loop before Sign was vectorised: the
// signatures and their band keys reach the store and must never change. The
// 12- and 40-hash signers check widths that are not a multiple of the vector
// width or of the block of hashes kept in registers.
TEST(MinHashTest, SignaturesAndBandKeysAreStable) {
  std::mt19937_64 rng(2024);
  std::vector<uint64_t> shingles(777);
  for (uint64_t& x : shingles) x = rng();
  struct Case {
    int num_hashes, bands;
    uint64_t signature, band_keys;
  };
  for (const Case& c : {Case{128, 32, 0x4eed8cb5c6df6e60ULL, 0x0c6178e0ae581306ULL},
                        Case{12, 3, 0xc52c79aaa48c5fd9ULL, 0xaa50b8cab6467fcfULL},
                        Case{40, 10, 0xf2815c9eb20d90daULL, 0x8072bb71424004eeULL}}) {
    MinHashOptions options;
    options.num_hashes = c.num_hashes;
    options.bands = c.bands;
    const Signature sig = MinHasher(options).Sign(shingles);
    uint64_t folded = 0;
    for (uint32_t v : sig) folded = Mix64(folded ^ v);
    EXPECT_EQ(folded, c.signature) << c.num_hashes;
    folded = 0;
    for (uint64_t key : BandKeys(sig, options)) folded = Mix64(folded ^ key);
    EXPECT_EQ(folded, c.band_keys) << c.num_hashes;
  }
}

TEST(LshIndexTest, FindsNearCopiesAndMissesUnrelatedTexts) {
  std::mt19937 rng(7);
  MinHasher hasher;
  LshIndex index;
  std::vector<std::string> originals;
  for (int i = 0; i < 50; ++i) {
    originals.push_back(RandomText(rng, 400));
    index.Add(i, hasher.Sign(WordShingles(originals.back())));
  }
  int found = 0, spurious = 0;
  for (int i = 0; i < 50; ++i) {
    const auto cands =
        index.Candidates(hasher.Sign(WordShingles(Mutate(rng, originals[i], 0.01))));
    for (int64_t c : cands) (c == i ? found : spurious)++;
  }
  EXPECT_GE(found, 48);     // 1% edits keep J near 0.9: found with probability ~1
  EXPECT_LE(spurious, 10);  // unrelated random texts share few 5-word windows
}

}  // namespace
}  // namespace vigil
