#include "extract/events.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/attack_events.h"
#include "extract/event_context.h"

namespace vigil {
namespace {

Document Doc(const std::string& text, const std::string& published = "") {
  Document d;
  d.text = text;
  d.published = published;
  return d;
}

std::vector<Event> OfType(const std::vector<Event>& events, EventType type) {
  std::vector<Event> out;
  for (const Event& e : events) {
    if (e.type == type) out.push_back(e);
  }
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(EventsTest, LexiconLoads) {
  const EventLexicon& lex = EventLexicon::Default();
  EXPECT_GT(lex.attack_words.size(), 20u);
  EXPECT_GT(lex.groups.size(), 10u);
  EXPECT_TRUE(lex.exact_group_index.count("IS"));  // the group, case-sensitive
  EXPECT_FALSE(lex.group_index.count("is"));       // never the verb
}

TEST(EventsTest, AttackWithFiguresClaimAndPlace) {
  Document d =
      Doc("A car bomb exploded outside a market in Kandahar, Afghanistan, on Tuesday, "
          "killing at "
          "least 31 people and wounding more than 90.\n"
          "The Taliban claimed responsibility for the blast.",
          "2023-06-15");
  auto attacks = OfType(ExtractEvents(d, Extraction{}), EventType::kAttack);
  ASSERT_EQ(attacks.size(), 1u);
  const Event& a = attacks[0];
  EXPECT_EQ(a.location, "Kandahar");
  EXPECT_EQ(a.country, "Afghanistan");
  EXPECT_EQ(a.date, "2023-06-13");
  ASSERT_TRUE(a.killed.has_value());
  EXPECT_EQ(a.killed->min, 31);
  ASSERT_TRUE(a.injured.has_value());
  EXPECT_EQ(a.injured->min, 90);
  EXPECT_EQ(a.claimed_by, "Taliban");
  EXPECT_EQ(a.perpetrator, "Taliban");
  EXPECT_EQ(a.attack_type, "bombing");
  EXPECT_TRUE(Has(a.weapons, "car bomb"));
  EXPECT_TRUE(Has(a.physical_targets, "market"));
  EXPECT_EQ(a.evidence.size(), 2u);  // the claim sentence joined the same attack
}

TEST(EventsTest, CallsAndHypotheticalsAreNotAttacks) {
  Document d =
      Doc("The group urged followers to carry out attacks in Madrid.\n"
          "Officials warned that further attacks could follow in Berlin.");
  EXPECT_TRUE(OfType(ExtractEvents(d, Extraction{}), EventType::kAttack).empty());
}

TEST(EventsTest, SeparatePlacesAreSeparateAttacks) {
  Document d =
      Doc("Gunmen stormed a hotel in Mogadishu, killing 12 guests.\n"
          "In 2016, a suicide bombing in Nairobi killed 9 people.");
  auto attacks = OfType(ExtractEvents(d, Extraction{}), EventType::kAttack);
  ASSERT_EQ(attacks.size(), 2u);
  EXPECT_EQ(attacks[1].location, "Nairobi");
  EXPECT_EQ(attacks[1].date, "2016");
  EXPECT_EQ(attacks[1].attack_type, "suicide bombing");
}

TEST(EventsTest, StatementWithSpeakerMediumTargetsAndMethods) {
  Document d =
      Doc("In a new video, al-Shabaab spokesman Ali Dhere called on supporters to attack "
          "Kenya "
          "and to kill Christians with knives and explosives.",
          "2022-01-20");
  auto statements = OfType(ExtractEvents(d, Extraction{}), EventType::kStatement);
  ASSERT_EQ(statements.size(), 1u);
  const Event& s = statements[0];
  EXPECT_EQ(s.speaker, "Ali Dhere");
  EXPECT_EQ(s.organization, "al-Shabaab");
  EXPECT_EQ(s.medium, "video");
  EXPECT_TRUE(Has(s.targets, "Kenya"));
  EXPECT_TRUE(Has(s.target_groups, "Christians"));
  EXPECT_TRUE(Has(s.methods, "knives"));
  EXPECT_TRUE(Has(s.methods, "explosives"));
  EXPECT_EQ(s.date, "2022-01-20");
}

TEST(EventsTest, StatementUsesGivenEntities) {
  Document d = Doc("Hamid Zaki of Boko Haram urged attacks on churches.");
  Extraction found;
  Entity person;
  person.name = "Hamid al-Zaki";
  person.type = EntityType::kPerson;
  person.mentions.push_back(Mention{Span{0, 10}, "Hamid Zaki"});
  found.entities.push_back(person);
  auto statements = OfType(ExtractEvents(d, found), EventType::kStatement);
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0].speaker, "Hamid al-Zaki");  // the entity's canonical name
  EXPECT_EQ(statements[0].organization, "Boko Haram");
}

TEST(EventsTest, LeadershipChanges) {
  Document d =
      Doc("ISIS confirmed that its leader Abu Yusuf al-Tamimi was killed in March.\n"
          "The group named Abu Salim al-Harbi as its new leader.",
          "2023-06-15");
  auto changes = OfType(ExtractEvents(d, Extraction{}), EventType::kLeadership);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].person, "Abu Yusuf al-Tamimi");
  EXPECT_EQ(changes[0].change, "killed");
  EXPECT_EQ(changes[0].role, "leader");
  EXPECT_EQ(changes[0].date, "2023-03");
  EXPECT_EQ(changes[0].organization, "ISIS");
  EXPECT_EQ(changes[1].person, "Abu Salim al-Harbi");
  EXPECT_EQ(changes[1].change, "appointed");
}

