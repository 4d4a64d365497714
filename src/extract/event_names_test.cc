#include "extract/event_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigil {
namespace {

struct Found {
  std::string surface;
  std::string canonical;
  std::string place_kind;
  bool group = false;
};

// Names in `text`; each of `entity_surfaces` (first occurrence) is given as
// one LOC entity mention, as the recogniser would.
std::vector<Found> Names(const std::string& text,
                         const std::vector<std::string>& entity_surfaces = {}) {
  Document doc;
  doc.text = text;
  const EventText et = TokenizeForEvents(doc, {});
  std::vector<Entity> entities;
  for (const std::string& s : entity_surfaces) {
    Entity e;
    e.name = s;
    e.type = EntityType::kLoc;
    Mention m;
    const size_t at = text.find(s);
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())};
    m.surface = s;
    e.mentions.push_back(m);
    entities.push_back(e);
  }
  std::vector<Found> out;
  const EventLexicon& lex = EventLexicon::Default();
  for (const NameMention& m : FindNames(et, lex, entities)) {
    out.push_back({m.surface, m.canonical, m.place_kind, m.group >= 0});
  }
  return out;
}

const Found* Named(const std::vector<Found>& all, const std::string& surface) {
  for (const Found& f : all) {
    if (f.surface == surface) return &f;
  }
  return nullptr;
}

// Lexicon names are found at their longest, by alias, with the exact-case
// rule for short capitals, after "the", and from entity mentions.
TEST(EventNamesTest, LexiconGroupsCountriesAndPlaces) {
  if (EventLexicon::Default().groups.empty()) GTEST_SKIP() << "no lexicon";
  const std::vector<Found> a = Names(
      "Fighters of the Islamic State of Iraq and the Levant crossed from France "
      "toward the United States, IS said; the plan is old.");
  const Found* isil = Named(a, "Islamic State of Iraq and the Levant");
  ASSERT_NE(isil, nullptr);
  EXPECT_TRUE(isil->group);
  EXPECT_EQ(isil->canonical, "Islamic State");
  const Found* france = Named(a, "France");
  ASSERT_NE(france, nullptr);
  EXPECT_EQ(france->place_kind, "country");
  ASSERT_NE(Named(a, "United States"), nullptr);
  const Found* is = Named(a, "IS");
  ASSERT_NE(is, nullptr);
  EXPECT_TRUE(is->group);
  EXPECT_EQ(Named(a, "is"), nullptr);

  const std::vector<Found> b = Names("Aid reached the USA and Europe.", {"the USA"});
  const Found* usa = Named(b, "the USA");
  ASSERT_NE(usa, nullptr);
  EXPECT_EQ(usa->place_kind, "country");
  const Found* europe = Named(b, "Europe");
  ASSERT_NE(europe, nullptr);
  EXPECT_EQ(europe->place_kind, "region");
}

// A lower-case word with the Arabic article starts a name ("al-", "el-");
// other hyphenated lower-case words do not.
TEST(EventNamesTest, ArabicArticleStartsAName) {
  const std::vector<Found> a =
      Names("Guards said al-Marwan and el-Tahir fled while ale-house owners hid.");
  EXPECT_NE(Named(a, "al-Marwan"), nullptr);
  EXPECT_NE(Named(a, "el-Tahir"), nullptr);
  for (const Found& f : a) EXPECT_EQ(f.surface.find("ale-house"), std::string::npos);
}

// Entity mentions given out of text order come back in text order, and
// each mention of an entity named for a country is in that country, however
// its mentions are interleaved with another entity's.
TEST(EventNamesTest, EntityMentionsInTextOrderWithTheirCountry) {
  if (EventLexicon::Default().countries.empty()) GTEST_SKIP() << "no lexicon";
  Document doc;
  doc.text = "Troops left western Mali, passed Kessa Ridge and reached southern Mali.";
  const EventText et = TokenizeForEvents(doc, {});
  auto mention = [&](const std::string& surface) {
    Mention m;
    const size_t at = doc.text.find(surface);
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
    m.surface = surface;
    return m;
  };
  Entity ridge, mali;
  ridge.name = "Kessa Ridge";
  ridge.type = mali.type = EntityType::kLoc;
  ridge.mentions = {mention("Kessa Ridge")};
  mali.name = "Mali";
  mali.mentions = {mention("southern Mali"), mention("western Mali")};
  const std::vector<NameMention> names =
      FindNames(et, EventLexicon::Default(), {mali, ridge});
  std::vector<std::string> surfaces;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) EXPECT_LT(names[i - 1].first, names[i].first);
    surfaces.push_back(names[i].surface);
    const bool in_mali = names[i].surface.ends_with("Mali");
    EXPECT_EQ(names[i].country >= 0, in_mali) << names[i].surface;
    if (in_mali) EXPECT_EQ(names[i].place_kind, "country") << names[i].surface;
  }
  EXPECT_EQ(surfaces,
            (std::vector<std::string>{"western Mali", "Kessa Ridge", "southern Mali"}));
}

}  // namespace
}  // namespace vigil
