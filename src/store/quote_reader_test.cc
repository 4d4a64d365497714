#include "store/quote_reader.h"

#include <gtest/gtest.h>

#include "store/article_reader.h"
#include "store/store.h"
#include "store/test_util.h"

namespace vigil {
namespace {

Quote MakeQuote(std::string text, std::string speaker) {
  Quote q;
  q.text = std::move(text);
  if (!speaker.empty()) q.speaker = std::move(speaker);
  return q;
}

TEST(QuoteReaderTest, QuotesComeBackWithTheirArticles) {
  testing::ScratchDir dir;
  const std::string path = dir.File("quotes.db");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Extraction a, b;
    a.quotes = {MakeQuote("the ferries will run again on monday morning", "Mara Olsen"),
                MakeQuote("ok", "")};
    b.quotes = {MakeQuote("the ferries will run again on monday", "Tomas Berg")};
    Document da = testing::MakeDoc("Ferries", "Ferry service resumes.", "a.txt");
    Document db = testing::MakeDoc("Harbour", "The harbour reopens soon.", "b.txt");
    db.published = "2024-01-07";
    ASSERT_TRUE((*store)->Put(da, a).ok());
    ASSERT_TRUE((*store)->Put(db, b).ok());
  }
  auto all = LoadQuoteUses(path);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].speaker, "Mara Olsen");
  EXPECT_EQ((*all)[1].speaker, "");
  EXPECT_EQ((*all)[2].published, "2024-01-07");
  EXPECT_NE((*all)[0].document_id, (*all)[2].document_id);

  QuoteFilter by_speaker;
  by_speaker.speaker = "Tomas Berg";
  auto berg = LoadQuoteUses(path, by_speaker);
  ASSERT_TRUE(berg.ok());
  ASSERT_EQ(berg->size(), 1u);
  EXPECT_EQ((*berg)[0].text, "the ferries will run again on monday");

  QuoteFilter long_only;
  long_only.min_bytes = 5;
  auto long_quotes = LoadQuoteUses(path, long_only);
  ASSERT_TRUE(long_quotes.ok());
  EXPECT_EQ(long_quotes->size(), 2u);

  auto articles = LoadArticles(path, {(*all)[2].document_id, 999, (*all)[0].document_id});
  ASSERT_TRUE(articles.ok());
  ASSERT_EQ(articles->size(), 2u);  // 999 is not in the store
  EXPECT_EQ(articles->at((*all)[0].document_id).source, "a.txt");
  EXPECT_EQ(articles->at((*all)[0].document_id).title, "Ferries");
  EXPECT_EQ(articles->at((*all)[2].document_id).source, "b.txt");
  EXPECT_EQ(articles->at((*all)[2].document_id).published, "2024-01-07");
}

TEST(QuoteReaderTest, MissingStoreIsNotFound) {
  auto r = LoadQuoteUses("/nonexistent/dir/none.db");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace vigil
