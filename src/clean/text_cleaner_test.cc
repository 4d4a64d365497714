#include "clean/text_cleaner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace vigil {
namespace {

std::vector<std::string> Texts(const BodyExtraction& b) {
  std::vector<std::string> out;
  for (const TextBlock& block : b.blocks) out.push_back(block.text);
  return out;
}

const char kProseA[] =
    "Gunmen attacked a police checkpoint on the highway north of the capital on Monday.";
const char kProseB[] =
    "Two officers were wounded in the exchange of fire, the interior ministry said.";

TEST(TextCleanerTest, HeadZoneDropsNavigationTitleCaptionAndDateline) {
  std::string text = std::string("Menu\nSubscribe to our newsletter!\n\n") +
                     "Gunmen attack highway checkpoint\n\n" +
                     "Police at the scene. (Interior Ministry/Handout)\n" +
                     "Published June 2, 2020\n\n" + kProseA + "\n\n" + kProseB + "\n";
  BodyExtraction b = TextCleaner().Clean(text);
  EXPECT_EQ(b.title, "Gunmen attack highway checkpoint");
  EXPECT_EQ(b.published, "Published June 2, 2020");
  EXPECT_EQ(Texts(b), (std::vector<std::string>{kProseA, kProseB}));
}

TEST(TextCleanerTest, BylineWithDateGivesPublished) {
  std::string text = std::string("Gunmen attack highway checkpoint\n") +
                     "By Jane Okafor | 4 May 2021\n" + kProseA + "\n";
  BodyExtraction b = TextCleaner().Clean(text);
  EXPECT_EQ(b.published, "By Jane Okafor | 4 May 2021");
  EXPECT_EQ(Texts(b), (std::vector<std::string>{kProseA}));
}

TEST(TextCleanerTest, HeadingsBetweenProseAreKeptAsHeadings) {
  std::string text = std::string(kProseA) + "\nThe Response\n" + kProseB + "\n";
  BodyExtraction b = TextCleaner().Clean(text);
  ASSERT_EQ(b.blocks.size(), 3u);
  EXPECT_TRUE(b.blocks[1].heading);
  EXPECT_EQ(b.blocks[1].text, "The Response");
  EXPECT_FALSE(b.blocks[0].heading);
}

TEST(TextCleanerTest, ReadMoreHeaderSwallowsLinkTitles) {
  std::string text = std::string(kProseA) +
                     "\n\nRead more:\n\nArmy says border is calm\n\n"
                     "Ministry names new police chief\n\n" +
                     kProseB + "\n";
  EXPECT_EQ(Texts(TextCleaner().Clean(text)),
            (std::vector<std::string>{kProseA, kProseB}));
}

TEST(TextCleanerTest, CommentHeaderDropsTheRestAfterTheArticle) {
  std::string text = std::string(kProseA) + "\n" + kProseB +
                     "\nComments\nThis is a fine piece of reporting on a hard subject.\n";
  EXPECT_EQ(Texts(TextCleaner().Clean(text)),
            (std::vector<std::string>{kProseA, kProseB}));
}

TEST(TextCleanerTest, CommentHeaderAtTheTopIsOnlyALabel) {
  std::string text = std::string("Comments\n") + kProseA + "\n" + kProseB + "\n";
  EXPECT_EQ(Texts(TextCleaner().Clean(text)),
            (std::vector<std::string>{kProseA, kProseB}));
}

TEST(TextCleanerTest, TailZoneDropsMarkersAndSourceLinks) {
  std::string text = std::string("[ad_1]\n") + kProseA + "\n" + kProseB +
                     "\n[ad_2]\nSource link\nTags: police, highway\n";
  BodyExtraction b = TextCleaner().Clean(text);
  EXPECT_TRUE(b.title.empty());
  EXPECT_EQ(Texts(b), (std::vector<std::string>{kProseA, kProseB}));
}

TEST(TextCleanerTest, RepeatedShortLinesAreDropped) {
  std::string text = std::string(kProseA) + "\nAdvert space\n" + kProseB +
                     "\nAdvert space\n" + kProseA + "\nAdvert space\n" + kProseB + "\n";
  for (const std::string& t : Texts(TextCleaner().Clean(text))) {
    EXPECT_NE(t, "Advert space");
  }
}

TEST(TextCleanerTest, RepeatedTitleInBodyIsDropped) {
  std::string text = std::string("Checkpoint attack north of capital\n\n") + kProseA +
                     "\nCheckpoint attack north of capital\n" + kProseB + "\n";
  BodyExtraction b = TextCleaner().Clean(text);
  EXPECT_EQ(b.title, "Checkpoint attack north of capital");
  EXPECT_EQ(Texts(b), (std::vector<std::string>{kProseA, kProseB}));
}

TEST(TextCleanerTest, CapitalisedFirstLineWithFullStopIsATitle) {
  std::string text =
      std::string("Gunmen Strike Police Post North Of The Capital At Dawn.\n\n") +
      kProseA + "\n";
  BodyExtraction b = TextCleaner().Clean(text);
  EXPECT_EQ(b.title, "Gunmen Strike Police Post North Of The Capital At Dawn.");
  EXPECT_EQ(Texts(b), (std::vector<std::string>{kProseA}));
}

TEST(TextCleanerTest, OffsetsMapBlocksBackToRawBytes) {
  std::string text =
      std::string("Title line of the story\r\n\r\n   ") + kProseA + "   \r\n" + kProseB;
  BodyExtraction b = TextCleaner().Clean(text);
  ASSERT_EQ(b.blocks.size(), 2u);
  for (const TextBlock& block : b.blocks) {
    EXPECT_EQ(text.substr(block.raw_begin, block.raw_end - block.raw_begin), block.text);
  }
}

TEST(TextCleanerTest, WhitespaceInsideLinesIsCollapsed) {
  BodyExtraction b = TextCleaner().Clean("Police   said\tthe road was closed again.");
  ASSERT_EQ(b.blocks.size(), 1u);
  EXPECT_EQ(b.blocks[0].text, "Police said the road was closed again.");
}

TEST(TextCleanerTest, EveryKindOfSpaceRunBecomesOneSpace) {
  const char* kWant = "Police said the road was closed again.";
  for (const char* text : {"Police said the road was closed again.",
                           "Police\tsaid the road\fwas closed\vagain.",
                           "Police \t said the  road was \v\f closed   again.",
                           "Police said\t\t\tthe road was closed \tagain.  \t"}) {
    BodyExtraction b = TextCleaner().Clean(text);
    ASSERT_EQ(b.blocks.size(), 1u) << text;
    EXPECT_EQ(b.blocks[0].text, kWant) << text;
  }
}

TEST(TextCleanerTest, DegenerateInputs) {
  TextCleaner cleaner;
  EXPECT_TRUE(cleaner.Clean("").blocks.empty());
  EXPECT_TRUE(cleaner.Clean(" \n\t\r\n  \n").blocks.empty());
  EXPECT_TRUE(cleaner.Clean(std::string(1000, '\n')).blocks.empty());
  // One sentence without a newline.
  EXPECT_EQ(cleaner.Clean(kProseA).blocks.size(), 1u);
  // Only short lines and no prose at all: nothing crashes, nothing is invented.
  BodyExtraction b = cleaner.Clean("a\nb\nc\n");
  for (const TextBlock& block : b.blocks) EXPECT_LE(block.raw_end, 6u);
}

// Seconds for the best of two runs of Clean(text).
double BestSeconds(const TextCleaner& cleaner, const std::string& text) {
  double best = 1e9;
  for (int run = 0; run < 2; ++run) {
    auto start = std::chrono::steady_clock::now();
    BodyExtraction b = cleaner.Clean(text);
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

std::string OneLongLine(size_t bytes) {
  std::string s(bytes, 'a');
  for (size_t i = 7; i + 1 < s.size(); i += 8) s[i] = ' ';
  return s;
}

std::string ManyShortLines(int count) {
  std::string s;
  for (int i = 0; i < count; ++i) s += (i % 2) ? "Read more\n" : "x y\n";
  return s;
}

TEST(TextCleanerTest, OneLongLineIsOneBlock) {
  std::string line = OneLongLine(8u << 20);
  BodyExtraction b = TextCleaner().Clean(line);
  ASSERT_EQ(b.blocks.size(), 1u);
  EXPECT_EQ(b.blocks[0].raw_end, line.size());
}

// Kept lines have runs of spaces, tabs, form feeds and vertical tabs
// collapsed to one space; a line that has none is kept byte for byte.
TEST(TextCleanerTest, BlocksCollapseInnerWhitespace) {
  struct Case {
    std::string line, want;
  };
  const Case cases[] = {
      {kProseA, kProseA},
      {"Troops  moved\tinto the town\f\vat dawn, and residents said they heard gunfire.",
       "Troops moved into the town at dawn, and residents said they heard gunfire."},
      {"Troops moved into the town at dawn, and residents said they heard gunfire \t.",
       "Troops moved into the town at dawn, and residents said they heard gunfire ."},
      {"Troops moved into the town at dawn,\vand residents said they heard gunfire.\v",
       "Troops moved into the town at dawn, and residents said they heard gunfire."},
  };
  for (const Case& c : cases) {
    BodyExtraction b = TextCleaner().Clean(c.line + "\n");
    EXPECT_EQ(Texts(b), (std::vector<std::string>{c.want})) << c.line;
  }
}

// Four times the input takes about four times as long, not sixteen: the
// cleaner is linear in bytes and in lines.
TEST(TextCleanerTest, TimeGrowsLinearly) {
  TextCleaner cleaner;
  double small_line = BestSeconds(cleaner, OneLongLine(1u << 20));
  double large_line = BestSeconds(cleaner, OneLongLine(4u << 20));
  EXPECT_LT(large_line, 10 * small_line + 0.05);
  double few = BestSeconds(cleaner, ManyShortLines(10000));
  double many = BestSeconds(cleaner, ManyShortLines(40000));
  EXPECT_LT(many, 10 * few + 0.05);
}

}  // namespace
}  // namespace vigil
