// Reading merged events (migration 7: each stored event report is assigned
// to the merged event it reports when it is stored) back out of a store: a
// small row per merged event to list and window them, and the reports of
// the ones a command shows. Nothing here reads every report at once.
#ifndef VIGIL_STORE_MERGED_READER_H_
#define VIGIL_STORE_MERGED_READER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "merge/stories.h"  // ReportPosition
#include "store/event_loader.h"
#include "store/read_only_db.h"
#include "vigil/extraction.h"
#include "vigil/status.h"

namespace vigil {

struct MergedEventRow {
  int64_t id = 0;  // stable: merged events keep their id as the store grows
  EventType type = EventType::kAttack;
  // Days (since 1970-01-01) its reports' own dates cover; none when no
  // report gives a date.
  std::optional<int> first_day, last_day;
  // First day of the date most of its reports give (ties: the earliest
  // report's), the date its summary shows; none when no report is dated.
  std::optional<int> day;
  int64_t reports = 0;
};

// One read-only connection; not thread-safe.
class MergedEventReader {
 public:
  // NotFound when the file does not exist; InvalidArgument, saying that
  // `vigil migrate` fixes it, when the store is older than migration 7 or
  // holds reports not yet assigned to merged events.
  static Result<std::unique_ptr<MergedEventReader>> Open(const std::string& path);

  // Every merged event, in the time order of the dates their summaries show
  // (`day`; undated last), then by id.
  Result<std::vector<MergedEventRow>> Rows();

  // Calls `f(merged id, report)` for each report of `ids`, ordered by merged
  // id, then as stored, holding one report at a time; stops at the first
  // failure `f` returns.
  Status ForEachReport(const std::vector<int64_t>& ids, const EventLoadOptions& options,
                       const std::function<Status(int64_t, SourcedEvent&&)>& f);

  // Calls `f` for every stored report's position, in stored order.
  Status ForEachPosition(const std::function<void(const ReportPosition&)>& f);

 private:
  MergedEventReader() = default;
  // Fills each row's `day` from the dates its reports give.
  Status AddSummaryDays(std::vector<MergedEventRow>* rows);
  ReadOnlyDb db_;
  std::unique_ptr<Statement> reports_;
};

}  // namespace vigil

#endif  // VIGIL_STORE_MERGED_READER_H_
