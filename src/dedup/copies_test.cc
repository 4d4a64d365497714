#include "dedup/copies.h"

#include <gtest/gtest.h>

#include "dedup/shingles.h"

namespace vigil {
namespace {

const char* kWire =
    "Gunmen attacked a police post on the northern highway before dawn on Tuesday, "
    "killing at least six officers and wounding nine others, the provincial governor "
    "said. No group has claimed the attack, but officials blamed a local affiliate of "
    "the Islamic State that has carried out similar raids in recent months. Residents "
    "said the fighting lasted nearly two hours before reinforcements arrived.";

TEST(CopyDetectorTest, SyndicatedCopyWithNewHeadlineIsFound) {
  CopyDetector d;
  EXPECT_FALSE(d.Add(1, kWire).has_value());
  const std::string copy = std::string("Six police killed in highway raid\n") + kWire +
                           "\nShare this article. Follow us for more news.";
  auto m = d.Add(2, copy);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->id, 1);
  EXPECT_GT(m->similarity, 0.6);
}

TEST(CopyDetectorTest, DifferentStoryOnTheSameTopicIsNotACopy) {
  CopyDetector d;
  d.Add(1, kWire);
  auto m =
      d.Add(2,
            "A car bomb exploded near a market in the eastern city on Friday, killing "
            "twelve people according to hospital sources. The group later claimed the "
            "attack in a statement on its news agency, saying it targeted soldiers.");
  EXPECT_FALSE(m.has_value());
}

TEST(CopyDetectorTest, PicksTheMostSimilarEarlierArticle) {
  CopyDetector d;
  d.Add(1, std::string(kWire) +
               " Schools were closed. Markets stayed shut. Roads were blocked "
               "by the army for most of the day while troops searched homes.");
  d.Add(2, kWire);
  auto m = d.Add(3, kWire);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->id, 2);
  EXPECT_DOUBLE_EQ(m->similarity, 1.0);
}

TEST(CopyDetectorTest, PrecomputedSignatureFindsTheSameCopy) {
  CopyDetector d;
  d.Add(1, kWire);
  const Signature sig = MinHasher(d.options().minhash).Sign(WordShingles(kWire, 5));
  auto m = d.Add(2, sig);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->id, 1);
  EXPECT_DOUBLE_EQ(m->similarity, 1.0);
}

TEST(CopyDetectorTest, ForgetsTheOlderHalfBeyondItsBudget) {
  CopyOptions options;
  options.max_documents = 4;
  CopyDetector d(options);
  d.Add(1, kWire);
  for (int i = 2; i <= 3; ++i) {
    d.Add(i,
          "Filler article number " + std::to_string(i) +
              " about a different event entirely, in another province, on another day.");
  }
  EXPECT_TRUE(d.Add(4, kWire).has_value());  // 1 is still remembered (previous half)
  for (int i = 5; i <= 6; ++i) {
    d.Add(i, "Another filler story " + std::to_string(i) +
                 " on local elections, markets and the weather in the south.");
  }
  auto late = d.Add(9, kWire);
  ASSERT_TRUE(late.has_value());
  EXPECT_EQ(late->id, 4);  // 1 and the first fillers were forgotten; 4 is remembered
}

}  // namespace
}  // namespace vigil
