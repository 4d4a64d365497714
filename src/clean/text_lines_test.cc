#include "clean/text_lines.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace vigil {
namespace {

TEST(SplitLinesTest, OffsetsPointAtTrimmedText) {
  std::string s = "  Title here \r\n\r\n\tBody line.\xC2\xA0\nlast";
  std::vector<TextLine> lines = SplitLines(s);
  ASSERT_EQ(lines.size(), 3u);
  for (const TextLine& l : lines) {
    EXPECT_EQ(s.substr(l.begin, l.end - l.begin), l.text);
  }
  EXPECT_EQ(lines[0].text, "Title here");
  EXPECT_EQ(lines[1].text, "Body line.");
  EXPECT_EQ(lines[2].text, "last");
  EXPECT_FALSE(lines[0].blank_before);
  EXPECT_TRUE(lines[1].blank_before);
  EXPECT_FALSE(lines[2].blank_before);
}

TEST(SplitLinesTest, BlankLinesAreNotReturned) {
  EXPECT_TRUE(SplitLines("").empty());
  EXPECT_TRUE(SplitLines("\n \t\n\r\n\xC2\xA0\n").empty());
  std::vector<TextLine> lines = SplitLines(std::string(100000, '\n') + "x");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].begin, 100000u);
}

TEST(SplitLinesTest, WordsAndCapitals) {
  TextLine l = SplitLines("The Islamic State of Iraq claims 3 attacks")[0];
  EXPECT_EQ(l.words, 8u);
  // Content words: Islamic State Iraq claims attacks ("3" has no letter).
  EXPECT_EQ(l.content_words, 5u);
  EXPECT_EQ(l.capitalised, 3u);
  EXPECT_FALSE(l.terminal);
}

// Every short function word, in any case, is not a content word; words that
// only look like one (longer, shorter, with a digit or a non-ASCII letter)
// are.
TEST(SplitLinesTest, FunctionWordsInAnyCaseAreNotContentWords) {
  const std::string function_words =
      "a about after against an and are as at be before between but by during for "
      "from her his in into is it its nor of off on or out over per than that the "
      "their to under up via vs was were with A ABOUT After AGAINST The OF";
  TextLine l = SplitLines(function_words)[0];
  EXPECT_EQ(l.words, 50u);
  EXPECT_EQ(l.content_words, 0u);
  TextLine look_alikes = SplitLines(
      "ab abouts afterward Against1 ann andy ar the7 thee ofs o tha "
      "th\xC3\xA9 \xC3\xA0 durings withe")[0];
  EXPECT_EQ(look_alikes.content_words, 16u);
  EXPECT_EQ(look_alikes.capitalised, 1u);
}

TEST(SplitLinesTest, TerminalPunctuation) {
  struct Case {
    const char* line;
    bool terminal;
  };
  const Case cases[] = {
      {"He left.", true},
      {"\xE2\x80\x9CWe will win,\xE2\x80\x9D he said.", true},
      {"\xE2\x80\x9CNo retreat.\xE2\x80\x9D", true},
      {"Was it them?", true},
      {"It went on\xE2\x80\xA6", true},
      {"The minister said:", true},
      {"It was built in 1956.[3]", true},
      {"The talks ended. [passage omitted]", true},
      {"A headline with no stop", false},
      {"\xE2\x80\x9CThe war is with them\xE2\x80\x9D", false},
      {"(Photo/Agency)", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SplitLines(c.line)[0].terminal, c.terminal) << c.line;
  }
}

TEST(SplitLinesTest, BulletsAndDashes) {
  EXPECT_TRUE(SplitLines("- A point made here.")[0].bullet);
  EXPECT_TRUE(SplitLines("\xE2\x80\xA2 Another")[0].bullet);
  EXPECT_FALSE(SplitLines("-5 degrees")[0].bullet);
  EXPECT_TRUE(SplitLines("PARIS \xE2\x80\x94")[0].ends_with_dash);
  EXPECT_TRUE(SplitLines("LIMA --")[0].ends_with_dash);
  EXPECT_FALSE(SplitLines("A well-known")[0].ends_with_dash);
  EXPECT_EQ(SplitLines("  \xE2\x80\xA2  ")[0].words, 0u);
}

TEST(StripPunctuationTest, StripsAsciiAndTypographic) {
  EXPECT_EQ(StripPunctuation("\xE2\x80\x9CHello,\xE2\x80\x9D"), "Hello");
  EXPECT_EQ(StripPunctuation("(AP)"), "AP");
  EXPECT_EQ(StripPunctuation("al-Qurashi\xE2\x80\x99s"), "al-Qurashi\xE2\x80\x99s");
  EXPECT_EQ(StripPunctuation("..."), "");
}

TEST(StripPunctuationTest, WordsWithAlphanumericEnds) {
  struct Case {
    std::string token, want;
  };
  const Case cases[] = {
      {"a", "a"},
      {"7", "7"},
      {"U.S", "U.S"},
      {"x\xC2\xBBy", "x\xC2\xBBy"},
      // An ill-formed dash sequence that swallows the last byte is still cut.
      {"x\xE2\x80"
       "a",
       "x"},
      {"ab\xE2\x96"
       "Z",
       "ab"},
  };
  for (const Case& c : cases) EXPECT_EQ(StripPunctuation(c.token), c.want) << c.token;
}

TEST(ForEachWordTest, SkipsPunctuationTokensAndStopsEarly) {
  std::vector<std::string> words;
  ForEachWord("Read \xE2\x80\x94 more: now", [&](std::string_view w) {
    words.emplace_back(w);
    return words.size() < 2;
  });
  EXPECT_EQ(words, (std::vector<std::string>{"Read", "more"}));
}

TEST(JoinWrappedLinesTest, JoinsParagraphsOfAHardWrappedText) {
  std::string text;
  for (int p = 0; p < 3; ++p) {
    text += "The fighters crossed the river at night and reached the outskirts\n";
    text += "of the town before dawn, where they attacked the police station and\n";
    text += "the market.\n\n";
  }
  std::deque<std::string> storage;
  std::vector<TextLine> units = JoinWrappedLines(SplitLines(text), &storage);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0].text.substr(0, 20), "The fighters crossed");
  EXPECT_TRUE(units[0].text.ends_with("police station and the market."));
  EXPECT_TRUE(units[0].terminal);
  EXPECT_EQ(units[0].words, 25u);
  EXPECT_EQ(text.substr(units[1].begin, 3), "The");
  EXPECT_EQ(text[units[1].end - 1], '.');
}

TEST(JoinWrappedLinesTest, LeavesUnwrappedTextAlone) {
  std::string text =
      "Headline of a story\n"
      "A first paragraph that runs on and on well past any usual wrap width, as "
      "scraped text does, without a single line break inside it at all.\n"
      "Short line.\nAnother short line.\nA third one.\nAnd a fourth.\nFifth.\n";
  std::deque<std::string> storage;
  std::vector<TextLine> lines = SplitLines(text);
  size_t before = lines.size();
  EXPECT_EQ(JoinWrappedLines(std::move(lines), &storage).size(), before);
  EXPECT_TRUE(storage.empty());
}

}  // namespace
}  // namespace vigil
