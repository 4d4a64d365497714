#include "store/merged_reader.h"

#include <limits>

#include "store/migrations.h"

namespace vigil {
namespace {

constexpr char kRows[] =
    "SELECT id, type, first_day, last_day, reports FROM merged_events "
    "ORDER BY first_day IS NULL, first_day, id";
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
  r->path_ = path;
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
  return out;
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

Result<std::vector<std::pair<int64_t, SourcedEvent>>> MergedEventReader::Reports(
    const std::vector<int64_t>& ids, const EventLoadOptions& options) {
  std::vector<std::pair<int64_t, SourcedEvent>> out;
  Status s = ForEachReport(ids, options, [&](int64_t id, SourcedEvent&& r) {
    out.emplace_back(id, std::move(r));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
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
