// Clauses: a sentence cut into its coordinated clauses, and two attacks
// reported in one sentence, each in a clause with its own trigger and
// scene, kept apart.
#include "extract/clause.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/events.h"

namespace vigil {
namespace {

// The clauses of the first sentence of `text`, as their words joined by
// spaces.
std::vector<std::string> Clauses(const std::string& text) {
  Document d;
  d.text = text;
  EventContext ctx(d, Extraction{}, EventLexicon::Default());
  std::vector<std::string> out;
  for (const TokenRange& c : CoordinatedClauses(ctx, 0)) {
    std::string words;
    for (size_t t = c.first; t < c.last; ++t) {
      words += (words.empty() ? "" : " ") + std::string(ctx.text().words[t]);
    }
    out.push_back(words);
  }
  return out;
}

TEST(CoordinatedClausesTest, CutAtSemicolonsAndCommaCoordinators) {
  EXPECT_EQ(Clauses("Rain fell in the hills, and the river rose; roads closed."),
            (std::vector<std::string>{"rain fell in the hills", "the river rose",
                                      "roads closed ."}));
  EXPECT_EQ(
      Clauses("Rain fell, while \"we waited; and waited\" in vain."),
      (std::vector<std::string>{"rain fell", "\" we waited ; and waited \" in vain ."}));
}

TEST(CoordinatedClausesTest, NoCutIsTheWholeSentence) {
  EXPECT_EQ(Clauses("Bread and salt were shared by the guests."),
            (std::vector<std::string>{"bread and salt were shared by the guests ."}));
  EXPECT_EQ(Clauses(";"), (std::vector<std::string>{";"}));
}

std::vector<Event> Attacks(const std::string& text) {
  Document d;
  d.text = text;
  d.published = "2025-06-08";
  std::vector<Event> all = ExtractEvents(d, Extraction{});
  std::erase_if(all, [](const Event& e) { return e.type != EventType::kAttack; });
  return all;
}

// "place killed" of each attack, in order.
std::vector<std::string> PlacesAndTolls(const std::vector<Event>& attacks) {
  std::vector<std::string> out;
  for (const Event& e : attacks) {
    out.push_back(e.location + " " + (e.killed ? std::to_string(e.killed->min) : "-"));
  }
  return out;
}

TEST(CoordinatedClausesTest, TwoAttacksInOneSentenceStayApart) {
  const std::vector<Event> attacks = Attacks(
      "A suicide bomber killed 15 worshippers at a mosque in Mosul on Friday, and "
      "gunmen killed four guards at a bank in Tikrit.\n");
  EXPECT_EQ(PlacesAndTolls(attacks), (std::vector<std::string>{"Mosul 15", "Tikrit 4"}));
  ASSERT_EQ(attacks.size(), 2u);
  EXPECT_EQ(attacks[0].attack_type, "suicide bombing");
  EXPECT_EQ(attacks[1].attack_type, "armed assault");
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  // Each keeps the role fillers of its own clause.
  EXPECT_TRUE(has(attacks[0].physical_targets, "mosque"));
  EXPECT_TRUE(has(attacks[0].perpetrator_individuals, "suicide bomber"));
  EXPECT_FALSE(has(attacks[0].perpetrator_individuals, "gunmen"));
  EXPECT_TRUE(has(attacks[1].perpetrator_individuals, "gunmen"));
  EXPECT_TRUE(attacks[1].physical_targets.empty());
}

TEST(CoordinatedClausesTest, SemicolonSeparatesAttacks) {
  EXPECT_EQ(
      PlacesAndTolls(Attacks("Militants set fire to a school in Kirkuk on Tuesday; "
                             "in Samarra, a roadside bomb killed two policemen.\n")),
      (std::vector<std::string>{"Kirkuk -", "Samarra 2"}));
}

TEST(CoordinatedClausesTest, AClauseWithoutItsOwnSceneOrTriggerIsTheSameAttack) {
  EXPECT_EQ(PlacesAndTolls(Attacks("A car bomb exploded in Mosul on Monday, and a second "
                                   "device went off an hour later, killing nine.\n")),
            (std::vector<std::string>{"Mosul 9"}));
  EXPECT_EQ(PlacesAndTolls(Attacks("Gunmen killed five shoppers at a market in Tikrit, "
                                   "and the attackers fled toward Baiji.\n")),
            (std::vector<std::string>{"Tikrit 5"}));
  // The third clause's "the assault" goes with the clause before it.
  EXPECT_EQ(PlacesAndTolls(Attacks("A bomb exploded at a market in Mosul on Friday, and "
                                   "gunmen attacked a checkpoint in Tikrit; the assault "
                                   "killed three soldiers.\n")),
            (std::vector<std::string>{"Mosul -", "Tikrit 3"}));
}

}  // namespace
}  // namespace vigil
