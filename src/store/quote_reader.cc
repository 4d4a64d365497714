#include "store/quote_reader.h"

#include "store/read_only_db.h"
#include "store/statement.h"

namespace vigil {
namespace {

// In id order, which is document order, then ordinal order (the writer
// inserts rows so).
constexpr char kQuotes[] = R"sql(
SELECT q.document_id, q.ordinal, q.text, coalesce(q.speaker, ''), coalesce(d.published, '')
FROM quotes q JOIN documents d ON d.id = q.document_id
WHERE (?1 = '' OR q.speaker = ?1) AND length(q.text) >= ?2
ORDER BY q.id)sql";

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

}  // namespace vigil
