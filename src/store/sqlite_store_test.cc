#include "store/sqlite_store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "store/migrations.h"
#include "store/span_codec.h"
#include "store/test_util.h"

namespace vigil {
namespace {

using testing::MakeDoc;
using testing::QueryText;
using testing::ScratchDir;

std::string Hex(const std::string& bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    out += "0123456789ABCDEF"[c >> 4];
    out += "0123456789ABCDEF"[c & 15];
  }
  return out;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> OpenStore(const StoreOptions& options = {}) {
    auto s = Store::Open(path_, options);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }
  static StoreOptions ReadOnly() {
    StoreOptions o;
    o.read_only = true;
    o.create_if_missing = false;
    return o;
  }
  PutResult MustPut(Store& store, const Document& doc, const Extraction& x = {}) {
    auto r = store.Put(doc, x);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : PutResult{};
  }
  std::string Query(const std::string& sql) { return QueryText(path_, sql); }
  // Runs `sql` on a connection of its own; "" or SQLite's error message.
  std::string ExecRaw(const std::string& sql) {
    sqlite3* db = nullptr;
    std::string error;
    if (sqlite3_open(path_.c_str(), &db) != SQLITE_OK ||
        sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
      error = sqlite3_errmsg(db);
    }
    sqlite3_close(db);
    return error;
  }
  // A store where inserting an event dated 2024-01-03 (SampleExtraction's)
  // fails, after the document's other rows were written.
  std::unique_ptr<Store> OpenStoreFailingEvents() {
    if (!OpenStore()) return nullptr;
    EXPECT_EQ(ExecRaw("CREATE TRIGGER boom BEFORE INSERT ON events WHEN new.date = "
                      "'2024-01-03' BEGIN SELECT RAISE(ABORT, 'boom'); END"),
              "");
    return OpenStore();
  }

  ScratchDir dir_;
  std::string path_ = dir_.File("vigil.db");
};

TEST_F(SqliteStoreTest, NewStoreIsWalWithLatestSchema) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->SchemaVersion(), LatestSchemaVersion());
  EXPECT_EQ(Query("PRAGMA journal_mode"), "wal");
}

TEST_F(SqliteStoreTest, ReopenIsIdempotent) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store);
    MustPut(*store, MakeDoc("First", "first body text", "a.txt"));
  }
  const std::string schema = Query("SELECT group_concat(sql, ';') FROM sqlite_schema");
  for (int i = 0; i < 2; ++i) {
    auto store = OpenStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->SchemaVersion(), LatestSchemaVersion());
    EXPECT_EQ(store->Stats()->documents, 1);
  }
  EXPECT_EQ(Query("SELECT group_concat(sql, ';') FROM sqlite_schema"), schema);
}

TEST_F(SqliteStoreTest, SameContentIsStoredOnceWithEverySource) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  PutResult first = MustPut(*store, MakeDoc("T", "the same words", "one/a.txt"));
  PutResult again = MustPut(*store, MakeDoc("T", "the same words", "two/a.txt"));
  EXPECT_TRUE(first.inserted);
  EXPECT_FALSE(again.inserted);
  EXPECT_EQ(again.document_id, first.document_id);
  StoreStats stats = *store->Stats();
  EXPECT_EQ(stats.documents, 1);
  EXPECT_EQ(stats.sources, 2);
  EXPECT_EQ(Query("SELECT group_concat(source, ',') FROM sources ORDER BY id"),
            "one/a.txt,two/a.txt");
}

TEST_F(SqliteStoreTest, SameSourceTwiceRecordsNothing) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  MustPut(*store, MakeDoc("T", "words once", "a.txt"));
  EXPECT_FALSE(MustPut(*store, MakeDoc("T", "words once", "a.txt")).inserted);
  EXPECT_EQ(store->Stats()->sources, 1);
  EXPECT_EQ(store->Stats()->documents, 1);
}

TEST_F(SqliteStoreTest, DifferentContentFromOneSourceIsTwoDocuments) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  MustPut(*store, MakeDoc("T", "version one", "feed.jsonl"));
  EXPECT_TRUE(MustPut(*store, MakeDoc("T", "version two", "feed.jsonl")).inserted);
  EXPECT_EQ(store->Stats()->documents, 2);
}

