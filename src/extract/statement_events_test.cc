#include "extract/statement_events.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/event_context.h"
#include "extract/events.h"

namespace vigil {
namespace {

std::vector<Event> OfType(const std::string& text, EventType type) {
  Document d;
  d.text = text;
  d.published = "2025-06-02";
  std::vector<Event> out;
  for (Event& e : ExtractEvents(d, Extraction{})) {
    if (e.type == type) out.push_back(std::move(e));
  }
  return out;
}

// Speaker of the text's only statement; "(n statements)" when not one.
std::string OnlySpeaker(const std::string& text) {
  auto found = OfType(text, EventType::kStatement);
  if (found.size() != 1) return "(" + std::to_string(found.size()) + " statements)";
  EXPECT_TRUE(found[0].targets.empty()) << text;
  return found[0].speaker;
}

TEST(StatementEventsTest, SpeakerIsNotTheGroupHeLeads) {
  // "Harbour Patriots" may be read as a person; after "leader of" it is the
  // group, and the speaker is the man named first.
  EXPECT_EQ(OnlySpeaker("Mr Tomas Kerrigan, leader of Harbour Patriots, called for "
                        "a strike on the ferry company."),
            "Tomas Kerrigan");
}

TEST(StatementEventsTest, NamedPersonsOrderIsAStatement) {
  EXPECT_EQ(OnlySpeaker("Interior Minister Helena Voss said she had instructed all "
                        "regional police chiefs to guard railway stations in Hamburg."),
            "Helena Voss");
}

TEST(StatementEventsTest, OrderWithoutToOrWithoutANameIsNone) {
  EXPECT_TRUE(OfType("Judge Helena Voss ordered the release of the driver.",
                     EventType::kStatement)
                  .empty());
  EXPECT_TRUE(OfType("The ministry instructed police chiefs to guard stations.",
                     EventType::kStatement)
                  .empty());
}

TEST(StatementEventsTest, SpokesmansClaimIsAStatementAndTheAttackStays) {
  std::string text =
      "A car bomb killed 11 people at a checkpoint in Kandahar, Afghanistan, on "
      "Sunday.\n"
      "Zabir Hamidi, a spokesman for the Taliban, claimed responsibility for the "
      "bombing.\n";
  auto statements = OfType(text, EventType::kStatement);
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0].speaker, "Zabir Hamidi");
  auto attacks = OfType(text, EventType::kAttack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].claimed_by, "Taliban");
  EXPECT_EQ(attacks[0].evidence.size(), 2u);  // the claim still reports it
}

TEST(StatementEventsTest, ClaimByARoleWordAloneIsNoStatement) {
  EXPECT_TRUE(OfType("The group's spokesman claimed responsibility for the bombing in "
                     "Kandahar.",
                     EventType::kStatement)
                  .empty());
}

TEST(StatementEventsTest, RoleNounResolvesToThePersonNamedInThatRole) {
  auto found = OfType(
      "In a recording of nearly 9 minutes, the spokesman of the movement, Abu Harith "
      "al-Tunisi, praised the fighters.\n"
      "The spokesman called for attacks in France and urged supporters to take revenge "
      "for the prisoners.",
      EventType::kStatement);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Abu Harith al-Tunisi");
  EXPECT_EQ(found[0].medium, "audio");
  ASSERT_TRUE(found[0].duration_minutes.has_value());
  EXPECT_EQ(*found[0].duration_minutes, 9);
  EXPECT_EQ(found[0].targets, std::vector<std::string>{"France"});
}

TEST(StatementEventsTest, OfPhraseWithoutCommaNamesNoOne) {
  // "of the movement said" is no apposition: the name after it is the
  // subject of another clause, not the spokesman.
  Document d;
  d.text = "The spokesman of the movement said Omar Haddad was arrested.";
  Extraction none;
  EventContext ctx(d, none, EventLexicon::Default());
  EXPECT_EQ(PersonForRole(ctx, "spokesman", ctx.text().tokens.size()), -1);
  d.text = "The spokesman of the movement, Omar Haddad, was arrested.";
  EventContext named(d, none, EventLexicon::Default());
  int p = PersonForRole(named, "spokesman", named.text().tokens.size());
  ASSERT_GE(p, 0);
  EXPECT_EQ(named.names()[p].canonical, "Omar Haddad");
}

TEST(StatementEventsTest, RoleFollowedByACopulaNamesThePerson) {
  Document d;
  d.text = "The group said the new leader is Omar Haddad.";
  Extraction none;
  EventContext ctx(d, none, EventLexicon::Default());
  int p = PersonForRole(ctx, "leader", ctx.text().tokens.size());
  ASSERT_GE(p, 0);
  EXPECT_EQ(ctx.names()[p].canonical, "Omar Haddad");
}

