// Store keeps cleaned articles and what was extracted from them in one
// SQLite file (WAL journal, FTS5 full-text index, numbered migrations).
//
// Identity is content: an article whose clean text hashes to one already
// stored is not stored again; only the new source path/URL is recorded
// against the existing document.
#ifndef VIGIL_STORE_STORE_H_
#define VIGIL_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/document.h"
#include "vigil/extraction.h"
#include "vigil/status.h"

namespace vigil {

struct StoreOptions {
  // Create the file (and run migrations) when it does not exist.
  bool create_if_missing = true;
  // Open read-only (search, stats); writes then fail.
  bool read_only = false;
  // SQLite page cache budget, in KiB.
  int cache_kib = 16 * 1024;
  // Milliseconds to wait on a lock held by another process.
  int busy_timeout_ms = 5000;
  // WAL pages written before a commit copies them into the file (PRAGMA
  // wal_autocheckpoint; SQLite's default is 1,000). Pages a writer changes
  // again and again (the ends of tables, index pages) are then copied once
  // for many batches; the WAL file grows to about pages * 4 KiB.
  int wal_autocheckpoint_pages = 10000;
  // Memory for the near-copy lookup's in-memory signature sketches and band
  // rows (store/copy_index.h), in KiB, loaded once a writer has stored about
  // 1/512 as many documents as the store holds: 128 bytes per stored
  // document for the sketches, 384 more for the band rows. The band rows are
  // kept while the store takes at most half the budget with them (up to
  // about 130,000 documents; above, lookups read them from the band index);
  // the sketches while it fits (about 1,000,000 documents; above, lookups
  // read every candidate's signature from the file); 0 loads neither.
  int copy_sketch_kib = 128 * 1024;
  // Maps a group or person name to its canonical form when event reports are
  // assigned to merged events (the knowledge base's alias resolution:
  // "ISIL" -> "Islamic State"); names compare as written when unset.
  std::function<std::string(std::string_view)> canonical_name;
};

struct PutResult {
  int64_t document_id = 0;
  bool inserted = false;  // false: same content was already stored
  // For a newly inserted document: the stored document it nearly copies
  // (dedup/copies.h threshold), 0 when none.
  int64_t copy_of = 0;
  double copy_similarity = 0;
};

struct SearchHit {
  int64_t document_id = 0;
  std::string title, published, source, url;
  std::string snippet;  // with matches wrapped in [ and ]
  double score = 0;     // BM25, lower is better (SQLite convention)
};

struct StoreStats {
  int64_t documents = 0;
  int64_t sources = 0;  // source paths/URLs recorded (>= documents)
  int64_t entities = 0, quotes = 0, events = 0;
  int64_t copies = 0;  // documents that nearly copy an earlier one
  std::vector<std::pair<std::string, int64_t>> languages;  // language -> documents
};

// Not thread-safe: one thread writes (the pipeline's writer). Any number of
// processes may read while it writes (WAL).
class Store {
 public:
  // Opens or creates the store at `path` and migrates it to the current schema.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  virtual ~Store() = default;

  // Schema version of the open file (PRAGMA user_version).
  virtual int SchemaVersion() const = 0;

  // Batches: every Put between Begin and Commit lands atomically.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;

  // Stores `doc` with `extraction` unless its content is already stored; in
  // both cases records doc.meta.source as a source of it. Taken by value: a
  // store may keep them until the batch commits (pass them with std::move).
  virtual Result<PutResult> Put(Document doc, Extraction extraction) = 0;

  // FTS5 query (user syntax; a plain phrase of words works), best first.
  virtual Result<std::vector<SearchHit>> Search(const std::string& query, int limit) = 0;

  virtual Result<StoreStats> Stats() = 0;
};

}  // namespace vigil

#endif  // VIGIL_STORE_STORE_H_
