// Where attacks happened: the country of a place the article names only by
// its city comes from the gazetteer, and never overrides the article's own.
#include "extract/attack_places.h"

#include <gtest/gtest.h>

#include <memory>

#include "extract/event_text.h"
#include "extract/test_extractor.h"

namespace vigil {
namespace {

std::vector<Event> Attacks(const std::string& text) {
  return testing::AttacksIn(text, "2024-03-20");
}

// One attack per text, at `location`, in `country`.
struct PlaceCase {
  const char* why;
  const char* text;
  const char* location;
  const char* country;
};

TEST(AttackPlacesTest, CountryOfTheAttacksPlace) {
  const PlaceCase kCases[] = {
      {"a city known only to the gazetteer gives its country",
       "Gunmen on motorbikes shot dead six shopkeepers in Multan on Sunday, police "
       "said.\n",
       "Multan", "Pakistan"},
      {"a curated place gives its country",
       "A roadside bomb struck a minibus near Hama on Thursday, killing eleven "
       "farm workers.\n",
       "Hama", "Syria"},
      // The gazetteer's Valencia lies in Venezuela; the article says Spain.
      {"the article's country wins in the sentence",
       "An attacker stabbed three commuters at a tram stop in Valencia, Spain, on "
       "Friday evening.\n",
       "Valencia", "Spain"},
      {"the dateline is where the story was filed, not the attack's place",
       "PESHAWAR, Pakistan (AP) \u2014 A suicide bomber struck a police station in "
       "northwestern Pakistan on Tuesday, killing 12 officers.\nThe attack in Bannu "
       "district wounded 20 others.\n",
       "Bannu", "Pakistan"},
      {"the dateline is the place when the story names no other",
       "KABUL, March 18 (Reuters) - A suicide bomber killed 12 people at a mosque "
       "on Friday, officials said.\n",
       "Kabul", "Afghanistan"},
      {"the article's country wins over a later, more specific report",
       "Attacks on buses in Valencia, Spain, have killed four people this year.\n"
       "A bomb exploded on a bus in Valencia on Monday, killing two passengers.\n",
       "Valencia", "Spain"},
  };
  for (const PlaceCase& c : kCases) {
    const std::vector<Event> attacks = Attacks(c.text);
    ASSERT_EQ(attacks.size(), 1u) << c.why;
    EXPECT_EQ(attacks[0].location, c.location) << c.why;
    EXPECT_EQ(attacks[0].country, c.country) << c.why;
  }
}

TEST(DatelineTest, EndsAfterTheDashOfAnOpeningDateline) {
  auto end = [](const std::string& text) {
    Document d;
    d.text = text;
    return DatelineEnd(TokenizeForEvents(d, {}));
  };
  EXPECT_EQ(end("MOGADISHU \u2014 A bomb exploded."), 2u);
  EXPECT_EQ(end("LAGOS, Nigeria (Reuters) - Gunmen attacked a bus."), 7u);
  EXPECT_EQ(end("A bomb exploded in Lagos - officials said."), 0u);
  EXPECT_EQ(end("Police said - without naming anyone - that..."), 0u);
  EXPECT_EQ(end("Lagos"), 0u);
}

}  // namespace
}  // namespace vigil
