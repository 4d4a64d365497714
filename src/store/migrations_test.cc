#include "store/migrations.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "dedup/minhash.h"
#include "store/entity_reader.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/test_util.h"

namespace vigil {
namespace {

using testing::MakeDoc;
using testing::ScratchDir;

// One raw connection to a fresh file, closed at the end.
class MigrationsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(sqlite3_open(path_.c_str(), &db_), SQLITE_OK); }
  void TearDown() override { sqlite3_close_v2(db_); }

  int64_t QueryInt(const std::string& sql) {
    auto st = Statement::Prepare(db_, sql);
    EXPECT_TRUE(st.ok()) << st.status().ToString();
    if (!st.ok()) return -1;
    auto row = (*st)->Step();
    EXPECT_TRUE(row.ok() && *row) << sql;
    return row.ok() && *row ? (*st)->ColumnInt(0) : -1;
  }
  bool HasTable(const std::string& name) {
    return QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = '" + name + "'") ==
           1;
  }
  // Closes the raw connection and opens the file as a Store.
  std::unique_ptr<Store> ReopenAsStore() {
    sqlite3_close_v2(db_);
    db_ = nullptr;
    auto store = Store::Open(path_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }
  void Exec(const std::string& sql) {
    ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sql << ": " << sqlite3_errmsg(db_);
  }
  // Stores document `id` with signature `sig` and, into band table `table`,
  // its band rows; returns the signature.
  Signature PutSigned(int64_t id, uint32_t step, const std::string& table) {
    Signature sig(MinHashOptions().num_hashes);
    for (size_t i = 0; i < sig.size(); ++i) sig[i] = static_cast<uint32_t>(i * step + 13);
    const std::string blob(reinterpret_cast<const char*>(sig.data()), sig.size() * 4);
    Exec("INSERT INTO documents(id, content_hash, language, text) VALUES (" +
         std::to_string(id) + ", 1, 'en', 'x')");
    auto st = Statement::Prepare(db_, "INSERT INTO minhash VALUES (?1, ?2)");
    EXPECT_TRUE(st.ok());
    (*st)->BindInt(1, id);
    (*st)->BindBlob(2, blob);
    EXPECT_TRUE((*st)->Run().ok());
    for (uint64_t key : BandKeys(sig, MinHashOptions())) {
      std::string sql = "INSERT INTO ";
      sql.append(table).append(" VALUES (");
      sql.append(std::to_string(static_cast<int64_t>(key))).append(", ");
      Exec(sql.append(std::to_string(id)).append(")"));
    }
    return sig;
  }
  // Every row of entities, quotes and events, in id order, as text.
  std::string Dump() {
    std::string out;
    for (const char* sql :
         {"SELECT json_group_array(json_array(id, document_id, ordinal, type, name, "
          "kb_id, "
          "aliases, mentions)) FROM (SELECT * FROM entities ORDER BY id)",
          "SELECT json_group_array(json_array(id, document_id, ordinal, text, "
          "span_begin, "
          "span_end, speaker, cue_begin, cue_end)) FROM (SELECT * FROM quotes ORDER BY "
          "id)",
          "SELECT json_group_array(json_array(id, document_id, ordinal, type, date, "
          "fields, evidence, merged_id)) FROM (SELECT * FROM events ORDER BY id)"}) {
      auto st = Statement::Prepare(db_, sql);
      EXPECT_TRUE(st.ok());
      if (st.ok() && *(*st)->Step()) out += (*st)->ColumnText(0) + "\n";
    }
    return out;
  }
  // Reopened as a Store, a document with `sig` but one value is a near copy
  // of document `original`.
  void ExpectNearCopyOf(const Signature& sig, int64_t original) {
    std::unique_ptr<Store> store = ReopenAsStore();
    ASSERT_TRUE(store);
    Document copy = MakeDoc("t", "another text", "b.txt");
    copy.minhash = sig;
    copy.minhash[3] ^= 1;
    auto r = store->Put(copy, {});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->copy_of, original);
  }

  ScratchDir dir_;
  std::string path_ = dir_.File("m.db");
  sqlite3* db_ = nullptr;
};

TEST_F(MigrationsTest, VersionsAreOneToNWithoutGaps) {
  int expected = 1;
  for (const Migration& m : Migrations()) EXPECT_EQ(m.version, expected++);
  EXPECT_EQ(LatestSchemaVersion(), expected - 1);
  EXPECT_GE(LatestSchemaVersion(), 2);
}

