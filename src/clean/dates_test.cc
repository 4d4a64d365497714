#include "clean/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace vigil {
namespace {

struct Case {
  const char* input;
  const char* want;
};

TEST(FindDateInTest, Table) {
  const Case cases[] = {
      {"April 19, 2022", "2022-04-19"},
      {"Published: Apr. 19, 2022 10:45 GMT", "2022-04-19"},
      {"Tuesday, 19 April 2022", "2022-04-19"},
      {"19th April, 2022", "2022-04-19"},
      {"Sept 3rd 2019", "2019-09-03"},
      {"sEpTeMbEr 3 2019", "2019-09-03"},
      {"2022-04-19T10:00:00Z", "2022-04-19"},
      {"posted 2021/7/4 by staff", "2021-07-04"},
      {"2021.12.31", "2021-12-31"},
      {"on\xC2\xA0"
       "5\xC2\xA0"
       "May\xC2\xA0"
       "2020",
       "2020-05-05"},
      // The leftmost date wins.
      {"Updated 3 May 2021, first published 2020-01-02", "2021-05-03"},
      // Not dates.
      {"", ""},
      {"April 2022", ""},
      {"Marching 5, 2020", ""},
      {"May 40 people died in 2020", ""},
      {"12022-04-19", ""},
      {"2022-13-01", ""},
      {"April 19, 1850", ""},
      {"April 19, 20222", ""},
      {"19 Aprils 2022", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FindDateIn(c.input), c.want) << c.input;
  }
}

TEST(FindDateSpanTest, ReportsWhereTheDateIs) {
  std::string s = "Posted on March 7, 2024 at noon";
  DateSpan span = FindDateSpan(s);
  EXPECT_EQ(span.date, "2024-03-07");
  EXPECT_EQ(s.substr(span.begin, span.end - span.begin), "March 7, 2024");
  EXPECT_TRUE(FindDateSpan("no date here").date.empty());
}

TEST(NormalizeDateTest, PartialDates) {
  EXPECT_EQ(NormalizeDate("2022-04"), "2022-04");
  EXPECT_EQ(NormalizeDate("  2019"), "2019");
  EXPECT_EQ(NormalizeDate("2019abc"), "");
  EXPECT_EQ(NormalizeDate("1776"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate("Friday, March 1, 2024"), "2024-03-01");
}

TEST(FindDateInTest, LongInputIsLinear) {
  // A megabyte of digits and month-like words with no date must not hang.
  std::string s;
  while (s.size() < (1u << 20)) s += "2022-04- Apr 19, 202 ";
  EXPECT_EQ(FindDateIn(s), "");
}

}  // namespace
}  // namespace vigil
