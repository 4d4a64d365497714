#include "clean/language.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

TEST(LanguageTest, IdentifiesEnglishAndFrench) {
  EXPECT_EQ(DetectLanguage("The spokesman of the group released a long audio message on "
                           "Tuesday, calling on supporters to attack targets in Europe."),
            "en");
  EXPECT_EQ(
      DetectLanguage("Le porte-parole du groupe a diffus\xC3\xA9 mardi un long message "
                     "audio appelant ses partisans \xC3\xA0 frapper en Europe."),
      "fr");
}

TEST(LanguageTest, TooLittleTextIsUnknown) { EXPECT_EQ(DetectLanguage("ok"), "un"); }

}  // namespace
}  // namespace vigil
