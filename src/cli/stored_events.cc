#include "cli/stored_events.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

#include "cli/event_view.h"
#include "merge/dates.h"
#include "merge/merger.h"
#include "merge/summary.h"

namespace vigil::cli {
namespace {

// No merged event's reports span more days than this (a year-only date
// next to a day at the edge of it): windows scan back this far by first day.
constexpr int kMaxSpanDays = 800;

MergeOptions Options() {
  MergeOptions o;
  o.canonical = CanonicalNames();
  o.within = PlaceWithin();
  return o;
}

}  // namespace

Result<std::unique_ptr<StoredEvents>> StoredEvents::Open(const std::string& db,
                                                         StoredEventsOptions options) {
  auto reader = MergedEventReader::Open(db);
  if (!reader.ok()) return reader.status();
  std::unique_ptr<StoredEvents> s(new StoredEvents(std::move(reader).value(), options));
  auto rows = s->reader_->Rows();
  if (!rows.ok()) return rows.status();
  s->rows_ = std::move(rows).value();
  for (size_t i = 0; i < s->rows_.size(); ++i) {
    const MergedEventRow& r = s->rows_[i];
    s->by_id_[r.id] = i;
    if (r.first_day) s->by_day_[r.type].push_back({*r.first_day, i});
  }
  for (auto& [type, list] : s->by_day_) std::sort(list.begin(), list.end());
  return s;
}

StoredEvents::StoredEvents(std::unique_ptr<MergedEventReader> reader,
                           StoredEventsOptions options)
    : reader_(std::move(reader)), options_(options), matcher_(Options()) {}

const MergedEventRow* StoredEvents::Row(int64_t id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &rows_[it->second];
}

Result<std::vector<MergedEvent>> StoredEvents::Load(const std::vector<int64_t>& ids,
                                                    bool keep_reports,
                                                    bool field_evidence) {
  EventLoadOptions load;
  load.field_evidence = keep_reports && field_evidence;
  std::map<int64_t, EventSummary> summaries;
  for (int64_t id : ids) {
    if (const MergedEventRow* row = Row(id))
      summaries.try_emplace(id, row->type, keep_reports);
  }
  Status read = reader_->ForEachReport(ids, load, [&](int64_t id, SourcedEvent&& r) {
    auto it = summaries.find(id);
    if (it == summaries.end()) return Status::Ok();
    CanonicaliseNames(&r.event);
    it->second.Add(std::move(r));
    return Status::Ok();
  });
  if (!read.ok()) return read;
  std::vector<MergedEvent> out;
  for (int64_t id : ids) {
    auto it = summaries.find(id);
    if (it == summaries.end()) continue;
    out.push_back(it->second.Finish());
    out.back().id = id;
    summaries.erase(it);
  }
  return out;
}

Result<const MergedEvent*> StoredEvents::Summary(int64_t id) {
  if (auto it = summaries_.find(id); it != summaries_.end()) return &it->second;
  if (summaries_.size() >= options_.cached_summaries) summaries_.clear();
  auto loaded = Load({id}, false);
  if (!loaded.ok()) return loaded.status();
  if (loaded->empty()) return static_cast<const MergedEvent*>(nullptr);
  MergedEvent& m = summaries_[id] = std::move(loaded->front());
  for (Disagreement& d : m.disagreements) {
    for (FieldValue& v : d.values) v.reports = {};  // lines and links need none
  }
  return &m;
}

std::vector<int64_t> StoredEvents::InWindow(EventType type, int from, int to) const {
  std::vector<int64_t> out;
  auto list = by_day_.find(type);
  if (list == by_day_.end()) return out;
  auto it = std::lower_bound(list->second.begin(), list->second.end(),
                             std::pair{from - kMaxSpanDays, size_t{0}});
  for (; it != list->second.end() && it->first <= to; ++it) {
    const MergedEventRow& r = rows_[it->second];
    if (r.last_day && *r.last_day >= from) out.push_back(r.id);
  }
  return out;
}

Status StoredEvents::Link(MergedEvent* e) {
  e->followed_by.clear();
  e->preceded_by.clear();
  e->on_named_target.clear();
  auto day = ParseDayRange(e->date);
  if (!day || e->type == EventType::kLeadership) return Status::Ok();
  const int window = matcher_.options().link_window_days;
  const bool call = e->type == EventType::kStatement;
  // A call's attacks start after its last day; an attack's calls end before
  // its first day.
  const std::vector<int64_t> ids =
      call ? InWindow(EventType::kAttack, day->last + 1, day->last + window)
           : InWindow(EventType::kStatement, day->first - window, day->first - 1);
  // (day, id, at a named target), sorted into time order.
  std::vector<std::tuple<int, int64_t, bool>> linked;
  for (int64_t id : ids) {
    auto other = Summary(id);
    if (!other.ok()) return other.status();
    if (*other == nullptr) continue;
    const MergedEvent& o = **other;
    if (!(call ? Followed(*e, o, matcher_) : Followed(o, *e, matcher_))) continue;
    linked.push_back({Row(id)->day.value_or(std::numeric_limits<int>::max()), id,
                      call ? OnNamedTarget(*e, o, matcher_.options())
                           : OnNamedTarget(o, *e, matcher_.options())});
  }
  std::sort(linked.begin(), linked.end());
  for (const auto& [d, id, named] : linked) {
    (call ? e->followed_by : e->preceded_by).push_back(id);
    if (named) e->on_named_target.push_back(id);
  }
  return Status::Ok();
}

}  // namespace vigil::cli
