#include "extract/quotes.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace vigil {
namespace {

Document Doc(const std::string& text) {
  Document doc;
  doc.text = text;
  return doc;
}

std::string SpeakerOf(const Quote& q) { return q.speaker.value_or("<null>"); }

struct Case {
  const char* name;
  const char* text;
  const char* quote_starts;  // the first reported quote starts with this
  const char* speaker;       // "<null>" for none
};

class SpeakerPatterns : public testing::TestWithParam<Case> {};

TEST_P(SpeakerPatterns, FindsQuoteAndSpeakerWithoutEntities) {
  const Case& c = GetParam();
  Document doc = Doc(c.text);
  std::vector<Quote> quotes = ExtractQuotes(doc, {});
  ASSERT_FALSE(quotes.empty()) << c.text;
  EXPECT_EQ(quotes[0].text.rfind(c.quote_starts, 0), 0u) << quotes[0].text;
  EXPECT_EQ(SpeakerOf(quotes[0]), c.speaker) << c.text;
  for (const Quote& q : quotes) {
    EXPECT_EQ(doc.text.substr(q.span.begin, q.span.size()), q.text);
  }
}

const Case kCases[] = {
    {"NameSaid", "“The bridge is closed to all traffic,” Nadia Kerimova said on Monday.",
     "The bridge", "Nadia Kerimova"},
    {"RoleThenNameInApposition",
     "\"The roads stay closed,\" said the spokesman of the council, Ilse Varga, on "
     "Monday.",
     "The roads", "Ilse Varga"},
    {"GuillemetsAfterAccordingToNoDeterminer",
     "According to the claim, the fighters took \u00ab more than forty rifles \u00bb.",
     "more than", "<null>"},
    {"SaidName", "\"We have no further comment,\" said Tomas Brandt.", "We have",
     "Tomas Brandt"},
    {"ColonBefore",
     "Commander Idris Wale said: \"Our units have withdrawn from the hills.\"",
     "Our units", "Idris Wale"},
    {"TitleDropped",
     "Interior Minister Lena Okafor warned that \"any gathering will be dispersed.\"",
     "any gathering", "Lena Okafor"},
    {"AccordingTo",
     "According to Rafael Osei, the raid \"was planned for weeks by the cell.\"",
     "was planned", "Rafael Osei"},
    {"TellsOutlet", "“Nobody was hurt in the blast,” Amir Haddad told the local radio.",
     "Nobody was", "Amir Haddad"},
    {"RoleThenName",
     "\"We reject the accusation entirely,\" said the group's spokesman, Karim Bellal, "
     "in a "
     "video.",
     "We reject", "Karim Bellal"},
    {"ApposedSubject",
     "“The vote was fair,” Marta Velez, a lawyer for the commission, said on Tuesday.",
     "The vote", "Marta Velez"},
    {"PersonOfOrg", "\"It was the only option,\" Mr. Hollis of the Harbor Council said.",
     "It was", "Hollis"},
    {"DashSignature",
     "“I never felt so unsafe in my own street.” ― Dalia Moreno\nNext line.", "I never",
     "Dalia Moreno"},
    {"DashSignatureWithPeriod",
     "“We were told to wait and we waited for nothing.”― Ruben Soto.\nNext line.",
     "We were", "Ruben Soto"},
    {"IndefiniteDescription", "\"The convoy left at dawn,\" a police official said.",
     "The convoy", "a police official"},
    {"PronounResolvesToEarlierSpeaker",
     "Farid Nasser said the talks had failed. \"We will not return to the table,\" he "
     "said.",
     "We will", "Farid Nasser"},
    {"TheyIsNull", "\"We will not return,\" they said.", "We will", "<null>"},
    {"RoleLinkedToName",
     "The militia leader Omar Jalloh spoke at a rally. \"Our fight goes on without "
     "pause,\" "
     "the leader said.",
     "Our fight", "Omar Jalloh"},
    {"NoCueNoSpeaker", "The crowd chanted \"no more war in our valley\" for an hour.",
     "no more", "<null>"},
    {"Transcript", "\"HOST: Is the border open today?\n\"MINISTER: It is closed.\"",
     "HOST: Is", "HOST"},
    // A description ends where its relative clause starts.
    {"RelativeClauseCut",
     "“The roof just folded,” said a man who was selling bread near the gate.",
     "The roof", "a man"},
    // "a slogan" is the object of a reduced relative clause; "observers" said.
    {"SingularDeterminerPluralHead",
     "He repeated that “the river remembers,” a slogan observers said was borrowed.",
     "the river", "observers"},
    // A bare determiner is no speaker; the role resolves to the named one.
    {"RoleAfterAdverbResolves",
     "The spokesman, Tariq Amin, spoke first. The spokesman only said that the group "
     "was \"ready for a long war\" and left.",
     "ready for", "Tariq Amin"},
    // The place in a prepositional phrase is no speaker.
    {"PlaceInPrepositionalPhrase",
     "“Water is running out,” a nurse at the clinic in Dorvana told visitors.",
     "Water is", "a nurse at the clinic in Dorvana"},
    {"RelativeClauseBeforeVerb",
     "A teacher who lives near the Brennor valley said the bridge was \"gone in "
     "minutes\".",
     "gone in", "A teacher"},
    {"PassiveHasNoSpeaker",
     "Officials said the toll had been confirmed by \"four different hospitals\" on "
     "Friday.",
     "four different", "Officials"},
    {"NationalityModifiesNoun",
     "Veloran prosecutors said they had found \"no link at this point\" to any group.",
     "no link", "Veloran prosecutors"},
    {"ParticipleTakesTheMainSubject",
     "Mara Voss refused to comment on the report, saying, \"We do not discuss "
     "sources.\"",
     "We do", "Mara Voss"},
};

INSTANTIATE_TEST_SUITE_P(All, SpeakerPatterns, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) {
                           return info.param.name;
                         });

