#include "extract/event_lexicon.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

namespace vigil {
namespace {

TEST(PhraseTableTest, LongestPhraseWinsWithItsValue) {
  PhraseTable t;
  t.Add("car bomb", "bombing");
  t.Add("Car", "");
  t.Add("car bomb attack", "bombing attack");
  const std::vector<std::string_view> words = {"a", "car", "bomb", "attack", "car"};
  const std::string* value = nullptr;
  EXPECT_EQ(t.Match(words, 1, &value), 3u);
  EXPECT_EQ(*value, "bombing attack");
  EXPECT_EQ(t.Match(words, 4, &value), 1u);  // the phrase would run past the end
  EXPECT_EQ(t.Match(words, 0), 0u);
  EXPECT_EQ(t.Match(words, 9), 0u);
  EXPECT_TRUE(t.Contains("car"));
  EXPECT_FALSE(t.Contains("bomb"));  // only inside a phrase
  EXPECT_FALSE(t.Contains(""));
}

// The first-word filter may let a stranger through but must never turn a
// listed word away: a table of random words against a plain set.
TEST(PhraseTableTest, FilterNeverHidesAListedWord) {
  std::mt19937 rng(3);
  auto random_word = [&] {
    std::string w(1 + rng() % 9, 'a');
    for (char& c : w) c = static_cast<char>("aeinorst\xC3\xA9"[rng() % 10]);
    return w;
  };
  PhraseTable t;
  std::set<std::string> listed;
  for (int i = 0; i < 400; ++i) {
    const std::string w = random_word();
    t.Add(w, "");
    listed.insert(w);
  }
  for (int i = 0; i < 20000; ++i) {
    const std::string w = random_word();
    const std::vector<std::string_view> words = {w};
    EXPECT_EQ(t.Contains(w), listed.count(w) > 0) << w;
    EXPECT_EQ(t.Match(words, 0), listed.count(w) ? 1u : 0u) << w;
  }
  for (const std::string& w : listed) EXPECT_TRUE(t.Contains(w)) << w;
}

}  // namespace
}  // namespace vigil
