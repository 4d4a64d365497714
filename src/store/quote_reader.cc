#include "store/quote_reader.h"

#include "store/read_only_db.h"
#include "store/statement.h"

namespace vigil {
namespace {

constexpr char kQuotes[] = R"sql(
SELECT q.document_id, q.ordinal, q.text, coalesce(q.speaker, ''), coalesce(d.published, '')
FROM quotes q JOIN documents d ON d.id = q.document_id
WHERE (?1 = '' OR q.speaker = ?1) AND length(q.text) >= ?2
ORDER BY q.document_id, q.ordinal)sql";

constexpr char kSource[] =
    "SELECT source FROM sources WHERE document_id = ?1 ORDER BY id LIMIT 1";

}  // namespace

Result<std::vector<QuoteUse>> LoadQuoteUses(const std::string& path,
                                            const QuoteFilter& filter) {
  ReadOnlyDb conn;
  VIGIL_RETURN_IF_ERROR(conn.Open(path));
  auto stmt = Statement::Prepare(conn.get(), kQuotes);
  if (!stmt.ok()) return stmt.status();
  (*stmt)->BindText(1, filter.speaker);
  (*stmt)->BindInt(2, filter.min_bytes);
  std::vector<QuoteUse> out;
  for (;;) {
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    QuoteUse q;
    q.document_id = (*stmt)->ColumnInt(0);
    q.ordinal = static_cast<int>((*stmt)->ColumnInt(1));
    q.text = (*stmt)->ColumnText(2);
    q.speaker = (*stmt)->ColumnText(3);
    q.published = (*stmt)->ColumnText(4);
    out.push_back(std::move(q));
  }
  return out;
}

Result<std::map<int64_t, std::string>> LoadSources(
    const std::string& path, const std::vector<int64_t>& documents) {
  ReadOnlyDb conn;
  VIGIL_RETURN_IF_ERROR(conn.Open(path));
  auto stmt = Statement::Prepare(conn.get(), kSource);
  if (!stmt.ok()) return stmt.status();
  std::map<int64_t, std::string> out;
  for (int64_t doc : documents) {
    if (out.count(doc)) continue;
    Statement::Scope scope(stmt->get());
    (*stmt)->BindInt(1, doc);
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    out[doc] = *row ? std::string((*stmt)->ColumnText(0)) : std::string();
  }
  return out;
}

}  // namespace vigil
