#include "clean/unicode.h"

#include <gtest/gtest.h>

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

TEST(UnicodeTest, CollapseSpaceFoldsUnicodeSpacesAndTrims) {
  EXPECT_EQ(CollapseSpace("  a\t\tb\xC2\xA0\xC2\xA0"
                          "c\xE2\x80\x8B"
                          "d \n"),
            "a b c d");
  EXPECT_EQ(CollapseSpace("\xEF\xBB\xBFtitle"), "title");
  EXPECT_EQ(CollapseSpace(" \t "), "");
}

}  // namespace
}  // namespace vigil
