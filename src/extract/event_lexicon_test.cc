#include "extract/event_lexicon.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
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
  // The same answers from the words' filter slots.
  std::vector<uint32_t> slots;
  for (std::string_view w : words) slots.push_back(WordFilter::Slot(w));
  EXPECT_EQ(t.MatchSlotted(words, slots, 1, &value), 3u);
  EXPECT_EQ(*value, "bombing attack");
  EXPECT_EQ(t.MatchSlotted(words, slots, 4), 1u);
  EXPECT_EQ(t.MatchSlotted(words, slots, 0), 0u);
  EXPECT_EQ(t.MatchSlotted(words, slots, 9), 0u);
  EXPECT_TRUE(t.Contains("car"));
  EXPECT_FALSE(t.Contains("bomb"));  // only inside a phrase
  EXPECT_FALSE(t.Contains(""));
}

// A word of 1 to `max_size` bytes drawn from `bytes`.
std::string RandomWord(std::mt19937& rng, size_t max_size, std::string_view bytes) {
  std::string w(1 + rng() % max_size, 'a');
  for (char& c : w) c = bytes[rng() % bytes.size()];
  return w;
}

// The first-word filter may let a stranger through but must never turn a
// listed word away: a table of random words against a plain set.
TEST(PhraseTableTest, FilterNeverHidesAListedWord) {
  std::mt19937 rng(3);
  auto random_word = [&] { return RandomWord(rng, 9, "aeinorst\xC3\xA9"); };
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
    const std::vector<uint32_t> slots = {WordFilter::Slot(w)};
    EXPECT_EQ(t.Contains(w), listed.count(w) > 0) << w;
    EXPECT_EQ(t.Match(words, 0), listed.count(w) ? 1u : 0u) << w;
    EXPECT_EQ(t.MatchSlotted(words, slots, 0), listed.count(w) ? 1u : 0u) << w;
  }
  for (const std::string& w : listed) {
    EXPECT_TRUE(t.Contains(w)) << w;
    const std::vector<std::string_view> words = {w};
    EXPECT_EQ(t.MatchSlotted(words, {WordFilter::Slot(w)}, 0), 1u) << w;
  }
  // An empty word has no slot any table holds.
  EXPECT_EQ(t.MatchSlotted({""}, {WordFilter::Slot("")}, 0), 0u);
}

TEST(EventLexiconTest, TriggerWordsByClass) {
  const EventLexicon& lex = EventLexicon::Default();
  EXPECT_TRUE(lex.IsTriggerWord(kTriggerDrive, "ploughed"));
  EXPECT_TRUE(lex.IsTriggerWord(kTriggerVehicle, "lorry"));
  EXPECT_TRUE(lex.IsTriggerWord(kTriggerOperation, "airstrike"));
  EXPECT_TRUE(lex.IsTriggerWord(kTriggerHedge, "plotted"));
  EXPECT_TRUE(lex.IsTriggerWord(kTriggerMilitary, "barracks"));
  // A word in two classes keeps both.
  EXPECT_TRUE(lex.IsTriggerWord(kTriggerAssault, "stormed"));
  EXPECT_TRUE(lex.IsTriggerWord(kTriggerApproach, "stormed"));
  EXPECT_FALSE(lex.IsTriggerWord(kTriggerVehicle, "stormed"));
  EXPECT_FALSE(lex.IsTriggerWord(kTriggerDrive, "walked"));
}

TEST(EventLexiconTest, UnknownTriggerClassIsAnError) {
  namespace fs = std::filesystem;
  const fs::path from = fs::path(VIGIL_SOURCE_DIR) / "data" / "lexicon";
  const fs::path dir = fs::temp_directory_path() /
                       ("vigil_event_lexicon_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(from, dir);
  ASSERT_TRUE(EventLexicon::Load(dir.string()).ok());
  std::ofstream(dir / "event_trigger_words.txt", std::ios::app) << "tank\tarmour\n";
  EXPECT_FALSE(EventLexicon::Load(dir.string()).ok());
  fs::remove_all(dir);
}

TEST(WordFilterTest, AddedWordsAlwaysPassAndMostOthersFail) {
  std::mt19937 rng(11);
  auto random_word = [&] { return RandomWord(rng, 12, "abcdefghijklmnopqrstuvwxyz-'"); };
  WordFilter empty;
  EXPECT_FALSE(empty.MayContain("word"));
  std::set<std::string> added;
  WordFilter f;
  for (int i = 0; i < 100; ++i) {
    const std::string w = random_word();
    f.Add(w);
    added.insert(w);
  }
  EXPECT_FALSE(f.MayContain(""));
  for (const std::string& w : added) EXPECT_TRUE(f.MayContain(w)) << w;
  int passed = 0, strangers = 0;
  for (int i = 0; i < 10000; ++i) {
    const std::string w = random_word();
    if (added.count(w)) continue;
    ++strangers;
    passed += f.MayContain(w);
  }
  EXPECT_LT(passed, strangers / 10);  // 100 words set at most 5% of the bits
}

TEST(WordListTest, ContainsExactlyTheListedWords) {
  const WordList list = {"said", "told", "al", "y", "passers-by"};
  for (const char* w : {"said", "told", "al", "y", "passers-by"}) {
    EXPECT_TRUE(list.Contains(w)) << w;
  }
  for (const char* w : {"", "sai", "saidd", "Said", "a", "passers", "by", "tolD"}) {
    EXPECT_FALSE(list.Contains(w)) << w;
  }
}

// name_prefixes holds every leading part of every group, country and place
// alias, so a run of words that begins none is skipped safely.
TEST(EventLexiconTest, NamePrefixesHoldEveryAliasStart) {
  const EventLexicon& lex = EventLexicon::Default();
  if (lex.groups.empty()) GTEST_SKIP() << "no lexicon";
  for (const auto* names : {&lex.groups, &lex.countries, &lex.places}) {
    for (const LexName& n : *names) {
      for (const std::string& alias : n.aliases) {
        const std::string folded = EventFold(alias);
        for (size_t k = 1; k <= folded.size(); ++k) {
          EXPECT_TRUE(lex.name_prefixes.contains(std::string_view(folded).substr(0, k)))
              << alias;
        }
      }
    }
  }
  EXPECT_FALSE(lex.name_prefixes.contains(std::string_view("qqzx")));
}

}  // namespace
}  // namespace vigil
