#include "extract/quote_marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigil {
namespace {

// The quoted words of every passage in `text`.
std::vector<std::string> Passages(const std::string& text) {
  std::vector<QToken> tokens = TokenizeForQuotes(text);
  std::vector<std::string> out;
  for (const QuotePassage& p : PairQuoteMarks(text, tokens)) {
    out.push_back(text.substr(p.span.begin, p.span.size()));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(QuoteMarks, StraightAndCurlyDoubles) {
  EXPECT_EQ(Passages("\"We will stay,\" he said. \"Always.\""),
            (Strings{"We will stay,", "Always."}));
  EXPECT_EQ(Passages("“We will stay,” he said."), (Strings{"We will stay,"}));
}

TEST(QuoteMarks, ApostrophesAreNotMarks) {
  EXPECT_TRUE(
      Passages("The group’s chief didn't read the Qur’an; al-Zawi’s aide did.").empty());
  EXPECT_TRUE(Passages("The group's chief didn't go; the rebels' camp fell in the '90s.")
                  .empty());
}

TEST(QuoteMarks, DoubledApostrophesClose) {
  EXPECT_EQ(Passages("“They must pay for it,’’ the envoy said."),
            (Strings{"They must pay for it,"}));
  EXPECT_EQ(Passages("''No deal,'' the envoy said."), (Strings{"No deal,"}));
  EXPECT_EQ(Passages("``No deal,'' the envoy said."), (Strings{"No deal,"}));
}

TEST(QuoteMarks, SingleQuoteStyle) {
  EXPECT_EQ(Passages("‘We are not afraid,’ she told the court."),
            (Strings{"We are not afraid,"}));
  EXPECT_EQ(Passages("He called it 'a farce' on Monday."), (Strings{"a farce"}));
  // A plural possessive inside is no closing mark when a better one follows.
  EXPECT_EQ(Passages("She said ‘the farmers’ union is broken’ again."),
            (Strings{"the farmers’ union is broken"}));
}

TEST(QuoteMarks, NestedQuoteStaysInsideTheOuterPassage) {
  EXPECT_EQ(Passages("\"They shouted “go home” at us,\" he said."),
            (Strings{"They shouted “go home” at us,"}));
}

TEST(QuoteMarks, ReopenedMarkEndsAtTheLastClose) {
  // The writer opened twice and closed once.
  EXPECT_EQ(Passages("“We will fight on and “strike them everywhere,” the leader said."),
            (Strings{"We will fight on and “strike them everywhere,"}));
}

TEST(QuoteMarks, MultiParagraphQuote) {
  std::string text =
      "“First part of the speech.\n“Second part of it.\n“Last part,” he said.";
  std::vector<QToken> tokens = TokenizeForQuotes(text);
  std::vector<QuotePassage> p = PairQuoteMarks(text, tokens);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_TRUE(p[0].continues);
  EXPECT_FALSE(p[0].continued);
  EXPECT_TRUE(p[1].continued);
  EXPECT_TRUE(p[1].continues);
  EXPECT_TRUE(p[2].continued);
  EXPECT_TRUE(p[2].closed);
  EXPECT_EQ(text.substr(p[1].span.begin, p[1].span.size()), "Second part of it.");
}

TEST(QuoteMarks, BrokenQuoteEndsWithItsParagraph) {
  std::string text = "He said: “We will return to the city\nThe army denied it.";
  std::vector<QToken> tokens = TokenizeForQuotes(text);
  std::vector<QuotePassage> p = PairQuoteMarks(text, tokens);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_FALSE(p[0].closed);
  EXPECT_FALSE(p[0].continues);
  EXPECT_EQ(text.substr(p[0].span.begin, p[0].span.size()), "We will return to the city");
}

TEST(QuoteMarks, EmptyAndMarkOnlyInput) {
  EXPECT_TRUE(Passages("").empty());
  EXPECT_TRUE(Passages("\"\"").empty());
  EXPECT_TRUE(Passages("“ ” ’ ‘").empty());
}

// Word shape flags, ASCII and not: capitals count in all_caps as letters,
// digits and joiners do not.
TEST(QuoteTokens, CapitalisedAndAllCaps) {
  struct Case {
    const char* word;
    bool capitalised, all_caps;
  } cases[] = {
      {"UNHCR", true, true},      {"Unhcr", true, false},  {"unhcr", false, false},
      {"A", true, false},         {"F-16", true, false},   {"G7", true, false},
      {"ÉTAT", true, true},       {"État", true, false},   {"ÖZ-KAYA", true, true},
      {"al-QAEDA", false, false}, {"ISIS's", true, false}, {"12th", false, false},
  };
  for (const Case& c : cases) {
    const std::vector<QToken> tokens = TokenizeForQuotes(c.word);
    ASSERT_EQ(tokens.size(), 1u) << c.word;
    EXPECT_EQ(tokens[0].capitalised, c.capitalised) << c.word;
    EXPECT_EQ(tokens[0].all_caps, c.all_caps) << c.word;
  }
}

}  // namespace
}  // namespace vigil
