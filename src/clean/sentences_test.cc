#include "clean/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigil {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text, 0, static_cast<uint32_t>(text.size()))) {
    out.push_back(text.substr(s.begin, s.size()));
  }
  return out;
}

TEST(SentencesTest, SplitsOnFullStopsAndTrims) {
  EXPECT_EQ(
      Split("The group spoke. Police answered!  Who knows?"),
      (std::vector<std::string>{"The group spoke.", "Police answered!", "Who knows?"}));
}

TEST(SentencesTest, KeepsCommonAbbreviationsWhole) {
  EXPECT_EQ(Split("Mr. Haddad met U.S. officials on Monday. They left."),
            (std::vector<std::string>{"Mr. Haddad met U.S. officials on Monday.",
                                      "They left."}));
}

TEST(SentencesTest, SpansAreOffsetsIntoTheWholeText) {
  const std::string text = "Skip this. Take one. Take two.";
  const auto spans = SplitSentences(text, 11, static_cast<uint32_t>(text.size()));
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "Take one.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Take two.");
}

// Byte offsets stay right after characters of every UTF-8 length, including
// those outside the BMP (two UTF-16 units each).
TEST(SentencesTest, OffsetsAreBytesAfterMultiByteCharacters) {
  EXPECT_EQ(Split("Caf\xC3\xA9 owners fled. \xE2\x80\x9CNo,\xE2\x80\x9D he said. Fans "
                  "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 cheered. Done \xE2\x80\x94 at last."),
            (std::vector<std::string>{"Caf\xC3\xA9 owners fled.",
                                      "\xE2\x80\x9CNo,\xE2\x80\x9D he said.",
                                      "Fans \xF0\x9F\x98\x80\xF0\x9F\x98\x80 cheered.",
                                      "Done \xE2\x80\x94 at last."}));
}

// Text that is not well-formed UTF-8 is still split, on bytes.
TEST(SentencesTest, IllFormedTextIsStillSplit) {
  EXPECT_EQ(Split("Bad \xFF byte here. Next one."),
            (std::vector<std::string>{"Bad \xFF byte here.", "Next one."}));
}

TEST(SentencesTest, AsciiTextWithoutATerminalIsOneSentence) {
  EXPECT_EQ(Split("  Gunmen storm hotel in port city; siege over (update 2) \t"),
            (std::vector<std::string>{
                "Gunmen storm hotel in port city; siege over (update 2)"}));
  EXPECT_EQ(Split("Police said so. Then\nnothing"),
            (std::vector<std::string>{"Police said so.", "Then", "nothing"}));
}

TEST(SentencesTest, EmptyRangeGivesNothing) {
  EXPECT_TRUE(SplitSentences("abc", 1, 1).empty());
}

}  // namespace
}  // namespace vigil