// A change the sentence doubts ("whether", "might") is no event; a doubting
// word inside a quotation does not count.
TEST(EventsTest, DoubtedLeadershipChangesAreNoEvents) {
  const char* doubted[] = {
      "Officials could not say whether the group's leader Abu Yusuf al-Tamimi was "
      "killed.",
      "Its leader Abu Yusuf al-Tamimi might have been killed in March."};
  for (const char* text : doubted) {
    Document d = Doc(text, "2023-06-15");
    EXPECT_TRUE(OfType(ExtractEvents(d, Extraction{}), EventType::kLeadership).empty())
        << text;
  }
  Document d = Doc(
      "ISIS said its leader Abu Yusuf al-Tamimi was killed, \"whether they like it or "
      "not\".",
      "2023-06-15");
  EXPECT_EQ(OfType(ExtractEvents(d, Extraction{}), EventType::kLeadership).size(), 1u);
}

TEST(EventsTest, PredecessorNamedWithTheAppointmentGetsHisOwnChange) {
  Document d = Doc(
      "Al-Shabaab has named Abu Khalid al-Somali as its new spokesman, replacing Hassan "
      "Abdi Warsame, who died of his wounds in February.",
      "2024-04-02");
  auto changes = OfType(ExtractEvents(d, Extraction{}), EventType::kLeadership);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].person, "Abu Khalid al-Somali");
  EXPECT_EQ(changes[0].change, "appointed");
  EXPECT_EQ(changes[1].person, "Hassan Abdi Warsame");
  EXPECT_EQ(changes[1].change, "died");
  EXPECT_EQ(changes[1].role, "spokesman");
  EXPECT_EQ(changes[1].date, "2024-02");
  // Without a change of his own the predecessor gets none.
  d =
      Doc("Al-Shabaab has named Abu Khalid al-Somali as its new spokesman, replacing "
          "Hassan Abdi Warsame.",
          "2024-04-02");
  EXPECT_EQ(OfType(ExtractEvents(d, Extraction{}), EventType::kLeadership).size(), 1u);
}

TEST(EventsTest, SuccessorNamedInAnAudioMessageIsAChangeAndAStatement) {
  Document d =
      Doc("Al-Shabaab confirmed the death of its leader Abu Musa al-Somali and named Abu "
          "Khalid Warsame as his successor in an audio message on Tuesday.",
          "2024-04-04");
  auto all = ExtractEvents(d, Extraction{});
  auto changes = OfType(all, EventType::kLeadership);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[1].person, "Abu Khalid Warsame");
  EXPECT_EQ(changes[1].change, "appointed");
  EXPECT_EQ(changes[1].role, "leader");
  auto statements = OfType(all, EventType::kStatement);
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0].organization, "Al-Shabaab");
  EXPECT_EQ(statements[0].medium, "audio");
  EXPECT_EQ(statements[0].date, "2024-04-02");
}

TEST(EventsTest, TheReporterOfADeathIsNotTheOneWhoDied) {
  Document d =
      Doc("In a new recording, the spokesman of ISIS, Abu Dawud al-Shami, said that the "
          "former leader was killed in an air strike.",
          "2023-06-15");
  for (const Event& e : OfType(ExtractEvents(d, Extraction{}), EventType::kLeadership)) {
    EXPECT_NE(e.person, "Abu Dawud al-Shami") << e.change;
  }
}

