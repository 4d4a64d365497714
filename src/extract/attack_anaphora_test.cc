// Which attack a sentence about "the attack" goes to when the article also
// recalls an older attack: the recalled one takes only the sentences that
// name it (its place, its date, its kind, "that attack" right after it).
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/events.h"

namespace vigil {
namespace {

std::vector<Event> Attacks(const std::string& text, const std::string& published) {
  Document d;
  d.text = text;
  d.published = published;
  std::vector<Event> out;
  for (Event& e : ExtractEvents(d, Extraction{})) {
    if (e.type == EventType::kAttack) out.push_back(std::move(e));
  }
  return out;
}

bool Cites(const std::string& text, const Event& e, std::string_view words) {
  return std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Span& s) {
    return text.substr(s.begin, s.size()).find(words) != std::string::npos;
  });
}

// The attacks of `text`, with the one at place `news` and the one at place
// `recalled` picked out (null when missing).
struct TwoAttacks {
  std::vector<Event> attacks;
  const Event* news = nullptr;
  const Event* recalled = nullptr;
  bool found() const { return news != nullptr && recalled != nullptr; }
};

TwoAttacks Read(const std::string& text, const std::string& published,
                const std::string& news, const std::string& recalled) {
  TwoAttacks out;
  out.attacks = Attacks(text, published);
  for (const Event& e : out.attacks) {
    if (e.location == news) out.news = &e;
    if (e.location == recalled) out.recalled = &e;
  }
  return out;
}

// The news: a shooting in Lyon.
const std::string kLyon =
    "Gunmen opened fire at a concert hall in Lyon, France, on Friday, killing 40 "
    "people.\n";

const std::string kConcert =
    kLyon +
    "Police said the attackers escaped in a grey van.\n"
    "In 2017, a bombing at a market in Marseille killed 12 people.\n"
    "The Islamic State claimed responsibility for the attack.\n"
    "French officials blamed a local militia for the attack.\n";

TEST(AttackAnaphoraTest, ClaimAfterARecalledAttackGoesToTheNews) {
  std::string text = kConcert;
  TwoAttacks r = Read(text, "2025-05-10", "Lyon", "Marseille");
  ASSERT_TRUE(r.found());
  const Event *lyon = r.news, *marseille = r.recalled;
  EXPECT_EQ(lyon->claimed_by, "Islamic State");
  EXPECT_TRUE(marseille->claimed_by.empty());
  EXPECT_TRUE(Cites(text, *lyon, "claimed responsibility"));
  EXPECT_FALSE(Cites(text, *marseille, "claimed responsibility"));
  EXPECT_EQ(marseille->evidence.size(), 1u);
}

TEST(AttackAnaphoraTest, DisputeAfterARecalledAttackGoesToTheNews) {
  std::string text = kConcert;
  TwoAttacks r = Read(text, "2025-05-10", "Lyon", "Marseille");
  ASSERT_TRUE(r.found());
  const Event *lyon = r.news, *marseille = r.recalled;
  ASSERT_EQ(lyon->disputed.size(), 1u);
  EXPECT_EQ(lyon->disputed[0].party, "a local militia");
  EXPECT_TRUE(marseille->disputed.empty());
}

TEST(AttackAnaphoraTest, WithoutARecalledAttackTheLatestStillTakesIt) {
  // Both attacks are this week's news: "the attack" is the latest one.
  std::string text = kLyon +
                     "On Saturday, a bombing at a market in Marseille killed 12 people.\n"
                     "The Islamic State claimed responsibility for the attack.\n";
  TwoAttacks r = Read(text, "2025-05-10", "Lyon", "Marseille");
  ASSERT_TRUE(r.found());
  EXPECT_EQ(r.recalled->claimed_by, "Islamic State");
}

TEST(AttackAnaphoraTest, ThatAttackRightAfterTheRecalledOneIsIt) {
  std::string text =
      "A suicide bomber killed nine people at a bus station in Kano, Nigeria, on "
      "Monday.\n"
      "Two years ago, a bombing hit a mosque in Maiduguri. That attack was claimed by "
      "Boko Haram.\n"
      "The Monday bombing was claimed by ISWAP.\n";
  TwoAttacks r = Read(text, "2025-03-05", "Kano", "Maiduguri");
  ASSERT_TRUE(r.found());
  EXPECT_EQ(r.recalled->claimed_by, "Boko Haram");
  EXPECT_EQ(r.news->claimed_by, "ISWAP");
  EXPECT_FALSE(Cites(text, *r.news, "That attack"));
}

TEST(AttackAnaphoraTest, KindNamesTheRecalledAttack) {
  std::string text =
      kLyon +
      "In 2017, a bombing at a market in Marseille killed 12 people.\n"
      "Police spent weeks on the case.\n"
      "The bombing was later claimed by a local militia called the Ruritanian "
      "Front.\n"
      "The shooting was claimed by the Islamic State.\n";
  TwoAttacks read = Read(text, "2025-05-10", "Lyon", "Marseille");
  if (!read.found()) FAIL() << "attacks missing";
  EXPECT_TRUE(Cites(text, *read.recalled, "The bombing was later"));
  EXPECT_EQ(read.news->claimed_by, "Islamic State");
  EXPECT_TRUE(Cites(text, *read.news, "The shooting was claimed"));
}

TEST(AttackAnaphoraTest, AnotherYearWithoutAPlaceIsAnotherAttack) {
  std::string text =
      "A car bomb killed 14 people outside a bank in Mosul, Iraq, on Sunday.\n"
      "The 2014 attack on the bank was claimed by the Islamic State.\n";
  TwoAttacks r = Read(text, "2024-02-12", "Mosul", "");
  const Event* mosul = r.news;
  ASSERT_NE(mosul, nullptr);
  EXPECT_TRUE(mosul->claimed_by.empty());
  EXPECT_EQ(mosul->date.substr(0, 4), "2024");
  EXPECT_FALSE(Cites(text, *mosul, "2014"));
}

TEST(AttackAnaphoraTest, AttackDaysBeforeNewYearIsNotRecalled) {
  // December 2024 in an article of January 2025 is news, not background: the
  // claim goes to it as the attack mentioned last.
  TwoAttacks r = Read(
      "Gunmen killed 5 people at a market in Maiduguri on Friday.\n"
      "A bomb killed 7 people at a station in Kano, Nigeria, in December 2024.\n"
      "ISWAP claimed responsibility for the attack.\n",
      "2025-01-04", "Kano", "Maiduguri");
  if (!r.found()) FAIL() << "attacks missing";
  EXPECT_EQ(r.news->claimed_by, "ISWAP");
  EXPECT_TRUE(r.recalled->claimed_by.empty());
}

}  // namespace
}  // namespace vigil
