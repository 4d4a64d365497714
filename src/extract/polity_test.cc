#include "extract/polity.h"

#include <gtest/gtest.h>

#include <string>

namespace vigil {
namespace {

bool Acting(const std::string& text, const std::string& name) {
  const size_t b = text.find(name);
  return IsActingMention(text, b, b + name.size());
}

TEST(PolityTest, SubjectOfStanceVerbActs) {
  EXPECT_TRUE(Acting("Officials said Norway will send more advisers.", "Norway"));
  EXPECT_TRUE(Acting("Since then Chile has condemned the raid.", "Chile"));
  EXPECT_TRUE(Acting("We hope Peru continue its work.", "Peru"));
  EXPECT_TRUE(Acting("Chile is sending aid.", "Chile"));
  EXPECT_FALSE(Acting("Both Peru and Chile is sending aid.", "Chile"));
  EXPECT_TRUE(Acting("Chile is committed to peace.", "Chile"));
  EXPECT_FALSE(Acting("Chile is being torn apart.", "Chile"));
  EXPECT_FALSE(Acting("Chile is a large country.", "Chile"));
  EXPECT_TRUE(Acting("They thanked our ally Portugal for its help.", "Portugal"));
}

// Cue words count whole and in lower case only.
TEST(PolityTest, CueWordsAreWholeLowerCaseWords) {
  EXPECT_FALSE(Acting("Chile wil send aid.", "Chile"));
  EXPECT_FALSE(Acting("Chile willingly sent aid.", "Chile"));
  EXPECT_FALSE(Acting("Chile Will Rise is a film.", "Chile"));
  EXPECT_TRUE(Acting("Chile will send aid.", "Chile"));
}

TEST(PolityTest, PlacesDoNotAct) {
  EXPECT_FALSE(Acting("Fighting spread across Norway last week.", "Norway"));
  EXPECT_FALSE(Acting("A raid by Chile-backed units failed.", "Chile"));
  EXPECT_FALSE(Acting("The group was seen in Chile. Has it moved?", "Chile"));
  EXPECT_FALSE(Acting("Portugal", "Portugal"));
  EXPECT_FALSE(Acting("The truce in Chile announced by both sides held.", "Chile"));
}

}  // namespace
}  // namespace vigil
