#include "clean/sentences.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>
#include <random>
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

// The sentences ICU finds reading all of `text` (valid UTF-8) at once, trimmed
// as SplitSentences trims them: the slow obvious reference.
std::vector<std::string> SplitByIcu(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  static const std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  UText* ut =
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  bi->setText(ut, status);
  EXPECT_TRUE(U_SUCCESS(status));
  std::vector<std::string> out;
  int32_t prev = bi->first();
  for (int32_t at = bi->next(); at != icu::BreakIterator::DONE; at = bi->next()) {
    std::string s = text.substr(prev, at - prev);
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b != std::string::npos)
      out.push_back(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
    prev = at;
  }
  utext_close(ut);
  return out;
}

// SplitSentences asks ICU only about windows around terminators; it must
// give what ICU gives on the whole text. Random texts of pieces that reach
// every rule: abbreviations (suppressed breaks, "U.S." upper-stop-upper),
// decimals, lower case after a stop, closing quotes and brackets, runs of
// spaces, digits and punctuation, line breaks, non-Latin terminators,
// combining marks, format characters and characters outside the BMP.
TEST(SentencesTest, WindowsAgreeWithIcuOnRandomTexts) {
  const char* const kPieces[] = {"Mr.",
                                 "Mrs.",
                                 "Dr.",
                                 "U.S.",
                                 "U.K.",
                                 "Ph.D.",
                                 "e.g.",
                                 "i.e.",
                                 "etc.",
                                 "No.",
                                 "Gen.",
                                 "Jan.",
                                 "Calif.",
                                 "a.m.",
                                 "Inc.",
                                 "vs.",
                                 "Lt.",
                                 "J.",
                                 "Jr.",
                                 "Sept.",
                                 "4.7",
                                 "12.",
                                 "...",
                                 "?!",
                                 "!",
                                 "?",
                                 ".",
                                 "  ",
                                 " ",
                                 "\t",
                                 "\n",
                                 "\r\n",
                                 "\"",
                                 "'",
                                 "(",
                                 ")",
                                 "[",
                                 "]",
                                 ",",
                                 ";",
                                 ":",
                                 "-",
                                 "99",
                                 "2019",
                                 "rebels",
                                 "Rebels",
                                 "said",
                                 "ARMY",
                                 "x",
                                 "Q",
                                 "www.site.org",
                                 "\xE2\x80\x9C",
                                 "\xE2\x80\x9D",
                                 "\xE2\x80\x99",
                                 "\xE2\x80\x94",
                                 "\xE2\x80\xA6",
                                 "\xC3\xA9t\xC3\xA9",
                                 "\xC3\x89",
                                 "\xE3\x80\x82",
                                 "\xD8\x9F",
                                 "\xE0\xA5\xA4",
                                 "\xE4\xB8\xAD",
                                 "\xD9\x82\xD9\x84",
                                 "\xCC\x81",
                                 "\xC2\xAD",
                                 "\xE2\x80\x8D",
                                 "\xC2\xA0",
                                 "\xF0\x9F\x98\x80",
                                 "\xF0\x91\x81\x87",
                                 "\xE2\x80\xA8",
                                 "\xEF\xBC\x8E",
                                 "\xC2\xBB"};
  std::mt19937 rng(20261130);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int pieces = static_cast<int>(rng() % 50);
    for (int i = 0; i < pieces; ++i) {
      text += kPieces[rng() % std::size(kPieces)];
      if (rng() % 3 != 0) text += ' ';
      if (rng() % 7 == 0) text.append(rng() % 40, "abcdefg hijk"[rng() % 12]);
    }
    ASSERT_EQ(Split(text), SplitByIcu(text)) << text;
  }
}

TEST(SentencesTest, EmptyRangeGivesNothing) {
  EXPECT_TRUE(SplitSentences("abc", 1, 1).empty());
}

}  // namespace
}  // namespace vigil
