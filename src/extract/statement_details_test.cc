#include "extract/statement_details.h"

#include <gtest/gtest.h>

#include "extract/events.h"

namespace vigil {
namespace {

Document Doc(const std::string& text) {
  Document d;
  d.text = text;
  d.published = "2025-03-02";
  return d;
}

std::vector<Event> Statements(const std::string& text) {
  std::vector<Event> out;
  for (Event& e : ExtractEvents(Doc(text), Extraction{})) {
    if (e.type == EventType::kStatement) out.push_back(std::move(e));
  }
  return out;
}

struct DurationCase {
  std::string text;
  std::string duration;
  std::optional<int> minutes;
};

TEST(DurationTest, PhrasesAndMinutes) {
  const DurationCase cases[] = {
      {"a 27-minute recording", "27 minutes", 27},
      {"more than half an hour", "more than half an hour", 30},
      {"nearly two hours long", "nearly two hours", 120},
      {"an hour and a half", "an hour and a half", 90},
      {"one and a half hours", "one and a half hours", 90},
      {"a 90-second clip", "90 seconds", 2},
      {"a twenty-minute-long video", "twenty minutes", 20},
      {"an hour-long sermon", "an hour", 60},
      {"about 45 minutes", "about 45 minutes", 45},
      {"20 seconds", "20 seconds", std::nullopt},
  };
  for (const DurationCase& c : cases) {
    Document d = Doc(c.text);
    EventText et = TokenizeForEvents(d, {});
    std::optional<DurationMention> found;
    for (size_t t = 0; t < et.tokens.size() && !found; ++t)
      found = ParseDurationAt(et, t);
    ASSERT_TRUE(found.has_value()) << c.text;
    EXPECT_EQ(found->text, c.duration) << c.text;
    EXPECT_EQ(found->minutes, c.minutes) << c.text;
  }
}

TEST(DurationTest, CountsWithoutTimeUnitsAreNone) {
  for (const char* text : {"two days later", "at least 12 people", "over the weekend"}) {
    Document d = Doc(text);
    EventText et = TokenizeForEvents(d, {});
    for (size_t t = 0; t < et.tokens.size(); ++t)
      EXPECT_FALSE(ParseDurationAt(et, t).has_value()) << text;
  }
}

// One statement's details as read from a text; empty fields expected empty.
struct DetailCase {
  const char* what;
  std::string text;
  std::string duration;
  std::optional<int> minutes;
  std::string occasion;
  std::string motive;
};

TEST(StatementDetailsTest, DetailsOfOneStatement) {
  const DetailCase cases[] = {
      {"duration in the call sentence",
       "In a 52-minute audio recording, the Harakat al-Nur spokesman Abu Salih "
       "al-Tarabi urged followers to attack embassies in Vienna.",
       "52 minutes", 52, "", ""},
      {"duration from another sentence about the speech",
       "Abu Salih al-Tarabi called on supporters to strike police stations.\n"
       "The speech, which ran nearly two hours long, was posted on a forum.",
       "nearly two hours", 120, "", ""},
      {"a duration away from any medium is not the message's",
       "Abu Salih al-Tarabi called on supporters to strike police stations.\n"
       "A 12-hour siege of a hotel ended on Sunday.",
       "", std::nullopt, "", ""},
      {"occasion from the lexicon after a cue",
       "Abu Salih al-Tarabi urged attacks on tourists in a video released on the "
       "Eid al-Fitr holiday.",
       "", std::nullopt, "Eid al-Fitr", ""},
      {"an anniversary is an occasion",
       "In a message marking the fifth anniversary of the fall of Raqqa, Abu Salih "
       "al-Tarabi called for attacks in Lyon.",
       "", std::nullopt, "fifth anniversary of the fall of Raqqa", ""},
      {"a holiday without a cue is no occasion",
       "Abu Salih al-Tarabi said Christmas markets were easy targets and urged "
       "attacks on them.",
       "", std::nullopt, "", ""},
      {"a holiday that names the target is no occasion",
       "Abu Salih al-Tarabi urged attacks on Christmas markets in a new video.", "",
       std::nullopt, "", ""},
      {"motive after its cue, to the clause end",
       "Abu Salih al-Tarabi urged followers to attack Vienna in revenge for the "
       "arrest of his brother, the group said.",
       "", std::nullopt, "", "the arrest of his brother"},
      {"motive stops before a date",
       "Abu Salih al-Tarabi called on supporters to avenge the killing of their "
       "commander in January.",
       "", std::nullopt, "", "the killing of their commander"},
      {"a weak cue with a grievance",
       "Abu Salih al-Tarabi threatened attacks on Oslo over the burning of holy books.",
       "", std::nullopt, "", "the burning of holy books"},
      {"a response to a question is no motive",
       "Asked about Oslo, Abu Salih al-Tarabi threatened attacks there in response to "
       "a question from a follower.",
       "", std::nullopt, "", ""},
      {"a response to a grievance is",
       "Abu Salih al-Tarabi threatened attacks on Oslo in response to the arrests of "
       "preachers.",
       "", std::nullopt, "", "the arrests of preachers"},
      {"a weak cue without a grievance",
       "Abu Salih al-Tarabi threatened attacks on Oslo over the coming months.", "",
       std::nullopt, "", ""},
  };
  for (const DetailCase& c : cases) {
    auto s = Statements(c.text);
    ASSERT_EQ(s.size(), 1u) << c.what;
    EXPECT_EQ(s[0].duration, c.duration) << c.what;
    EXPECT_EQ(s[0].duration_minutes, c.minutes) << c.what;
    EXPECT_EQ(s[0].occasion, c.occasion) << c.what;
    EXPECT_EQ(s[0].motive, c.motive) << c.what;
  }
}

// Each written form of a duration is found in a statement's sentence (the
// sentence is searched only when it holds a unit word).
TEST(StatementDetailsTest, DurationFormsInTheCallSentence) {
  const std::pair<std::string, std::pair<std::string, int>> cases[] = {
      {"a half-hour video", {"half an hour", 30}},
      {"an hour-long video", {"an hour", 60}},
      {"an audio message of one and a half hours", {"one and a half hours", 90}},
  };
  for (const auto& [medium, want] : cases) {
    auto s = Statements("In " + medium +
                        ", Abu Salih al-Tarabi urged followers to attack embassies.");
    ASSERT_EQ(s.size(), 1u) << medium;
    EXPECT_EQ(s[0].duration, want.first) << medium;
    EXPECT_EQ(s[0].duration_minutes, want.second) << medium;
  }
}

}  // namespace
}  // namespace vigil
