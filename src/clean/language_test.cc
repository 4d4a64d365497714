#include "clean/language.h"

#include <gtest/gtest.h>

#include <string>

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

// Sentences written for these tests, by language.
const char* const kEnglish[] = {
    "The regional council met on Monday to discuss the new bus timetable. ",
    "Residents complained that the evening service ends far too early. ",
    "A spokesman said the company would review the routes before winter. ",
    "Several shops near the station have already extended their hours. ",
    "Officials expect the changes to cost less than the old contract. ",
    "The mayor promised a public meeting before any final decision. ",
};
const char* const kFrench[] = {
    "Le conseil r\xC3\xA9gional s'est r\xC3\xA9uni lundi pour discuter des horaires. ",
    "Les habitants se plaignent que le dernier bus part beaucoup trop t\xC3\xB4t. ",
    "Un porte-parole a indiqu\xC3\xA9 que la soci\xC3\xA9t\xC3\xA9 revoir"
    "a les lignes avant l'hiver. ",
    "Plusieurs commerces pr\xC3\xA8s de la gare ont d\xC3\xA9j\xC3\xA0 "
    "prolong\xC3\xA9 leurs horaires. ",
    "Les responsables pensent que ces changements co\xC3\xBBteront moins cher. ",
    "Le maire a promis une r\xC3\xA9union publique avant toute d\xC3\xA9"
    "cision finale. ",
};

// Sentences of `lang`, cycled, until the text is at least `bytes` long.
template <size_t N>
std::string Repeat(const char* const (&lang)[N], size_t bytes) {
  std::string out;
  for (size_t i = 0; out.size() < bytes; ++i) out += lang[i % N];
  return out;
}

// Long one-language texts are settled by the first kilobyte.
TEST(LanguageTest, LongTextsOfOneLanguage) {
  EXPECT_EQ(DetectLanguage(Repeat(kEnglish, 3000)), "en");
  EXPECT_EQ(DetectLanguage(Repeat(kFrench, 3000)), "fr");
}

// A first kilobyte mostly but not wholly in one language does not settle
// the answer: the second kilobyte, French, is read too.
TEST(LanguageTest, MixedFirstKilobyteReadsTheSecond) {
  std::string text;
  for (size_t i = 0; text.size() < 1024; ++i) {
    text += kEnglish[i % 6];
    if (i % 5 == 4) text += kFrench[i % 6];
  }
  text += Repeat(kFrench, 1400);
  EXPECT_EQ(DetectLanguage(text), "fr");
}

TEST(LanguageTest, TooLittleTextIsUnknown) { EXPECT_EQ(DetectLanguage("ok"), "un"); }

}  // namespace
}  // namespace vigil
