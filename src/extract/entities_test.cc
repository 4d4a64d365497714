#include "extract/entities.h"

#include <gtest/gtest.h>

#include <memory>

#include "extract/kb.h"
#include "extract/tokens.h"

namespace vigil {
namespace {

std::unique_ptr<KnowledgeBase> LoadKb() {
  KbOptions o;
  o.data_dir = std::string(VIGIL_SOURCE_DIR) + "/data";
  auto kb = KnowledgeBase::Load(o);
  EXPECT_TRUE(kb.ok()) << kb.status().ToString();
  return kb.ok() ? std::move(*kb) : nullptr;
}

Document Doc(std::string text, std::string published = "") {
  Document d;
  d.text = std::move(text);
  d.published = std::move(published);
  return d;
}

const Entity* FindByName(const std::vector<Entity>& es, const std::string& name) {
  for (const Entity& e : es) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

// Mentions of the entity named `name`, 0 when there is none.
size_t MentionCount(const std::vector<Entity>& es, const std::string& name) {
  const Entity* e = FindByName(es, name);
  return e ? e->mentions.size() : 0;
}

TEST(TokensTest, HyphensPossessivesAndAbbreviations) {
  const std::string text = "The U.S. envoy met al-Rawi’s aide.";
  const std::vector<EntityToken> t = Tokenize(text, {});
  std::vector<std::string> folded;
  for (const EntityToken& x : t) folded.push_back(x.folded);
  EXPECT_EQ(folded, (std::vector<std::string>{"the", "u.s.", "envoy", "met", "al", "-",
                                              "rawi", "'s", "aide", "."}));
  EXPECT_TRUE(t[1].all_caps);
  EXPECT_TRUE(t[0].sent_start);
}

class EntitiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { kb_ = LoadKb().release(); }
  static void TearDownTestSuite() { delete kb_; }
  static KnowledgeBase* kb_;
};
KnowledgeBase* EntitiesTest::kb_ = nullptr;

// A title-case line (a headline) names nobody by its capitals alone: its
// candidates may only join entities the prose names.
TEST_F(EntitiesTest, HeadlineCandidatesCreateNoEntity) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("Militia Commander Dorvan Kessel Killed In Raid Near Tarsa Province\n"
          "Spokesman Harlan Vosk said on Monday that the talks went well."));
  EXPECT_EQ(MentionCount(es, "Harlan Vosk"), 1u);
  for (const Entity& e : es) {
    for (const Mention& m : e.mentions)
      EXPECT_EQ(m.surface.find("Kessel"), std::string::npos) << m.surface;
  }
}

TEST_F(EntitiesTest, SpansMatchSurfaces) {
  const Document d = Doc(
      "Group spokesman Abu Yasir al-Harbawi said on Monday that fighters of the Islamic "
      "State (IS) struck near Raqqa. Al-Harbawi added that Daesh would go on. Dr. Lena "
      "Fischer of the Baltic Research Institute said IS was weaker.");
  ASSERT_NE(kb_, nullptr);
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(d);
  ASSERT_FALSE(es.empty());
  for (const Entity& e : es) {
    for (const Mention& m : e.mentions) {
      EXPECT_EQ(d.text.substr(m.span.begin, m.span.size()), m.surface);
    }
  }
  const Entity* person = FindByName(es, "Abu Yasir al-Harbawi");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
  EXPECT_EQ(person->mentions.size(), 2u);  // the later "Al-Harbawi" joins it
  const Entity* is = FindByName(es, "Islamic State");
  ASSERT_NE(is, nullptr);
  EXPECT_EQ(is->kb_id, "isis");
  EXPECT_GE(is->mentions.size(), 4u);
  const Entity* org = FindByName(es, "Baltic Research Institute");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->type, EntityType::kOrg);
  const Entity* fischer = FindByName(es, "Lena Fischer");
  ASSERT_NE(fischer, nullptr);
  EXPECT_EQ(fischer->type, EntityType::kPerson);
}

TEST_F(EntitiesTest, IsTheVerbIsNoGroup) {
  const std::vector<Entity> es =
      EntityRecognizer(*kb_).Recognize(Doc("It is clear that the plan is failing."));
  EXPECT_TRUE(es.empty());
}

TEST_F(EntitiesTest, OrdinalUnitsAndCountryForcesAreOrgs) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("Pilots from the 212th Tactical Airlift Wing landed on Tuesday. Later the "
          "U.S. Naval Forces Logistics Command sent a tanker. The Government of Norway "
          "paid for the fuel."));
  for (const char* name :
       {"212th Tactical Airlift Wing", "U.S. Naval Forces Logistics Command",
        "Government of Norway"}) {
    const Entity* e = FindByName(es, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::kOrg) << name;
  }
}

TEST_F(EntitiesTest, ActingCountryIsAlsoAnOrg) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("Norway will send two medical teams. The teams will work in Norway's north and "
          "in Sweden."));
  int orgs = 0, locs = 0;
  for (const Entity& e : es) {
    if (e.name != "Norway") continue;
    orgs += e.type == EntityType::kOrg;
    locs += e.type == EntityType::kLoc;
  }
  EXPECT_EQ(orgs, 1);
  EXPECT_EQ(locs, 1);
}

