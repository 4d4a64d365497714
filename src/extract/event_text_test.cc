// Event tokens: every apostrophe that Fold reads as one (typographic,
// modifier letter, prime, acute accent) tokenizes like the ASCII one, so a
// possessive or an elision gives the same words and the same events.
#include "extract/event_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "extract/events.h"

namespace vigil {
namespace {

// The apostrophes written instead of ASCII "'" in news text.
const char* const kApostrophes[] = {"\u2019", "\u2018", "\u02BC", "\u2032", "\u00B4"};

// `text` with each ASCII apostrophe replaced by `mark`.
std::string With(std::string text, const std::string& mark) {
  for (size_t at = text.find('\''); at != std::string::npos;
       at = text.find('\'', at + mark.size())) {
    text.replace(at, 1, mark);
  }
  return text;
}

std::vector<std::string> Words(const std::string& text) {
  Document d;
  d.text = text;
  EventText et = TokenizeForEvents(d, {});
  std::vector<std::string> out;
  for (const Token& t : et.tokens) {
    EXPECT_LE(t.span.end, text.size());
    out.push_back(std::string(t.lower) + (t.word ? "" : "/p"));
  }
  return out;
}

TEST(EventTextTest, EveryApostropheTokenizesLikeTheAsciiOne) {
  const std::string text =
      "The port's gate, O'Neill's shop and the rebels' depot were hit; Rashid's "
      "men didn't flee.";
  const std::vector<std::string> ascii = Words(text);
  ASSERT_GT(ascii.size(), 10u);
  auto has = [&](const char* w) {
    return std::find(ascii.begin(), ascii.end(), w) != ascii.end();
  };
  EXPECT_TRUE(has("'s"));       // the possessive
  EXPECT_TRUE(has("o'neill"));  // an elision stays inside its word
  EXPECT_TRUE(has("didn't"));
  for (const char* mark : kApostrophes) EXPECT_EQ(Words(With(text, mark)), ascii) << mark;
}

TEST(EventTextTest, PossessiveIsOneTokenWithNothingLeftOver) {
  const std::vector<std::string> expected = {"the", "port", "'s", "gate", "./p"};
  EXPECT_EQ(Words("The port's gate."), expected);
  EXPECT_EQ(Words("The port\u2019s gate."), expected);
  // A plural possessive keeps its apostrophe as punctuation.
  EXPECT_EQ(Words("The rebels' depot"),
            (std::vector<std::string>{"the", "rebels", "'/p", "depot"}));
}

// What an event list says, for comparing two readings of one story.
std::string Describe(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    out += std::to_string(static_cast<int>(e.type)) + "|" + e.location + "|" + e.country +
           "|" + e.perpetrator + "|" + e.claimed_by + "|" + e.attack_type + "|" +
           (e.killed ? std::to_string(e.killed->min) : "-") + "|" + e.organization + "|" +
           e.person + "|" + e.change + "\n";
  }
  return out;
}

TEST(EventTextTest, EveryApostropheGivesTheSameEvents) {
  const std::string text =
      "Gunmen stormed a guesthouse near Herat's old citadel on Sunday, killing seven "
      "visitors.\n"
      "The Islamic State's news agency said its fighters carried out the raid.\n"
      "Herat's governor said the province's police had arrested two suspects.\n";
  Document d;
  d.text = text;
  d.published = "2025-10-14";
  const std::string ascii = Describe(ExtractEvents(d, Extraction{}));
  ASSERT_NE(ascii.find("Herat"), std::string::npos) << ascii;
  for (const char* mark : kApostrophes) {
    d.text = With(text, mark);
    EXPECT_EQ(Describe(ExtractEvents(d, Extraction{})), ascii) << mark;
  }
}

// Shape flags and folded form of each word: ASCII words and words with
// letters beyond ASCII are read alike.
TEST(EventTextTest, TokensCarryTheirFoldAndShape) {
  Document d;
  d.text = "NATO and \u00C9LAN met 12 ZAPATA-Ruiz men in Qu\u00E9bec, DR Congo.";
  EventText et = TokenizeForEvents(d, {});
  struct Want {
    const char* lower;
    bool capitalised, all_caps, digits;
  };
  const Want want[] = {
      {"nato", true, true, false},         {"and", false, false, false},
      {"\u00C9lan", true, true, false},  // only ASCII is lower-cased
      {"met", false, false, false},        {"12", false, false, true},
      {"zapata-ruiz", true, false, false}, {"men", false, false, false},
      {"in", false, false, false},         {"qu\u00E9bec", true, false, false},
      {",", false, false, false},          {"dr", true, true, false},
      {"congo", true, false, false},       {".", false, false, false}};
  ASSERT_EQ(et.tokens.size(), std::size(want));
  for (size_t i = 0; i < et.tokens.size(); ++i) {
    const Token& t = et.tokens[i];
    EXPECT_EQ(t.lower, want[i].lower) << i;
    EXPECT_EQ(et.words[i], want[i].lower) << i;
    EXPECT_EQ(t.capitalised, want[i].capitalised) << t.lower;
    EXPECT_EQ(t.all_caps, want[i].all_caps) << t.lower;
    EXPECT_EQ(t.digits, want[i].digits) << t.lower;
  }
}

// Folded forms live in the text or in the EventText's own buffer: they stay
// right when the EventText is moved and the one it came from is gone, also
// for a text short enough to fit in a string's inline buffer.
TEST(EventTextTest, FoldedFormsSurviveAMove) {
  Document d;
  d.text = "BIG Ann\u2019s job";
  std::vector<EventText> kept;
  {
    EventText et = TokenizeForEvents(d, {});
    kept.push_back(std::move(et));
  }
  kept.emplace_back();  // the vector moves its first element again
  std::vector<std::string> lower;
  for (const Token& t : kept[0].tokens) lower.emplace_back(t.lower);
  EXPECT_EQ(lower, (std::vector<std::string>{"big", "ann", "'s", "job"}));
  ASSERT_EQ(kept[0].words.size(), lower.size());
  for (size_t i = 0; i < lower.size(); ++i) EXPECT_EQ(kept[0].words[i], lower[i]) << i;
}

// Sentences end at line breaks; the paragraph index counts the line breaks
// before a sentence.
TEST(EventTextTest, LineBreaksEndSentencesAndCountParagraphs) {
  Document d;
  d.text = "Gunmen fired on a bus. Police came\nlater.\n\nA second story began.";
  EventText et = TokenizeForEvents(d, {});
  std::vector<std::string> sentences;
  std::vector<uint32_t> paragraphs;
  for (const auto& s : et.sentences) {
    sentences.emplace_back(et.Surface(s.first, s.last));
    paragraphs.push_back(s.paragraph);
  }
  EXPECT_EQ(sentences, (std::vector<std::string>{"Gunmen fired on a bus.", "Police came",
                                                 "later.", "A second story began."}));
  EXPECT_EQ(paragraphs, (std::vector<uint32_t>{0, 0, 1, 3}));
}

}  // namespace
}  // namespace vigil
