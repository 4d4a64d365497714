#include "store/entity_reader.h"

#include <simdjson.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "store/migrations.h"
#include "store/read_only_db.h"
#include "store/statement.h"

namespace vigil {
namespace {

constexpr const char* kNames = "SELECT DISTINCT name FROM entities ORDER BY name";

constexpr const char* kRowsBase = R"sql(
SELECT e.id, e.document_id, e.type, e.name, e.kb_id, e.aliases, d.title, d.published,
       (SELECT s.source FROM sources s WHERE s.document_id = d.id ORDER BY s.id LIMIT 1)
FROM entities e JOIN documents d ON d.id = e.document_id
WHERE )sql";

// entities.mentions is [[begin, end, "surface"], ...].
constexpr const char* kSurfaces = R"sql(
SELECT m.value ->> 2, count(*) FROM entities e, json_each(e.mentions) m
WHERE e.id = ?1 GROUP BY 1)sql";

// One stored entity row with its article.
struct Row {
  int64_t id = 0;
  EntityType type = EntityType::kPerson;
  std::string name, kb_id, aliases_json;
  EntityArticle article;
};

Status ReadRows(sqlite3* db, const char* where, const std::string& key,
                std::map<int64_t, Row>* rows) {
  auto stmt = Statement::Prepare(db, std::string(kRowsBase) + where);
  if (!stmt.ok()) return stmt.status();
  (*stmt)->BindText(1, key);
  while (true) {
    Result<bool> more = (*stmt)->Step();
    if (!more.ok()) return more.status();
    if (!*more) return Status::Ok();
    Statement& s = **stmt;
    Row r;
    r.id = s.ColumnInt(0);
    r.article.document_id = s.ColumnInt(1);
    r.type = static_cast<EntityType>(s.ColumnInt(2));
    r.name = s.ColumnText(3);
    r.kb_id = s.ColumnText(4);
    r.aliases_json = s.ColumnText(5);
    r.article.title = s.ColumnText(6);
    r.article.published = s.ColumnText(7);
    r.article.source = s.ColumnText(8);
    rows->emplace(r.id, std::move(r));
  }
}

// Surface form -> mentions in this row: its mentions column, plus the forms
// of the aliases column that no mention carries (count 0).
Result<std::map<std::string, int>> RowSurfaces(Statement* surfaces, const Row& row) {
  std::map<std::string, int> out;
  {
    Statement::Scope scope(surfaces);
    surfaces->BindInt(1, row.id);
    while (true) {
      Result<bool> more = surfaces->Step();
      if (!more.ok()) return more.status();
      if (!*more) break;
      out[surfaces->ColumnText(0)] += static_cast<int>(surfaces->ColumnInt(1));
    }
  }
  thread_local simdjson::dom::parser parser;
  simdjson::dom::array array;
  if (parser.parse(simdjson::padded_string(row.aliases_json)).get(array)) {
    return Status::Corruption("entity " + std::to_string(row.id) +
                              ": aliases are not a JSON array");
  }
  for (simdjson::dom::element item : array) {
    std::string_view s;
    if (!item.get_string().get(s)) out.try_emplace(std::string(s), 0);
  }
  return out;
}

std::string IdentityKey(const Row& row) {
  if (!row.kb_id.empty()) return "kb:" + row.kb_id;
  return "name:" + std::to_string(static_cast<int>(row.type)) + ":" + row.name;
}

void AddRow(const Row& row, const std::map<std::string, int>& surfaces,
            StoredEntity* entity) {
  entity->documents.push_back(row.article.document_id);
  for (const auto& [surface, count] : surfaces) {
    const std::string& name = surface;  // a plain reference: lambdas capture it
    auto it = std::find_if(entity->aliases.begin(), entity->aliases.end(),
                           [&](const EntityAlias& a) { return a.surface == name; });
    if (it == entity->aliases.end()) {
      entity->aliases.push_back(EntityAlias{surface, 0, {}});
      it = entity->aliases.end() - 1;
    }
    it->mentions += count;
    if (!it->articles.empty() &&
        it->articles.back().document_id == row.article.document_id) {
      it->articles.back().mentions += count;  // two rows of one article
      continue;
    }
    it->articles.push_back(row.article);
    it->articles.back().mentions = count;
  }
}

void Finish(StoredEntity* entity) {
  std::sort(entity->documents.begin(), entity->documents.end());
  entity->documents.erase(std::unique(entity->documents.begin(), entity->documents.end()),
                          entity->documents.end());
  std::sort(entity->aliases.begin(), entity->aliases.end(),
            [](const EntityAlias& a, const EntityAlias& b) {
              if (a.mentions != b.mentions) return a.mentions > b.mentions;
              return a.surface < b.surface;
            });
}

}  // namespace

Result<std::vector<std::string>> LoadStoredEntityNames(const std::string& path) {
  ReadOnlyDb db;
  VIGIL_RETURN_IF_ERROR(db.Open(path));
  VIGIL_RETURN_IF_ERROR(RequireLatestSchema(db.get()));
  auto stmt = Statement::Prepare(db.get(), kNames);
  if (!stmt.ok()) return stmt.status();
  std::vector<std::string> names;
  while (true) {
    Result<bool> more = (*stmt)->Step();
    if (!more.ok()) return more.status();
    if (!*more) return names;
    names.push_back((*stmt)->ColumnText(0));
  }
}

Result<std::vector<StoredEntity>> LoadStoredEntities(const std::string& path,
                                                     const EntitySelector& selector) {
  ReadOnlyDb db;
  VIGIL_RETURN_IF_ERROR(db.Open(path));
  VIGIL_RETURN_IF_ERROR(RequireLatestSchema(db.get()));
  // Keyed by row id, so rows picked by both kb_id and name count once and
  // come out in insertion (= document) order.
  std::map<int64_t, Row> rows;
  for (const std::string& id : selector.kb_ids) {
    VIGIL_RETURN_IF_ERROR(ReadRows(db.get(), "e.kb_id = ?1", id, &rows));
  }
  for (const std::string& name : selector.names) {
    VIGIL_RETURN_IF_ERROR(ReadRows(db.get(), "e.name = ?1", name, &rows));
  }
  auto surfaces = Statement::Prepare(db.get(), kSurfaces);
  if (!surfaces.ok()) return surfaces.status();
  std::vector<StoredEntity> out;
  std::map<std::string, size_t> index;  // identity key -> position in out
  for (const auto& [id, row] : rows) {
    auto forms = RowSurfaces(surfaces->get(), row);
    if (!forms.ok()) return forms.status();
    auto [it, fresh] = index.try_emplace(IdentityKey(row), out.size());
    if (fresh) {
      StoredEntity e;
      e.name = row.name;
      e.kb_id = row.kb_id;
      e.type = row.type;
      out.push_back(std::move(e));
    }
    AddRow(row, *forms, &out[it->second]);
  }
  for (StoredEntity& e : out) Finish(&e);
  return out;
}

}  // namespace vigil
