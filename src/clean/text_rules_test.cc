#include "clean/text_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigil {
namespace {

LineKind Kind(const std::string& line) {
  std::vector<TextLine> lines = SplitLines(line);
  return ClassifyLine(lines.empty() ? TextLine{} : lines[0], TextRuleOptions{});
}

struct Case {
  const char* line;
  LineKind kind;
};

void ExpectKinds(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    EXPECT_EQ(static_cast<int>(Kind(c->line)), static_cast<int>(c->kind)) << c->line;
  }
}

TEST(ClassifyLineTest, Markers) {
  const Case cases[] = {
      {"", LineKind::kBlank},
      {"  \xE2\x80\xA2  ", LineKind::kMarker},
      {"* * *", LineKind::kMarker},
      {"[ad_3]", LineKind::kMarker},
      {"[Advertisement]", LineKind::kMarker},
      {"Z9X", LineKind::kMarker},
      {"B2B4K", LineKind::kMarker},
      {"2024", LineKind::kMarker},
  };
  ExpectKinds(std::begin(cases), std::end(cases));
}

TEST(ClassifyLineTest, LabelsAndCalls) {
  const Case cases[] = {
      {"Main menu", LineKind::kBoilerplate},
      {"Source link", LineKind::kBoilerplate},
      {"Share on Facebook", LineKind::kBoilerplate},
      {"Powered by machine translation", LineKind::kBoilerplate},
      {"All rights reserved", LineKind::kBoilerplate},
      {"Join our WhatsApp channel for the latest updates!", LineKind::kBoilerplate},
      {"Follow us on Telegram", LineKind::kBoilerplate},
      {"Sign up for our daily newsletter.", LineKind::kBoilerplate},
      {"Read the full story here.", LineKind::kBoilerplate},
      {"Related: Army retakes the river crossing", LineKind::kBoilerplate},
      {"Story continues below advertisement", LineKind::kBoilerplate},
      {"Home | World | Middle East | Sport", LineKind::kBoilerplate},
      {"Copyright 2024 Some Newspaper Group. All rights reserved.",
       LineKind::kBoilerplate},
      {"The post Attack on convoy appeared first on Example Daily.",
       LineKind::kBoilerplate},
      {"This story was originally published by a partner site.", LineKind::kBoilerplate},
      {"ALSO READ | Army says border is calm", LineKind::kBoilerplate},
      {"https://example.org/some/link", LineKind::kMarker},
      {"#breaking #security @newsdesk", LineKind::kMarker},
      {"Read more", LineKind::kReadMore},
      {"See also", LineKind::kReadMore},
      {"Related stories:", LineKind::kReadMore},
      {"COMMENTS", LineKind::kComments},
      {"14 Comments", LineKind::kComments},
      {"Leave a reply", LineKind::kComments},
  };
  ExpectKinds(std::begin(cases), std::end(cases));
}

TEST(ClassifyLineTest, BodyLinesWithBoilerplateWordsStayBody) {
  const Case cases[] = {
      // A call to action inside reporting is news, not boilerplate.
      {"The group told supporters to follow its channel on Telegram for orders, a "
       "researcher said.",
       LineKind::kProse},
      {"\xE2\x80\x9CJoin our caravan and share the reward,\xE2\x80\x9D the recruiter "
       "wrote.",
       LineKind::kProse},
      {"Share prices fell sharply after the attack on the refinery.", LineKind::kProse},
      {"The militants posted the video with the hashtag #victory on their channels.",
       LineKind::kProse},
      {"Photo evidence showed the convoy was hit by a missile, the report said.",
       LineKind::kProse},
      {"Comments by the minister angered the families of the victims.", LineKind::kProse},
      {"Follow the money, investigators were told.", LineKind::kSentence},
      // A parenthesis that is a sentence, not a credit.
      {"He was shot near the gate. (Warning: the video contains graphic images.)",
       LineKind::kProse},
  };
  ExpectKinds(std::begin(cases), std::end(cases));
}

TEST(ClassifyLineTest, CaptionsAndCredits) {
  const Case cases[] = {
      {"Soldiers guard the checkpoint outside the city. (Army/Released)",
       LineKind::kCaption},
      {"Fighters parade in the square (Reuters/File photo)", LineKind::kCaption},
      {"(Handout image via Interior Ministry, File)", LineKind::kCaption},
      {"FILE - A burned vehicle stands near the market after the blast.",
       LineKind::kCaption},
      {"PHOTO: Rescue workers search the rubble.", LineKind::kCaption},
      {"Photo: Jane Doe", LineKind::kCaption},
      {"Image source, Some Agency", LineKind::kCaption},
      {"Photo by Jane Doe/Some Agency", LineKind::kCaption},
  };
  ExpectKinds(std::begin(cases), std::end(cases));
}

TEST(ClassifyLineTest, DatelinesAndBylines) {
  const Case cases[] = {
      {"March 3, 2023", LineKind::kDateline},
      {"Published: 12 July 2021", LineKind::kDateline},
      {"Updated 2021-07-12 14:05 GMT", LineKind::kDateline},
      {"On July 6, 2015, the minister made the following comment:", LineKind::kProse},
      {"By Jane Okafor and Tom Reyes", LineKind::kByline},
      {"Reporting by Jane Okafor; Editing by Tom Reyes", LineKind::kByline},
      {"By nightfall the fighting had stopped.", LineKind::kSentence},
  };
  ExpectKinds(std::begin(cases), std::end(cases));
}

TEST(ClassifyLineTest, Shapes) {
  const Case cases[] = {
      {"Militant group claims attack on border post", LineKind::kShort},
      {"KABUL \xE2\x80\x94", LineKind::kLeadIn},
      {"Both men denied the charges.", LineKind::kSentence},
      {"Police said the two suspects had been under surveillance for months.",
       LineKind::kProse},
  };
  ExpectKinds(std::begin(cases), std::end(cases));
  // Anything longer than the boilerplate budget is prose by shape alone.
  EXPECT_EQ(Kind("Share " + std::string(500, 'x')), LineKind::kProse);
}

TEST(SameWordsTest, IgnoresCaseAndPunctuation) {
  EXPECT_TRUE(SameWords("Bomb kills five!", "bomb  KILLS five"));
  EXPECT_FALSE(SameWords("Bomb kills five", "Bomb kills six"));
  EXPECT_FALSE(SameWords("", ""));
}

TEST(SameWordsTest, WordCountsAndBounds) {
  EXPECT_FALSE(SameWords("Bomb kills five", "Bomb kills five today"));
  EXPECT_FALSE(SameWords("Bomb kills five today", "Bomb kills five"));
  EXPECT_TRUE(
      SameWords("\xE2\x80\x9C"
                "Bomb\xE2\x80\x9D -- kills... five",
                "bomb kills FIVE"));
  EXPECT_FALSE(SameWords("Bomb kills five", "Bomb kill five"));
  EXPECT_FALSE(SameWords("... --", "... --"));
  // Only the first 32 words count.
  std::string words;
  for (int i = 0; i < 32; ++i) words += "word" + std::to_string(i) + " ";
  EXPECT_TRUE(SameWords(words + "tail", words + "other ending"));
  EXPECT_FALSE(SameWords(words.substr(0, words.size() - 8), words));
}

}  // namespace
}  // namespace vigil