TEST_F(EntitiesTest, ThingAbbreviationIsNoOrg) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("A roadside IED and a UAV were reported near the road."));
  EXPECT_EQ(FindByName(es, "IED"), nullptr);
  EXPECT_EQ(FindByName(es, "UAV"), nullptr);
}

TEST_F(EntitiesTest, InitialsAndRankAbbreviationsKeepTheName) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("The convoy left at dawn, said Brig. Gen. Ruth K. Abernathy, who led it."));
  const Entity* e = FindByName(es, "Ruth K. Abernathy");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
}

TEST_F(EntitiesTest, PlaceWordsAroundNames) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("Shepherds crossed Mount Qandil before the storm reached the Mosul Dam."));
  for (const char* name : {"Mount Qandil", "Mosul Dam"}) {
    const Entity* e = FindByName(es, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::kLoc) << name;
  }
}

TEST_F(EntitiesTest, AmbiguousShortNameStaysApart) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("Abu Salim al-Dabbagh and Abu Karim al-Dabbagh were seen in Mosul. Witnesses "
          "said al-Dabbagh fled."));
  const Entity* salim = FindByName(es, "Abu Salim al-Dabbagh");
  const Entity* karim = FindByName(es, "Abu Karim al-Dabbagh");
  ASSERT_NE(salim, nullptr);
  ASSERT_NE(karim, nullptr);
  EXPECT_EQ(salim->mentions.size(), 1u);
  EXPECT_EQ(karim->mentions.size(), 1u);
}

// A later short mention joins a full name when its last part lands on the
// full name's last part or on a nisba; a middle part alone does not.
TEST_F(EntitiesTest, ShortMentionLandsOnLastPartOrNisba) {
  auto count = [](const std::string& text, const std::string& name) {
    return MentionCount(EntityRecognizer(*kb_).Recognize(Doc(text)), name);
  };
  EXPECT_EQ(count("Spokesman Abu Hamza al-Tarbuni al-Sahili spoke on Monday. The convoy "
                  "had left, al-Tarbuni said.",
                  "Abu Hamza al-Tarbuni al-Sahili"),
            2u);
  EXPECT_EQ(count("Commander Idris Vantok Mareel spoke on Monday. The convoy had left, "
                  "Mareel said.",
                  "Idris Vantok Mareel"),
            2u);
  EXPECT_EQ(count("Commander Idris Vantok Mareel spoke on Monday. The convoy had left, "
                  "Vantok said.",
                  "Idris Vantok Mareel"),
            1u);
}

TEST_F(EntitiesTest, DemonymsAndDirections) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("Kurdish fighters advanced in northern Iraq, the Russian ministry said."));
  for (const Entity& e : es) EXPECT_NE(e.name, "Kurdish");
  const Entity* iraq = FindByName(es, "Iraq");
  ASSERT_NE(iraq, nullptr);
  EXPECT_EQ(iraq->mentions.at(0).surface, "northern Iraq");
}

TEST(EntityResolverTest, VariantOfAKnownPlaceJoinsIt) {
  std::unique_ptr<KnowledgeBase> kb = LoadKb();
  ASSERT_NE(kb, nullptr);
  ASSERT_TRUE(kb->AddEntityTsv("#id\ttype\tname\taliases\tkind\tcountry\n"
                               "lindholm_hall\tLOC\tLindholm City Hall\t\tfacility\tSE\n",
                               "extra.tsv")
                  .ok());
  kb->Finish();
  const std::vector<Entity> es = EntityRecognizer(*kb).Recognize(
      Doc("Crowds gathered at Lindholm City Hall on Friday. Police sealed Lindholm "
          "Town Hall by night, and Lindholm Concert Hall stayed open."));
  EXPECT_EQ(MentionCount(es, "Lindholm City Hall"), 2u);
  EXPECT_EQ(MentionCount(es, "Lindholm Concert Hall"), 1u);
}

TEST_F(EntitiesTest, LowerCaseDirectionIsPartOfThePlace) {
  const std::vector<Entity> es = EntityRecognizer(*kb_).Recognize(
      Doc("Drones struck southern Syria on Monday. Syria denied it. Traders in "
          "central Asia and in Asia watched."));
  EXPECT_EQ(MentionCount(es, "Syria"), 2u);
  EXPECT_EQ(MentionCount(es, "Central Asia"), 1u);
  EXPECT_EQ(MentionCount(es, "Asia"), 1u);
}

TEST(KnowledgeBaseTest, MissingFolderIsAClearError) {
  KbOptions o;
  o.data_dir = "/nonexistent/vigil-data";
  auto kb = KnowledgeBase::Load(o);
  ASSERT_FALSE(kb.ok());
  EXPECT_EQ(kb.status().code(), StatusCode::kNotFound);
}

TEST(KnowledgeBaseTest, ExtraRowsAddAliases) {
  KnowledgeBase kb;
  ASSERT_TRUE(
      kb.AddEntityTsv("#id\ttype\tname\taliases\nx1\tORG\tNorthern Brigade\tNB|Liwa "
                      "al-Shamal\n",
                      "extra.tsv")
          .ok());
  kb.Finish();
  EXPECT_EQ(kb.FindByName("Liwa al-Shamal").size(), 1u);
  EXPECT_FALSE(kb.AddEntityTsv("#id\ttype\tname\nx2\tTHING\tFoo\n", "bad.tsv").ok());
}

}  // namespace
}  // namespace vigil