TEST(StatementEventsTest, RoleIntroducingTheNameResolvesToIt) {
  Document d;
  d.text =
      "The film shows a spokesman of the Harbour Brigade, who uses the name "
      "Abu Harith al-Tunisi, reading a letter.";
  Extraction none;
  EventContext ctx(d, none, EventLexicon::Default());
  int p = PersonForRole(ctx, "spokesman", ctx.text().tokens.size());
  ASSERT_GE(p, 0);
  EXPECT_EQ(ctx.names()[p].canonical, "Abu Harith al-Tunisi");
  d.text = "A spokesman who was wounded in the raid and Abu Harith al-Tunisi fled.";
  EventContext wounded(d, none, EventLexicon::Default());
  EXPECT_EQ(PersonForRole(wounded, "spokesman", wounded.text().tokens.size()), -1);
}

TEST(StatementEventsTest, HeAfterAQuotationIsItsSpeaker) {
  Document d;
  d.text =
      "\"Strike them in their markets,\" Abu Harith al-Tunisi says in the film.\n"
      "He urges supporters to attack churches in Lyon.";
  d.published = "2025-06-02";
  Quote q;
  q.text = "Strike them in their markets,";
  q.span = {1, static_cast<uint32_t>(1 + q.text.size())};
  q.speaker = "Abu Harith al-Tunisi";
  Extraction found;
  found.quotes.push_back(q);
  std::vector<Event> all = ExtractEvents(d, found);
  auto call = std::find_if(all.begin(), all.end(), [](const Event& e) {
    return e.type == EventType::kStatement;
  });
  ASSERT_NE(call, all.end());
  EXPECT_EQ(call->speaker, "Abu Harith al-Tunisi");
  EXPECT_EQ(call->targets, std::vector<std::string>{"Lyon"});
}

TEST(StatementEventsTest, PlacesOfTheGrievanceAreNoTargets) {
  auto found = OfType(
      "The Islamic State released a video calling on its supporters to attack Norway "
      "and Iceland, in retaliation for the arrests of its members at rallies in Finland.",
      EventType::kStatement);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].targets, (std::vector<std::string>{"Norway", "Iceland"}));
}

TEST(StatementEventsTest, StateOfficialDoesNotSpeakForTheGroup) {
  // JNIM is the article's group, but not the commissioner's.
  const std::string text =
      "JNIM fighters attacked a convoy near Gao on Monday.\n"
      "A regional commissioner, Tomas Reyes, called on the government to send more "
      "troops to Gao.";
  for (const Event& e : OfType(text, EventType::kStatement))
    EXPECT_EQ(e.speaker + " | " + e.organization, "Tomas Reyes | ");
  EXPECT_EQ(OfType(text, EventType::kStatement).size(), 1u);
}

}  // namespace
}  // namespace vigil

namespace vigil {
namespace {

TEST(StatementEventsTest, CallForSplitByItsMedium) {
  auto found = OfType(
      "The Islamic State's spokesman, Abu Omar al-Tunisi, called in a 20-minute video "
      "for attacks on police officers in France.",
      EventType::kStatement);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Abu Omar al-Tunisi");
  EXPECT_EQ(found[0].medium, "video");
  EXPECT_EQ(found[0].targets, std::vector<std::string>{"France"});
  // "called ... for" far apart, or across a comma, is no call.
  EXPECT_TRUE(OfType("Abu Omar al-Tunisi called in at the station, asking for water.",
                     EventType::kStatement)
                  .empty());
}

TEST(StatementEventsTest, PetrolBombsAreArsonNotExplosives) {
  auto found = OfType(
      "Islamic State spokesman Abu Omar al-Tunisi urged followers to use knives and "
      "petrol bombs against police officers.",
      EventType::kStatement);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].methods, (std::vector<std::string>{"knives", "arson"}));
}

}  // namespace
}  // namespace vigil

namespace vigil {
namespace {

TEST(StatementEventsTest, PronounAfterAnOpeningPhraseIsTheGroupsMan) {
  auto found = OfType(
      "Al-Qaeda's leader Abu Yahya al-Masri released a video on Sunday.\n"
      "In the video, he urged followers to attack Jews and embassies in Kenya.",
      EventType::kStatement);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Abu Yahya al-Masri");
  EXPECT_EQ(found[0].targets, std::vector<std::string>{"Kenya"});  // not "Jews"
  EXPECT_EQ(found[0].target_groups, std::vector<std::string>{"Jews"});
  // An analyst named before is no antecedent of "he".
  EXPECT_TRUE(OfType("Analyst John Moore said the network was weaker than before.\n"
                     "In an interview, he called for attacks on its finances to go on.",
                     EventType::kStatement)
                  .empty());
}

}  // namespace
}  // namespace vigil
