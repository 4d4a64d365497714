#include "store/event_clusters.h"

#include <algorithm>
#include <utility>

#include "store/event_loader.h"

namespace vigil {
namespace {

constexpr char kFindTerm[] = "SELECT merged_id FROM merge_terms WHERE term = ?1";
constexpr char kReadKeys[] = "SELECT key FROM merge_keys WHERE merged_id = ?1";
constexpr char kInsertMerged[] =
    "INSERT INTO merged_events(type, first_day, last_day, reports) "
    "VALUES (?1, ?2, ?3, 0) RETURNING id";
constexpr char kInsertKey[] =
    "INSERT OR IGNORE INTO merge_keys(merged_id, key) VALUES (?1, ?2)";
constexpr char kInsertTerm[] =
    "INSERT OR IGNORE INTO merge_terms(term, merged_id) VALUES (?1, ?2)";
constexpr char kAddReport[] =
    "UPDATE merged_events SET reports = reports + 1, "
    "first_day = min(coalesce(first_day, ?2), coalesce(?2, first_day)), "
    "last_day = max(coalesce(last_day, ?3), coalesce(?3, last_day)) WHERE id = ?1";
constexpr char kSetMerged[] = "UPDATE events SET merged_id = ?2 WHERE id = ?1";
constexpr char kUnmerged[] = R"sql(
SELECT e.id, e.type, e.date, e.fields, d.published
FROM events e JOIN documents d ON d.id = e.document_id
WHERE e.merged_id IS NULL ORDER BY e.id)sql";

void BindDay(Statement& s, int index, const std::optional<DayRange>& own, bool last) {
  if (own) {
    s.BindInt(index, last ? own->last : own->first);
  } else {
    s.BindNull(index);
  }
}

}  // namespace

EventClusters::EventClusters(StatementCache* statements, EventClusterOptions options)
    : statements_(statements), options_(options), matcher_(options.merge) {}

Result<int64_t> EventClusters::Assign(const Event& event, std::string_view published) {
  matcher_.ForgetNamesOver(options_.cached_names);
  Result<int64_t> merged =
      AssignKey({matcher_.Key(event, published), ParseDayRange(event.date)});
  // The caller rolls back: cached keys and terms may name rows now gone.
  if (!merged.ok()) Reset();
  return merged;
}

void EventClusters::Reset() {
  keys_.clear();
  terms_cache_.clear();
}

Status EventClusters::AssignUnmerged() {
  Result<Statement*> st = statements_->GetStatic(kUnmerged);
  if (!st.ok()) return st.status();
  Statement& s = **st;
  std::vector<std::pair<int64_t, Report>> unmerged;  // (event row id, report)
  {
    Statement::Scope scope(&s);
    while (true) {
      Result<bool> row = s.Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      Event e;
      e.type = static_cast<EventType>(s.ColumnInt(1));
      e.date = s.ColumnText(2);
      VIGIL_RETURN_IF_ERROR(ParseEventFields(s.ColumnText(3), &e, false));
      unmerged.emplace_back(s.ColumnInt(0), Report{matcher_.Key(e, s.ColumnText(4)),
                                                   ParseDayRange(e.date)});
    }
  }
  Result<Statement*> set = statements_->GetStatic(kSetMerged);
  if (!set.ok()) return set.status();
  for (const auto& [event_id, report] : unmerged) {
    Result<int64_t> merged = AssignKey(report);
    if (!merged.ok()) return merged.status();
    Statement::Scope scope(*set);
    (*set)->BindInt(1, event_id);
    (*set)->BindInt(2, *merged);
    VIGIL_RETURN_IF_ERROR((*set)->Run());
  }
  return Status::Ok();
}

Result<int64_t> EventClusters::AssignKey(const Report& p) {
  Result<int64_t> found = Find(p.key);
  if (!found.ok()) return found.status();
  int64_t merged = *found;
  if (merged == 0) {
    Result<int64_t> created = Create(p);
    if (!created.ok()) return created.status();
    merged = *created;
  }
  VIGIL_RETURN_IF_ERROR(AddKey(merged, p.key));
  Result<Statement*> add = statements_->GetStatic(kAddReport);
  if (!add.ok()) return add.status();
  {
    Statement::Scope scope(*add);
    (*add)->BindInt(1, merged);
    BindDay(**add, 2, p.own, false);
    BindDay(**add, 3, p.own, true);
    VIGIL_RETURN_IF_ERROR((*add)->Run());
  }
  return merged;
}