TEST_F(SqliteStoreTest, DocumentFieldsAndBlobsAreStored) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  Document d = MakeDoc("Title here", "Para one.\nPara two is longer.", "x.html", "fr");
  d.meta.site = "Example News";
  d.paragraphs = {{0, 9}, {10, 29}};
  d.sentences = {{0, 9}, {10, 29}};
  d.offsets.pieces = {{0, 9, 40, 49}, {10, 29, 60, 79}};
  d.content_hash = 0xfedcba9876543210ULL;  // above INT64_MAX
  int64_t id = MustPut(*store, d).document_id;
  const std::string where = " FROM documents WHERE id = " + std::to_string(id);
  EXPECT_EQ(Query("SELECT printf('%x', content_hash)" + where), "fedcba9876543210");
  EXPECT_EQ(Query("SELECT title || '|' || published || '|' || language || '|' || site ||"
                  " '|' || url" +
                  where),
            "Title here|2024-01-05|fr|Example News|https://example.org/x.html");
  EXPECT_EQ(Query("SELECT text" + where), d.text);
  EXPECT_FALSE(Query("SELECT ingested_at" + where).empty());
  EXPECT_EQ(Query("SELECT hex(paragraphs)" + where), Hex(EncodeSpans(d.paragraphs)));
  EXPECT_EQ(Query("SELECT hex(sentences)" + where), Hex(EncodeSpans(d.sentences)));
  EXPECT_EQ(Query("SELECT hex(offsets)" + where), Hex(EncodeOffsetMap(d.offsets)));
  // The same content hash again is a duplicate even with other text fields.
  EXPECT_FALSE(MustPut(*store, d).inserted);
}

TEST_F(SqliteStoreTest, EmptyMetadataIsNull) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  Document d = MakeDoc("", "no title no date", "n.txt", "");
  d.published.clear();
  d.meta.url.clear();
  MustPut(*store, d);
  EXPECT_EQ(Query("SELECT (title IS NULL) || (published IS NULL) || (url IS NULL) || "
                  "(site IS NULL) || language FROM documents"),
            "1111un");
}

Extraction SampleExtraction() {
  Extraction x;
  Entity e;
  e.name = "Northern Front";
  e.type = EntityType::kOrg;
  e.kb_id = "org:northern-front";
  e.aliases = {"Northern Front", "the Front"};
  e.mentions = {{{0, 14}, "Northern Front"}, {{30, 39}, "the Front"}};
  x.entities.push_back(e);
  Entity p;
  p.name = "Kato";
  p.type = EntityType::kPerson;
  p.mentions = {{{50, 54}, "Kato"}};
  x.entities.push_back(p);
  Quote q;
  q.text = "we will go on";
  q.span = {60, 73};
  q.speaker = "Kato";
  q.cue = {75, 79};
  x.quotes.push_back(q);
  Quote anonymous;
  anonymous.text = "no one";
  anonymous.span = {90, 96};
  x.quotes.push_back(anonymous);
  Event ev;
  ev.type = EventType::kAttack;
  ev.date = "2024-01-03";
  ev.location = "Port Vale";
  ev.killed = Count{12, std::nullopt};
  ev.injured = Count{20, 30};
  ev.weapons = {"rifles", "grenades"};
  ev.evidence = {{0, 40}, {41, 80}};
  x.events.push_back(ev);
  return x;
}

TEST_F(SqliteStoreTest, ExtractionIsStored) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  MustPut(*store, MakeDoc("T", "body", "x.txt"), SampleExtraction());
  StoreStats stats = *store->Stats();
  EXPECT_EQ(stats.entities, 2);
  EXPECT_EQ(stats.quotes, 2);
  EXPECT_EQ(stats.events, 1);
  EXPECT_EQ(Query("SELECT type || '|' || name || '|' || kb_id || '|' || aliases "
                  "FROM entities WHERE ordinal = 0"),
            "1|Northern Front|org:northern-front|[\"Northern Front\",\"the Front\"]");
  EXPECT_EQ(Query("SELECT kb_id IS NULL FROM entities WHERE ordinal = 1"), "1");
  EXPECT_EQ(Query("SELECT mentions FROM entities WHERE ordinal = 0"),
            "[[0,14,\"Northern Front\"],[30,39,\"the Front\"]]");
  EXPECT_EQ(
      Query("SELECT text || '|' || span_begin || '|' || span_end || '|' || speaker || "
            "'|' || cue_begin || '|' || cue_end FROM quotes WHERE ordinal = 0"),
      "we will go on|60|73|Kato|75|79");
  EXPECT_EQ(Query("SELECT (speaker IS NULL) || (cue_begin IS NULL) FROM quotes "
                  "WHERE ordinal = 1"),
            "11");
  EXPECT_EQ(Query("SELECT type || '|' || date || '|' || evidence FROM events"),
            "1|2024-01-03|[[0,40],[41,80]]");
  EXPECT_EQ(Query("SELECT json_extract(fields, '$.location') || '|' || "
                  "json_extract(fields, '$.killed.min') || '|' || "
                  "ifnull(json_extract(fields, '$.killed.max'), 'none') || '|' || "
                  "json_extract(fields, '$.injured.max') || '|' || "
                  "json_extract(fields, '$.weapons[1]') || '|' || "
                  "ifnull(json_extract(fields, '$.speaker'), 'none') FROM events"),
            "Port Vale|12|none|30|grenades|none");
}

