#include "store/article_reader.h"

#include "store/read_only_db.h"
#include "store/statement.h"

namespace vigil {
namespace {

constexpr char kArticle[] = R"sql(
SELECT coalesce((SELECT s.source FROM sources s WHERE s.document_id = d.id
                 ORDER BY s.id LIMIT 1), ''),
       coalesce(d.title, ''), coalesce(d.published, '')
FROM documents d WHERE d.id = ?1)sql";

}  // namespace

Result<std::map<int64_t, StoredArticle>> LoadArticles(
    const std::string& path, const std::vector<int64_t>& documents) {
  ReadOnlyDb conn;
  VIGIL_RETURN_IF_ERROR(conn.Open(path));
  auto stmt = Statement::Prepare(conn.get(), kArticle);
  if (!stmt.ok()) return stmt.status();
  std::map<int64_t, StoredArticle> out;
  for (int64_t doc : documents) {
    if (out.count(doc)) continue;
    Statement::Scope scope(stmt->get());
    (*stmt)->BindInt(1, doc);
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) continue;
    out[doc] = {(*stmt)->ColumnText(0), (*stmt)->ColumnText(1), (*stmt)->ColumnText(2)};
  }
  return out;
}

}  // namespace vigil
