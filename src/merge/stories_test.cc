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

TEST(StoriesTest, NothingInNothingOut) { EXPECT_TRUE(BuildStories({}, {}).empty()); }

}  // namespace
}  // namespace vigil
