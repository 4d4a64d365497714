// Where attacks happened: the country of a place the article names only by
// its city comes from the gazetteer, and never overrides the article's own.
#include "extract/attack_places.h"

#include <gtest/gtest.h>

#include <memory>

#include "extract/extractor.h"

namespace vigil {
namespace {

class AttackPlacesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto made = Extractor::Create();
    ASSERT_TRUE(made.ok()) << made.status().ToString();
    extractor_ = std::move(made.value()).release();
  }
  static void TearDownTestSuite() { delete extractor_; }

  // The attacks found in `text` with the full extractor (entities first).
  static std::vector<Event> Attacks(const std::string& text) {
    Document d;
    d.text = text;
    d.published = "2024-03-20";
    std::vector<Event> out;
    for (Event& e : extractor_->Extract(d).events) {
      if (e.type == EventType::kAttack) out.push_back(std::move(e));
    }
    return out;
  }
  static Extractor* extractor_;
};
Extractor* AttackPlacesTest::extractor_ = nullptr;

// One attack per text, at `location`, in `country`.
struct PlaceCase {
  const char* why;
  const char* text;
  const char* location;
  const char* country;
};

TEST_F(AttackPlacesTest, CountryOfTheAttacksPlace) {
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

}  // namespace
}  // namespace vigil