// Checks that `text` gives `n` quotes, all by `speaker`, the last one
// reading `last_text` (when given); returns them.
std::vector<Quote> ExpectAllBy(const std::string& text, size_t n,
                               const std::string& speaker,
                               const std::string& last_text = "") {
  std::vector<Quote> q = ExtractQuotes(Doc(text), {});
  EXPECT_EQ(q.size(), n) << text;
  for (const Quote& quote : q) EXPECT_EQ(SpeakerOf(quote), speaker) << quote.text;
  if (!q.empty() && !last_text.empty()) EXPECT_EQ(q.back().text, last_text);
  return q;
}

TEST(Quotes, ContinuingQuoteTakesThePreviousSpeaker) {
  auto q = ExpectAllBy(
      "“The water is gone,” said Ines Duarte. “The wells dried up in May.”\n"
      "“Nobody came to help us.”\nThe ministry did not reply.",
      3, "Ines Duarte", "Nobody came to help us.");
  if (q.size() == 3) EXPECT_EQ(q[2].cue.size(), 0u);
}

TEST(Quotes, SplitQuoteGivesTwoQuotesOneSpeaker) {
  ExpectAllBy("“We tried,” Jonas Lind said, “but the road was mined.”", 2, "Jonas Lind",
              "but the road was mined.");
}

TEST(Quotes, MultiParagraphQuoteSharesTheSpeakerNamedAtTheEnd) {
  ExpectAllBy(
      "“The first thing we saw was smoke over the market.\n"
      "“Then the sirens started and people ran,” said Leila Haddad.",
      2, "Leila Haddad");
}

TEST(Quotes, QuoteAfterANamedSpeakersSentence) {
  ExpectAllBy(
      "The envoy, Sami Dar, said the talks had stalled. “There is nothing on the table.”",
      1, "Sami Dar");
}

TEST(Quotes, SameParagraphQuoteOutranksTheSentenceBetween) {
  // "called" has a subject too, but the quote before names the speaker.
  ExpectAllBy(
      "“No,” said Ana Ruiz after the man she had called left the room. “We are done "
      "here.”",
      2, "Ana Ruiz");
}

TEST(Quotes, BrokenQuoteIsStillReported) {
  ExpectAllBy(
      "The spokesman Yusuf Adeyemi said: “We will answer at a time we choose\n"
      "Officials declined to comment.",
      1, "Yusuf Adeyemi", "We will answer at a time we choose");
}

TEST(Quotes, ScareQuotesAndTitlesAreDropped) {
  Document doc = Doc(
      "The group revived its \"caliphate\" talk and its 'global push' after the campaign "
      "called “Strike Where You Stand” ended.");
  EXPECT_TRUE(ExtractQuotes(doc, {}).empty());
}

TEST(Quotes, TitleWithCommaInsideIsDroppedButContractionsSpeak) {
  EXPECT_TRUE(
      ExtractQuotes(Doc("She spoke on \"Meet the Press,\" a weekly show."), {}).empty());
  std::vector<Quote> q =
      ExtractQuotes(Doc("The crowd shouted back, \"We're Here.\""), {});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We're Here.");
}

TEST(Quotes, ShortQuoteWithDirectCueIsKept) {
  Document doc = Doc("“Never,” said Omar Sayed.");
  std::vector<Quote> q = ExtractQuotes(doc, {});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Never,");
  EXPECT_EQ(doc.text.substr(q[0].cue.begin, q[0].cue.size()), "said");
}

// Hand-made entities, as the entity extractor would give them.
Entity Person(const std::string& name, const Document& doc,
              const std::vector<std::string>& surfaces) {
  Entity e;
  e.name = name;
  e.type = EntityType::kPerson;
  for (const std::string& s : surfaces) {
    for (size_t at = doc.text.find(s); at != std::string::npos;
         at = doc.text.find(s, at + 1)) {
      e.mentions.push_back(
          {{static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())}, s});
    }
  }
  return e;
}