TEST_F(MigrationsTest, FromEmptyBuildsEveryTable) {
  ASSERT_TRUE(CheckCompatible(db_).ok());
  ASSERT_TRUE(Migrate(db_).ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), LatestSchemaVersion());
  EXPECT_EQ(QueryInt("PRAGMA application_id"), kVigilApplicationId);
  for (const char* table :
       {"documents", "sources", "documents_fts", "entities", "quotes", "events"}) {
    EXPECT_TRUE(HasTable(table)) << table;
  }
  EXPECT_TRUE(CheckCompatible(db_).ok());
}

TEST_F(MigrationsTest, MigrateTwiceChangesNothing) {
  ASSERT_TRUE(Migrate(db_).ok());
  const int64_t objects = QueryInt("SELECT count(*) FROM sqlite_schema");
  ASSERT_TRUE(Migrate(db_).ok());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema"), objects);
}

TEST_F(MigrationsTest, StepByStepKeepsData) {
  ASSERT_TRUE(Migrate(db_, 1).ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), 1);
  EXPECT_TRUE(HasTable("documents"));
  EXPECT_FALSE(HasTable("entities"));
  Exec(
      "INSERT INTO documents(content_hash, language, text) VALUES (7, 'en', 'kept "
      "text')");
  ASSERT_TRUE(Migrate(db_).ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), LatestSchemaVersion());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM documents WHERE content_hash = 7"), 1);
  EXPECT_EQ(
      QueryInt("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'kept'"), 1);
}

// A version 3 store's band rows (a rowid table with two indexes) move to the
// WITHOUT ROWID table of version 4; near copies of old documents are still
// found through them.
TEST_F(MigrationsTest, BandIndexOfVersion3IsKept) {
  ASSERT_TRUE(Migrate(db_, 3).ok());
  const Signature sig = PutSigned(5, 7919, "minhash_bands");
  ASSERT_TRUE(Migrate(db_).ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), LatestSchemaVersion());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM minhash_bands WHERE document_id = 5"),
            MinHashOptions().bands);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = "
                     "'minhash_bands' AND sql LIKE '%WITHOUT ROWID%'"),
            1);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                     "tbl_name = 'minhash_bands' AND sql IS NOT NULL"),
            0);
  ExpectNearCopyOf(sig, 5);
}

// Version 8 stops writing pending band rows: a version-7 store's pending
// rows move to minhash_bands, the watermark is its last signed document, and
// near copies of those documents are still found.
TEST_F(MigrationsTest, PendingBandRowsOfVersion7Move) {
  ASSERT_TRUE(Migrate(db_, 7).ok());
  const Signature sig = PutSigned(8, 104729, "minhash_bands_pending");
  ASSERT_TRUE(Migrate(db_).ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), LatestSchemaVersion());
  EXPECT_FALSE(HasTable("minhash_bands_pending"));
  EXPECT_EQ(QueryInt("SELECT count(*) FROM minhash_bands WHERE document_id = 8"),
            MinHashOptions().bands);
  EXPECT_EQ(QueryInt("SELECT document_id FROM minhash_bands_through"), 8);
  ExpectNearCopyOf(sig, 8);
}

// Version 9 rebuilds the extraction tables without the unique (document,
// ordinal) index: rows, ids and the other indexes are kept.
TEST_F(MigrationsTest, ExtractionRowsOfVersion8AreKept) {
  ASSERT_TRUE(Migrate(db_, 8).ok());
  Exec(
      "INSERT INTO documents(id, content_hash, language, text) VALUES (3, 1, 'en', 'x');"
      "INSERT INTO entities(id, document_id, ordinal, type, name, kb_id, aliases, "
      "mentions) VALUES (40, 3, 0, 1, 'Harbour Front', 'Q1', '[\"HF\"]', "
      "'[[0,1,\"x\"]]');"
      "INSERT INTO quotes(id, document_id, ordinal, text, span_begin, span_end, speaker) "
      "VALUES (41, 3, 0, 'we will', 2, 9, 'Ana Reyes');"
      "INSERT INTO events(id, document_id, ordinal, type, date, fields, evidence, "
      "merged_id) VALUES (42, 3, 0, 1, '2024-05-01', '{\"location\":\"Quito\"}', "
      "'[[0,1]]', 7)");
  const std::string before = Dump();
  ASSERT_TRUE(Migrate(db_).ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), LatestSchemaVersion());
  EXPECT_EQ(Dump(), before);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                     "tbl_name IN ('entities', 'quotes', 'events') AND sql IS NULL"),
            0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema WHERE name IN ("
                     "'entities_by_name', 'entities_by_kb_id', 'quotes_by_speaker', "
                     "'events_by_type_date', 'events_by_merged')"),
            5);
  Exec(
      "INSERT INTO entities(document_id, ordinal, type, name) VALUES (3, 1, 2, 'Quito')");
  EXPECT_EQ(QueryInt("SELECT max(id) FROM entities"), 41);
}