TEST(EventsTest, RoleFillersForOldWireCopy) {
  Document d =
      Doc("Bogota, 4 Feb 90 (Radio Cadena) -- [Text] Unidentified individuals hurled two "
          "grenades "
          "at the offices of a bank in Cali, and guerrillas later dynamited a bridge.\n"
          "Judge Rafael Montoya was shot dead by the attackers.");
  auto attacks = OfType(ExtractEvents(d, Extraction{}), EventType::kAttack);
  ASSERT_FALSE(attacks.empty());
  std::vector<std::string> perps, targets, weapons, victims;
  for (const Event& a : attacks) {
    perps.insert(perps.end(), a.perpetrator_individuals.begin(),
                 a.perpetrator_individuals.end());
    targets.insert(targets.end(), a.physical_targets.begin(), a.physical_targets.end());
    weapons.insert(weapons.end(), a.weapons.begin(), a.weapons.end());
    victims.insert(victims.end(), a.victims.begin(), a.victims.end());
  }
  EXPECT_TRUE(Has(perps, "Unidentified individuals"));
  EXPECT_TRUE(Has(weapons, "grenades"));
  EXPECT_TRUE(Has(targets, "bridge"));
  EXPECT_TRUE(Has(victims, "Rafael Montoya"));
  EXPECT_EQ(attacks[0].date, "");
}

std::vector<std::string> AllVictims(const std::vector<Event>& attacks) {
  std::vector<std::string> out;
  for (const Event& a : attacks)
    out.insert(out.end(), a.victims.begin(), a.victims.end());
  return out;
}

TEST(EventsTest, VictimsFromNearbySentencesWithoutAttackWords) {
  Document d =
      Doc("Quito, 3 Mar 90 (Radio Sol) -- [Text] Rebels bombed a power station in Ambato "
          "on Monday.\n"
          "Teacher Lucia Paredes Mora, who had spoken against the rebels, was wounded at "
          "her school.\n"
          "The gunmen dragged Tomas Ibarra Vega and Elena Ruiz Soto from a bus and shot "
          "them in a field.\n"
          "The two farmers who were kidnapped were identified as Jose Luis Herrera and "
          "Maria Elena Castro.\n"
          "Mayor Hugo Salas Rivas said the town would rebuild.");
  auto victims = AllVictims(OfType(ExtractEvents(d, Extraction{}), EventType::kAttack));
  EXPECT_TRUE(Has(victims, "Lucia Paredes Mora"));
  EXPECT_TRUE(Has(victims, "Tomas Ibarra Vega"));
  EXPECT_TRUE(Has(victims, "Elena Ruiz Soto"));
  EXPECT_TRUE(Has(victims, "Jose Luis Herrera"));
  EXPECT_TRUE(Has(victims, "Maria Elena Castro"));
  EXPECT_FALSE(Has(victims, "Hugo Salas Rivas"));
}

TEST(EventsTest, HarmedNamesWithoutAnyAttackAreNotVictims) {
  Document d = Doc("Senator Ana Gil Torres was injured when her car slid off a road.");
  EXPECT_TRUE(
      AllVictims(OfType(ExtractEvents(d, Extraction{}), EventType::kAttack)).empty());
}

std::vector<Event> AttacksIn(const std::string& text) {
  return OfType(ExtractEvents(Doc(text), Extraction{}), EventType::kAttack);
}

TEST(EventsTest, TroopsKillingRebelsIsNoAttack) {
  EXPECT_TRUE(AttacksIn("Lima, 5 May 89 (Radio Andina) -- [Text] In an operation near "
                        "Tocache, army units killed three guerrillas and seized rifles.")
                  .empty());
}

