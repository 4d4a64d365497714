// StoredEvents reads merged events from a store for the event commands
// (events, event, timeline, report, stories): the small row of every merged
// event, and summaries built from the reports of only the merged events a
// command shows or links to. Memory grows with what is shown, not with the
// store.
#ifndef VIGIL_CLI_STORED_EVENTS_H_
#define VIGIL_CLI_STORED_EVENTS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "merge/match_key.h"
#include "merge/merged_event.h"
#include "store/merged_reader.h"
#include "vigil/status.h"

namespace vigil::cli {

struct StoredEventsOptions {
  // Linked events' summaries kept between lookups; past this the cache
  // starts again empty.
  size_t cached_summaries = 20000;
};

// Not thread-safe.
class StoredEvents {
 public:
  // Fails as MergedEventReader::Open does.
  static Result<std::unique_ptr<StoredEvents>> Open(const std::string& db,
                                                    StoredEventsOptions options = {});

  // Every merged event's row, in the time order of their summaries' dates
  // (undated last), then by id.
  const std::vector<MergedEventRow>& rows() const { return rows_; }
  // The row of merged event `id`; null when there is none.
  const MergedEventRow* Row(int64_t id) const;

  // Summaries of `ids`, in that order (ids without reports left out); each
  // report's names in canonical form. The reports themselves (with per-field
  // evidence when asked) only when `keep_reports`: without them a merged
  // event of any size takes little memory.
  Result<std::vector<MergedEvent>> Load(const std::vector<int64_t>& ids,
                                        bool keep_reports, bool field_evidence = false);

  // Fills followed_by, preceded_by and on_named_target of `e` from the
  // merged events in its link window (MergeOptions::link_window_days).
  Status Link(MergedEvent* e);

  // The summary of `id`, cached; null when none. Without its reports (and
  // report indexes): what a line or a link shows.
  Result<const MergedEvent*> Summary(int64_t id);

  MergedEventReader& reader() { return *reader_; }

 private:
  StoredEvents(std::unique_ptr<MergedEventReader> reader, StoredEventsOptions options);
  // Ids of rows of `type` whose own days reach [from, to].
  std::vector<int64_t> InWindow(EventType type, int from, int to) const;

  std::unique_ptr<MergedEventReader> reader_;
  StoredEventsOptions options_;
  EventMatcher matcher_;
  std::vector<MergedEventRow> rows_;
  std::unordered_map<int64_t, size_t> by_id_;  // id -> index in rows_
  // Dated rows of each type by first day: (first_day, index in rows_).
  std::map<EventType, std::vector<std::pair<int, size_t>>> by_day_;
  std::unordered_map<int64_t, MergedEvent> summaries_;
};

}  // namespace vigil::cli

#endif  // VIGIL_CLI_STORED_EVENTS_H_