Result<int64_t> EventClusters::Find(const MatchKey& key) {
  matcher_.LookupTerms(key, &terms_);
  candidates_.clear();
  for (uint64_t term : terms_) {
    Result<const std::vector<int64_t>*> under = Term(term);
    if (!under.ok()) return under.status();
    candidates_.insert(candidates_.end(), (*under)->begin(), (*under)->end());
  }
  std::sort(candidates_.begin(), candidates_.end());
  candidates_.erase(std::unique(candidates_.begin(), candidates_.end()),
                    candidates_.end());
  for (int64_t c : candidates_) {
    Result<const std::vector<MatchKey>*> keys = Keys(c);
    if (!keys.ok()) return keys.status();
    for (const MatchKey& member : **keys) {
      if (matcher_.Same(member, key)) return c;
    }
  }
  return int64_t{0};
}

Result<const std::vector<int64_t>*> EventClusters::Term(uint64_t term) {
  if (auto it = terms_cache_.find(term); it != terms_cache_.end()) return &it->second;
  if (terms_cache_.size() >= options_.cached_terms) terms_cache_.clear();
  Result<Statement*> st = statements_->GetStatic(kFindTerm);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  (*st)->BindInt(1, static_cast<int64_t>(term));
  std::vector<int64_t> ids;
  while (true) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ids.push_back((*st)->ColumnInt(0));
  }
  return &(terms_cache_[term] = std::move(ids));
}

Result<const std::vector<MatchKey>*> EventClusters::Keys(int64_t merged_id) {
  if (auto it = keys_.find(merged_id); it != keys_.end()) return &it->second;
  if (keys_.size() >= options_.cached_events) keys_.clear();
  Result<Statement*> st = statements_->GetStatic(kReadKeys);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  (*st)->BindInt(1, merged_id);
  std::vector<MatchKey> keys;
  while (true) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    MatchKey k;
    if (!DecodeMatchKey((*st)->ColumnBlob(0), &k))
      return Status::Corruption("merged event " + std::to_string(merged_id) +
                                ": a stored match key does not decode");
    keys.push_back(std::move(k));
  }
  return &(keys_[merged_id] = std::move(keys));
}

Result<int64_t> EventClusters::Create(const Report& p) {
  Result<Statement*> st = statements_->GetStatic(kInsertMerged);
  if (!st.ok()) return st.status();
  Statement::Scope scope(*st);
  (*st)->BindInt(1, static_cast<int64_t>(p.key.type));
  BindDay(**st, 2, p.own, false);
  BindDay(**st, 3, p.own, true);
  Result<bool> row = (*st)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("no id for a new merged event");
  const int64_t id = (*st)->ColumnInt(0);
  VIGIL_RETURN_IF_ERROR((*st)->Run());
  keys_[id];  // known empty: no read needed
  return id;
}

Status EventClusters::AddKey(int64_t merged_id, const MatchKey& key) {
  Result<const std::vector<MatchKey>*> cached = Keys(merged_id);
  if (!cached.ok()) return cached.status();
  if (std::find((*cached)->begin(), (*cached)->end(), key) != (*cached)->end())
    return Status::Ok();
  const std::string bytes = EncodeMatchKey(key);
  Result<Statement*> st = statements_->GetStatic(kInsertKey);
  if (!st.ok()) return st.status();
  {
    Statement::Scope scope(*st);
    (*st)->BindInt(1, merged_id);
    (*st)->BindBlob(2, bytes);
    VIGIL_RETURN_IF_ERROR((*st)->Run());
  }
  keys_[merged_id].push_back(key);
  matcher_.StoredTerms(key, &terms_);
  Result<Statement*> term = statements_->GetStatic(kInsertTerm);
  if (!term.ok()) return term.status();
  for (uint64_t t : terms_) {
    Statement::Scope scope(*term);
    (*term)->BindInt(1, static_cast<int64_t>(t));
    (*term)->BindInt(2, merged_id);
    VIGIL_RETURN_IF_ERROR((*term)->Run());
    auto it = terms_cache_.find(t);
    if (it == terms_cache_.end()) continue;
    std::vector<int64_t>& ids = it->second;
    if (std::find(ids.begin(), ids.end(), merged_id) == ids.end())
      ids.push_back(merged_id);
  }
  return Status::Ok();
}

}  // namespace vigil