TEST_F(SqliteStoreTest, DuplicateDoesNotStoreExtractionAgain) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  MustPut(*store, MakeDoc("T", "body", "a.txt"), SampleExtraction());
  MustPut(*store, MakeDoc("T", "body", "b.txt"), SampleExtraction());
  EXPECT_EQ(store->Stats()->entities, 2);
  EXPECT_EQ(store->Stats()->events, 1);
}

TEST_F(SqliteStoreTest, RollbackDiscardsTheBatch) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Begin().ok());
  MustPut(*store, MakeDoc("T", "kept one", "1.txt"));
  ASSERT_TRUE(store->Commit().ok());
  ASSERT_TRUE(store->Begin().ok());
  MustPut(*store, MakeDoc("T", "dropped one", "2.txt"), SampleExtraction());
  MustPut(*store, MakeDoc("T", "kept one", "3.txt"));
  ASSERT_TRUE(store->Rollback().ok());
  StoreStats stats = *store->Stats();
  EXPECT_EQ(stats.documents, 1);
  EXPECT_EQ(stats.sources, 1);
  EXPECT_EQ(stats.entities, 0);
  EXPECT_TRUE(store->Search("dropped", 5)->empty());
}

TEST_F(SqliteStoreTest, BatchCallsOutOfOrderFail) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->Commit().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->Rollback().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_EQ(store->Begin().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(store->Commit().ok());
}

TEST_F(SqliteStoreTest, UncommittedBatchIsLostOnClose) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->Begin().ok());
    MustPut(*store, MakeDoc("T", "never committed", "1.txt"));
  }
  EXPECT_EQ(OpenStore()->Stats()->documents, 0);
}

TEST_F(SqliteStoreTest, FailedPutInBatchLeavesNothingAndBatchGoesOn) {
  auto store = OpenStoreFailingEvents();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_FALSE(store->Put(MakeDoc("T", "bad one", "1.txt"), SampleExtraction()).ok());
  MustPut(*store, MakeDoc("T", "good one", "2.txt"));
  ASSERT_TRUE(store->Commit().ok());
  StoreStats stats = *store->Stats();
  EXPECT_EQ(stats.documents, 1);
  EXPECT_EQ(stats.sources, 1);
  EXPECT_EQ(stats.entities, 0);
  // The full-text index, written at Commit, holds the good document only.
  EXPECT_EQ(store->Search("good", 5)->size(), 1u);
  EXPECT_TRUE(store->Search("bad", 5)->empty());
  EXPECT_EQ(Query("SELECT count(*) FROM documents_fts_docsize"), "1");
  // Outside a batch the failed Put rolls back its own transaction.
  EXPECT_FALSE(store->Put(MakeDoc("T", "bad two", "3.txt"), SampleExtraction()).ok());
  EXPECT_EQ(store->Stats()->documents, 1);
  EXPECT_TRUE(store->Begin().ok());  // no transaction left open
  EXPECT_TRUE(store->Commit().ok());
}

// A Put failing in the middle of a batch: the documents put before it (one
// of them a near copy of another, one a second source of a stored text) and
// after it are stored whole; nothing of the failed one is.
TEST_F(SqliteStoreTest, FailedPutMidBatchKeepsTheOthers) {
  auto store = OpenStoreFailingEvents();
  ASSERT_TRUE(store);
  MustPut(*store, MakeDoc("T", "stored before the batch", "0.txt"));
  ASSERT_TRUE(store->Begin().ok());
  Extraction quiet = SampleExtraction();
  quiet.events.clear();
  ASSERT_TRUE(store->Put(MakeDoc("T", "first good one", "1.txt"), quiet).ok());
  ASSERT_TRUE(store->Put(MakeDoc("T", "stored before the batch", "again.txt"), {}).ok());
  EXPECT_FALSE(store->Put(MakeDoc("T", "the bad one", "2.txt"), SampleExtraction()).ok());
  MustPut(*store, MakeDoc("T", "last good one", "3.txt"));
  ASSERT_TRUE(store->Commit().ok());
  StoreStats stats = *store->Stats();
  EXPECT_EQ(stats.documents, 3);
  EXPECT_EQ(stats.sources, 4);
  EXPECT_EQ(stats.entities, static_cast<int64_t>(quiet.entities.size()));
  EXPECT_EQ(store->Search("first", 5)->size(), 1u);
  EXPECT_EQ(store->Search("last", 5)->size(), 1u);
  EXPECT_TRUE(store->Search("bad", 5)->empty());
  EXPECT_EQ(Query("SELECT count(*) FROM documents_fts_docsize"), "3");
}

