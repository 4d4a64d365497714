#include "extract/dates.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

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

// Every month word MonthOf knows (full, three letters, "Sept") and every
// weekday starts a date: the quick check before the reading turns none of
// them away.
TEST(DatesTest, EveryMonthAndWeekdayFormIsRead) {
  using V = std::vector<std::string>;
  const char* const months[] = {"January",   "February", "March",    "April",
                                "May",       "June",     "July",     "August",
                                "September", "October",  "November", "December"};
  for (int m = 0; m < 12; ++m) {
    char want[16];
    std::snprintf(want, sizeof want, "2020-%02d-05", m + 1);
    const std::string full = months[m];
    for (const std::string& form : {full, full.substr(0, 3)}) {
      const std::string text = "Talks began " + form + " 5, 2020 in the capital.";
      EXPECT_EQ(Dates(text, ""), V{want}) << text;
    }
  }
  EXPECT_EQ(Dates("Talks began Sept 5, 2020 in the capital.", ""), V{"2020-09-05"});
  EXPECT_EQ(Dates("In 2016 talks failed; since 2017, during 2018 and most of 2019 "
                  "they stalled in 2020-21.",
                  ""),
            (V{"2016", "2017", "2018", "2019"}));
  const std::string anchor = "2023-06-15";  // a Thursday
  const char* const days[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                              "Thursday", "Friday", "Saturday"};
  const char* const want[] = {"2023-06-11", "2023-06-12", "2023-06-13", "2023-06-14",
                              "2023-06-15", "2023-06-09", "2023-06-10"};
  for (int d = 0; d < 7; ++d) {
    const std::string text = std::string("Guards left on ") + days[d] + " at dawn.";
    EXPECT_EQ(Dates(text, anchor), V{want[d]}) << text;
  }
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
