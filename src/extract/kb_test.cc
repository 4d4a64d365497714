#include "extract/kb.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace vigil {
namespace {

KnowledgeBase SmallKb() {
  KnowledgeBase kb;
  const Status s = kb.AddEntityTsv(
      "#id\ttype\tname\taliases\n"
      "g1\tORG\tEastern Harbour Brigade\tEHB|Liwa al-Mina\n"
      "p1\tPERSON\tAbu Salim al-Tarabulusi\t\n",
      "test.tsv");
  EXPECT_TRUE(s.ok()) << s.ToString();
  kb.Finish();
  return kb;
}

TEST(KnowledgeBaseTest, PreparedNamesAreTheNameThenTheAliases) {
  const KnowledgeBase kb = SmallKb();
  const KbEntry* g = kb.Find("g1");
  ASSERT_NE(g, nullptr);
  const uint32_t gi = static_cast<uint32_t>(g - kb.entries().data());
  const std::vector<PreparedName>& names = kb.PreparedNames(gi);
  ASSERT_EQ(names.size(), 3u);
  const std::vector<std::string> texts = {"Eastern Harbour Brigade", "EHB",
                                          "Liwa al-Mina"};
  for (size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(names[i].joined, PrepareName(texts[i], EntityType::kOrg).joined) << i;
  }
  const KbEntry* p = kb.Find("p1");
  const uint32_t pi = static_cast<uint32_t>(p - kb.entries().data());
  ASSERT_EQ(kb.PreparedNames(pi).size(), 1u);
  EXPECT_EQ(kb.PreparedNames(pi)[0].parts.parts.size(), 2u);  // kunya, nisba
  EXPECT_TRUE(kb.PreparedNames(pi)[0].parts.arabic);
}

TEST(KnowledgeBaseTest, PreparedNamesOncePerEntryAcrossThreads) {
  const KnowledgeBase kb = SmallKb();
  std::vector<const std::vector<PreparedName>*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] { seen[t] = &kb.PreparedNames(0); });
  }
  for (std::thread& t : threads) t.join();
  for (const auto* s : seen) EXPECT_EQ(s, seen[0]);
  EXPECT_EQ(seen[0]->size(), 3u);
}

// Invented places: two countries on an island, a town in each, and the
// regions that hold them.
KnowledgeBase IslandKb() {
  KnowledgeBase kb;
  Status s = kb.AddEntityTsv(
      "#id\ttype\tname\taliases\tkind\tcountry\n"
      "c_nor\tLOC\tNorland\tNorthern Republic\tcountry\tXN\n"
      "c_sud\tLOC\tSudland\t\tcountry\tXS\n"
      "t1\tLOC\tPort Amsel\t\tcity\tXN\n"
      "t2\tLOC\tKessel\t\tcity\tXS\n"
      "r1\tLOC\tUpper Coast\tCoastlands\tregion\t\n",
      "island.tsv");
  EXPECT_TRUE(s.ok()) << s.ToString();
  s = kb.AddRegionTsv(
      "#name\taliases\tkind\tcountries\n"
      "Isle of Two\tthe Island|Twin Isle\tcontinent\tXS|XN\n"
      "Upper Coast\t\tregion\tXN\n",
      "regions.tsv");
  EXPECT_TRUE(s.ok()) << s.ToString();
  kb.Finish();
  return kb;
}

TEST(KnowledgeBaseTest, PlaceWithinRegion) {
  const KnowledgeBase kb = IslandKb();
  struct Case {
    const char* place;
    const char* region;
    bool within;
  };
  const Case kCases[] = {
      {"Port Amsel", "Isle of Two", true},       // a town of a member country
      {"Kessel", "the Island", true},            // the region by an alias
      {"Northern Republic", "twin isle", true},  // a country by an alias
      {"The Island", "Isle of Two", true},       // the region itself
      {"Upper Coast", "Isle of Two", true},      // a smaller region
      {"Coastlands", "Upper Coast", true},       // the region through a KB alias
      {"Isle of Two", "Upper Coast", false},     // a larger region
      {"Kessel", "Upper Coast", false},          // a town of another country
      {"Port Amsel", "Norland", true},           // a country as the region
      {"Kessel", "Norland", false},
      {"Atlantis", "Isle of Two", false},   // unknown place
      {"Port Amsel", "Atlantis", false},    // unknown region
      {"Port Amsel", "Port Amsel", false},  // a town holds no countries
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(kb.PlaceWithin(c.place, c.region), c.within)
        << c.place << " / " << c.region;
  }
}

TEST(KnowledgeBaseTest, RegionRowsNeedNameAndCountries) {
  KnowledgeBase kb;
  EXPECT_FALSE(
      kb.AddRegionTsv("#name\taliases\tkind\tcountries\nNowhere\t\tregion\t\n", "bad.tsv")
          .ok());
}

