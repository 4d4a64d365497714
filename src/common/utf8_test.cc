#include "common/utf8.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

struct Utf8Case {
  const char* name;
  std::string bytes;
  size_t valid_prefix;
};

TEST(Utf8Test, ValidPrefixTable) {
  const Utf8Case cases[] = {
      {"empty", "", 0},
      {"ascii", "abc", 3},
      {"two byte", "caf\xC3\xA9", 5},
      {"curly quote", "\xE2\x80\x9Cq\xE2\x80\x9D", 7},
      {"four byte", "\xF0\x9F\x98\x80", 4},
      {"lone continuation", "ab\x80", 2},
      {"overlong slash", "a\xC0\xAF", 1},
      {"overlong three byte", "\xE0\x80\xAF", 0},
      {"surrogate", "x\xED\xA0\x80", 1},
      {"truncated", "ab\xE2\x80", 2},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
  };
  for (const Utf8Case& c : cases) {
    EXPECT_EQ(ValidUtf8Prefix(c.bytes), c.valid_prefix) << c.name;
  }
}

TEST(Utf8Test, RepairReplacesEachBadByteAndKeepsGoodOnes) {
  size_t replaced = 0;
  EXPECT_EQ(RepairUtf8("a\xFF"
                       "b\xC3\xA9",
                       &replaced),
            "a\xEF\xBF\xBD"
            "b\xC3\xA9");
  EXPECT_EQ(replaced, 1u);
  EXPECT_TRUE(IsValidUtf8(RepairUtf8("\x80\x80\xE2\x82")));
}

TEST(Utf8Test, RepairLeavesValidTextAlone) {
  size_t replaced = 7;
  EXPECT_EQ(RepairUtf8("plain \xE2\x80\x99", &replaced), "plain \xE2\x80\x99");
  EXPECT_EQ(replaced, 0u);
}

TEST(Utf8Test, CodePointAtReadsSequencesAndReplacesBadOnes) {
  size_t len = 0;
  EXPECT_EQ(CodePointAt("a", 0, &len), U'a');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(CodePointAt("x\xC3\xA9", 1, &len), U'\u00E9');
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(CodePointAt("\xE2\x80\x9C", 0, &len), U'\u201C');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(CodePointAt("\xF0\x9F\x98\x80", 0, &len), U'\U0001F600');
  EXPECT_EQ(len, 4u);
  EXPECT_EQ(CodePointAt("\xE2\x80", 0, &len), U'\uFFFD');  // truncated
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(CodePointAt("\xC3(", 0, &len), U'\uFFFD');  // bad continuation
  EXPECT_EQ(len, 1u);
}

TEST(Utf8Test, LooksBinary) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f"));
  EXPECT_FALSE(LooksBinary("An article.\r\nSecond line.\tTabbed."));
  EXPECT_FALSE(LooksBinary(""));
}

}  // namespace
}  // namespace vigil
