// SqliteStore is the Store on one SQLite file: WAL journal, synchronous=
// NORMAL (a committed batch survives a killed process; a power cut may lose
// the last batches but never corrupts the file), foreign keys on, an FTS5
// index over title and text, and the schema built by numbered migrations
// (store/migrations.h). docs/storage.md describes the tables.
#ifndef VIGIL_STORE_SQLITE_STORE_H_
#define VIGIL_STORE_SQLITE_STORE_H_

#include <sqlite3.h>

#include <memory>
#include <string>
#include <vector>

#include "store/copy_index.h"
#include "store/event_clusters.h"
#include "store/statement.h"
#include "store/store.h"

namespace vigil {

// Not thread-safe: one thread uses an instance. Several processes may open
// one file; writers wait up to StoreOptions::busy_timeout_ms for each other.
class SqliteStore final : public Store {
 public:
  // Opens `path` (see Store::Open for the errors).
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path,
                                                   const StoreOptions& options);
  // Rolls back a batch still open, then closes the file.
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  int SchemaVersion() const override { return schema_version_; }
  Status Begin() override;
  Status Commit() override;
  Status Rollback() override;
  // Outside a batch, Put runs in a transaction of its own. Inside one, a
  // failed Put leaves nothing of that document behind, and the batch may go
  // on: the batch is rolled back and its earlier documents put again (the
  // store keeps them until Commit; a savepoint per Put, which copies every
  // page the Put changes, cost more). The full-text index gets the batch's
  // documents at Commit: until then, Search on this connection does not
  // find them.
  Result<PutResult> Put(Document doc, Extraction extraction) override;
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit) override;
  Result<StoreStats> Stats() override;

  // True between Begin and Commit/Rollback.
  bool in_batch() const { return in_batch_; }

 private:
  SqliteStore(sqlite3* db, const StoreOptions& options);
  Status Configure();
  Status Exec(const char* sql, std::string_view context);
  Status RunCached(const char* sql);
  Status CheckWritable() const;
  // Adds the documents of unindexed_ to documents_fts; called by Commit.
  Status IndexText();
  Result<PutResult> PutRows(const Document& doc, const Extraction& extraction);
  // After a failed Put in a batch: rolls the batch back and puts batch_
  // again. A failure here rolls the batch back and ends it.
  Status Replay();
  // Loads sketches_ once enough lookups have been made to pay for it.
  Status PrepareSketches();
  // Loads pending_ when it is not held.
  Status PreparePending();
  // Drops sketches_, pending_ and the merged events' cache when another
  // connection has written since the last Begin (it may have stored
  // signatures they lack, moved pending rows, or merged events).
  Status CheckCachesCurrent();
  Result<std::optional<CopyMatch>> IndexSignature(int64_t document_id,
                                                  const Signature& signature);
  Result<int64_t> InsertDocument(const Document& doc, bool* inserted);
  Status InsertSource(int64_t document_id, const SourceInfo& meta);
  Status InsertExtraction(int64_t document_id, std::string_view published,
                          const Extraction& extraction);
  Status InsertEntity(int64_t document_id, int ordinal, const Entity& entity);
  Status InsertQuote(int64_t document_id, int ordinal, const Quote& quote);
  Status InsertEvent(int64_t document_id, std::string_view published, int ordinal,
                     const Event& event);
  // Assigns reports stored before migration 7 to merged events, once.
  Status AssignUnmergedEvents();
  // Runs one search; a query FTS5 cannot parse is an InvalidArgument.
  Result<std::vector<SearchHit>> RunSearch(const std::string& match, int limit);
  Result<int64_t> Count(const char* sql);

  sqlite3* db_;
  StoreOptions options_;
  std::unique_ptr<StatementCache> statements_;
  // Assigns each event report to its merged event as it is stored; null when
  // read-only.
  std::unique_ptr<EventClusters> clusters_;
  int schema_version_ = 0;
  bool in_batch_ = false;
  // Documents indexed since the pending band rows were last checked; Begin
  // checks them (PendingBands::MoveIfFull) once there are kMoveCheckEvery.
  static constexpr int kMoveCheckEvery = 64;
  int indexed_since_move_ = 0;
  // Documents stored in the open batch, not yet in documents_fts.
  std::vector<int64_t> unindexed_;
  // What the open batch's Puts stored, in order, for Replay.
  struct Retained {
    Document doc;
    Extraction extraction;
  };
  std::vector<Retained> batch_;
  // Near-copy lookups made, and the number at which sketches_ are loaded
  // (0: not decided yet; -1: never, over budget).
  int64_t lookups_ = 0;
  int64_t sketch_after_ = 0;
  std::unique_ptr<SignatureSketches> sketches_;
  // The band rows not yet in minhash_bands; loaded at the first lookup,
  // dropped at a rollback.
  std::unique_ptr<PendingBands> pending_;
  // PRAGMA data_version at the last Begin (CheckCachesCurrent).
  int64_t data_version_ = 0;
};

// Rewrites a user query FTS5 rejected as a phrase-per-word query: each run of
// non-space bytes becomes one double-quoted string ("al-Baghdadi" ->
// "\"al-Baghdadi\""), embedded quotes doubled. Empty when there are no words.
std::string QuoteFtsWords(const std::string& query);

}  // namespace vigil

#endif  // VIGIL_STORE_SQLITE_STORE_H_
