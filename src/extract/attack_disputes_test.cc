#include "extract/attack_disputes.h"

#include <gtest/gtest.h>

#include "extract/events.h"

namespace vigil {
namespace {

std::vector<Event> Attacks(const std::string& text) {
  Document d;
  d.text = text;
  d.published = "2025-05-10";
  std::vector<Event> out;
  for (Event& e : ExtractEvents(d, Extraction{})) {
    if (e.type == EventType::kAttack) out.push_back(std::move(e));
  }
  return out;
}

// The disputes FindDisputes reads in the last sentence of `text`.
std::vector<Dispute> LastSentenceDisputes(const std::string& text,
                                          const DisputeOptions& options = {}) {
  Document d;
  d.text = text;
  Extraction none;
  EventContext ctx(d, none, EventLexicon::Default());
  return FindDisputes(ctx, ctx.sentence_count() - 1, options);
}

// The sentence of `text` that the dispute's evidence covers.
std::string Evidence(const std::string& text, const Dispute& d) {
  return text.substr(d.evidence.begin, d.evidence.size());
}

TEST(AttackDisputesTest, OfficialsBlameAnotherCountryThanTheClaimant) {
  const std::string text =
      "A gunman opened fire at a stadium in Karaganda, Kazakhstan, on Friday, killing "
      "nine people.\n"
      "The Tigers of the Steppe claimed responsibility for the shooting.\n"
      "Kazakh officials insisted that Uzbekistan was behind the attack.";
  auto attacks = Attacks(text);
  ASSERT_EQ(attacks.size(), 1u);
  ASSERT_EQ(attacks[0].disputed.size(), 1u);
  const Dispute& d = attacks[0].disputed[0];
  EXPECT_EQ(d.source, "Kazakh officials");
  EXPECT_EQ(d.stance, "blamed");
  EXPECT_EQ(d.party, "Uzbekistan");
  EXPECT_EQ(Evidence(text, d),
            "Kazakh officials insisted that Uzbekistan was behind the attack.");
}

TEST(AttackDisputesTest, OrganisedByAnotherPartyIsBlame) {
  auto found = LastSentenceDisputes(
      "Gunmen attacked a church in Makhachkala on Sunday, killing six people.\n"
      "Officials said the attack had been organised by foreign intelligence services.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].stance, "blamed");
  EXPECT_EQ(found[0].source, "Officials");
  EXPECT_EQ(found[0].party, "foreign intelligence services");
}

TEST(AttackDisputesTest, DenialBySubjectRightBeforeTheVerb) {
  const std::string text =
      "A car bomb exploded near a ministry in Tripoli, Libya, killing four guards.\n"
      "Officials blamed Chad for it, a charge Chad flatly denies.";
  auto attacks = Attacks(text);
  ASSERT_EQ(attacks.size(), 1u);
  const auto& d = attacks[0].disputed;
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].source, "Officials");
  EXPECT_EQ(d[0].stance, "blamed");
  EXPECT_EQ(d[0].party, "Chad");
  EXPECT_EQ(d[1].source, "Chad");
  EXPECT_EQ(d[1].stance, "denied");
}

TEST(AttackDisputesTest, ProsecutorSaysItWasNotTerrorism) {
  const std::string text =
      "A man stabbed three people at a train station in Ghent, Belgium, on Monday.\n"
      "Despite the claim by the Black Banner group, the Ghent prosecutor said the "
      "stabbing was not a terrorist act.";
  auto attacks = Attacks(text);
  ASSERT_EQ(attacks.size(), 1u);
  ASSERT_EQ(attacks[0].disputed.size(), 1u);
  EXPECT_EQ(attacks[0].disputed[0].stance, "not_terrorism");
  EXPECT_EQ(attacks[0].disputed[0].source, "the Ghent prosecutor");
}

TEST(AttackDisputesTest, BlamingTheClaimantIsAgreement) {
  auto attacks = Attacks(
      "A suicide bomber killed 14 people at a market in Mosul, Iraq, on Sunday.\n"
      "The Islamic State claimed the bombing, and Iraqi officials blamed the Islamic "
      "State for it.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_TRUE(attacks[0].disputed.empty());
}

TEST(AttackDisputesTest, FarFromAnyAttackAttachesNowhere) {
  DisputeOptions options;
  options.window = 1;
  Document d;
  d.text =
      "A gunman killed five people at a cafe in Izmir, Turkey.\n"
      "Prices rose sharply.\nThe harbour reopened.\nSchools closed early.\n"
      "The minister accused Greece of staging the unrest.";
  Extraction none;
  EventContext ctx(d, none, EventLexicon::Default());
  std::vector<Event> attacks(1);
  attacks[0].type = EventType::kAttack;
  attacks[0].evidence = {ctx.text().sentences[0].span};
  AddAttackDisputes(ctx, &attacks, options);
  EXPECT_TRUE(attacks[0].disputed.empty());
  // The sentence itself does hold an accusation.
  auto found = LastSentenceDisputes(d.text, options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "The minister");
  EXPECT_EQ(found[0].party, "Greece");
}

// attacks[0] is reported in sentence 0, attacks[1] (recalled, older) in
// sentence 1; the dispute sits in the last sentence.
std::vector<Event> DisputesWithRecalledAttack(const std::string& text,
                                              const std::vector<bool>& background) {
  Document d;
  d.text = text;
  Extraction none;
  EventContext ctx(d, none, EventLexicon::Default());
  std::vector<Event> attacks(2);
  for (size_t i = 0; i < 2; ++i) {
    attacks[i].type = EventType::kAttack;
    attacks[i].evidence = {ctx.text().sentences[i].span};
  }
  AddAttackDisputes(ctx, &attacks, {}, background);
  return attacks;
}

TEST(AttackDisputesTest, RecalledAttackTakesOnlyTheSentenceRightAfterIt) {
  const std::string later_paragraph =
      "A gunman killed five people at a cafe in Izmir.\n"
      "In 2009 a bomb hit a bus in Bursa.\n"
      "The minister blamed Ruritania for the bloodshed.";
  auto attacks = DisputesWithRecalledAttack(later_paragraph, {false, true});
  EXPECT_EQ(attacks[0].disputed.size(), 1u);
  EXPECT_TRUE(attacks[1].disputed.empty());
  // Without the flag the nearest attack, the recalled one, takes it.
  attacks = DisputesWithRecalledAttack(later_paragraph, {});
  EXPECT_TRUE(attacks[0].disputed.empty());
  EXPECT_EQ(attacks[1].disputed.size(), 1u);
  // Right after it in its own paragraph, the dispute is about it.
  attacks = DisputesWithRecalledAttack(
      "A gunman killed five people at a cafe in Izmir.\n"
      "In 2009 a bomb hit a bus in Bursa. The minister blamed Ruritania for it.",
      {false, true});
  EXPECT_TRUE(attacks[0].disputed.empty());
  EXPECT_EQ(attacks[1].disputed.size(), 1u);
}

TEST(AttackDisputesTest, SourcePhraseRunsOverOfficeNames) {
  auto found = LastSentenceDisputes(
      "An official from the Ghent prosecutor’s office told reporters the fire was "
      "not terror-related.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].source, "An official from the Ghent prosecutor’s office");
  EXPECT_EQ(found[0].stance, "not_terrorism");
}

TEST(AttackDisputesTest, PassiveDenialNamesTheAgent) {
  auto found = LastSentenceDisputes(
      "Initially the ministry blamed Ruritania, but the report was denied by the "
      "Ruritanian army.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].source, "the ministry");  // not "Initially the ministry"
  EXPECT_EQ(found[0].party, "Ruritania");
  EXPECT_EQ(found[1].stance, "denied");
  EXPECT_EQ(found[1].source, "the Ruritanian army");
}

TEST(AttackDisputesTest, AccusationOfSomethingElseIsNoDispute) {
  EXPECT_TRUE(LastSentenceDisputes(
                  "The president accused Greece of using the attack to win votes.")
                  .empty());
}

TEST(AttackDisputesTest, RelativeClauseIsNotADispute) {
  EXPECT_TRUE(
      LastSentenceDisputes("The cell, which was behind the attack, had four members.")
          .empty());
}

}  // namespace
}  // namespace vigil
