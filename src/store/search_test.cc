// Full-text search over the store: ranking, snippets, query syntax.
#include <gtest/gtest.h>

#include <algorithm>

#include "store/sqlite_store.h"
#include "store/test_util.h"

namespace vigil {
namespace {

using testing::MakeDoc;
using testing::ScratchDir;

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::Open(dir_.File("search.db"));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }
  void Add(const std::string& title, const std::string& text, const std::string& source) {
    auto r = store_->Put(MakeDoc(title, text, source), {});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
  std::vector<SearchHit> Search(const std::string& query, int limit = 10) {
    auto hits = store_->Search(query, limit);
    EXPECT_TRUE(hits.ok()) << query << ": " << hits.status().ToString();
    return hits.ok() ? *hits : std::vector<SearchHit>();
  }
  std::vector<std::string> Sources(const std::vector<SearchHit>& hits) {
    std::vector<std::string> out;
    for (const SearchHit& h : hits) out.push_back(h.source);
    return out;
  }

  ScratchDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(SearchTest, TitleMatchRanksFirst) {
  // The body-only article says "harbour" more often and is shorter, so with
  // equal column weights it would rank first.
  Add("Market report", "Fish prices at the harbour rose; the harbour stayed busy.",
      "body.txt");
  Add("Harbour closed after storm",
      "Officials said ships would wait outside until the weather improved and crews "
      "could repair the damaged piers along the eastern side of the port area today.",
      "title.txt");
  std::vector<SearchHit> hits = Search("harbour");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].source, "title.txt");
  EXPECT_LT(hits[0].score, hits[1].score);  // BM25: lower is better
}

TEST_F(SearchTest, HitCarriesMetadataAndMarkedSnippet) {
  Add("Council meeting", "The council voted on the new bridge budget late on Tuesday.",
      "council.txt");
  std::vector<SearchHit> hits = Search("bridge");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].title, "Council meeting");
  EXPECT_EQ(hits[0].published, "2024-01-05");
  EXPECT_EQ(hits[0].url, "https://example.org/council.txt");
  EXPECT_EQ(hits[0].source, "council.txt");
  EXPECT_NE(hits[0].snippet.find("[bridge]"), std::string::npos) << hits[0].snippet;
  EXPECT_GT(hits[0].document_id, 0);
}

TEST_F(SearchTest, SourceIsTheFirstRecorded) {
  Add("T", "copied wire story about rainfall", "first.txt");
  Add("T", "copied wire story about rainfall", "second.txt");
  EXPECT_EQ(Sources(Search("rainfall")), std::vector<std::string>{"first.txt"});
}

TEST_F(SearchTest, QueriesMatchTheExpectedDocuments) {
  Add("T", "A new Café opened near São Paulo station.", "cafe.txt");
  Add("T", "rivers and lakes", "water.txt");
  Add("T", "mountains and valleys", "land.txt");
  const struct {
    const char* query;
    std::vector<std::string> sources;  // sorted
  } cases[] = {
      {"cafe", {"cafe.txt"}},  // diacritics removed
      {"café", {"cafe.txt"}},
      {"SAO paulo", {"cafe.txt"}},  // case folded
      {"rivers OR mountains", {"land.txt", "water.txt"}},
      {"riv*", {"water.txt"}},
      {"\"and lakes\"", {"water.txt"}},
      {"and NOT lakes", {"land.txt"}},
  };
  for (const auto& c : cases) {
    std::vector<std::string> got = Sources(Search(c.query));
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, c.sources) << c.query;
  }
}

TEST_F(SearchTest, BadSyntaxFallsBackToQuotedWords) {
  Add("T", "Reports named al-Baghdadi as the commander.", "a.txt");
  Add("T", "The commander's deputy spoke.", "b.txt");
  // FTS5 reads "al-Baghdadi" as a column filter and a lone quote as an
  // unterminated string; both must still search.
  EXPECT_EQ(Sources(Search("al-Baghdadi")), std::vector<std::string>{"a.txt"});
  EXPECT_EQ(Sources(Search("commander \"deputy")), std::vector<std::string>{"b.txt"});
  EXPECT_EQ(Search("commander's (").size(), 1u);
  EXPECT_TRUE(Search("\"").empty());
  EXPECT_TRUE(Search("").empty());
  EXPECT_TRUE(Search("--- :").empty());
}

TEST_F(SearchTest, QuoteFtsWords) {
  EXPECT_EQ(QuoteFtsWords("al-Baghdadi  said"), "\"al-Baghdadi\" \"said\"");
  EXPECT_EQ(QuoteFtsWords("say \"hi"), "\"say\" \"\"\"hi\"");
  EXPECT_EQ(QuoteFtsWords(" - ( "), "");
}

TEST_F(SearchTest, LimitCapsHits) {
  for (int i = 0; i < 5; ++i) {
    Add("T", "common word number " + std::to_string(i), std::to_string(i) + ".txt");
  }
  EXPECT_EQ(Search("common", 3).size(), 3u);
  EXPECT_EQ(Search("common", 10).size(), 5u);
  EXPECT_FALSE(store_->Search("common", 0).ok());
}

TEST_F(SearchTest, NoMatchIsEmpty) {
  Add("T", "something else", "x.txt");
  EXPECT_TRUE(Search("absent").empty());
}

}  // namespace
}  // namespace vigil
