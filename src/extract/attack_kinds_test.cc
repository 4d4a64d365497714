// Attacks on soldiers and with vehicles: fighting between armed forces is
// not reported as an attack, but an attack on soldiers that a group carried
// out or claimed is; a car bomb's car is a weapon, not a target.
#include <gtest/gtest.h>

#include <memory>

#include "extract/test_extractor.h"

namespace vigil {
namespace {

std::vector<Event> Attacks(const std::string& text) {
  return testing::AttacksIn(text, "2024-06-10");
}

TEST(AttackKindsTest, ClaimedAttackOnSoldiersIsKept) {
  auto attacks = Attacks(
      "Gunmen killed 14 soldiers at an army post near Djibo on Saturday. JNIM "
      "claimed responsibility for the attack in a statement on Sunday.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].location, "Djibo");
  EXPECT_EQ(attacks[0].claimed_by, "JNIM");
  ASSERT_TRUE(attacks[0].killed.has_value());
  EXPECT_EQ(attacks[0].killed->min, 14);
}

TEST(AttackKindsTest, ClashWithoutAGroupIsNoAttack) {
  EXPECT_TRUE(
      Attacks("Two soldiers and three rebels were killed in a clash near Djibo on "
              "Saturday, the army said.")
          .empty());
}

// The vehicle of a car bomb is its weapon, not its target.
TEST(AttackKindsTest, SuicideCarBombingIsOneKindWithTheVehicleAsWeapon) {
  auto attacks = Attacks(
      "A suicide car bombing at a police station in Mogadishu killed seven officers "
      "on Tuesday.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].attack_type, "suicide bombing");
  EXPECT_EQ(attacks[0].physical_targets, (std::vector<std::string>{"police station"}));
  attacks = Attacks(
      "Gunmen fired on a car carrying three officials in Kabul, killing all "
      "three.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].physical_targets, (std::vector<std::string>{"car"}));
}

// A claimant the knowledge base does not know is read from the text.
TEST(AttackKindsTest, UnknownGroupAfterClaimedByIsTheClaimant) {
  auto attacks = Attacks(
      "A bomb killed six people at a bus station in Quetta on Monday. The bombing was "
      "claimed by Lashkar-e-Noor Balochistan, a group unknown until now, while "
      "al-Qaeda denied any role.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].claimed_by, "Lashkar-e-Noor Balochistan");
  EXPECT_EQ(attacks[0].perpetrator, "Lashkar-e-Noor Balochistan");
  attacks = Attacks(
      "A bomb killed six people at a bus station in Quetta on Monday. The "
      "bombing was claimed by al-Qaeda.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].claimed_by, "al-Qaeda");
}

TEST(AttackKindsTest, BeheadingsAndExecutionsCountTheDead) {
  auto attacks =
      Attacks("Insurgents beheaded five farmers in a village near Maiduguri on Sunday.");
  ASSERT_EQ(attacks.size(), 1u);
  ASSERT_TRUE(attacks[0].killed.has_value());
  EXPECT_EQ(attacks[0].killed->min, 5);
  attacks = Attacks("Gunmen executed seven traders near Maiduguri on Monday.");
  ASSERT_EQ(attacks.size(), 1u);
  ASSERT_TRUE(attacks[0].killed.has_value());
  EXPECT_EQ(attacks[0].killed->min, 7);
}

// A branch named after a place ("the Islamic State's Mozambique province")
// is the claimant, not a second scene.
TEST(AttackKindsTest, BranchNamedAfterAPlaceIsNoScene) {
  auto attacks = Attacks(
      "Insurgents beheaded six farmers in a village near Pemba on Sunday. The Islamic "
      "State's Mozambique province claimed the killings, saying its fighters had killed "
      "seven people.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].claimed_by, "Islamic State");
  // A country's province is a place.
  attacks = Attacks(
      "Gunmen killed six policemen at a checkpoint in Pakistan's Khyber Pakhtunkhwa "
      "province on Thursday.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].location, "Khyber Pakhtunkhwa");
}

// A roundup's total is not the toll of the attack it then singles out, and
// "no group claimed" claims nothing.
TEST(AttackKindsTest, RoundupTotalStaysWithTheSeries) {
  auto attacks = Attacks(
      "A series of bombings across Iraq killed at least 25 people on Monday.\n"
      "In the deadliest attack, a car bomb exploded at a market in Kirkuk, killing 11 "
      "people.\nNo group immediately claimed the attacks, which bore the hallmarks of "
      "the Islamic State.");
  const Event* kirkuk = nullptr;
  for (const Event& e : attacks) {
    if (e.location == "Kirkuk") kirkuk = &e;
    EXPECT_TRUE(e.claimed_by.empty()) << e.location;
  }
  ASSERT_NE(kirkuk, nullptr);
  ASSERT_TRUE(kirkuk->killed.has_value());
  EXPECT_EQ(kirkuk->killed->min, 11);
}

// A claim in a sentence of its own, right after the report, names the
// claimant; a branch named by its place is the known branch.
TEST(AttackKindsTest, ClaimInTheNextSentenceNamesTheBranch) {
  auto attacks = Attacks(
      "Gunmen attacked a police station in Peshawar on Friday, killing four officers.\n"
      "The Islamic State's Khorasan branch claimed responsibility on Saturday.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].claimed_by, "Islamic State Khorasan Province");
}

// The group a claimant is affiliated with did not claim; a news agency's
// name is no place.
TEST(AttackKindsTest, AffiliateClaimsAndItsAgencyIsNoPlace) {
  auto attacks = Attacks(
      "Gunmen killed nine farmers near Djibo on Saturday.\n"
      "JNIM, affiliated with al-Qaeda, claimed the attack through its news agency "
      "Az-Zallaqa, saying its fighters killed 12 people.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].claimed_by, "JNIM");
  EXPECT_EQ(attacks[0].location, "Djibo");
}

}  // namespace
}  // namespace vigil
