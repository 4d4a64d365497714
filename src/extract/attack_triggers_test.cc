#include "extract/attack_triggers.h"

#include <gtest/gtest.h>

#include "extract/events.h"

namespace vigil {
namespace {

constexpr char kSunday[] = "2024-11-17";

// Attacks of an invented article published on Sunday 17 November 2024.
std::vector<Event> Attacks(const std::string& text) {
  Document d;
  d.text = text;
  d.published = kSunday;
  std::vector<Event> all = ExtractEvents(d, Extraction{});
  std::erase_if(all, [](const Event& e) { return e.type != EventType::kAttack; });
  return all;
}

// The one attack of `text`; an empty event (and a failure) when not one.
Event OnlyAttack(const std::string& text) {
  std::vector<Event> found = Attacks(text);
  if (found.size() == 1) return found[0];
  ADD_FAILURE() << found.size() << " attacks in: " << text;
  return Event{};
}

TEST(AttackTriggersTest, CarDrivenIntoPeopleIsAVehicleRamming) {
  Event a = OnlyAttack(
      "A man drove a truck into worshippers leaving a mosque in Lyon on Friday "
      "evening, killing three people, prosecutors said.");
  // The Friday before the Sunday of publication.
  EXPECT_EQ(a.attack_type + " | " + a.location + " | " + a.date,
            "vehicle ramming | Lyon | 2024-11-15");
}

TEST(AttackTriggersTest, VehicleBeforeTheVerbAndCrowdWithoutFigures) {
  Event a = OnlyAttack(
      "A delivery van ploughed through a crowd at a fair in Graz on Saturday.");
  EXPECT_EQ(a.attack_type + " | " + a.date, "vehicle ramming | 2024-11-16");
}

TEST(AttackTriggersTest, UntypedAttackWordTakesTheRammingType) {
  EXPECT_EQ(OnlyAttack("In the attack in Graz, the driver rammed his car into shoppers, "
                       "wounding six.")
                .attack_type,
            "vehicle ramming");
}

TEST(AttackTriggersTest, CarIntoADitchIsNoAttack) {
  EXPECT_TRUE(Attacks("He drove his car into a ditch near Graz on Monday.").empty());
  EXPECT_TRUE(Attacks("He could have driven a truck into the crowd in Graz.").empty());
}

TEST(AttackTriggersTest, StatesRaidIsNoAttackByTheGroup) {
  auto found = Attacks(
      "Al-Shabaab said its commander was killed in an operation of the United States "
      "near Jilib in Somalia; officials said he detonated a suicide vest when the "
      "soldiers arrived.");
  EXPECT_TRUE(found.empty());
  found = Attacks(
      "The emir died in a French airstrike near Menaka in Mali, after he had fired "
      "on the soldiers and a bomb exploded, killing two.");
  EXPECT_TRUE(found.empty());
}

TEST(AttackTriggersTest, GroupsOwnOperationIsStillAnAttack) {
  auto found = Attacks(
      "Al-Shabaab called it a suicide operation of the mujahideen: a bomber blew "
      "himself up at a checkpoint in Baidoa, killing seven.");
  EXPECT_EQ(found.size(), 1u);
}

// The name mention of `surface` in `text`, read through an EventContext.
bool ActorPlace(const std::string& text, const std::string& surface) {
  Document d;
  d.text = text;
  Extraction none;
  EventContext ctx(d, none, EventLexicon::Default());
  for (const NameMention& m : ctx.names()) {
    if (m.surface == surface) return IsActorPlace(ctx, m);
  }
  ADD_FAILURE() << surface << " not found in: " << text;
  return false;
}

TEST(AttackTriggersTest, ActorCountryIsNoPlace) {
  const std::string raid = "He died in an operation of the United States in Syria.";
  EXPECT_TRUE(ActorPlace(raid, "United States"));
  EXPECT_FALSE(ActorPlace(raid, "Syria"));
  EXPECT_TRUE(ActorPlace("Nigeria's army said the camp was cleared.", "Nigeria"));
  EXPECT_TRUE(ActorPlace("The base was shelled by Turkey overnight.", "Turkey"));
  EXPECT_FALSE(ActorPlace("Kabul police said the blast hit a school.", "Kabul"));
  EXPECT_FALSE(ActorPlace("A bomb went off in Kabul.", "Kabul"));
}

TEST(AttackTriggersTest, PlacelessHeadlineJoinsTheReportThatGivesThePlace) {
  Event a = OnlyAttack(
      "Suicide bomber kills nine at a crowded bus station\n"
      "A suicide bomber blew himself up at the bus station in Peshawar on Monday, "
      "killing nine people.");
  EXPECT_EQ(a.location + " " + a.date, "Peshawar 2024-11-11");
  EXPECT_EQ(a.evidence.size(), 2u);  // the headline and the report
}

TEST(AttackTriggersTest, AlsoIntroducesAnotherAttack) {
  // The placeless convoy attack is not the market attack that has a place.
  auto found = Attacks(
      "Gunmen attacked a convoy of the regional police, wounding four guards.\n"
      "The same gunmen also attacked a market in Kismayo, killing two traders.");
  const Event* market = nullptr;
  for (const Event& e : found) {
    if (e.location == "Kismayo") market = &e;
  }
  ASSERT_NE(market, nullptr);
  EXPECT_EQ(market->evidence.size(), 1u);
  EXPECT_FALSE(market->injured.has_value());
}

TEST(AttackTriggersTest, SpecificReportNamesThePlace) {
  auto found = Attacks(
      "The group staged a string of attacks in Kenya and Somalia this month, among "
      "them a bombing of a hotel in Somalia that killed five.");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].location, "Somalia");
  EXPECT_EQ(found[0].country, "Somalia");
}

}  // namespace
}  // namespace vigil
