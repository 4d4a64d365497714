#include "extract/field_evidence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/events.h"

namespace vigil {
namespace {

Document Article(std::string text) {
  Document d;
  d.text = std::move(text);
  return d;
}

// The rows of `field`, in order.
std::vector<FieldEvidence> Rows(const Event& e, const std::string& field) {
  std::vector<FieldEvidence> out;
  for (const FieldEvidence& f : e.field_evidence) {
    if (f.field == field) out.push_back(f);
  }
  return out;
}

std::string Cut(const Document& d, Span s) { return d.text.substr(s.begin, s.size()); }

// The text of the one row of `field`: its matched words, or with `sentence`
// its sentence; "(N rows)" when there is not exactly one.
std::string Only(const Document& d, const Event& e, const std::string& field,
                 bool sentence = false) {
  std::vector<FieldEvidence> rows = Rows(e, field);
  if (rows.size() != 1) return "(" + std::to_string(rows.size()) + " rows)";
  return Cut(d, sentence ? rows[0].sentence : rows[0].match);
}

// The span of the `n`th sentence (0-based) of `ctx`.
Span SentenceSpan(const EventContext& ctx, size_t n) {
  return ctx.text().sentences[n].span;
}

// Runs the pass over one hand-made event citing sentences `cited` of `d`.
Event WithEvidence(const Document& d, Event e, const std::vector<size_t>& cited,
                   const FieldEvidenceOptions& options = {}) {
  const Extraction none;  // the context borrows it
  EventContext ctx(d, none, EventLexicon::Default());
  for (size_t s : cited) e.evidence.push_back(SentenceSpan(ctx, s));
  AddFieldEvidence(ctx, &e, options);
  return e;
}

TEST(FieldEvidenceTest, ExtractedAttackPointsEachFieldAtItsWords) {
  Document d = Article(
      "Police said nobody had been arrested yet.\n"
      "A truck bomb exploded near a bus depot in Peshawar, Pakistan, on Monday, "
      "killing at least 17 people and wounding 40 others.\n"
      "The Taliban claimed responsibility for the bombing.");
  d.published = "2022-03-09";
  std::vector<Event> events = ExtractEvents(d, Extraction{});
  ASSERT_FALSE(events.empty());
  const Event& a = events[0];
  ASSERT_EQ(a.type, EventType::kAttack);
  ASSERT_EQ(a.location, "Peshawar");
  ASSERT_TRUE(a.killed.has_value());

  EXPECT_EQ(Only(d, a, "killed"), "at least 17");
  EXPECT_EQ(Rows(a, "killed")[0].value, "17");
  EXPECT_EQ(Only(d, a, "killed", true).substr(0, 12), "A truck bomb");
  EXPECT_EQ(Only(d, a, "injured"), "40");
  EXPECT_EQ(Only(d, a, "location"), "Peshawar");
  EXPECT_EQ(Only(d, a, "claimed_by"), "Taliban");
  EXPECT_EQ(Only(d, a, "claimed_by", true).substr(0, 11), "The Taliban");
  EXPECT_NE(Only(d, a, "date").find("Monday"), std::string::npos);

  // Every match lies inside its sentence; no sentence is the police one.
  for (const FieldEvidence& f : a.field_evidence) {
    EXPECT_GE(f.match.begin, f.sentence.begin) << f.field;
    EXPECT_LE(f.match.end, f.sentence.end) << f.field;
    EXPECT_NE(Cut(d, f.sentence).substr(0, 6), "Police") << f.field;
  }
}

// One field of a hand-made event, its one sentence, the words expected to
// support it.
struct OneSentenceCase {
  const char* text;
  std::string Event::*member;
  const char* field;
  const char* value;
  const char* match;
};

TEST(FieldEvidenceTest, EachKindOfValueFindsItsWords) {
  const OneSentenceCase cases[] = {
      // Case and diacritics do not matter.
      {"Supporters of ABDULLAH ÖCALAN marched.", &Event::person, "person",
       "Abdullah Ocalan", "ABDULLAH ÖCALAN"},
      // Hyphens split words; a plural "s" is ignored.
      {"A 41-minute speech was posted online.", &Event::duration, "duration",
       "41 minutes", "41-minute"},
      // A country by its demonym or by one of its places.
      {"Afghan police sealed off the area.", &Event::country, "country", "Afghanistan",
       "Afghan"},
      {"The bomb went off in Kabul.", &Event::country, "country", "Afghanistan", "Kabul"},
      // Lexicon values by the words that yield them.
      {"Soldiers were ambushed on the road.", &Event::attack_type, "attack_type",
       "armed assault", "ambushed"},
      {"The group posted a voice recording overnight.", &Event::medium, "medium", "audio",
       "voice recording"},
  };
  for (const OneSentenceCase& c : cases) {
    Document d = Article(c.text);
    Event e;
    e.*(c.member) = c.value;
    e = WithEvidence(d, e, {0});
    EXPECT_EQ(Only(d, e, c.field), c.match) << c.text;
    EXPECT_EQ(Only(d, e, c.field, true), c.text);
  }
}

TEST(FieldEvidenceTest, ValueFoundNowhereGetsNoEvidence) {
  Document d = Article("Gunmen opened fire on a checkpoint near the river.");
  Event e;
  e.type = EventType::kAttack;
  e.location = "Timbuktu";
  e.perpetrator = "Boko Haram";
  e.killed = Count{9, std::nullopt};
  e = WithEvidence(d, e, {0});
  EXPECT_TRUE(e.field_evidence.empty());
}

TEST(FieldEvidenceTest, CountsWrittenInWordsAndVagueAmounts) {
  Document d = Article(
      "Twelve soldiers were killed when the convoy was ambushed.\n"
      "Dozens of villagers were wounded in the crossfire.");
  Event e;
  e.type = EventType::kAttack;
  e.killed = Count{12, std::nullopt};
  e.injured = Count{24, std::nullopt};
  e = WithEvidence(d, e, {0, 1});
  EXPECT_EQ(Only(d, e, "killed"), "Twelve");
  EXPECT_EQ(Only(d, e, "injured"), "Dozens");
  EXPECT_EQ(Only(d, e, "injured", true).substr(0, 6), "Dozens");
}

TEST(FieldEvidenceTest, ACountNeedsItsCasualtyWordOutsideTheCitedSentences) {
  // "3" in the neighbour is a number of vehicles, not of the dead.
  Document d = Article(
      "The blast shook the market district.\n"
      "Witnesses saw 3 vehicles leave.");
  Event e;
  e.type = EventType::kAttack;
  e.killed = Count{3, std::nullopt};
  e = WithEvidence(d, e, {0});
  EXPECT_TRUE(Rows(e, "killed").empty());
}

TEST(FieldEvidenceTest, NeighbourSentencesOnlyWithinTheWindow) {
  Document d = Article(
      "The group released a new audio message on Friday.\n"
      "The recording runs for 41 minutes.");
  Event e;
  e.type = EventType::kStatement;
  e.duration = "41 minutes";
  EXPECT_EQ(Only(d, WithEvidence(d, e, {0}), "duration"), "41 minutes");

  FieldEvidenceOptions cited_only;
  cited_only.neighbour_window = 0;
  EXPECT_TRUE(Rows(WithEvidence(d, e, {0}, cited_only), "duration").empty());
}

TEST(FieldEvidenceTest, CitedSentencesComeBeforeNeighbours) {
  Document d = Article(
      "Fighters attacked Gao at dawn.\n"
      "Residents of Gao fled south after the raid.");
  Event e;
  e.type = EventType::kAttack;
  e.location = "Gao";
  EXPECT_EQ(Only(d, WithEvidence(d, e, {1}), "location", true).substr(0, 9), "Residents");
}

TEST(FieldEvidenceTest, ListItemsEachGetTheirOwnRow) {
  Document d = Article("The attackers used rifles and a grenade against the guards.");
  Event e;
  e.type = EventType::kAttack;
  e.weapons = {"rifles", "grenade", "drone"};
  e = WithEvidence(d, e, {0});
  auto weapons = Rows(e, "weapons");
  ASSERT_EQ(weapons.size(), 2u);  // the drone is not in the text
  EXPECT_EQ(weapons[0].value, "rifles");
  EXPECT_EQ(Cut(d, weapons[1].match), "grenade");
}

TEST(FieldEvidenceTest, ShortAliasesNeedTheirCase) {
  // "is" the verb supports no group; the exact "IS" mention does.
  Document d = Article(
      "The town is calm again.\n"
      "IS said it carried out the raid.");
  Event e;
  e.type = EventType::kAttack;
  e.claimed_by = EventLexicon::Default()
                     .groups[EventLexicon::Default().exact_group_index.at("IS")]
                     .name;
  EXPECT_EQ(Only(d, WithEvidence(d, e, {0, 1}), "claimed_by"), "IS");
}

TEST(FieldEvidenceTest, DisputesKeepTheirOwnSentence) {
  Document d = Article(
      "A bomb went off at the station.\n"
      "The interior ministry blamed a rival militia.");
  const Extraction none;  // the context borrows it
  EventContext ctx(d, none, EventLexicon::Default());
  Event e;
  e.type = EventType::kAttack;
  e.evidence = {SentenceSpan(ctx, 0)};
  e.disputed = {
      {"The interior ministry", "blamed", "a rival militia", SentenceSpan(ctx, 1)}};
  AddFieldEvidence(ctx, &e);
  EXPECT_EQ(Only(d, e, "disputed"), "The interior ministry");
  EXPECT_EQ(Rows(e, "disputed")[0].value, "The interior ministry blamed a rival militia");
  EXPECT_EQ(Rows(e, "disputed")[0].sentence, SentenceSpan(ctx, 1));
}

TEST(FieldEvidenceTest, RunningTwiceReplacesTheRows) {
  Document d = Article("Rebels shelled Homs overnight.");
  const Extraction none;  // the context borrows it
  EventContext ctx(d, none, EventLexicon::Default());
  Event e;
  e.type = EventType::kAttack;
  e.location = "Homs";
  e.evidence = {SentenceSpan(ctx, 0)};
  AddFieldEvidence(ctx, &e);
  AddFieldEvidence(ctx, &e);
  EXPECT_EQ(Rows(e, "location").size(), 1u);
}

}  // namespace
}  // namespace vigil