// The shipped data/regions.tsv with the real gazetteer.
TEST(KnowledgeBaseTest, PlaceWithinShippedRegions) {
  auto kb = KnowledgeBase::Load({});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  EXPECT_TRUE((*kb)->PlaceWithin("Lyon", "Europe"));
  EXPECT_TRUE((*kb)->PlaceWithin("France", "Western Europe"));
  EXPECT_TRUE((*kb)->PlaceWithin("Toronto", "the West"));
  EXPECT_TRUE((*kb)->PlaceWithin("Mosul", "the Middle East"));
  EXPECT_TRUE((*kb)->PlaceWithin("Tashkent", "Central Asia"));
  EXPECT_TRUE((*kb)->PlaceWithin("Western Europe", "Europe"));
  EXPECT_TRUE((*kb)->PlaceWithin("Kano", "Africa"));
  EXPECT_FALSE((*kb)->PlaceWithin("Kabul", "Europe"));
  EXPECT_FALSE((*kb)->PlaceWithin("Moscow", "the West"));
  EXPECT_FALSE((*kb)->PlaceWithin("Europe", "Western Europe"));
}

// The filter in front of the lexicon table hides no listed word: every
// word gets the same classes through the hashed lookup as through the
// plain one.
TEST(KnowledgeBaseTest, HashedLexiconLookupAgreesWithPlainLookup) {
  KnowledgeBase kb;
  std::string rows;
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) {
    words.push_back("w" + std::to_string(i * 7919 % 10007));
    if (i % 3 == 0) rows += (i % 2 ? "title\t" : "nonentity\t") + words.back() + "\n";
  }
  ASSERT_TRUE(kb.AddLexiconTsv(rows, "lexicon.tsv").ok());
  ASSERT_TRUE(kb.AddEntityTsv("#id\ttype\tname\tdemonym\nc1\tLOC\tZarovia\tZarovian\n",
                              "test.tsv")
                  .ok());
  kb.Finish();
  words.push_back("zarovian");
  int listed = 0;
  for (const std::string& w : words) {
    EXPECT_EQ(kb.Lexicon(HashWord(w)), kb.Lexicon(std::string_view(w))) << w;
    listed += kb.Lexicon(std::string_view(w)) != 0;
  }
  EXPECT_EQ(listed, 1001);
  EXPECT_EQ(kb.Lexicon(HashWord("zarovian")), kLexDemonym);
}

// Aliases whose first token starts with a capital are turned away at an
// uncapitalised word; the others ("al-Mina", "de ...") are not.
TEST(KnowledgeBaseTest, UncapitalisedAliasStarts) {
  KnowledgeBase kb;
  ASSERT_TRUE(
      kb.AddEntityTsv("#id\ttype\tname\taliases\n"
                      "g1\tORG\tEastern Harbour Brigade\tal-Mina Front|-Qasr Unit\n"
                      "l1\tLOC\tde Wittenhaven\t1st Quarter\n",
                      "test.tsv")
          .ok());
  kb.Finish();
  for (const char* w : {"al", "de", "1st", "qasr"}) {
    EXPECT_TRUE(kb.MayStartUncapitalised(HashWord(w))) << w;
  }
  for (const char* w : {"eastern", "harbour", "mina", "wittenhaven", "zzz"}) {
    EXPECT_FALSE(kb.MayStartUncapitalised(HashWord(w))) << w;
  }
}

// What the recogniser's case test reads of each alias token is worked out
// when the alias is indexed, with the lexicon as loaded.
TEST(KnowledgeBaseTest, AliasTokenFacts) {
  KnowledgeBase kb;
  ASSERT_TRUE(kb.AddLexiconTsv("connector\tal\n", "lexicon.tsv").ok());
  ASSERT_TRUE(
      kb.AddEntityTsv("#id\ttype\tname\nq1\tORG\tKTB al-Qorvan\n", "test.tsv").ok());
  kb.Finish();
  std::vector<TokenTrie::Match> matches;
  const std::vector<std::string> words = {"ktb", "al", "-", "qorvan"};
  std::vector<HashedWord> hashed;
  for (const std::string& w : words) hashed.push_back(HashWord(w));
  kb.trie().MatchesAt(hashed, 0, hashed.size(), &matches);
  ASSERT_EQ(matches.size(), 1u);
  const KnowledgeBase::Alias& a = kb.alias(matches[0].value);
  ASSERT_EQ(a.tokens.size(), 4u);
  const KnowledgeBase::AliasToken &ktb = a.tokens[0], &al = a.tokens[1],
                                  &hyphen = a.tokens[2], &qorvan = a.tokens[3];
  EXPECT_EQ(ktb.text, "KTB");
  EXPECT_TRUE(ktb.all_caps && ktb.capitalised && !ktb.connector && !ktb.hyphen);
  EXPECT_TRUE(al.connector && !al.capitalised && !al.all_caps);
  EXPECT_TRUE(hyphen.hyphen && !hyphen.all_caps);
  EXPECT_TRUE(qorvan.capitalised && !qorvan.all_caps && !qorvan.connector);
}

}  // namespace
}  // namespace vigil
