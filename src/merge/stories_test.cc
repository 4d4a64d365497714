#include "merge/stories.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

SourcedEvent Report(int64_t doc, uint32_t offset, std::string published) {
  SourcedEvent r;
  r.document_id = doc;
  r.source = "doc" + std::to_string(doc) + ".txt";
  r.published = std::move(published);
  r.event.evidence = {{offset, offset + 10}};
  return r;
}

MergedEvent Merged(int64_t id, std::vector<SourcedEvent> reports) {
  MergedEvent m;
  m.id = id;
  m.reports = std::move(reports);
  return m;
}

TEST(StoriesTest, ArticlesSharingTheirMainEventFormOneStory) {
  // Event 1 is the news in docs 1 and 2; doc 3 leads with event 2 and only
  // mentions event 1 later, as background.
  auto stories =
      BuildStories({Merged(1, {Report(1, 0, "2024-01-04"), Report(2, 5, "2024-01-05"),
                               Report(3, 900, "2024-02-01")}),
                    Merged(2, {Report(3, 10, "2024-02-01")})},
                   {});
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].articles.size(), 1u);  // newest first: doc 3
  EXPECT_EQ(stories[0].articles[0].document_id, 3);
  ASSERT_EQ(stories[1].articles.size(), 2u);
  EXPECT_EQ(stories[1].first, "2024-01-04");
  EXPECT_EQ(stories[1].last, "2024-01-05");
  EXPECT_EQ(stories[1].events, std::vector<int64_t>{1});
}

TEST(StoriesTest, CopiesJoinEvenWhenTheirMainEventsDiffer) {
  auto stories = BuildStories(
      {Merged(1, {Report(1, 0, "2024-01-04")}), Merged(2, {Report(2, 0, "2024-01-04")})},
      {{2, 1}});
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].articles.size(), 2u);
  EXPECT_EQ(stories[0].events, (std::vector<int64_t>{1, 2}));
}

TEST(StoriesTest, CopiesThatReportNoEventJoinTheirOriginalsStory) {
  // Doc 2 copies doc 1 but its shorter text gave no event; docs 4 and 5
  // copy each other and report nothing.
  std::map<int64_t, StoryArticle> copied;
  for (int64_t doc : {1, 2, 4, 5}) {
    copied[doc] = {0, "doc" + std::to_string(doc) + ".txt", "",
                   "2024-01-0" + std::to_string(doc)};
  }
  auto stories = BuildStories(
      {Merged(1, {Report(1, 0, "2024-01-01")}), Merged(2, {Report(3, 0, "2024-01-03")})},
      {{2, 1}, {5, 4}}, copied);
  ASSERT_EQ(stories.size(), 3u);
  // Newest first: docs 4-5, then doc 3, then docs 1-2.
  ASSERT_EQ(stories[0].articles.size(), 2u);
  EXPECT_EQ(stories[0].articles[1].source, "doc5.txt");
  EXPECT_TRUE(stories[0].events.empty());
  EXPECT_EQ(stories[1].articles[0].document_id, 3);
  ASSERT_EQ(stories[2].articles.size(), 2u);
  EXPECT_EQ(stories[2].articles[1].document_id, 2);
  EXPECT_EQ(stories[2].articles[1].published, "2024-01-02");
  EXPECT_EQ(stories[2].events, std::vector<int64_t>{1});
  // Without their details, articles with no event stay out.
  EXPECT_EQ(BuildStories({Merged(1, {Report(1, 0, "2024-01-01")})}, {{2, 1}}).size(), 1u);
  EXPECT_EQ(BuildStories({Merged(1, {Report(1, 0, "2024-01-01")})}, {{2, 1}})[0]
                .articles.size(),
            1u);
}

TEST(StoriesTest, AStoryKeepsItsIdAsArticlesJoin) {
  std::vector<ReportPosition> positions = {{7, 1, 0}, {9, 2, 0}};
  std::map<int64_t, StoryArticle> known = {{7, {7, "a", "", "2024-02-01"}},
                                           {9, {9, "b", "", "2024-02-03"}}};
  auto before = BuildStories(positions, {}, known);
  ASSERT_EQ(before.size(), 2u);
  EXPECT_EQ(before[0].id, 9);  // latest first
  EXPECT_EQ(before[1].id, 7);
  // A later article about event 1 joins story 7; a copy of doc 9 joins 9.
  positions.push_back({12, 1, 40});
  known[12] = {12, "c", "", "2024-02-05"};
  known[13] = {13, "d", "", "2024-02-06"};
  auto after = BuildStories(positions, {{13, 9}}, known);
  ASSERT_EQ(after.size(), 2u);
  EXPECT_EQ(after[0].id, 9);
  EXPECT_EQ(after[0].articles.size(), 2u);
  EXPECT_EQ(after[1].id, 7);
  EXPECT_EQ(after[1].articles.size(), 2u);
}

TEST(StoriesTest, NothingInNothingOut) { EXPECT_TRUE(BuildStories({}, {}).empty()); }

}  // namespace
}  // namespace vigil