// The batch's documents reach the full-text index at Commit, each once, and
// the index agrees with the table (FTS5's own check).
TEST_F(SqliteStoreTest, BatchIsIndexedAtCommit) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Begin().ok());
  MustPut(*store, MakeDoc("Harbour", "ferries crossed the harbour", "1.txt"));
  MustPut(*store, MakeDoc("Bridge", "the bridge reopened", "2.txt"));
  MustPut(*store, MakeDoc("Bridge", "the bridge reopened", "3.txt"));  // same text
  ASSERT_TRUE(store->Commit().ok());
  MustPut(*store, MakeDoc("Tunnel", "a tunnel under the harbour", "4.txt"));
  EXPECT_EQ(store->Search("harbour", 5)->size(), 2u);
  EXPECT_EQ(store->Search("bridge", 5)->size(), 1u);
  EXPECT_EQ(store->Search("\"the bridge\"", 5)->size(), 1u);
  EXPECT_EQ(Query("SELECT count(*) FROM documents_fts_docsize"), "3");
  store.reset();
  EXPECT_EQ(ExecRaw("INSERT INTO documents_fts(documents_fts, rank) "
                    "VALUES ('integrity-check', 1)"),
            "");
}

TEST_F(SqliteStoreTest, StatsCountLanguages) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  MustPut(*store, MakeDoc("T", "one", "1", "en"));
  MustPut(*store, MakeDoc("T", "two", "2", "fr"));
  MustPut(*store, MakeDoc("T", "three", "3", "en"));
  std::vector<std::pair<std::string, int64_t>> expected = {{"en", 2}, {"fr", 1}};
  EXPECT_EQ(store->Stats()->languages, expected);
}

TEST_F(SqliteStoreTest, MissingFileWithoutCreateIsNotFound) {
  StoreOptions o;
  o.create_if_missing = false;
  for (const StoreOptions& options : {o, ReadOnly()}) {
    auto s = Store::Open(path_, options);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
    EXPECT_NE(s.status().message().find(path_), std::string::npos)
        << s.status().message();
  }
  EXPECT_FALSE(std::ifstream(path_).good());  // nothing was created
}

TEST_F(SqliteStoreTest, NonSqliteFileIsAClearError) {
  const std::string junk = "this is a text file, not a database\n";
  std::ofstream(path_) << junk;
  for (const StoreOptions& options : {StoreOptions{}, ReadOnly()}) {
    auto s = Store::Open(path_, options);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().code(), StatusCode::kCorruption);
    EXPECT_NE(s.status().message().find("not a vigil store"), std::string::npos)
        << s.status().message();
  }
  std::stringstream content;
  content << std::ifstream(path_).rdbuf();
  EXPECT_EQ(content.str(), junk);  // left untouched
}

TEST_F(SqliteStoreTest, NewerSchemaIsRefused) {
  { ASSERT_TRUE(OpenStore()); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("schema version 99 is newer"), std::string::npos)
      << s.status().message();
}

TEST_F(SqliteStoreTest, ReadOnlyRefusesWrites) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store);
    MustPut(*store, MakeDoc("T", "already here", "1.txt"));
  }
  auto ro = OpenStore(ReadOnly());
  ASSERT_TRUE(ro);
  EXPECT_FALSE(ro->Begin().ok());
  auto put = ro->Put(MakeDoc("T", "new words", "2.txt"), {});
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("read-only"), std::string::npos);
  EXPECT_EQ(ro->Stats()->documents, 1);
  EXPECT_EQ(ro->Search("already", 5)->size(), 1u);
}

TEST_F(SqliteStoreTest, SecondWriterWaitsBusyTimeoutThenFails) {
  auto first = OpenStore();
  ASSERT_TRUE(first);
  StoreOptions o;
  o.busy_timeout_ms = 200;
  auto second = OpenStore(o);
  ASSERT_TRUE(second);
  ASSERT_TRUE(first->Begin().ok());
  const auto start = std::chrono::steady_clock::now();
  Status s = second->Begin();
  const auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(s.code(), StatusCode::kIoError) << s.ToString();
  EXPECT_GE(waited, std::chrono::milliseconds(150));
  ASSERT_TRUE(first->Commit().ok());
  EXPECT_TRUE(second->Begin().ok());  // free again
  EXPECT_TRUE(second->Commit().ok());
}

TEST_F(SqliteStoreTest, ReaderSeesOnlyCommittedBatches) {
  auto writer = OpenStore();
  ASSERT_TRUE(writer);
  MustPut(*writer, MakeDoc("T", "committed words", "1.txt"));
  ASSERT_TRUE(writer->Begin().ok());
  MustPut(*writer, MakeDoc("T", "pending words", "2.txt"));
  auto reader = OpenStore(ReadOnly());  // not blocked by the open batch
  ASSERT_TRUE(reader);
  EXPECT_EQ(reader->Stats()->documents, 1);
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(reader->Stats()->documents, 2);
}

}  // namespace
}  // namespace vigil