// Version 5 drops the insert trigger (the store indexes each batch itself):
// documents indexed by a version-4 store stay found, new ones are indexed.
TEST_F(MigrationsTest, FullTextOfVersion4IsKept) {
  ASSERT_TRUE(Migrate(db_, 4).ok());
  Exec(
      "INSERT INTO documents(content_hash, title, language, text) VALUES (3, 'Old', "
      "'en', 'an older lighthouse story')");
  ASSERT_TRUE(Migrate(db_).ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), LatestSchemaVersion());
  EXPECT_EQ(QueryInt("SELECT count(*) FROM sqlite_schema WHERE name = "
                     "'documents_fts_insert'"),
            0);
  std::unique_ptr<Store> store = ReopenAsStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Put(MakeDoc("New", "a newer lighthouse story", "n.txt"), {}).ok());
  auto hits = store->Search("lighthouse", 10);
  ASSERT_TRUE(hits.ok());
  EXPECT_EQ(hits->size(), 2u);
  hits = store->Search("older", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].title, "Old");
}

// Version 6 folds the mentions table into entities.mentions (JSON, in
// mention order); `vigil entity` reads the same surfaces from it.
TEST_F(MigrationsTest, MentionsOfVersion5AreKept) {
  ASSERT_TRUE(Migrate(db_, 5).ok());
  // Not yet migrated: the reader says so instead of failing on a column.
  EXPECT_EQ(LoadStoredEntities(path_, EntitySelector{{}, {"Ana Reyes"}}).status().code(),
            StatusCode::kInvalidArgument);
  Exec(
      "INSERT INTO documents(id, content_hash, language, text) VALUES (4, 9, 'en', "
      "'Ana Reyes, \"Reyes\" said')");
  Exec(
      "INSERT INTO entities(id, document_id, ordinal, type, name, aliases) VALUES "
      "(10, 4, 0, 0, 'Ana Reyes', '[\"Ana Reyes\"]'), (11, 4, 1, 2, 'Quito', '[]')");
  Exec(
      "INSERT INTO mentions VALUES (10, 1, 12, 19, '\"Reyes\"'), "
      "(10, 0, 0, 9, 'Ana Reyes'), (10, 2, 20, 25, 'Reyes')");
  ASSERT_TRUE(Migrate(db_).ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), LatestSchemaVersion());
  EXPECT_FALSE(HasTable("mentions"));
  auto st = Statement::Prepare(db_, "SELECT mentions FROM entities ORDER BY id");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(*(*st)->Step());
  EXPECT_EQ((*st)->ColumnText(0),
            "[[0,9,\"Ana Reyes\"],[12,19,\"\\\"Reyes\\\"\"],[20,25,\"Reyes\"]]");
  ASSERT_TRUE(*(*st)->Step());
  EXPECT_EQ((*st)->ColumnText(0), "[]");
  st->reset();
  sqlite3_close_v2(db_);
  db_ = nullptr;
  auto entities = LoadStoredEntities(path_, EntitySelector{{}, {"Ana Reyes"}});
  ASSERT_TRUE(entities.ok()) << entities.status().ToString();
  ASSERT_EQ(entities->size(), 1u);
  std::map<std::string, int> surfaces;
  for (const EntityAlias& a : (*entities)[0].aliases) surfaces[a.surface] = a.mentions;
  const std::map<std::string, int> expected = {
      {"Ana Reyes", 1}, {"\"Reyes\"", 1}, {"Reyes", 1}};
  EXPECT_EQ(surfaces, expected);
}

TEST_F(MigrationsTest, FailedMigrationLeavesPreviousVersion) {
  ASSERT_TRUE(Migrate(db_, 1).ok());
  // A table in the way makes migration 2 fail halfway through its SQL.
  Exec("CREATE TABLE events (x)");
  Status s = Migrate(db_);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(*ReadSchemaVersion(db_), 1);
  EXPECT_FALSE(HasTable("entities"));  // created before the failure, rolled back
}

TEST_F(MigrationsTest, NewerStoreIsRefused) {
  ASSERT_TRUE(Migrate(db_).ok());
  Exec("PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + 1));
  Status s = CheckCompatible(db_);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("newer"), std::string::npos) << s.message();
}

TEST_F(MigrationsTest, ForeignDatabaseIsRefused) {
  Exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
  Status s = CheckCompatible(db_);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_NE(s.message().find("another application"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace vigil
