// The store's near-copy index: MinHash signatures and their LSH band keys in
// SQLite, so finding the stored article a new one copies costs one indexed
// lookup per band, however large the store grows.
//
// A new document's band rows are not written when it is stored: they are
// derived from its signature (BandKeys), and the writer holds those of the
// documents stored since the last move in memory (PendingBands). A move
// writes them into minhash_bands in bulk and advances the watermark
// (minhash_bands_through): a random insert into a large index dirties one of
// its pages per row (32 per document, each written to the WAL and
// checkpointed); a bulk move writes each page once for many documents.
//
// A long-running writer keeps SignatureSketches in memory: one byte per
// signature value, so most candidates are ruled out without reading their
// 512-byte signatures, scattered over the file, from the `minhash` table,
// and the band rows in memory, so a lookup reads no band row from SQLite.
#ifndef VIGIL_STORE_COPY_INDEX_H_
#define VIGIL_STORE_COPY_INDEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "dedup/copies.h"
#include "store/statement.h"

namespace vigil {

// The low byte of every value of the stored signatures, by document id.
// Two signatures agree on a position only if their low bytes do, so the
// number of equal bytes bounds the number of equal values from above: a
// candidate whose bound is under the threshold, or under the best candidate
// already read, cannot be the answer and its signature is not read. The
// lookup's result is the same with or without sketches.
//
// Memory: num_hashes bytes per document id up to the largest (128 bytes:
// 12.8 MB at 100,000 documents). Not thread-safe (one writer uses it).
//
// Also the band rows of every signature it was given, in memory: the band
// keys (BandKeys) with their document ids, sorted at Load (12 bytes a row:
// 38 MB at 100,000 documents), so a lookup reads no band row from SQLite.
// Band rows are derived from the signatures, so they are the rows of the
// band tables (less those of deleted documents, which no lookup can choose).
// full() says when the documents added since Load are more than an eighth
// of those loaded (and over 16,384): a reload sorts their rows in.
class SignatureSketches {
 public:
  // Reads every stored signature (one pass over `minhash`, in id order);
  // keeps the band rows too when `band_rows`.
  static Result<std::unique_ptr<SignatureSketches>> Load(StatementCache& statements,
                                                         bool band_rows = true);
  // Memory per stored document: sketch only, or with the band rows.
  static int64_t BytesPerDocument(bool band_rows);

  // Remembers `signature` (of num_hashes values) for `document_id`,
  // replacing what was there, and (has_band_rows()) its band rows: each
  // document is given once (by Load or Set).
  void Set(int64_t document_id, const Signature& signature);
  // Set, given the signature's band keys (BandKeys, in any order).
  void Set(int64_t document_id, const Signature& signature,
           const std::vector<uint64_t>& keys);
  // At least the number of positions where `signature` equals the stored
  // signature of `document_id`; -1 when that document has no sketch.
  int MaxEqual(int64_t document_id, const Signature& signature) const;
  // Starts loading the sketch of `document_id` into the CPU cache, so that
  // MaxEqual over many candidates (scattered over the array) waits for
  // memory once, not once per candidate.
  void Prefetch(int64_t document_id) const;
  // Whether it holds the band rows (Load's `band_rows`).
  bool has_band_rows() const { return band_rows_; }
  // Appends the id of every document given with band key `key`, once per
  // document (in no particular order). Nothing unless has_band_rows().
  void AppendBandDocuments(uint64_t key, std::vector<int64_t>* ids) const;
  // Documents set since Load are over max(16,384, loaded / 8): a reload
  // would take less memory (answers are the same either way).
  bool full() const;
  // Bytes held (the recent rows approximately).
  size_t bytes() const;

 private:
  // One band row. Packed: 12 bytes, not 16.
  struct __attribute__((packed)) BandRow {
    uint64_t key;
    uint32_t document_id;
  };
  SignatureSketches(int width, bool band_rows) : width_(width), band_rows_(band_rows) {}
  void SetSketch(int64_t document_id, const Signature& signature);
  // Sorts loaded_rows_ by key, then id, and drops repeated rows.
  void SortBandRows();
  int width_;
  bool band_rows_;
  std::vector<uint8_t> bytes_;        // width_ bytes per document id
  std::vector<bool> known_;           // by document id
  std::vector<BandRow> loaded_rows_;  // sorted by key, then id
  int64_t loaded_documents_ = 0;
  // Band rows of documents set after Load, by key.
  std::unordered_multimap<uint64_t, uint32_t> recent_rows_;
  int64_t recent_documents_ = 0;
};

// The band rows of the documents signed after the watermark (the last
// document whose rows are in minhash_bands), in memory: rebuilt from their
// signatures by Load, so what a batch rolled back never stays. The writer
// drops it and loads it again after a rollback or another writer's commit.
//
// Memory: 16 bytes per row, 32 rows per document, for at most
// max(2048, sqrt(512 * stored documents)) documents (MoveIfFull): 3.7 MB at
// 100,000 stored, 12 MB at 1,000,000; about 40 more per row once a lookup
// has read them by key (a writer whose sketches hold no band rows). Not
// thread-safe (one writer uses it).
class PendingBands {
 public:
  // Reads the watermark and the signatures stored after it (one range read).
  static Result<std::unique_ptr<PendingBands>> Load(StatementCache& statements);

  // Remembers the band rows `keys` of `document_id`, signed after the
  // watermark; each document is given once (by Load or Add).
  void Add(int64_t document_id, const std::vector<uint64_t>& keys);
  // Appends the id of every pending document with band key `key`.
  void AppendDocuments(uint64_t key, std::vector<int64_t>* ids);
  int64_t documents() const { return documents_; }
  // When the pending documents are max(2048, sqrt(512 * stored)) or more,
  // writes their rows into minhash_bands in key order, sets the watermark to
  // the last of them and forgets them; otherwise does nothing. Runs inside
  // the caller's transaction, which should hold no open savepoint (a
  // savepoint keeps a copy of every page the move changes, in memory).
  Status MoveIfFull(StatementCache& statements);

 private:
  PendingBands() = default;
  int64_t last_ = 0;  // the largest document id given, or the watermark
  int64_t documents_ = 0;
  std::vector<std::pair<uint64_t, uint32_t>> rows_;  // (band key, document)
  // rows_ by key: built by the first AppendDocuments, then kept by Add.
  std::unordered_multimap<uint64_t, uint32_t> by_key_;
  bool indexed_ = false;
};

// Finds the stored document that `document_id` (just inserted, with MinHash
// signature `signature`) most nearly copies at or above the default
// CopyOptions threshold, records it in `copies`, then stores the new
// document's signature and gives its band keys to `pending`. Runs inside the
// caller's transaction. `sketches` (may be null) must hold every stored
// signature the store's band rows can name: it is consulted, then given the
// new signature.
Result<std::optional<CopyMatch>> IndexCopy(StatementCache& statements,
                                           int64_t document_id,
                                           const Signature& signature,
                                           SignatureSketches* sketches,
                                           PendingBands& pending);

// InvalidArgument unless `signature` is empty (no index) or has the
// num_hashes values IndexCopy expects.
Status CheckSignature(const Signature& signature);

// The largest document id with a stored signature (0 when none).
Result<int64_t> LastSignedDocument(StatementCache& statements);

}  // namespace vigil

#endif  // VIGIL_STORE_COPY_INDEX_H_
