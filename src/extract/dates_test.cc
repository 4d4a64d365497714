#include "extract/dates.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

// Values of the dates found in `text`, anchored at `anchor`.
std::vector<std::string> Dates(const std::string& text, const std::string& anchor) {
  Document d;
  d.text = text;
  EventText et = TokenizeForEvents(d, {});
  std::vector<std::string> out;
  for (const TextDate& t : FindDates(et, 0, et.tokens.size(), anchor))
    out.push_back(t.value);
  return out;
}

TEST(DatesTest, CivilDayArithmetic) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(CivilFromDays(DaysFromCivil({2024, 2, 29}) + 1), (CivilDate{2024, 3, 1}));
  EXPECT_EQ(Weekday({2026, 11, 30}), 1);  // a Monday
  EXPECT_EQ(Weekday({1969, 12, 31}), 3);  // a Wednesday, before the epoch
}

TEST(DatesTest, AbsoluteDates) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Dates("It was signed on 3 January 2024.", ""), V{"2024-01-03"});
  EXPECT_EQ(Dates("Talks ended Sept. 28, 2017 in Oslo.", ""), V{"2017-09-28"});
  EXPECT_EQ(Dates("The siege began in October 2015.", ""), V{"2015-10"});
  EXPECT_EQ(Dates("They lost the city in 2019.", ""), V{"2019"});
}

TEST(DatesTest, RelativeToTheAnchor) {
  using V = std::vector<std::string>;
  const std::string anchor = "2023-06-15";  // a Thursday
  EXPECT_EQ(Dates("The blast came on Monday.", anchor), V{"2023-06-12"});
  EXPECT_EQ(Dates("Police said yesterday that", anchor), V{"2023-06-14"});
  EXPECT_EQ(Dates("Two gunmen fled three days ago.", anchor), V{"2023-06-12"});
  EXPECT_EQ(Dates("Talks collapsed last week.", anchor), V{"2023-06-08"});
  EXPECT_EQ(Dates("He was named in February.", anchor), V{"2023-02"});
  EXPECT_EQ(Dates("He was named in September.", anchor), V{"2022-09"});
  EXPECT_EQ(Dates("the March 10 recording", anchor), V{"2023-03-10"});
  EXPECT_EQ(Dates("It grew last year.", anchor), V{"2022"});
}

TEST(DatesTest, WeekdaysResolveToTheLatestSuchDay) {
  // Anchored on Sunday 2024-11-17. The anchor's own weekday is the anchor;
  // "last" goes a week back; "next" and "this coming" lie ahead.
  const std::pair<const char*, const char*> kCases[] = {
      {"The van hit them on Saturday afternoon.", "2024-11-16"},
      {"Shots rang out on Monday night.", "2024-11-11"},
      {"Friday's raid", "2024-11-15"},
      {"On Sunday the group said", "2024-11-17"},
      {"It was bombed last Sunday.", "2024-11-10"},
      {"They met last Tuesday.", "2024-11-12"},
      {"A trial opens next Tuesday.", "2024-11-19"},
      {"Voting starts this coming Sunday.", "2024-11-24"},
  };
  for (const auto& [text, want] : kCases)
    EXPECT_EQ(Dates(text, "2024-11-17"), std::vector<std::string>{want}) << text;
}

TEST(DatesTest, NoAnchorLeavesRelativeDatesOut) {
  EXPECT_TRUE(Dates("The blast came on Monday and again in February.", "").empty());
}

TEST(DatesTest, MayTheVerbIsNoMonth) {
  EXPECT_TRUE(Dates("Officials say attacks may continue.", "2023-06-15").empty());
  EXPECT_EQ(Dates("It opened in May.", "2023-06-15"),
            std::vector<std::string>{"2023-05"});
}

TEST(DatesTest, DatelineGivesTheAnchor) {
  Document d;
  d.text = "Quito, 14 Mar 91 (Radio Centro) -- [Text] Two buses burned today.";
  EventText et = TokenizeForEvents(d, {});
  EXPECT_EQ(AnchorDate(d, et), "1991-03-14");
  d.published = "2020-05-01";
  EXPECT_EQ(AnchorDate(d, et), "2020-05-01");
}

}  // namespace
}  // namespace vigil
