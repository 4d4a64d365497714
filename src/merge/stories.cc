#include "merge/stories.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace vigil {
namespace {

// Union-find over dense indexes.
class Sets {
 public:
  size_t Add() {
    parent_.push_back(parent_.size());
    return parent_.size() - 1;
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

uint32_t FirstOffset(const Event& e) {
  uint32_t first = std::numeric_limits<uint32_t>::max();
  for (const Span& s : e.evidence) first = std::min(first, s.begin);
  return first;
}

// Per article: the merged event it reports first, and its details.
struct ArticleInfo {
  StoryArticle article;
  int64_t main_event = 0;
  uint32_t main_offset = std::numeric_limits<uint32_t>::max();
  size_t set = 0;
};

std::map<int64_t, ArticleInfo> Articles(const std::vector<ReportPosition>& positions,
                                        const std::map<int64_t, StoryArticle>& known,
                                        Sets& sets) {
  std::map<int64_t, ArticleInfo> by_doc;
  for (const ReportPosition& p : positions) {
    auto [it, fresh] = by_doc.try_emplace(p.document_id);
    ArticleInfo& info = it->second;
    if (fresh) {
      auto k = known.find(p.document_id);
      if (k != known.end()) info.article = k->second;
      info.article.document_id = p.document_id;
      info.set = sets.Add();
    }
    if (info.main_event == 0 || p.offset < info.main_offset) {
      info.main_event = p.merged_id;
      info.main_offset = p.offset;
    }
  }
  return by_doc;
}

// Adds the articles of `copies` that report no event, when `known` has them.
void AddCopiedArticles(const std::vector<std::pair<int64_t, int64_t>>& copies,
                       const std::map<int64_t, StoryArticle>& known, Sets& sets,
                       std::map<int64_t, ArticleInfo>& articles) {
  for (const auto& [copy, original] : copies) {
    for (int64_t doc : {copy, original}) {
      auto k = known.find(doc);
      if (k == known.end() || articles.count(doc)) continue;
      ArticleInfo& info = articles[doc];
      info.article = k->second;
      info.article.document_id = doc;
      info.set = sets.Add();
    }
  }
}

}  // namespace

std::vector<Story> BuildStories(const std::vector<MergedEvent>& events,
                                const std::vector<std::pair<int64_t, int64_t>>& copies,
                                const std::map<int64_t, StoryArticle>& copied) {
  std::vector<ReportPosition> positions;
  std::map<int64_t, StoryArticle> articles = copied;
  for (const MergedEvent& m : events) {
    for (const SourcedEvent& r : m.reports) {
      positions.push_back({r.document_id, m.id, FirstOffset(r.event)});
      articles.try_emplace(r.document_id,
                           StoryArticle{r.document_id, r.source, r.title, r.published});
    }
  }
  return BuildStories(positions, copies, articles);
}

std::vector<Story> BuildStories(const std::vector<ReportPosition>& positions,
                                const std::vector<std::pair<int64_t, int64_t>>& copies,
                                const std::map<int64_t, StoryArticle>& known) {
  Sets sets;
  std::map<int64_t, ArticleInfo> articles = Articles(positions, known, sets);
  AddCopiedArticles(copies, known, sets, articles);
  std::map<int64_t, size_t> first_by_event;  // main event -> a set holding it
  for (auto& [doc, info] : articles) {
    if (info.main_event == 0) continue;  // reports no event
    auto [it, fresh] = first_by_event.try_emplace(info.main_event, info.set);
    if (!fresh) sets.Join(info.set, it->second);
  }
  for (const auto& [copy, original] : copies) {
    auto a = articles.find(copy), b = articles.find(original);
    if (a != articles.end() && b != articles.end())
      sets.Join(a->second.set, b->second.set);
  }
  std::map<size_t, Story> by_root;
  for (auto& [doc, info] : articles) {
    Story& s = by_root[sets.Find(info.set)];
    s.articles.push_back(info.article);
    if (info.main_event != 0 &&
        std::find(s.events.begin(), s.events.end(), info.main_event) == s.events.end())
      s.events.push_back(info.main_event);
  }
  std::vector<Story> out;
  for (auto& [root, s] : by_root) {
    std::sort(s.articles.begin(), s.articles.end(), [](const auto& a, const auto& b) {
      return std::tie(a.published, a.document_id) < std::tie(b.published, b.document_id);
    });
    std::sort(s.events.begin(), s.events.end());
    s.id = std::min_element(s.articles.begin(), s.articles.end(),
                            [](const StoryArticle& a, const StoryArticle& b) {
                              return a.document_id < b.document_id;
                            })
               ->document_id;
    for (const StoryArticle& a : s.articles) {
      if (a.published.empty()) continue;
      if (s.first.empty()) s.first = a.published;
      s.last = a.published;
    }
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Story& a, const Story& b) { return a.last > b.last; });
  return out;
}

}  // namespace vigil
