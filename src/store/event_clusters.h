// EventClusters assigns event reports to merged events (one real event each)
// as the store takes them, so queries read merged events instead of merging
// every stored report again. A report joins the earliest-created merged
// event holding a report it matches (merge/match_key.h EventMatcher::Same),
// else starts one: the same rule as MergeEvents over the reports in the
// order they were stored. Candidates come from the merge_terms index (name
// word and week), so the cost per report grows with the merged events that
// share a word and a week, not with the store (migration 7).
#ifndef VIGIL_STORE_EVENT_CLUSTERS_H_
#define VIGIL_STORE_EVENT_CLUSTERS_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "merge/match_key.h"
#include "store/statement.h"
#include "vigil/extraction.h"
#include "vigil/status.h"

namespace vigil {

struct EventClusterOptions {
  MergeOptions merge;
  // Merged events whose keys are kept in memory between lookups; past this
  // the cache starts again empty. About 200 bytes each.
  size_t cached_events = 50000;
  // Index terms whose merged events are kept in memory between lookups;
  // past this the cache starts again empty. About 100 bytes each.
  size_t cached_terms = 100000;
  // Names whose folded words are kept in memory (EventMatcher::Words); past
  // this the cache starts again empty. About 100 bytes each.
  size_t cached_names = 100000;
};

// Not thread-safe; borrows the writer's statement cache, which must outlive it.
class EventClusters {
 public:
  EventClusters(StatementCache* statements, EventClusterOptions options);

  // Assigns a report about to be stored, an event of an article published
  // on `published`, to its merged event (created when none matches), inside
  // the caller's transaction, and returns the merged event's id for the
  // report's row.
  Result<int64_t> Assign(const Event& event, std::string_view published);
  // Forgets what is cached (a batch rolled back, or another writer wrote).
  void Reset();

  // Assigns every stored report without a merged event (a store upgraded to
  // migration 7), in the order the reports were stored. Reads and parses
  // their rows; meant for one run after the upgrade.
  Status AssignUnmerged();

 private:
  // A report to assign: its match key and the event's own date.
  struct Report {
    MatchKey key;
    std::optional<DayRange> own;
  };

  Result<int64_t> AssignKey(const Report& p);
  // The earliest merged event holding a key Same as `key`; 0 for none.
  Result<int64_t> Find(const MatchKey& key);
  Result<const std::vector<MatchKey>*> Keys(int64_t merged_id);
  // The merged events under index term `term` (merge_terms), cached.
  Result<const std::vector<int64_t>*> Term(uint64_t term);
  Result<int64_t> Create(const Report& p);
  Status AddKey(int64_t merged_id, const MatchKey& key);

  StatementCache* statements_;
  EventClusterOptions options_;
  EventMatcher matcher_;
  std::unordered_map<int64_t, std::vector<MatchKey>> keys_;  // cache by merged id
  // Cache: merged events under an index term.
  std::unordered_map<uint64_t, std::vector<int64_t>> terms_cache_;
  std::vector<uint64_t> terms_;      // scratch
  std::vector<int64_t> candidates_;  // scratch
};

}  // namespace vigil

#endif  // VIGIL_STORE_EVENT_CLUSTERS_H_
