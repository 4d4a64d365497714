#include "dedup/quote_reuse.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

QuoteUse Use(int64_t doc, std::string text, std::string speaker = "",
             std::string published = "2025-06-01") {
  QuoteUse q;
  q.document_id = doc;
  q.text = std::move(text);
  q.speaker = std::move(speaker);
  q.source = "doc" + std::to_string(doc) + ".txt";
  q.published = std::move(published);
  return q;
}

constexpr char kLine[] =
    "the harbour patrols will double before the festival and every ferry will be "
    "searched at the quay";

TEST(QuoteReuseTest, SameWordsInTwoArticlesAreOneQuotation) {
  auto groups = FindReusedQuotes(
      {Use(1, kLine, "Mara Olsen"), Use(2, "we expect a quiet weekend on the coast road"),
       Use(3, std::string("“") + kLine + ".”", "Olsen", "2025-05-30")},
      {});
  ASSERT_EQ(groups.size(), 1u);
  const ReusedQuote& g = groups[0];
  EXPECT_EQ(g.articles, 2u);
  ASSERT_EQ(g.uses.size(), 2u);
  EXPECT_EQ(g.uses[0].document_id, 3);  // the earlier publication first
  EXPECT_FALSE(g.speakers_differ);      // "Olsen" lies within "Mara Olsen"
  EXPECT_FALSE(g.copies_only);
}

TEST(QuoteReuseTest, AnExcerptJoinsTheLongerQuotation) {
  auto groups = FindReusedQuotes(
      {Use(1, kLine), Use(2, "every ferry will be searched at the quay, he said")}, {});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].articles, 2u);
}

TEST(QuoteReuseTest, ShortAndUnrelatedQuotesAreNotReuse) {
  auto groups = FindReusedQuotes(
      {Use(1, "no comment at this time"), Use(2, "no comment at this time"),
       Use(3,
           "the bridge stays closed until the inspectors "
           "sign off on the new cables"),
       Use(4,
           "the museum stays open until the curators "
           "finish hanging the winter show")},
      {});
  EXPECT_TRUE(groups.empty());
}

TEST(QuoteReuseTest, DifferentSpeakersAreFlagged) {
  auto groups =
      FindReusedQuotes({Use(1, kLine, "Mara Olsen"), Use(2, kLine, "Tomas Berg")}, {});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(groups[0].speakers_differ);
}

TEST(QuoteReuseTest, ReuseAmongCopiesIsMarked) {
  const std::vector<std::pair<int64_t, int64_t>> copies = {{2, 1}, {3, 2}};
  auto groups = FindReusedQuotes({Use(1, kLine), Use(3, kLine)}, copies);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(groups[0].copies_only);
  groups = FindReusedQuotes({Use(1, kLine), Use(3, kLine), Use(4, kLine)}, copies);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_FALSE(groups[0].copies_only);
  EXPECT_EQ(groups[0].articles, 3u);
}

TEST(QuoteReuseTest, StockPhrasesStopJoiningOnceCommon) {
  std::vector<QuoteUse> quotes;
  // Ten quotes that share a sixteen-word opening and differ at the end.
  for (int i = 0; i < 10; ++i) {
    quotes.push_back(Use(i + 1,
                         "in the name of the whole harbour council we thank the crews "
                         "and the divers for their work on pier " +
                             std::to_string(i) + " dock " + std::to_string(i * 7)));
  }
  auto all = FindReusedQuotes(quotes, {});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].articles, 10u);
  QuoteReuseOptions options;
  options.max_posting = 3;
  // Once three quotes hold the opening it is a stock phrase: later quotes
  // no longer join through it.
  auto bounded = FindReusedQuotes(quotes, {}, options);
  ASSERT_EQ(bounded.size(), 1u);
  EXPECT_EQ(bounded[0].articles, 4u);
}

}  // namespace
}  // namespace vigil
