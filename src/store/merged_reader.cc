#include "store/merged_reader.h"

#include <algorithm>
#include <climits>
#include <limits>
#include <unordered_map>

#include "merge/dates.h"
#include "store/migrations.h"

namespace vigil {
namespace {

constexpr char kRows[] =
    "SELECT id, type, first_day, last_day, reports FROM merged_events ORDER BY id";
// Each merged event's dates with how many reports give them and the first
// report that does: the summary's date is the most given (ties: the earliest).
constexpr char kDates[] =
    "SELECT merged_id, date, count(*), min(id) FROM events "
    "WHERE date IS NOT NULL AND date != '' GROUP BY merged_id, date";
constexpr char kUnmerged[] = "SELECT 1 FROM events WHERE merged_id IS NULL LIMIT 1";
constexpr char kPositions[] =
    "SELECT document_id, merged_id, evidence FROM events ORDER BY id";

// Ids per Reports query: one statement reads a chunk through json_each.
constexpr size_t kIdsPerQuery = 256;

std::string IdsJson(const std::vector<int64_t>& ids, size_t begin, size_t end) {
  std::string out = "[";
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += ',';
    out += std::to_string(ids[i]);
  }
  return out + "]";
}

}  // namespace

Result<std::unique_ptr<MergedEventReader>> MergedEventReader::Open(
    const std::string& path) {
  std::unique_ptr<MergedEventReader> r(new MergedEventReader());
  VIGIL_RETURN_IF_ERROR(r->db_.Open(path));
  VIGIL_RETURN_IF_ERROR(RequireLatestSchema(r->db_.get()));
  auto unmerged = Statement::Prepare(r->db_.get(), kUnmerged);
  if (!unmerged.ok()) return unmerged.status();
  Result<bool> row = (*unmerged)->Step();
  if (!row.ok()) return row.status();
  if (*row) {
    return Status::InvalidArgument(
        "some event reports are not yet assigned to merged events; 'vigil migrate' "
        "(or any ingest) assigns them");
  }
  auto reports = Statement::Prepare(
      r->db_.get(), std::string("SELECT e.merged_id, ") + kSourcedEventColumns +
                        " FROM events e JOIN documents d ON d.id = e.document_id"
                        " WHERE e.merged_id IN (SELECT value FROM json_each(?1))"
                        " ORDER BY e.merged_id, e.id");
  if (!reports.ok()) return reports.status();
  r->reports_ = std::move(reports).value();
  return r;
}

Result<std::vector<MergedEventRow>> MergedEventReader::Rows() {
  auto st = Statement::Prepare(db_.get(), kRows);
  if (!st.ok()) return st.status();
  std::vector<MergedEventRow> out;
  while (true) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    MergedEventRow m;
    m.id = (*st)->ColumnInt(0);
    m.type = static_cast<EventType>((*st)->ColumnInt(1));
    if (!(*st)->ColumnIsNull(2)) m.first_day = static_cast<int>((*st)->ColumnInt(2));
    if (!(*st)->ColumnIsNull(3)) m.last_day = static_cast<int>((*st)->ColumnInt(3));
    m.reports = (*st)->ColumnInt(4);
    out.push_back(m);
  }
  VIGIL_RETURN_IF_ERROR(AddSummaryDays(&out));
  std::stable_sort(out.begin(), out.end(),
                   [](const MergedEventRow& a, const MergedEventRow& b) {
                     const int da = a.day.value_or(INT_MAX), db = b.day.value_or(INT_MAX);
                     return da != db ? da < db : a.id < b.id;
                   });
  return out;
}

Status MergedEventReader::AddSummaryDays(std::vector<MergedEventRow>* rows) {
  std::unordered_map<int64_t, size_t> at;  // merged id -> index in rows
  for (size_t i = 0; i < rows->size(); ++i) at[(*rows)[i].id] = i;
  struct Best {
    int64_t count = 0, first = 0;
    std::string date;
  };
  std::unordered_map<int64_t, Best> best;
  auto st = Statement::Prepare(db_.get(), kDates);
  if (!st.ok()) return st.status();
  while (true) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    Best b{(*st)->ColumnInt(2), (*st)->ColumnInt(3), (*st)->ColumnText(1)};
    Best& cur = best[(*st)->ColumnInt(0)];
    if (b.count > cur.count || (b.count == cur.count && b.first < cur.first))
      cur = std::move(b);
  }
  for (const auto& [id, b] : best) {
    auto it = at.find(id);
    if (it == at.end()) continue;
    if (auto d = ParseDayRange(b.date)) (*rows)[it->second].day = d->first;
  }
  return Status::Ok();
}

Status MergedEventReader::ForEachReport(
    const std::vector<int64_t>& ids, const EventLoadOptions& options,
    const std::function<Status(int64_t, SourcedEvent&&)>& f) {
  for (size_t begin = 0; begin < ids.size(); begin += kIdsPerQuery) {
    const std::string chunk =
        IdsJson(ids, begin, std::min(ids.size(), begin + kIdsPerQuery));
    Statement::Scope scope(reports_.get());
    reports_->BindText(1, chunk);
    while (true) {
      Result<bool> row = reports_->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      SourcedEvent report;
      VIGIL_RETURN_IF_ERROR(ReadSourcedEvent(*reports_, 1, options, &report));
      VIGIL_RETURN_IF_ERROR(f(reports_->ColumnInt(0), std::move(report)));
    }
  }
  return Status::Ok();
}

Status MergedEventReader::ForEachPosition(
    const std::function<void(const ReportPosition&)>& f) {
  auto st = Statement::Prepare(db_.get(), kPositions);
  if (!st.ok()) return st.status();
  std::vector<Span> spans;
  while (true) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ReportPosition p;
    p.document_id = (*st)->ColumnInt(0);
    p.merged_id = (*st)->ColumnInt(1);
    spans.clear();
    VIGIL_RETURN_IF_ERROR(ParseSpans((*st)->ColumnText(2), &spans));
    p.offset = std::numeric_limits<uint32_t>::max();
    for (const Span& s : spans) p.offset = std::min(p.offset, s.begin);
    f(p);
  }
  return Status::Ok();
}

}  // namespace vigil