TEST(EventsTest, HarmedRebelsAreNotAttackers) {
  auto attacks = AttacksIn(
      "Police wounded two rebels after guerrillas dynamited a bridge in Tocache.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_TRUE(Has(attacks[0].perpetrator_individuals, "guerrillas"));
  EXPECT_FALSE(Has(attacks[0].perpetrator_individuals, "rebels"));
}

TEST(EventsTest, TargetsInListsAndCompounds) {
  auto attacks = AttacksIn(
      "San Salvador, 9 Jan 90 -- [Text] The town hall, two bank offices and the "
      "health center of Ilobasco were dynamited by rebels on Sunday.\n"
      "The rebels also set fire to a pharmacy, a warehouse and a nearby farm house.");
  std::vector<std::string> targets;
  for (const Event& a : attacks)
    targets.insert(targets.end(), a.physical_targets.begin(), a.physical_targets.end());
  EXPECT_TRUE(Has(targets, "bank offices"));
  EXPECT_TRUE(Has(targets, "health center"));
  EXPECT_TRUE(Has(targets, "warehouse"));
  EXPECT_TRUE(Has(targets, "farm house"));
}

TEST(EventsTest, PeopleBearingWeaponsAreAttackers) {
  auto attacks = AttacksIn(
      "Medellin, 2 Apr 90 -- [Text] Three unknown civilians carrying pistols kidnapped "
      "a councilman in Medellin on Friday.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_TRUE(Has(attacks[0].perpetrator_individuals, "unknown civilians"));
}

TEST(EventsTest, VictimsAreNamesNotTitlesOrPlacesOfWork) {
  auto victims = AllVictims(
      AttacksIn("Santiago, 4 Jun 89 -- [Text] A bomb exploded in Valparaiso on Monday.\n"
                "Carlos Fuentes Lara, a clerk at the Liceo Marcos Vidal, was wounded.\n"
                "The group had tried before to kill Military Judge Pedro Soto Rojas."));
  EXPECT_TRUE(Has(victims, "Carlos Fuentes Lara"));
  EXPECT_TRUE(std::any_of(victims.begin(), victims.end(), [](const std::string& v) {
    return v.size() >= 16 && v.compare(v.size() - 16, 16, "Pedro Soto Rojas") == 0;
  }));
  EXPECT_FALSE(Has(victims, "Liceo Marcos Vidal"));
  EXPECT_FALSE(Has(victims, "Military Judge"));
}

TEST(EventsTest, DamageWithExplosivesIsAnAttackAndFuelOnlyBurns) {
  const std::string text =
      "Saboteurs caused heavy damage to a pumping station in Arauca with explosives.\n"
      "A bomb exploded in Cucuta near trucks loaded with gasoline.";
  std::vector<std::string> weapons;
  for (const Event& a : AttacksIn(text)) {
    for (const std::string& w : a.weapons) weapons.push_back(w);
  }
  EXPECT_EQ(weapons, (std::vector<std::string>{"explosives", "bomb"}));
}

TEST(EventsTest, SoughtRebelsAndAgesAreNotRoles) {
  auto attacks = AttacksIn(
      "A bomb exploded at a market in Ayacucho, injuring a 17-year-old boy, while police "
      "were out hunting for guerrillas.");
  ASSERT_FALSE(attacks.empty());
  EXPECT_TRUE(attacks[0].perpetrator_individuals.empty());
  EXPECT_FALSE(attacks[0].injured.has_value());
}

TEST(EventsTest, AnaphoraPrefersTheSameKindOfAttack) {
  auto attacks = AttacksIn(
      "Gunmen opened fire in a theatre in Lyon on Friday, killing 20 people.\n"
      "In 2019, a car bomb in Kano killed 30 people.\n"
      "Doctors said 45 people were injured in the shooting.");
  ASSERT_EQ(attacks.size(), 2u);
  EXPECT_EQ(attacks[0].location, "Lyon");
  ASSERT_TRUE(attacks[0].injured.has_value());
  EXPECT_EQ(attacks[0].injured->min, 45);
  EXPECT_FALSE(attacks[1].injured.has_value());
}

TEST(EventsTest, SpeakerAfterAClosingQuoteMark) {
  auto statements =
      OfType(ExtractEvents(Doc("\u201cYour hour has come,\u201d Al-Baluchi said, urging "
                               "followers to carry out attacks in Madrid."),
                           Extraction{}),
             EventType::kStatement);
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0].speaker, "Al-Baluchi");
  EXPECT_TRUE(Has(statements[0].targets, "Madrid"));
}

TEST(EventsTest, CasualtyFigures) {
  Document d = Doc(
      "The death toll rose to 64 on Friday. Rescuers said 5 were still missing and 113 "
      "people were injured.");
  EventContext ctx(d, Extraction{}, EventLexicon::Default());
  Casualties first = FindCasualties(ctx, 0);
  ASSERT_TRUE(first.killed.has_value());
  EXPECT_EQ(first.killed->min, 64);
  Casualties second = FindCasualties(ctx, 1);
  EXPECT_FALSE(second.killed.has_value());
  ASSERT_TRUE(second.injured.has_value());
  EXPECT_EQ(second.injured->min, 113);
}

TEST(EventsTest, EmptyAndOddInputs) {
  EXPECT_TRUE(ExtractEvents(Doc(""), Extraction{}).empty());
  EXPECT_TRUE(ExtractEvents(Doc("La"), Extraction{}).empty());
  EXPECT_TRUE(ExtractEvents(Doc("\xE2\x80\x9C\xE2\x80\x9D \xFF\xFE attack"), Extraction{})
                  .empty());
}

TEST(EventsTest, AppointmentTakesTheSentencesOnlyDate) {
  // "today" lies far from "new leader" but is the sentence's only date.
  auto all = ExtractEvents(
      Doc("Al-Shabaab today published a long statement on its radio station and "
          "announced that the new leader is Abu Salim al-Sudani.",
          "2024-03-05"),
      Extraction{});
  auto appointed = std::find_if(all.begin(), all.end(), [](const Event& e) {
    return e.type == EventType::kLeadership && e.change == "appointed";
  });
  ASSERT_NE(appointed, all.end());
  EXPECT_EQ(appointed->person + " " + appointed->date, "Abu Salim al-Sudani 2024-03-05");
}

}  // namespace
}  // namespace vigil
