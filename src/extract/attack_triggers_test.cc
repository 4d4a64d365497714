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

TEST(AttackTriggersTest, AttackersStormingAPlaceIsAnAttack) {
  Event a = OnlyAttack(
      "Gunmen stormed a guesthouse in the northern Kenyan border town of Mandera "
      "on Thursday night.");
  EXPECT_EQ(a.attack_type + " | " + a.location + " | " + a.country + " | " + a.date,
            "armed assault | Mandera | Kenya | 2024-11-14");
  EXPECT_TRUE(Attacks("Gunmen could have stormed the guesthouse in Mandera.").empty());
}

// "K killed, I injured" with "-" for a missing figure.
std::string Figures(const Event& e) {
  auto count = [](const std::optional<Count>& c) {
    return c ? std::to_string(c->min) : std::string("-");
  };
  return count(e.killed) + " killed, " + count(e.injured) + " injured";
}

TEST(AttackTriggersTest, FiguresOfTheNextSentenceAndNotTheAttackers) {
  // The killed attackers are not the victims; the officials' figures in the
  // sentence after the report are the attack's.
  const char* kText =
      "The attack on the guesthouse in Mandera began with a car bomb.\n"
      "The governor said eleven people had been killed and 19 wounded.\n"
      "All three attackers were killed, he said.";
  EXPECT_EQ(Figures(OnlyAttack(kText)), "11 killed, 19 injured");
}

TEST(AttackTriggersTest, DefiniteMentionInTheAttacksCountryIsTheSameAttack) {
  auto found = Attacks(
      "Gunmen stormed a guesthouse in the Kenyan town of Mandera, killing six people.\n"
      "Police chased the men for hours.\n"
      "The bus drivers went on strike.\n"
      "Schools stayed shut.\n"
      "Shops stayed shut.\n"
      "Churches in Kenya condemned the attack.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].location, "Mandera");
}

TEST(AttackTriggersTest, OriginsListedAfterFromAreNoPlace) {
  Event a = OnlyAttack(
      "Gunmen kidnapped engineers from China and India in western Niger on Friday, "
      "killing two guards.");
  EXPECT_EQ(a.country, "Niger");
}

TEST(AttackTriggersTest, MilitantBlowingHimselfUpAsTroopsCloseInIsNoAttack) {
  EXPECT_TRUE(Attacks("Officials in Syria said the emir detonated a vest as troops "
                      "approached his house.")
                  .empty());
  // With victims it is an attack on the troops.
  EXPECT_EQ(Attacks("A bomber in Syria detonated a vest as troops approached the gate, "
                    "killing four soldiers and two civilians.")
                .size(),
            1u);
}

TEST(AttackTriggersTest, CountryBeforeAnOfficialIsNoPlace) {
  EXPECT_TRUE(ActorPlace("A U.S. official said the house was hit.", "U.S."));
  EXPECT_FALSE(ActorPlace("The bomb hit a bus in Kenya on Monday.", "Kenya"));
}

TEST(AttackTriggersTest, EntityNamedAfterACountryGivesTheCountry) {
  // The recogniser gives "eastern Chad" as a mention of the country Chad.
  Document d;
  d.text = "A bomb exploded at a market in eastern Chad, killing nine people.";
  d.published = kSunday;
  const std::string surface = "eastern Chad";
  auto begin = static_cast<uint32_t>(d.text.find(surface));
  Entity chad;
  chad.name = "Chad";
  chad.type = EntityType::kLoc;
  chad.mentions.push_back(
      {{begin, begin + static_cast<uint32_t>(surface.size())}, surface});
  Extraction found;
  found.entities.push_back(chad);
  std::vector<Event> all = ExtractEvents(d, found);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].location + " | " + all[0].country, "Chad | Chad");
}

TEST(AttackTriggersTest, DefiniteAttackKeepsThePlaceAfterItsTarget) {
  EXPECT_EQ(OnlyAttack("Al-Shabaab praised the bombing of a busy market in Baidoa "
                       "last month.")
                .location,
            "Baidoa");
}

}  // namespace
}  // namespace vigil
