#include "store/entity_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "store/store.h"
#include "store/test_util.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

Entity MakeEntity(std::string name, EntityType type, std::string kb_id,
                  std::vector<std::string> surfaces) {
  Entity e;
  e.name = std::move(name);
  e.type = type;
  e.kb_id = std::move(kb_id);
  uint32_t at = 0;
  for (std::string& s : surfaces) {
    if (std::find(e.aliases.begin(), e.aliases.end(), s) == e.aliases.end())
      e.aliases.push_back(s);
    Mention m;
    m.span = Span{at, at + static_cast<uint32_t>(s.size())};
    at = m.span.end + 1;
    m.surface = std::move(s);
    e.mentions.push_back(std::move(m));
  }
  return e;
}

class EntityReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("entities.db");
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Put(**store, "feeds/one.txt", "2023-05-02", "Group names new spokesman", 1,
        {MakeEntity("Abu Talib al-Wardi", EntityType::kPerson, "",
                    {"Abu Talib al-Wardi", "al-Wardi", "al-Wardi"}),
         MakeEntity("Desert Front", EntityType::kOrg, "desert_front",
                    {"Desert Front", "DF"})});
    Put(**store, "feeds/two.html", "2023-06-10", "", 2,
        {MakeEntity("Desert Front", EntityType::kOrg, "desert_front",
                    {"the Desert Front", "DF", "DF"}),
         // Same name, other type: another identity.
         MakeEntity("Abu Talib al-Wardi", EntityType::kLoc, "", {"Abu Talib al-Wardi"}),
         MakeEntity("Abu Talib al-Wardi", EntityType::kPerson, "", {"Wardi"})});
    // The same text from a second source adds a source, not entities.
    Put(**store, "mirror/two.html", "2023-06-10", "", 2,
        {MakeEntity("Desert Front", EntityType::kOrg, "desert_front", {"DF"})});
  }

  void Put(Store& store, const std::string& source, const std::string& published,
           const std::string& title, uint64_t hash, std::vector<Entity> entities) {
    Document doc;
    doc.meta.source = source;
    doc.published = published;
    doc.title = title;
    doc.text = "A short invented text number " + std::to_string(hash) + ".";
    doc.content_hash = hash;
    Extraction x;
    x.entities = std::move(entities);
    auto put = store.Put(doc, x);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }
  testing::ScratchDir dir_;  // one per test: ctest runs tests in parallel
  std::string path_;
};

const EntityAlias* FindAlias(const StoredEntity& e, std::string_view surface) {
  for (const EntityAlias& a : e.aliases) {
    if (a.surface == surface) return &a;
  }
  return nullptr;
}

TEST_F(EntityReaderTest, NamesAreDistinctAndSorted) {
  auto names = LoadStoredEntityNames(path_);
  ASSERT_TRUE(names.ok()) << names.status().ToString();
  EXPECT_EQ(*names, (std::vector<std::string>{"Abu Talib al-Wardi", "Desert Front"}));
}

TEST_F(EntityReaderTest, ByKbIdGathersAliasesAcrossArticles) {
  auto found = LoadStoredEntities(path_, EntitySelector{{"desert_front"}, {}});
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 1u);
  const StoredEntity& e = (*found)[0];
  EXPECT_EQ(e.name, "Desert Front");
  EXPECT_EQ(e.kb_id, "desert_front");
  EXPECT_EQ(e.type, EntityType::kOrg);
  EXPECT_EQ(e.documents.size(), 2u);
  // Most mentioned first: DF has 1 + 2 mentions.
  ASSERT_EQ(e.aliases.size(), 3u);
  EXPECT_EQ(e.aliases[0].surface, "DF");
  EXPECT_EQ(e.aliases[0].mentions, 3);
  ASSERT_EQ(e.aliases[0].articles.size(), 2u);
  EXPECT_EQ(e.aliases[0].articles[0].source, "feeds/one.txt");
  EXPECT_EQ(e.aliases[0].articles[0].title, "Group names new spokesman");
  EXPECT_EQ(e.aliases[0].articles[0].published, "2023-05-02");
  EXPECT_EQ(e.aliases[0].articles[0].mentions, 1);
  EXPECT_EQ(e.aliases[0].articles[1].source, "feeds/two.html");  // first source
  EXPECT_EQ(e.aliases[0].articles[1].mentions, 2);
  const EntityAlias* the = FindAlias(e, "the Desert Front");
  ASSERT_NE(the, nullptr);
  ASSERT_EQ(the->articles.size(), 1u);
  EXPECT_EQ(the->articles[0].published, "2023-06-10");
}

TEST_F(EntityReaderTest, ByNameKeepsTypesApartAndMergesRowsOfOneArticle) {
  auto found = LoadStoredEntities(path_, EntitySelector{{}, {"Abu Talib al-Wardi"}});
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 2u);
  const StoredEntity& person = (*found)[0];
  EXPECT_EQ(person.type, EntityType::kPerson);
  EXPECT_EQ(person.documents, (std::vector<int64_t>{1, 2}));
  const EntityAlias* short_form = FindAlias(person, "al-Wardi");
  ASSERT_NE(short_form, nullptr);
  EXPECT_EQ(short_form->mentions, 2);
  ASSERT_NE(FindAlias(person, "Wardi"), nullptr);
  EXPECT_EQ((*found)[1].type, EntityType::kLoc);
  EXPECT_EQ((*found)[1].documents, (std::vector<int64_t>{2}));
}

TEST_F(EntityReaderTest, UnknownSelectorFindsNothing) {
  auto found = LoadStoredEntities(path_, EntitySelector{{"nobody"}, {"Nobody"}});
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_TRUE(found->empty());
}

TEST(EntityReaderMissingTest, MissingStoreIsNotFound) {
  auto names = LoadStoredEntityNames("/nonexistent/vigil.db");
  ASSERT_FALSE(names.ok());
  EXPECT_EQ(names.status().code(), StatusCode::kNotFound);
  auto found = LoadStoredEntities("/nonexistent/vigil.db", EntitySelector{});
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace vigil
