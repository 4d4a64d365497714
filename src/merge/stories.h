// A Story is the set of articles about one real event: articles whose main
// event (the first one they report) is the same merged event, and articles
// that copy one another. Background mentions (an attack years earlier cited
// for context) do not join stories, because only each article's main event
// counts.
#ifndef VIGIL_MERGE_STORIES_H_
#define VIGIL_MERGE_STORIES_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "merge/merged_event.h"

namespace vigil {

struct StoryArticle {
  int64_t document_id = 0;
  std::string source, title, published;
};

struct Story {
  // The lowest document id among its articles: a story keeps its id as
  // articles join it (when two stories join, the older id stays).
  int64_t id = 0;
  std::vector<StoryArticle> articles;  // by publication date, then id
  std::vector<int64_t> events;         // MergedEvent ids that are main events here
                                       // (empty for copies that report no event)
  std::string first, last;             // publication date range ("" when unknown)
};

// Where one stored event report sits: its article, its merged event, and
// the first byte of its evidence in the article's text. An article's main
// event is the one it reports first.
struct ReportPosition {
  int64_t document_id = 0;
  int64_t merged_id = 0;
  uint32_t offset = 0;
};

// Groups articles into stories from their reports' positions; `copies` are
// pairs of document ids (a copy, its original) that belong together whatever
// they report. `articles` gives each article's details (an article missing
// from it is shown without them); a copy that reports no event joins its
// original's story when `articles` knows it. Articles that share nothing
// with others are stories of one. Stories come latest first (by their last
// article's publication date).
std::vector<Story> BuildStories(const std::vector<ReportPosition>& positions,
                                const std::vector<std::pair<int64_t, int64_t>>& copies,
                                const std::map<int64_t, StoryArticle>& articles);

// As above, from merged events and their reports; `copies` are pairs of
// document ids (a copy, its original) that belong together whatever they
// report. An article that reports no event joins the story of an article it
// copies (or that copies it) when `copied` gives its details; two such
// articles with no event form a story of their own. Articles that share
// nothing with others are stories of one; other articles without events are
// in no story.
std::vector<Story> BuildStories(const std::vector<MergedEvent>& events,
                                const std::vector<std::pair<int64_t, int64_t>>& copies,
                                const std::map<int64_t, StoryArticle>& copied = {});

}  // namespace vigil

#endif  // VIGIL_MERGE_STORIES_H_
