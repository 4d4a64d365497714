#include "clean/unicode.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace vigil {
namespace {

TEST(UnicodeTest, NfcComposesDecomposedAccents) {
  // "e" + COMBINING ACUTE -> "é"
  EXPECT_EQ(ToNfc("Caf"
                  "e\xCC\x81"),
            "Caf\xC3\xA9");
}

TEST(UnicodeTest, NfcKeepsCurlyQuotesAndDashes) {
  const std::string s = "\xE2\x80\x9CWe\xE2\x80\x99ll\xE2\x80\x9D \xE2\x80\x94 he said";
  EXPECT_EQ(ToNfc(s), s);
}

TEST(UnicodeTest, NormalizeNfcInPlace) {
  struct Case {
    std::string in, want;
  };
  const Case cases[] = {
      {"plain ascii", "plain ascii"},
      {"Caf\xC3\xA9 \xE2\x80\x94 \xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF",
       "Caf\xC3\xA9 \xE2\x80\x94 \xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF"},
      {"Caf"
       "e\xCC\x81 \xE2\x80\x9Cx\xE2\x80\x9D",
       "Caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D"},
      // Ill-formed text is read as ICU reads it: kept when that reading is NFC,
      // else normalised with U+FFFD for the bad byte.
      {"bad \xFF byte", "bad \xFF byte"},
      {"\xFF"
       "e\xCC\x81",
       "\xEF\xBF\xBD\xC3\xA9"},
  };
  for (const Case& c : cases) {
    std::string s = c.in;
    NormalizeNfc(&s);
    EXPECT_EQ(s, c.want) << c.in;
    EXPECT_EQ(ToNfc(c.in), c.want) << c.in;
  }
}

TEST(UnicodeTest, CollapseSpaceFoldsUnicodeSpacesAndTrims) {
  EXPECT_EQ(CollapseSpace("  a\t\tb\xC2\xA0\xC2\xA0"
                          "c\xE2\x80\x8B"
                          "d \n"),
            "a b c d");
  EXPECT_EQ(CollapseSpace("\xEF\xBB\xBFtitle"), "title");
  EXPECT_EQ(CollapseSpace(" \t "), "");
}

// The white-space code points CollapseSpace folds, as UTF-8: U+0009..U+000D,
// U+0020, U+00A0, U+2000..U+200B, U+2028, U+2029, U+202F, U+205F, U+3000,
// U+FEFF. Like CollapseSpace, it reads E2 80 and any byte up to 0x8B as a
// space (in invalid UTF-8 that byte may be ASCII).
std::vector<std::string> SpaceEncodings() {
  std::vector<std::string> out = {" ", "\t", "\n", "\r", "\f", "\v", "\xC2\xA0"};
  for (const char* s : {"\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F",
                        "\xE3\x80\x80", "\xEF\xBB\xBF"}) {
    out.push_back(s);
  }
  for (int last = 0; last <= 0x8B; ++last) {
    out.push_back(std::string("\xE2\x80") + static_cast<char>(last));
  }
  return out;
}

// The obvious way: cut the text into words at every white-space code point,
// then join the non-empty words with one space.
std::string ReferenceCollapse(std::string_view s) {
  static const std::vector<std::string> kSpaces = SpaceEncodings();
  std::vector<std::string> words(1);
  for (size_t i = 0; i < s.size();) {
    size_t matched = 0;
    for (const std::string& space : kSpaces) {
      if (s.substr(i).starts_with(space)) matched = space.size();
    }
    if (matched > 0) {
      words.emplace_back();
      i += matched;
    } else {
      words.back() += s[i++];
    }
  }
  std::string out;
  for (const std::string& w : words) {
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Random strings over bytes that start, end or imitate white space (also
// cut-off and invalid sequences): CollapseSpace must agree with the reference.
TEST(UnicodeTest, CollapseSpaceMatchesReference) {
  const std::string alphabet =
      "ab. \t\n\xC2\xA0\xE2\x80\x81\x8B\x8C\x9C\xA8\xAF\xE3\xEF\xBB\xBF";
  std::mt19937 rng(5);
  for (int t = 0; t < 5000; ++t) {
    std::string s(rng() % 24, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    ASSERT_EQ(CollapseSpace(s), ReferenceCollapse(s)) << t;
  }
}

}  // namespace
}  // namespace vigil