TEST(Quotes, SpeakerIsTheEntitysCanonicalName) {
  Document doc =
      Doc("Abu Salim al-Tikriti released a recording. “Strike them in their cities,” "
          "Tikriti said.");
  std::vector<Entity> entities = {
      Person("Abu Salim al-Tikriti", doc, {"Abu Salim al-Tikriti", "Tikriti"})};
  std::vector<Quote> q = ExtractQuotes(doc, entities);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(SpeakerOf(q[0]), "Abu Salim al-Tikriti");
}

TEST(Quotes, PronounResolvesToTheLatestPersonEntity) {
  Document doc =
      Doc("Maria Lopez met Pavel Orlov in Vienna. Orlov spoke first. “There is no deal "
          "yet,” he "
          "said.");
  std::vector<Entity> entities = {Person("Maria Lopez", doc, {"Maria Lopez"}),
                                  Person("Pavel Orlov", doc, {"Pavel Orlov", "Orlov"})};
  std::vector<Quote> q = ExtractQuotes(doc, entities);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(SpeakerOf(q[0]), "Pavel Orlov");
}

TEST(Quotes, EntityThatDoesNotHoldTheCueNameIsNotTrusted) {
  Document doc = Doc("“The files are public,” said Ronald T. Marsh.");
  // A faulty extractor cut the name short and named it oddly.
  Entity bad = Person("Someone Else", doc, {"Ronald T."});
  std::vector<Quote> q = ExtractQuotes(doc, {bad});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(SpeakerOf(q[0]), "Ronald T. Marsh");
}

Entity Named(const std::string& name, EntityType type, const Document& doc,
             const std::vector<std::string>& surfaces) {
  Entity e = Person(name, doc, surfaces);
  e.type = type;
  return e;
}

// The speaker of the one quote of `doc`, "<several>" when it has more.
std::string OnlySpeaker(const Document& doc, const std::vector<Entity>& entities) {
  std::vector<Quote> q = ExtractQuotes(doc, entities);
  return q.size() == 1 ? SpeakerOf(q[0]) : "<several>";
}

TEST(Quotes, PlaceNeverSpeaksForADescription) {
  // The extractor also typed the town as an organisation: still a place.
  Document doc =
      Doc("KELMORA - A van hit a crowd in Kelmora. On Monday, the group said the "
          "driver was \"one of our soldiers\" and gave no proof.");
  std::vector<Entity> entities = {Named("Kelmora", EntityType::kOrg, doc, {"KELMORA"}),
                                  Named("Kelmora", EntityType::kLoc, doc, {"Kelmora"})};
  EXPECT_EQ(OnlySpeaker(doc, entities), "the group");
}

TEST(Quotes, DescriptionThatNamesItsOrganisationIsThatOrganisation) {
  Document doc =
      Doc("The Free Ridge Front grew last year. On Sunday, the Front's Sabil news agency "
          "said the attacker was \"a son of the Front\" and nothing more.");
  std::vector<Entity> entities = {
      Named("Free Ridge Front", EntityType::kOrg, doc, {"Free Ridge Front"}),
      Named("Sabil News Agency", EntityType::kOrg, doc, {"Sabil"})};
  // The entity, under the name this article writes for it.
  EXPECT_EQ(OnlySpeaker(doc, entities), "Sabil");
}

TEST(Quotes, EmptyDocument) { EXPECT_TRUE(ExtractQuotes(Doc(""), {}).empty()); }

}  // namespace
}  // namespace vigil

namespace vigil {
namespace {

// Texts stitched from quote marks, apostrophes, names, verbs and breaks:
// every reported span must lie inside the text and match the quote's words.
TEST(Quotes, MarkSoupKeepsSpansValid) {
  const char* pieces[] = {"\"",  "“",   "”",    "‘",         "’",    "'",   "''",
                          "``",  "’’",  " ",    "\n",        ",",    ".",   ":",
                          "(",   ")",   "said", "Ali Noor",  "he",   "the", "spokesman",
                          "al-", "s’ ", "—",    "according", " to ", "Mr.", "added"};
  uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(state % 40);
    for (int k = 0; k < n; ++k) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
    }
    Document doc;
    doc.text = text;
    for (const Quote& q : ExtractQuotes(doc, {})) {
      ASSERT_LE(q.span.end, text.size()) << text;
      ASSERT_LE(q.span.begin, q.span.end) << text;
      ASSERT_EQ(text.substr(q.span.begin, q.span.size()), q.text) << text;
      ASSERT_LE(q.cue.end, text.size()) << text;
    }
  }
}

}  // namespace
}  // namespace vigil
