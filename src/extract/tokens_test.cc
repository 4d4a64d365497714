#include "extract/tokens.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>

#include "extract/fold.h"

namespace vigil {
namespace {

std::vector<EntityToken> Tok(const std::string& text) { return Tokenize(text, {}); }

// The tokeniser answers ASCII questions inline; ICU is the reference.
TEST(TokenizeTest, AsciiWhitespaceAsIcuSays) {
  for (int b = 1; b < 0x80; ++b) {
    const char c = static_cast<char>(b);
    const std::vector<EntityToken> t = Tok(std::string("ab") + c + "cd");
    const bool space = u_isUWhiteSpace(static_cast<UChar32>(c));
    const EntityToken* cd = nullptr;  // the token at "cd", unless c joined it
    for (const EntityToken& k : t) {
      if (k.begin == 3) cd = &k;
    }
    if (space) {
      ASSERT_NE(cd, nullptr) << "byte " << b;
    }
    if (cd != nullptr) {
      EXPECT_EQ(cd->space_before, space) << "byte " << b;
    }
  }
}

TEST(TokenizeTest, ShapeOfAsciiAndOtherLetters) {
  struct Case {
    const char* word;
    bool cap, all_caps;
  };
  const Case kCases[] = {
      {"Mosul", true, false},
      {"NATO", true, true},
      {"nato", false, false},
      {"X", true, false},
      {"\xC3\x89TAT", true, true},    // ÉTAT
      {"\xC3\xA9tat", false, false},  // état
      {"\xC7\x85"
       "emal",
       true, false},                             // titlecase Dž
      {"\xD0\x9C\xD0\x98\xD0\xA0", true, true},  // МИР
      {"Qa'ida", true, false},
      {"U.S.", true, true},
  };
  for (const Case& c : kCases) {
    const std::vector<EntityToken> t = Tok(std::string("then ") + c.word);
    ASSERT_GE(t.size(), 2u) << c.word;
    EXPECT_EQ(t[1].cap, c.cap) << c.word;
    EXPECT_EQ(t[1].all_caps, c.all_caps) << c.word;
  }
}

// Only words carry a shape: not a possessive 'S, a number or a mark.
TEST(TokenizeTest, OnlyWordsHaveAShape) {
  const std::vector<EntityToken> t = Tok("ALI'S 1990 ALI\xE2\x80\x99S");
  ASSERT_EQ(t.size(), 5u);
  for (size_t i : {1, 2, 4}) {
    EXPECT_NE(t[i].kind, TokenKind::kWord) << i;
    EXPECT_FALSE(t[i].cap) << i;
    EXPECT_FALSE(t[i].all_caps) << i;
  }
  EXPECT_TRUE(t[3].all_caps);
  EXPECT_EQ(t[4].folded, "'s");
}

TEST(TokenizeTest, SpansFoldsAndSentenceStarts) {
  const std::string text = "Gen. Omar's men left.\nThe U.S. said";
  const std::vector<EntityToken> t = Tok(text);
  std::vector<std::string> folded;
  for (const EntityToken& k : t) {
    folded.push_back(k.folded);
    EXPECT_EQ(Fold(text.substr(k.begin, k.end - k.begin)), k.folded);
  }
  const std::vector<std::string> want = {"gen.", "omar", "'s",   "men", "left",
                                         ".",    "the",  "u.s.", "said"};
  EXPECT_EQ(folded, want);
  EXPECT_TRUE(t[0].sent_start);
  EXPECT_TRUE(t[6].sent_start);  // after the line break
  EXPECT_FALSE(t[7].sent_start);
  EXPECT_TRUE(IsPossessive(t[2]));
}

}  // namespace
}  // namespace vigil
