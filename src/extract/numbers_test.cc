#include "extract/numbers.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

Document Doc(const std::string& text) {
  Document d;
  d.text = text;
  return d;
}

// The first number found in `text`.
std::optional<NumberMention> First(const std::string& text) {
  Document d = Doc(text);
  EventText et = TokenizeForEvents(d, {});
  auto all = FindNumbers(et, 0, et.tokens.size());
  if (all.empty()) return std::nullopt;
  return all[0];
}

TEST(NumbersTest, QualifiedCounts) {
  struct Case {
    const char* text;
    long min;
    std::optional<long> max;
    const char* qualifier;
  } cases[] = {
      {"at least 57 were hurt", 57, std::nullopt, "at least"},
      {"more than 310 people", 310, std::nullopt, "more than"},
      {"dozens of shoppers", 24, std::nullopt, ""},
      {"a dozen guards", 12, std::nullopt, ""},
      {"scores of homes", 40, std::nullopt, ""},
      {"hundreds of pilgrims", 200, std::nullopt, ""},
      {"1,250 residents", 1250, std::nullopt, ""},
      {"twenty-three miners", 23, std::nullopt, ""},
      {"two hundred sailors", 200, std::nullopt, ""},
      {"between 40 and 65 passengers", 40, 65, "between"},
      {"31 to 39 victims", 31, 39, "between"},
      {"52-61 dead", 52, 61, "between"},
      {"up to 18 hostages", 18, 18, "up to"},
      {"nearly 70 students", 70, std::nullopt, "about"},
  };
  for (const Case& c : cases) {
    auto n = First(c.text);
    ASSERT_TRUE(n.has_value()) << c.text;
    EXPECT_EQ(n->count.min, c.min) << c.text;
    EXPECT_EQ(n->count.max, c.max) << c.text;
    EXPECT_EQ(n->qualifier, c.qualifier) << c.text;
  }
}

TEST(NumbersTest, YearsMoneyAndPercentagesAreNotCounts) {
  EXPECT_FALSE(First("It happened in 2017 near the port").has_value());
  EXPECT_FALSE(First("a pledge of $ 300 for repairs").has_value());
  EXPECT_FALSE(First("turnout was 45 percent").has_value());
  EXPECT_FALSE(First("on 12 March the court met").has_value());
}

TEST(NumbersTest, NumberWords) {
  EXPECT_EQ(NumberWordValue("seventeen"), 17);
  EXPECT_EQ(NumberWordValue("ninety-nine"), 99);
  EXPECT_EQ(NumberWordValue("4,000"), 4000);
  EXPECT_FALSE(NumberWordValue("many").has_value());
  EXPECT_FALSE(NumberWordValue("1.5").has_value());
}

// Every number word, alone and in a compound, is read after every
// qualifier: the quick checks before the tables turn none of them away.
TEST(NumbersTest, EveryNumberWordAfterEveryQualifier) {
  const std::vector<std::string> units = {"one", "two",   "three", "four", "five",
                                          "six", "seven", "eight", "nine"};
  const std::vector<std::string> tens = {"twenty", "thirty",  "forty",  "fifty",
                                         "sixty",  "seventy", "eighty", "ninety"};
  std::vector<std::pair<std::string, long>> words = {
      {"ten", 10},       {"eleven", 11},      {"twelve", 12},  {"thirteen", 13},
      {"fourteen", 14},  {"fifteen", 15},     {"sixteen", 16}, {"seventeen", 17},
      {"eighteen", 18},  {"nineteen", 19},    {"dozens", 24},  {"scores", 40},
      {"hundreds", 200}, {"thousands", 2000}, {"a dozen", 12}, {"606", 606}};
  for (size_t u = 0; u < units.size(); ++u) {
    words.emplace_back(units[u], static_cast<long>(u + 1));
    for (size_t t = 0; t < tens.size(); ++t) {
      const long ten = static_cast<long>(t + 2) * 10;
      if (u == 0) words.emplace_back(tens[t], ten);
      words.emplace_back(tens[t] + "-" + units[u], ten + static_cast<long>(u + 1));
    }
  }
  const std::vector<std::pair<std::string, std::string>> qualifiers = {
      {"", ""},
      {"at least ", "at least"},
      {"in excess of ", "more than"},
      {"upwards of ", "more than"},
      {"an estimated ", "about"},
      {"some ", "about"},
      {"as many as ", "up to"},
      {"fewer than ", "up to"}};
  for (const auto& [word, value] : words) {
    for (const auto& [q, name] : qualifiers) {
      const std::string text = "Witnesses said " + q + word + " guards fled";
      auto n = First(text);
      ASSERT_TRUE(n.has_value()) << text;
      EXPECT_EQ(n->count.min, value) << text;
      EXPECT_EQ(n->qualifier, name) << text;
    }
  }
}

// FindNumbers skips tokens no number can start at without parsing them: it
// must find what ParseNumberAt finds when tried at every token.
TEST(NumbersTest, FindNumbersAgreesWithParsingAtEveryToken) {
  const std::string text =
      "At least 12 died and some forty-two were hurt; about a dozen, up to 300 or "
      "between 80 and 100 fled in 2019, as many as Thirty-One hid, 7% stayed, "
      "$5 was paid, hundreds gathered and an estimated two hundred left; a hundred "
      "hid, a thousand waited and a few stayed.";
  Document d = Doc(text);
  EventText et = TokenizeForEvents(d, {});
  std::vector<std::pair<size_t, size_t>> slow;
  for (size_t i = 0; i < et.tokens.size();) {
    auto m = ParseNumberAt(et, i);
    if (!m) {
      ++i;
      continue;
    }
    slow.emplace_back(m->first, m->last);
    i = m->last;
  }
  std::vector<std::pair<size_t, size_t>> fast;
  for (const NumberMention& m : FindNumbers(et, 0, et.tokens.size()))
    fast.emplace_back(m.first, m.last);
  EXPECT_GE(slow.size(), 8u);
  EXPECT_EQ(fast, slow);
}

}  // namespace
}  // namespace vigil
